"""Skills out of text: technologies, tools, knowledge, skills and certifications, with spans.

    extractor = skill_extractor(knowledge_dir)      # loads (or builds) the index once
    for m in extractor.extract_skills(text):
        assert text[m.start:m.end] == m.text

Layers, cheapest first, all over one tokenisation (:mod:`skill_text`):

1. **Gazetteer**: longest match of normalised token sequences against names from the
   knowledge store (:mod:`skill_index`), in two groups that may nest: knowledge-like
   (technology, tool, knowledge) and skills. Names that are ordinary words need to be written
   as names; homonyms ("Python") need technical words nearby and none of their contrary words
   ("snake", "zoo"); attitude adjectives must stand alone ("friendly", not "friendly staff").
2. **Certifications** by pattern (:mod:`skill_certs`).
3. **Phrases** (:mod:`skill_phrases`): verb phrases, "X skills", cue noun phrases.
4. **Required or nice-to-have** per clause (:mod:`skill_required`).

The extractor never prints and holds no global state; build one per knowledge store.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from sidedoor.language import skill_lexicon as lex
from sidedoor.language import skill_phrases as phrases
from sidedoor.language import skill_verbs as verbs
from sidedoor.language.skill_certs import find_certifications
from sidedoor.language.skill_index import (
    ATTITUDE,
    CASED,
    HOMONYM,
    WORDLIKE,
    SkillIndex,
    load_index,
)
from sidedoor.language.skill_required import RequirementMap
from sidedoor.language.skill_text import Token, norm, segments, tokenize, words

Kind = Literal["technology", "tool", "knowledge", "skill", "certification"]
KINDS: tuple[str, ...] = ("technology", "tool", "knowledge", "skill", "certification")


class SkillRef(BaseModel):
    """A catalogue entry a mention is normalised to."""

    id: str
    label: str


class SkillMention(BaseModel):
    """One skill found in a text. ``text == source[start:end]`` exactly."""

    start: int
    end: int
    text: str
    kind: Kind
    id: str | None
    label: str
    required: bool | None = None
    refs: list[SkillRef] = []


class _Hit:
    __slots__ = ("first", "kind", "last", "refs")

    def __init__(self, first: int, last: int, kind: str, refs: list[tuple[str, str]]) -> None:
        self.first, self.last, self.kind, self.refs = first, last, kind, refs


_TECH = frozenset(norm(w) for w in lex.TECH_CONTEXT)
_NEG = {name: frozenset(norm(w) for w in words) for name, words in lex.HOMONYMS.items()}
_ATTITUDE_AFTER = frozenset({",", ";", ".", "!", ")", "/", "and", "or", "with", "to", ":"})
_GENERIC = frozenset(norm(w) for w in lex.GENERIC_WORDS)
# Words after an ordinary-word name that still leave it a mention ("sales experience").
_MODIFIED_OK = words("""
and or experience skills skill knowledge background expertise proficiency certification
certificate degree is are
""")
_NOT_HEADS = frozenset(norm(w) for w in verbs.NOT_KNOWLEDGE_HEADS) | {norm("experience")}


class SkillExtractor:
    """Finds skills in text with one loaded :class:`SkillIndex`."""

    def __init__(self, index: SkillIndex) -> None:
        self.index = index
        self._rest_heads: dict[str, frozenset[str]] = {}  # see `_heads`

    @property
    def release_key(self) -> str:
        return self.index.release_key

    def extract_skills(self, text: str) -> list[SkillMention]:
        """Every skill mention in ``text``, in order of position."""
        tokens = tokenize(text)
        if not tokens:
            return []
        segs = segments(text)
        seg_starts = [s.start for s in segs]
        seg_of = [bisect.bisect_right(seg_starts, t.start) - 1 for t in tokens]
        clause_starts = _clause_starts(tokens, seg_of)
        breaks = clause_starts | {i for i in range(1, len(tokens)) if seg_of[i] != seg_of[i - 1]}
        know, skill = self._gazetteer(tokens, seg_of)
        know = self._merge_certs(text, tokens, know)
        skill = [s for s in skill if not any(k.kind == "certification" and k.first <= s.first
                                                 and s.last <= k.last for k in know)]
        skill = self._merge_phrases(tokens, breaks, know, skill)
        same = {(h.first, h.last) for h in skill}
        know = [k for k in know if (k.first, k.last) not in same or k.kind == "certification"]
        requirements = RequirementMap(text, segs)
        out = []
        for hit in sorted(know + skill, key=lambda h: (h.first, -h.last)):
            start, end = tokens[hit.first].start, tokens[hit.last].end
            primary = hit.refs[0] if hit.refs else None
            out.append(SkillMention(
                start=start, end=end, text=text[start:end], kind=hit.kind,
                id=primary[0] if primary and not primary[0].startswith("text:") else None,
                label=primary[1] if primary else text[start:end],
                required=requirements.at(start),
                refs=[SkillRef(id=i, label=label) for i, label in dict.fromkeys(hit.refs)
                      if not i.startswith("text:")],
            ))
        return out

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[SkillMention]]:
        """:meth:`extract_skills` over many texts, in order."""
        for text in texts:
            yield self.extract_skills(text)

    # ------------------------------------------------------------------ layers

    def _gazetteer(self, tokens: list[Token], seg_of: list[int]) -> tuple[list[_Hit], list[_Hit]]:
        index = self.index
        keys = index.keys
        seq = [i for i, t in enumerate(tokens) if t.norm]
        norms = [tokens[i].norm for i in seq]
        n = len(seq)
        found: list[tuple[int, int, int]] = []  # (p, q, entry) over seq positions
        for p in range(n):
            head = norms[p]
            got = keys.get(head)
            if got is None:
                continue
            longest, rests = got
            # the names that start with this word and go on as the text does, shortest first
            # (a longer one only while the words so far begin one)
            heads = self._heads(head, rests)
            rest = ""
            sizes = []
            for size in range(min(longest, n - p - 1) + 1):
                if size:
                    word = norms[p + size]
                    rest = f"{rest} {word}" if rest else word
                    if rest not in heads:
                        break
                at = rests.get(rest)
                if at is not None:
                    sizes.append((p, p + size, at))
            found.extend(reversed(sizes))  # the longest first
        groups: dict[bool, list[_Hit]] = {True: [], False: []}
        ends = {True: -1, False: -1}
        homonyms: list[tuple[_Hit, int]] = []
        for p, q, at in found:  # sorted by p, longest first
            kind, flags, ref_ids = index.entry(at)
            is_skill = kind == "skill"
            if p <= ends[is_skill]:
                continue
            first, last = seq[p], seq[q]
            if not self._admissible(tokens, first, last, flags, kind):
                continue
            hit = _Hit(first, last, kind, [index.ref(r) for r in ref_ids])
            groups[is_skill].append(hit)
            ends[is_skill] = q
            if flags & HOMONYM:
                homonyms.append((hit, flags))
        know = groups[False]
        if homonyms:
            know = self._resolve_homonyms(tokens, seg_of, know, homonyms)
        # A knowledge word inside a named skill is part of it ("mechanical aptitude").
        know = [k for k in know
                if not any(s.first <= k.first and k.last <= s.last and s.last > s.first
                           for s in groups[True])]
        return know, groups[True]

    def _heads(self, first: str, rests: dict[str, int]) -> frozenset[str]:
        """Every name's rest after ``first`` ("management information"), and each of its
        beginnings ("management"), made when a text first has the word."""
        heads = self._rest_heads.get(first)
        if heads is None:
            heads = frozenset(
                " ".join(words[:k])
                for rest in rests if rest
                for words in [rest.split(" ")]
                for k in range(1, len(words) + 1)
            )
            self._rest_heads[first] = heads
        return heads

    def _admissible(self, tokens: list[Token], first: int, last: int, flags: int,
                    kind: str) -> bool:
        if flags & CASED and tokens[first].text.islower():
            return False
        if flags & WORDLIKE and first == last:
            nxt = tokens[last + 1].text if last + 1 < len(tokens) else ""
            prev = tokens[first - 1].text if first > 0 else ""
            if nxt.isalpha() and nxt.islower() and nxt not in _MODIFIED_OK:
                return False  # a modifier: "sales team", "Excel in"
            if (kind in ("knowledge", "skill") and tokens[first].text[:1].isupper()
                    and (_is_name_word(prev) or _is_name_word(nxt))):
                return False  # part of a proper name: "Bureau of Labor Statistics"
        if flags & ATTITUDE:
            nxt = tokens[last + 1].text.lower() if last + 1 < len(tokens) else "."
            prev = tokens[first - 1].text.lower() if first > 0 else ""
            if nxt not in _ATTITUDE_AFTER or prev in verbs.NOUN_MARKERS:
                return False
        return True

    def _resolve_homonyms(self, tokens: list[Token], seg_of: list[int], know: list[_Hit],
                          homonyms: list[tuple[_Hit, int]]) -> list[_Hit]:
        """Keep a homonym with technical words or technologies near it and no contrary words.

        A name that is not an ordinary word ("Python") written capitalised needs only the
        absence of contrary words; an ordinary word ("Go", "Spark", "Word") or a lower-case
        homonym also needs support.
        """
        weak = {id(h) for h, flags in homonyms
                if flags & WORDLIKE or tokens[h.first].text.islower()}
        drop: set[int] = set()
        for hit, _ in homonyms:
            seg = seg_of[hit.first]
            words = {t.norm for t, s in zip(tokens, seg_of, strict=True) if s == seg}
            name = tokens[hit.first].norm
            negative = _NEG.get(name, frozenset()) | _NEG.get(hit.refs[0][1].lower(), frozenset())
            if words & negative:
                drop.add(id(hit))
        for hit, _ in homonyms:
            if id(hit) in drop or id(hit) not in weak:
                continue
            seg = seg_of[hit.first]
            words = {t.norm for t, s in zip(tokens, seg_of, strict=True) if s == seg}
            others = any(h is not hit and seg_of[h.first] == seg and id(h) not in weak
                         and id(h) not in drop and h.kind == "technology" for h in know)
            if not (words & _TECH) and not others:
                drop.add(id(hit))
        return [h for h in know if id(h) not in drop]

    def _merge_certs(self, text: str, tokens: list[Token], know: list[_Hit]) -> list[_Hit]:
        starts = [t.start for t in tokens]
        certs = []
        for c in find_certifications(text, tokens):
            first = bisect.bisect_left(starts, c.start)
            last = bisect.bisect_left(starts, c.end) - 1
            if first > last:
                continue
            ref = (f"cert:{c.slug}", c.label) if c.slug else (f"text:{c.label}", c.label)
            certs.append(_Hit(first, last, "certification", [ref]))
        if not certs:
            return know
        kept = [h for h in know
                if not any(c.first <= h.last and h.first <= c.last
                           and (c.last - c.first) >= (h.last - h.first) for c in certs)]
        certs = [c for c in certs
                 if not any(h.first <= c.last and c.first <= h.last for h in kept)]
        return kept + certs

    def _merge_phrases(self, tokens: list[Token], clause_starts: set[int], know: list[_Hit],
                       skill: list[_Hit]) -> list[_Hit]:
        index = self.index
        for ph in phrases.verb_phrases(tokens, clause_starts, index):
            inside = [h for h in skill if ph.first <= h.first and h.last <= ph.last]
            overlapping = [h for h in skill if h.first <= ph.last and ph.first <= h.last]
            if overlapping and len(inside) != len(overlapping):
                continue
            refs = [r for h in inside for r in h.refs]
            if ph.ref and ph.ref not in refs:
                refs.append(ph.ref)
            if not refs:
                refs = [(f"text:{_span_text(tokens, ph.first, ph.last)}",
                         _span_text(tokens, ph.first, ph.last))]
            skill = [h for h in skill if h not in inside]
            skill.append(_Hit(ph.first, ph.last, "skill", refs))
        for ph in phrases.skills_before_word(tokens):
            if any(h.first <= ph.last and ph.first <= h.last for h in skill + know):
                continue
            if ph.first == ph.last and tokens[ph.first].norm in _GENERIC:
                continue
            name = _span_text(tokens, ph.first, ph.last)
            skill.append(_Hit(ph.first, ph.last, "skill", [(f"text:{name}", name)]))
        for ph in phrases.knowledge_after_cues(tokens, clause_starts):
            inner = [h for h in know if h.first <= ph.last and ph.first <= h.last]
            if inner:
                named = all(t.text[:1].isupper() or t.text[:1].isdigit() or not t.norm
                            for t in tokens[ph.first : ph.last + 1])
                if (named and len(inner) == 1 and ph.first <= inner[0].first
                        and inner[0].last <= ph.last and inner[0].kind != "certification"):
                    inner[0].first, inner[0].last = ph.first, ph.last  # "Opera PMS"
                continue
            words = [t for t in tokens[ph.first : ph.last + 1] if t.norm]
            if not words or words[-1].norm in _NOT_HEADS or words[0].text[:1].isdigit():
                continue
            if len(words) == 1 and words[0].norm in _GENERIC:
                continue
            if any(phrases._lemma(w) and w.text.endswith("ing") for w in words[:1]):
                continue
            name = _span_text(tokens, ph.first, ph.last)
            know.append(_Hit(ph.first, ph.last, "knowledge", [(f"text:{name}", name)]))
        return skill


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _clause_starts(tokens: list[Token], seg_of: list[int]) -> set[int]:
    """The first word of each sentence, line or ';' clause (bullets and dashes skipped)."""
    starts: set[int] = set()
    pending = True
    for i, tok in enumerate(tokens):
        if i > 0 and (seg_of[i] != seg_of[i - 1] or tokens[i - 1].text in (";", ":")):
            pending = True
        if pending and tok.is_word:
            starts.add(i)
            pending = False
    return starts


def _span_text(tokens: list[Token], first: int, last: int) -> str:
    parts = []
    for t in tokens[first : last + 1]:
        parts.append(t.text)
    return " ".join(parts).replace(" - ", "-").replace(" ,", ",")


def skill_extractor(knowledge_dir: Path, *, rebuild: bool = False) -> SkillExtractor:
    """Load the skill index of the store in ``knowledge_dir`` (building it the first time)."""
    return SkillExtractor(load_index(Path(knowledge_dir), rebuild=rebuild))


__all__ = ["KINDS", "SkillExtractor", "SkillMention", "SkillRef", "skill_extractor"]
