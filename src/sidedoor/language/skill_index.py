"""The skill gazetteer: built from the installed knowledge store, cached on disk per release.

Sources, all read from the store at run time (nothing derived from O*NET or ESCO is shipped):

* O*NET technology examples (``technology_skills``) with their UNSPSC commodity classes, and
  the names people actually write for them: the trailing acronym ("Structured query language
  SQL" -> "SQL"), the name without its vendor ("Adobe Photoshop" -> "Photoshop") or without
  "software";
* O*NET tools (``tools_used``) and the commodity titles of both;
* O*NET skill and knowledge element names;
* ESCO skills, with labels recovered by :mod:`sidedoor.language.skill_esco`;
* our hand-written terms, aliases, soft skills and languages (:mod:`skill_lexicon`,
  :mod:`skill_verbs`), resolved against the above.

The result is a token trie over normalised tokens (see :mod:`skill_text`) whose leaves point
to entries. The cache lives at ``<knowledge_dir>/cache/skills-<release_key>-v<N>.json``; a
different release key (or index version) builds a new one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sidedoor.language import skill_lexicon as lex
from sidedoor.language import skill_verbs as verbs
from sidedoor.language.skill_esco import FUNCTION_WORDS, esco_concepts
from sidedoor.language.skill_text import key_of, norm, words

INDEX_VERSION = 4

# Entry flags.
CASED = 1  # the text must write it capitalised or in capitals, as a name
HOMONYM = 2  # also needs technical words nearby and no contrary ones
ATTITUDE = 4  # an adjective: only a skill when it stands alone
WORDLIKE = 8  # an ordinary word: as a modifier ("sales team") it is not a mention

# Words an ESCO label recovered from run-together text cannot end with (a cut label).
_LABEL_EDGES = FUNCTION_WORDS | words(
    "good strong basic high new own other various different specific general all particular "
    "relevant appropriate"
)
_FIELD_SUFFIXES = ("ogy", "ics", "ism", "graphy", "omy")

# Source precedence when several sources share a name (lower wins the primary reference).
RANK = {"cert": 0, "term": 1, "technology": 2, "tool": 3, "element": 4, "esco": 5,
        "commodity": 6}

# Names written as plain words that we still keep as short forms of a product.
SHORT_FORM_WORDS = frozenset({"excel", "word", "outlook", "access", "teams", "powerpoint"})



@dataclass
class Entry:
    """What a matched name means: its kind, references (primary first) and flags."""

    kind: str
    refs: list[tuple[str, str]]  # (id, label)
    flags: int = 0
    rank: int = 9


_ESCO_PREFIX = "http://data.europa.eu/esco/skill/"
_ID_PREFIXES = (("E:", _ESCO_PREFIX), ("T:", "onet:technology/"), ("L:", "onet:tool/"))


@dataclass
class SkillIndex:
    """The loaded gazetteer plus the lookups the phrase layer needs.

    ``keys`` maps a name's first normalised token to the longest rest length and to the
    rests (tokens joined by spaces; "" for one-token names) -> entry number. Entries and ESCO
    phrases are kept as short strings and decoded when a match needs them, which keeps
    loading the cache fast.
    """

    release_key: str
    ref_ids: list[str] = field(default_factory=list)
    ref_labels: list[str] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)  # "kind|flags|ref,ref"
    keys: dict[str, tuple[int, dict[str, int]]] = field(default_factory=dict)
    # O*NET element name (lower-case) -> (id, name); for verb and soft-skill fall-backs.
    elements: dict[str, tuple[str, str]] = field(default_factory=dict)
    # ESCO skill labels for verb-phrase normalisation: "ref stem stem ...".
    esco_phrases: list[str] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=dict)
    # the ids as the cache writes them (short prefixes, the label left out where it is the id's
    # end), when loaded from it: `ref` unpacks the few a text needs, not all of them up front
    packed_ids: list[str] | None = None

    def entry(self, at: int) -> tuple[str, int, list[int]]:
        kind, flags, refs = self.entries[at].split("|")
        return kind, int(flags), [int(r) for r in refs.split(",")]

    def ref(self, at: int) -> tuple[str, str]:
        if self.packed_ids is not None:
            return _unpack_id(self.packed_ids[at], self.ref_labels[at]), self.ref_labels[at]
        return self.ref_ids[at], self.ref_labels[at]

    def phrase(self, at: int) -> tuple[int, list[str]]:
        ref, *stems = self.esco_phrases[at].split(" ")
        return int(ref), stems

    def to_json(self) -> dict[str, Any]:
        return {
            "version": INDEX_VERSION,
            "release_key": self.release_key,
            "ref_ids": self.packed_ids if self.packed_ids is not None else [
                _pack_id(i, label) for i, label in zip(self.ref_ids, self.ref_labels, strict=True)
            ],
            "ref_labels": self.ref_labels,
            "entries": self.entries,
            "keys": self.keys,
            "elements": self.elements,
            "esco_phrases": self.esco_phrases,
            "postings": self.postings,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SkillIndex:
        labels: list[str] = data["ref_labels"]
        if len(data["ref_ids"]) != len(labels):
            raise ValueError("the cache's ids and labels differ in number")
        return cls(
            release_key=data["release_key"],
            packed_ids=data["ref_ids"],
            ref_labels=labels,
            entries=data["entries"],
            keys=data["keys"],
            elements=data["elements"],
            esco_phrases=data["esco_phrases"],
            postings=data["postings"],
        )


def _pack_id(ref_id: str, label: str) -> str:
    for short, long in _ID_PREFIXES:
        if ref_id.startswith(long):
            rest = ref_id[len(long):]
            return short if rest == label else short + rest
    return ref_id


def _unpack_id(packed: str, label: str) -> str:
    for short, long in _ID_PREFIXES:
        if packed.startswith(short):
            return long + (packed[len(short):] or label)
    return packed


def release_key(db: sqlite3.Connection) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'release_key'").fetchone()
    return str(row[0]) if row else "unknown"


def cache_path(knowledge_dir: Path, key: str) -> Path:
    safe = re.sub(r"[^A-Za-z0-9.+-]", "_", key)
    return Path(knowledge_dir) / "cache" / f"skills-{safe}-v{INDEX_VERSION}.json"


def load_index(knowledge_dir: Path, *, rebuild: bool = False) -> SkillIndex:
    """The index for the installed release: read from the cache, or built and cached.

    Raises DataNotInstalled when there is no knowledge store in ``knowledge_dir``.
    """
    from sidedoor.knowledge.store import open_knowledge

    with open_knowledge(Path(knowledge_dir)) as knowledge:
        db = knowledge.db
        key = release_key(db)
        path = cache_path(knowledge_dir, key)
        if not rebuild and path.is_file():
            with contextlib.suppress(OSError, ValueError, KeyError, IndexError):
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("version") == INDEX_VERSION and data.get("release_key") == key:
                    return SkillIndex.from_json(data)
        index = build_index(db)
    _write_cache(path, index)
    return index


def _write_cache(path: Path, index: SkillIndex) -> None:
    """Write atomically; a read-only knowledge dir just means no cache."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("skills-*.json"):
            if old != path:
                old.unlink()
        temp = path.with_suffix(f".{os.getpid()}.tmp")
        temp.write_text(json.dumps(index.to_json(), separators=(",", ":")), encoding="utf-8")
        os.replace(temp, path)


