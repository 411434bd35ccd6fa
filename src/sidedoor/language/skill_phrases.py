"""The phrase layer: skills that are written as phrases rather than names.

* **Verb phrases** ("manage a team", "negotiate contracts", "work independently"): an action
  verb from :data:`skill_verbs.VERBS` in a position where postings list duties (a bullet's
  first word, after "to"/"will"/"and", an -ing form after "in"/"for"/"experience"), plus its
  object up to a clause boundary. Coordinated verbs without their own object share the next
  one ("design, build and maintain APIs"). No part-of-speech tagger: the verb list and the
  position rules stand in for one.
* **"X skills"** ("presentation and negotiation skills").
* **Knowledge cues** ("experience with X", "knowledge of X", "degree in X") for names that
  are in no catalogue.

Each finding is a :class:`Phrase` over token positions; the extractor resolves overlaps.
"""

from __future__ import annotations

from dataclasses import dataclass

from sidedoor.language import skill_verbs as v
from sidedoor.language.skill_index import SkillIndex
from sidedoor.language.skill_text import PUNCT_BREAK, Token, norm, words


def _inflections(lemma: str) -> dict[str, str]:
    """lemma -> {form: "base"|"s"|"ing"|"ed"} by the regular English rules."""
    forms = {lemma: "base"}
    vowels = "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms[lemma + "es"] = "s"
    elif lemma.endswith("y") and lemma[-2:-1] not in vowels:
        forms[lemma[:-1] + "ies"] = "s"
        forms[lemma[:-1] + "ied"] = "ed"
    else:
        forms[lemma + "s"] = "s"
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    forms[stem + "ing"] = "ing"
    if not lemma.endswith("y") or lemma[-2:-1] in vowels:
        forms[stem + "ed" if not lemma.endswith("e") else lemma + "d"] = "ed"
    if (len(lemma) <= 4 and lemma[-1] not in vowels + "wxy" and lemma[-2:-1] in vowels
            and lemma[-3:-2] not in vowels):
        forms[lemma + lemma[-1] + "ing"] = "ing"
        forms[lemma + lemma[-1] + "ed"] = "ed"
    return forms


def _verb_forms() -> dict[str, tuple[str, str]]:
    """Every inflected form of the verb list -> (lemma, form)."""
    forms: dict[str, tuple[str, str]] = {}
    for lemma in v.VERBS:
        for form, kind in _inflections(lemma).items():
            forms.setdefault(form, (lemma, kind))
    for form, lemma in v.IRREGULAR.items():
        forms.setdefault(form, (lemma, "ed"))
    return forms


_VERB_FORMS = _verb_forms()

_BASE_BEFORE = words("""
to will can you must should shall may and or also then help helps you'll and/or able ability
""") | {",", ";", "/"}
_LIST_JOINERS = frozenset({",", "and", "or", "/", "and/or"})
_ING_BEFORE = words("""
in of for with at including include includes by on like experience comfortable enjoy enjoys
love about and or skilled proficient passion responsible responsibilities duties are is be
""") | {",", ";", "/"}
_NOT_SUBJECT = words("""
is was has this his its us as thus plus always unless across business process class access
status
""")
_FOLLOW_NOUN = words("""
of is are was will experience skills skill
""")
_TRIM = words("""
and or to of with for in on at by from the a an
""")
_SKILL_ADJ = words("""
strong excellent good great solid proven basic advanced technical soft superior exceptional
outstanding effective demonstrated required relevant necessary polished top-notch
""")
def _cue_table() -> dict[str, list[tuple[str, ...]]]:
    """Knowledge cues by their first normalised word."""
    cues: dict[str, list[tuple[str, ...]]] = {}
    for cue in v.KNOWLEDGE_CUES:
        parts = tuple(norm(w) for w in cue.split())
        cues.setdefault(parts[0], []).append(parts)
    return cues


_CUES = _cue_table()
_NP_STOP = words("""
is are was be required preferred a plus such including like as to for from within in at with
using desired desirable helpful strongly highly also etc e.g. i.e. who that which
""")