class _Builder:
    def __init__(self, key: str, common: Counter[str]) -> None:
        self.index = SkillIndex(release_key=key)
        self.entries: list[Entry] = []
        self.ref_numbers: dict[tuple[str, str], int] = {}
        self.by_key: dict[tuple[str, ...], int] = {}
        self.common = common
        self.generic = {norm(w) for w in lex.GENERIC_WORDS}

    def wordlike(self, name: str) -> bool:
        """A name that is also an ordinary English word (seen in lower case in the store)."""
        return self.common[norm(name.lower())] >= 5

    def add(self, name: str, kind: str, ref: tuple[str, str], source: str, flags: int = 0,
            also: tuple[str, str] | None = None) -> None:
        key = key_of(name)
        if not key or len(key) > 8 or all(not any(c.isalnum() for c in k) for k in key):
            return
        if len(key) == 1 and not self._single_word(name, key[0], source):
            return
        if len(key) == 1:
            flags |= self._single_word_flags(name, source)
        rank = RANK[source]
        refs = [ref, also] if also else [ref]
        at = self.by_key.get(key)
        if at is None:
            self.by_key[key] = len(self.entries)
            self.entries.append(Entry(kind, refs, flags, rank))
            return
        entry = self.entries[at]
        if ref in entry.refs:
            return
        if rank < entry.rank:
            entry.kind, entry.rank, entry.flags = kind, rank, flags | (entry.flags & ATTITUDE)
            entry.refs[:0] = refs
        elif len(entry.refs) < 6:
            entry.refs.extend(refs)

    def _single_word(self, name: str, word: str, source: str) -> bool:
        """Whether a one-word name may stand on its own in text."""
        if source in ("term", "cert"):
            return True
        if source == "technology" and name[:1].isupper():
            low = name.lower()
            return word not in self.generic or low in SHORT_FORM_WORDS or low in lex.HOMONYMS
        if word in self.generic or len(word) < 2:
            return False
        if not self.wordlike(name):
            return True
        if source == "esco":  # field names: nursing, bookkeeping, psychology, economics
            return name.lower().endswith(_FIELD_SUFFIXES)
        return source in ("technology", "element") and name[:1].isupper()

    def _single_word_flags(self, name: str, source: str) -> int:
        flags = 0
        if self.wordlike(name) or len(name) <= 2 or name.lower() in SHORT_FORM_WORDS:
            flags |= WORDLIKE
            if source in ("technology", "commodity"):
                flags |= CASED | HOMONYM
        if name.lower() in lex.HOMONYMS:
            flags |= HOMONYM | (CASED if source != "term" else 0)
        if name.isupper() and len(name) <= 4 and source not in ("esco",):
            flags |= CASED
        return flags

    def find(self, name: str) -> Entry | None:
        at = self.by_key.get(key_of(name))
        return None if at is None else self.entries[at]

    def finish(self) -> None:
        """Freeze the entries into the compact, serialisable form."""
        refs: dict[tuple[str, str], int] = {}
        entries = []
        for e in self.entries:
            ids = ",".join(str(refs.setdefault(r, len(refs))) for r in e.refs)
            entries.append(f"{e.kind}|{e.flags}|{ids}")
        keys: dict[str, tuple[int, dict[str, int]]] = {}
        for key, at in self.by_key.items():
            longest, rests = keys.get(key[0], (0, {}))
            rests[" ".join(key[1:])] = at
            keys[key[0]] = (max(longest, len(key) - 1), rests)
        self.index.ref_ids = [i for i, _ in refs]
        self.index.ref_labels = [label for _, label in refs]
        self.index.entries = entries
        self.index.keys = keys
        self.ref_numbers = refs


def build_index(db: sqlite3.Connection) -> SkillIndex:
    """Build the gazetteer from the store's tables (a few seconds)."""
    common = _common_words(db)
    b = _Builder(release_key(db), common)
    elements = _elements(db)
    b.index.elements = {name.lower(): (eid, name) for eid, (name, _) in elements.items()}
    esco = esco_concepts(db)
    esco_by_label = {c.label.lower(): c for c in esco}
    for c in esco:
        for label in c.labels[1:]:
            esco_by_label.setdefault(label.lower(), c)

    def resolve(target: str, kind: str) -> tuple[str, str] | None:
        scheme, _, name = target.partition(":")
        if scheme == "onet":
            for eid, (ename, domain) in elements.items():
                if ename.lower() == name.lower() and (domain == kind or kind not in
                                                       ("skill", "knowledge")):
                    return (f"onet:{eid}", ename)
            for eid, (ename, _) in elements.items():
                if ename.lower() == name.lower():
                    return (f"onet:{eid}", ename)
        if scheme == "esco" and (c := esco_by_label.get(name.lower())):
            return (c.uri, c.label)
        return None

    # Hand-written certifications are matched by pattern (skill_certs); terms first here.
    for name, (kind, target) in lex.EXTRA_TERMS.items():
        ref = (resolve(target, kind) if target else None) or (f"term:{_slug(name)}", name)
        b.add(name, kind, ref, "term")
    for name in lex.LANGUAGES:
        esco_lang = esco_by_label.get(name.lower())
        lang_ref = (esco_lang.uri, esco_lang.label) if esco_lang else resolve(
            "onet:Foreign Language", "knowledge")
        if lang_ref:
            b.add(name, "knowledge", lang_ref, "term")
    for phrase, target in verbs.SOFT_SKILLS.items():
        ref = (resolve(target, "skill") if target else None) or (
            f"term:{_slug(phrase)}", phrase)
        b.add(phrase, "skill", ref, "term")
    for word in verbs.ATTITUDES:
        b.add(word, "skill", (f"term:{_slug(word)}", word), "term", ATTITUDE)
    _add_onet_catalogue(b, db)
    for eid, (name, domain) in elements.items():
        b.add(name, domain, (f"onet:{eid}", name), "element")
    for c in esco:
        for label in c.labels:
            size = len(key_of(label))
            parts = label.lower().split()
            if size > 5 or (size == 1 and (c.kind == "skill" or label != c.label)) \
                    or parts[0] in FUNCTION_WORDS or parts[-1] in _LABEL_EDGES:
                continue
            b.add(label, c.kind, (c.uri, c.label), "esco")
    for alias, name in lex.ALIASES.items():
        if entry := b.find(name):
            b.add(alias, entry.kind, entry.refs[0], "term")
    b.finish()
    _esco_phrase_index(b, esco)
    return b.index