_NP_PREPOSITIONS = words("in at for with to from within as")


@dataclass(frozen=True)
class Phrase:
    """A skill or knowledge phrase over tokens ``first..last`` (inclusive)."""

    first: int
    last: int
    kind: str
    ref: tuple[str, str] | None


def _form(word: str) -> str:
    got = _VERB_FORMS.get(word.lower())
    return got[1] if got else "other"


def _lemma(tok: Token) -> str | None:
    return _lemma_of(tok.text.lower())


def _lemma_of(low: str) -> str | None:
    """The verb a lower-cased word is a form of, if it is one."""
    got = _VERB_FORMS.get(low)
    return got[0] if got else None


def verb_phrases(tokens: list[Token], clause_starts: set[int], index: SkillIndex) -> list[Phrase]:
    """Action-verb phrases: duties and competences written as verbs."""
    out: list[Phrase] = []
    n = len(tokens)
    blocked = False
    after_phrase = -1  # token index just after the last phrase found
    i = 0
    lows = [t.text.lower() for t in tokens]
    while i < n:
        if i in clause_starts:
            blocked = False
        tok = tokens[i]
        low = lows[i]
        if low in v.BLOCKING_SUBJECTS or low in ("we'll", "we're"):
            blocked = True
        lemma = _lemma_of(low)
        if lemma is None or blocked or not _verb_position(tokens, i, clause_starts, after_phrase):
            i += 1
            continue
        form = _form(tok.text)
        start = i
        # Coordinated verbs sharing one object: "design, build and maintain X".
        j = i + 1
        while True:
            k = j
            while k < n and tokens[k].text.lower() in (",", "/", "and", "or"):
                k += 1
            if j < k < n and _lemma(tokens[k]) and _form(tokens[k].text) == form:
                j = k + 1
                continue
            break
        last_verb = j - 1
        end = _object_end(tokens, last_verb + 1, form, clause_starts)
        if end < last_verb + 1:
            if lemma in v.INTRANSITIVE and last_verb == start:
                out.append(Phrase(start, last_verb, "skill", _verb_ref(index, [lemma], lemma)))
                after_phrase = last_verb + 1
            i = last_verb + 1
            continue
        if lemma == "work" and tokens[last_verb + 1].text.lower() in v.WORK_SCHEDULE:
            i = end + 1
            continue
        if lemma == "report" and tokens[last_verb + 1].text.lower() == "to":
            i = end + 1
            continue
        stems = [t.norm for t in tokens[last_verb + 1 : end + 1] if t.norm and t.is_word]
        out.append(Phrase(start, end, "skill", _verb_ref(index, stems, _lemma(tokens[last_verb])
                                                          or lemma)))
        after_phrase = end + 1
        i = end + 1
    return out


def _verb_position(tokens: list[Token], i: int, clause_starts: set[int],
                   after_phrase: int) -> bool:
    word = tokens[i].text
    form = _form(word)
    prev = _prev_word(tokens, i)
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if prev is None or i in clause_starts:
        return form != "ed" or word[:1].isupper()
    p = prev.text.lower()
    if p in v.NOUN_MARKERS or p.endswith("'s") or nxt in _FOLLOW_NOUN:
        return False
    if form == "ing":
        return p in _ING_BEFORE
    if form == "ed":
        return False
    if p in _LIST_JOINERS:  # "answer phones, schedule meetings and ..." continues a list
        return after_phrase == i - 1 or (after_phrase == i - 2 and tokens[i - 2].text == ",")
    if p in _BASE_BEFORE:
        return True
    if not prev.is_word or p in _NOT_SUBJECT:
        return False
    if form == "s":
        return True
    return p.endswith("s") and not p.endswith("ss") and len(p) > 3


def _prev_word(tokens: list[Token], i: int) -> Token | None:
    j = i - 1
    while j >= 0 and not tokens[j].norm:
        j -= 1
    if j < 0 or tokens[j].text in ("•", "*", "·"):
        return None
    return tokens[j]