def _common_words(db: sqlite3.Connection) -> Counter[str]:
    """How often each word is written in lower case in O*NET's tasks and ESCO's texts."""
    counts: Counter[str] = Counter()
    for (text,) in db.execute("SELECT task FROM tasks UNION ALL SELECT text FROM esco_skills"):
        counts.update(re.findall(r"[a-z][a-z+#.]*[a-z+#]|[a-z]", text))
    by_stem: Counter[str] = Counter()
    for word, n in counts.items():  # "colleagues" makes "colleague" an ordinary word too
        by_stem[norm(word)] += n
    return by_stem


def _elements(db: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    rows = db.execute(
        "SELECT DISTINCT element_id, element_name, domain FROM element_ratings "
        "WHERE domain IN ('skill', 'knowledge')"
    ).fetchall()
    return {eid: (name, domain) for eid, name, domain in rows}


def _add_onet_catalogue(b: _Builder, db: sqlite3.Connection) -> None:
    tech = db.execute(
        "SELECT example, commodity_code, commodity_title, max(hot) FROM technology_skills "
        "GROUP BY example ORDER BY max(hot) DESC, count(*) DESC"
    ).fetchall()
    tools = db.execute(
        "SELECT example, commodity_code, commodity_title FROM tools_used "
        "GROUP BY example ORDER BY count(*) DESC"
    ).fetchall()
    vendors = _vendors(example for example, *_ in tech)
    for example, code, title, _ in tech:
        ref = (f"onet:technology/{example}", example)
        commodity = (f"unspsc:{code}", title) if code and title else None
        for name in _tech_names(example, vendors, b):
            b.add(name, "technology", ref, "technology", also=commodity)
        if code:
            b.add(title, "technology", (f"unspsc:{code}", title), "commodity")
            for name in _tech_names(title, set(), b)[1:]:
                b.add(name, "technology", (f"unspsc:{code}", title), "commodity")
    for example, code, title in tools:
        ref = (f"onet:tool/{example}", example)
        commodity = (f"unspsc:{code}", title) if code and title else None
        for name in _tech_names(example, set(), b):
            b.add(name, "tool", ref, "tool", also=commodity)
        if code and title:
            b.add(title, "tool", (f"unspsc:{code}", title), "commodity")


def _vendors(examples: Iterable[str]) -> set[str]:
    """Leading words shared by several products: Microsoft, Adobe, Oracle, IBM ..."""
    firsts: Counter[str] = Counter()
    for example in examples:
        words = example.split()
        if len(words) >= 2 and words[0][:1].isupper():
            firsts[words[0]] += 1
    return {w for w, n in firsts.items() if n >= 3}


_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z0-9&/+.-]{2,8}$")


def _tech_names(example: str, vendors: set[str], b: _Builder) -> list[str]:
    """The catalogue name and the shorter names people write for it."""
    names = [example]
    words = example.split()
    if len(words) >= 2 and words[-1] == "software":
        words = words[:-1]
        if len(words) >= 2 or not b.wordlike(words[0]):
            names.append(" ".join(words))
    if len(words) >= 3 and _ACRONYM.match(words[-1]) and _abbreviates(words[-1], words[:-1]):
        names.append(words[-1])
        names.append(" ".join(words[:-1]))
    if words and words[0] == "The":
        words = words[1:]
    if len(words) >= 2 and words[0] in vendors:
        names.append(" ".join(words[1:]))  # ordinary words get CASED|HOMONYM in add()
    return names


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """'SQL' for 'Structured query language', 'EC2' for 'Amazon Elastic Compute Cloud'."""
    initials = "".join(w[0] for w in words if w[:1].isalpha()).lower()
    letters = [c for c in acronym.lower() if c.isalpha()]
    pos = 0
    for c in letters:
        pos = initials.find(c, pos) + 1
        if pos == 0:
            return False
    return True


def _esco_phrase_index(b: _Builder, esco: list[Any]) -> None:
    """ESCO skill labels by word, to put a name on a verb phrase found in the text."""
    index = b.index
    postings: dict[str, list[int]] = {}
    for c in esco:
        if c.kind != "skill":
            continue
        ref = b.ref_numbers.get((c.uri, c.label))
        if ref is None:
            ref = b.ref_numbers[(c.uri, c.label)] = len(index.ref_ids)
            index.ref_ids.append(c.uri)
            index.ref_labels.append(c.label)
        for label in c.labels[:8]:
            stems = tuple(dict.fromkeys(k for k in key_of(label) if k not in _STOP_STEMS))
            if not 2 <= len(stems) <= 6:
                continue
            at = len(index.esco_phrases)
            index.esco_phrases.append(" ".join((str(ref), *stems)))
            for s in stems[1:]:  # keyed by "verb object-word"
                postings.setdefault(f"{stems[0]} {s}", []).append(at)
    index.postings = postings


_STOP_STEMS = frozenset(norm(w) for w in words("""
of to for in on with and or from by at as into their its about under other
"""))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", "-", text.lower()).strip("-")