def _object_end(tokens: list[Token], i: int, form: str, clause_starts: set[int]) -> int:
    """The last token of the verb's object (``i - 1`` when there is none)."""
    n = len(tokens)
    end = i - 1
    words = 0
    j = i
    while j < n and words < 10:
        tok = tokens[j]
        low = tok.text.lower()
        if j in clause_starts or tok.text in PUNCT_BREAK or low in v.PHRASE_STOP:
            break
        if low in ("and", "or", "to") and j + 1 < n:
            nxt = tokens[j + 1]
            if _lemma(nxt) and (low == "to" or _form(nxt.text) == form) and nxt.text[:1].islower():
                break
        if tok.norm:
            words += 1
            end = j
        j += 1
    while end >= i and (tokens[end].text.lower() in _TRIM | {"-", "/"}
                        or (end > i and tokens[end].text.endswith("ly")
                            and tokens[end].text.islower())):
        end -= 1
    return end


def _verb_ref(index: SkillIndex, stems: list[str], lemma: str) -> tuple[str, str] | None:
    """The ESCO skill closest to the phrase (shared words), else the verb's O*NET element."""
    verb = norm(lemma)
    query = {verb, *stems}
    best: tuple[float, int] = (0.0, -1)
    seen: set[int] = set()
    for stem in stems:
        for at in index.postings.get(f"{verb} {stem}", ()):
            if at in seen:
                continue
            seen.add(at)
            ref, words = index.phrase(at)
            shared = len(query.intersection(words))
            score = shared / len(query.union(words))
            if (shared >= 3 or score >= 0.6) and score > best[0]:
                best = (score, ref)
    if best[0] >= 0.5:
        return index.ref(best[1])
    element = index.elements.get(v.VERBS.get(lemma, "").lower())
    return (f"onet:{element[0]}", element[1]) if element else None


def skills_before_word(tokens: list[Token]) -> list[Phrase]:
    """'presentation and negotiation skills' -> presentation, negotiation."""
    out: list[Phrase] = []
    for i, tok in enumerate(tokens):
        if tok.norm not in ("skill", "abiliti") or i == 0:
            continue
        j = i - 1
        parts: list[tuple[int, int]] = []
        last = j
        while j >= 0 and i - j <= 6:
            t = tokens[j]
            low = t.text.lower()
            if low in ("and", "or", ",", "&", "/"):
                if last >= j + 1:
                    parts.append((j + 1, last))
                last = j - 1
            elif not t.is_word or low in _SKILL_ADJ or low in v.NOUN_MARKERS or low in _TRIM:
                break
            j -= 1
        if last >= j + 1:
            parts.append((j + 1, last))
        for first, end in parts:
            if any(tokens[k].text.lower() in ("written", "verbal", "oral") for k in (first,)) \
                    and first == end:
                continue
            out.append(Phrase(first, end, "skill", None))
    return out


def knowledge_after_cues(tokens: list[Token], clause_starts: set[int]) -> list[Phrase]:
    """Noun phrases after 'experience with', 'knowledge of', 'degree in' ..."""
    out: list[Phrase] = []
    n = len(tokens)
    norms = [t.norm for t in tokens]
    for i in range(n):
        for cue in _CUES.get(norms[i], ()):
            size = len(cue)
            if tuple(norms[i : i + size]) != cue:
                continue
            j = i + size
            first = j
            while j <= n:
                tok = tokens[j] if j < n else None
                low = tok.text.lower() if tok else ""
                boundary = tok is None or (tok.text in PUNCT_BREAK and tok.text != "/") \
                    or low in _NP_STOP or low in ("and", "or", "&") or j in clause_starts
                if boundary:
                    while first < j and tokens[first].text.lower() in ("the", "a", "an"):
                        first += 1
                    # A later item cut by a preposition starts a new clause ("... and thrive
                    # in an international environment"), not another field.
                    later = first > i + size + 1
                    if j > first and not (later and low in _NP_PREPOSITIONS):
                        out.append(Phrase(first, j - 1, "knowledge", None))
                    if tok is None or low not in ("and", "or", "&", ",") or j in clause_starts:
                        break
                    first = j + 1
                elif j - first >= 4:
                    break
                j += 1
            break
    return out
