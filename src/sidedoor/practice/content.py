"""What an answer says: talking points, actions (I vs we), specifics, relevance and job terms.

All detectors take the answer, its lower-cased copy (same offsets) and its tokens, and return
:class:`~sidedoor.practice.models.Mark` spans into the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from sidedoor.practice import lexicon as lex
from sidedoor.practice.models import Mark, Ownership, QuestionKind, TermUse
from sidedoor.practice.text import SENTENCE_END, Token, stem

#: Talking points each kind of question is scored on, with their weights (summing to 1).
EXPECTED: dict[str, dict[str, float]] = {
    "behavioral": {"situation": 0.2, "task": 0.15, "action": 0.3, "result": 0.25, "lessons": 0.1},
    "situational": {"action": 0.4, "situation": 0.15, "result": 0.3, "lessons": 0.15},
    "background": {"experience": 0.35, "skills": 0.2, "outcome": 0.25, "goals": 0.2},
    "motivation": {"goals": 0.4, "fit": 0.35, "experience": 0.25},
    "weakness": {"weakness": 0.3, "improvement": 0.35, "situation": 0.15, "outcome": 0.2},
    "technical": {"experience": 0.25, "skills": 0.2, "action": 0.3, "outcome": 0.25},
    "role": {"experience": 0.25, "skills": 0.2, "action": 0.3, "outcome": 0.25},
    "gap": {"experience": 0.3, "improvement": 0.4, "goals": 0.3},
    "transition": {"experience": 0.3, "skills": 0.3, "goals": 0.2, "fit": 0.2},
    "general": {"experience": 0.3, "action": 0.35, "outcome": 0.35},
}
#: Kinds for which saying what *you* did matters.
OWNED_KINDS = frozenset({"behavioral", "situational", "background", "weakness", "technical",
                         "role", "general"})

_ADVERBS = lex.word_set("""then also first finally personally quickly immediately actually
just
eventually now always basically really even still later soon instead ultimately so um uh
literally simply directly""")
_NOT_ACTIONS = frozenset({"learned", "learnt", "realized", "realised", "wanted", "needed",
                          "liked", "loved", "used", "hoped", "enjoyed", "noticed", "guessed",
                          "supposed", "failed", "missed", "forgot", "struggled", "learn",
                          "seemed", "happened", "tried"})
_KIND_CUES: tuple[tuple[str, str], ...] = (
    ("weakness", r"\bweakness|\bweak (?:point|spot)|areas? (?:for|of|to) improve|improve on\b"),
    ("background", r"\babout yourself\b|\bwalk me through (?:your|the)\b|your background\b|"
                   r"\bintroduce yourself\b|\byour (?:resume|résumé|cv|experience so far)\b"),
    ("behavioral", r"\b(?:tell|talk) (?:me|us) about a (?:time|situation|project)|\bdescribe a "
                   r"(?:time|situation|project|challenge|conflict|mistake)|\bgive (?:me|us) an "
                   r"example|\bhave you ever\b|\ba time (?:when|you)\b|\btime you failed\b"),
    ("situational", r"\bwhat would you do\b|\bhow would you (?:handle|deal|respond|approach)\b|"
                    r"\bimagine\b|\bsuppose\b"),
    ("motivation", r"\bwhy (?:do|would|are|did) you\b|\bwhy (?:this|our|us|here)\b|"
                   r"\bwhat (?:interests|excites|attracts|draws) you\b|\bwhere do you see\b|"
                   r"\bwhy (?:consider|leave|move)\b|\byour goals?\b"),
    ("technical", r"\bhow (?:do|did|would) you (?:use|design|build|implement|test|debug|"
                  r"model|calculate)\b|\bexplain\b|\bwhat is the difference\b|\bhow does\b"),
)


def classify(question: str) -> QuestionKind:
    """The kind of question, from its words; 'general' when nothing fits."""
    q = question.lower()
    for kind, pattern in _KIND_CUES:
        if re.search(pattern, q):
            return kind  # type: ignore[return-value]
    return "general"


@lru_cache(maxsize=1)
def _verb_forms() -> frozenset[str]:
    forms: set[str] = set()
    for verb in lex.ACTION_VERBS:
        forms.update({verb, verb + "s", past(verb), verb + "ing", verb[:-1] + "ing"})
    return frozenset(forms)


def past(verb: str) -> str:
    """Past tense of an action verb (regular rules plus the irregular table)."""
    if verb in lex.IRREGULAR_PAST:
        return lex.IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return verb[:-1] + "ied"
    return verb + "ed"


def actions(source: str, tokens: Sequence[Token]) -> Ownership:
    """"I <action verb>" and "we <action verb>" clauses (adverbs and fillers skipped)."""
    forms = _verb_forms()
    mine: list[Mark] = []
    ours: list[Mark] = []
    i_count = we_count = 0
    for n, tok in enumerate(tokens):
        subject = tok.norm
        if subject in {"i", "i've", "me", "my"}:
            i_count += 1
        elif subject in {"we", "we've", "us", "our"}:
            we_count += 1
        if subject not in {"i", "we", "i've", "we've"}:
            continue
        j = n + 1
        while j < len(tokens) and j < n + 4 and tokens[j].norm in _ADVERBS:
            j += 1
        if j >= len(tokens):
            continue
        if not _is_action(tokens[j].norm, forms):
            continue
        bucket = mine if subject.startswith("i") else ours
        bucket.append(Mark.of(source, tok, tokens[j], tokens[j].norm))
        # Coordinated predicates share the subject: "I proposed and led…, added…, and trained…"
        k = j + 1
        while k < len(tokens) - 1 and k < j + 25 and tokens[k].norm not in SENTENCE_END:
            if tokens[k].norm in {"and", ",", "then"}:
                m = k + 1
                while m < len(tokens) - 1 and tokens[m].norm in {"and", "then"} | _ADVERBS:
                    m += 1
                if tokens[m].norm not in {"i", "we", "he", "she", "they", "it"} and _is_action(
                        tokens[m].norm, forms) and not tokens[m].norm.endswith("ing"):
                    bucket.append(Mark.of(source, tokens[m], tokens[m], tokens[m].norm))
                    k = m
            elif tokens[k].norm in {"i", "we", "he", "she", "they", "who", "which", "that"}:
                break
            k += 1
    return Ownership(i_count=i_count, we_count=we_count, i_actions=mine, we_actions=ours)


def _is_action(verb: str, forms: frozenset[str]) -> bool:
    if verb in lex.STATIVE_AFTER_I or verb in _NOT_ACTIONS:
        return False
    return verb in forms or (verb.endswith("ed") and len(verb) > 4)


def talking_points(lower: str, source: str, expected: Iterable[str], own: Ownership,
                   outcomes: list[Mark], numbers: list[Mark]) -> dict[str, list[Mark]]:
    """Spans that cover each expected talking point (an empty list: not covered)."""
    found: dict[str, list[Mark]] = {}
    for name in expected:
        if name == "action":
            found[name] = own.i_actions[:3] or (own.we_actions[:3] if len(own.we_actions) > 1
                                                 else [])
            continue
        if name == "outcome":
            found[name] = outcomes[:3] or [m for m in numbers[:3]]
            continue
        spans: list[Mark] = []
        for pattern in lex.POINTS.get(name, ()):
            spans.extend(Mark.at(source, m.start(), m.end(), name)
                         for m in re.finditer(pattern, lower))
            if len(spans) >= 3:
                break
        found[name] = sorted(spans, key=lambda m: m.start)[:3]
    return found


def outcomes(lower: str, source: str) -> list[Mark]:
    spans: list[Mark] = []
    for pattern in lex.POINTS["result"]:
        spans.extend(Mark.at(source, m.start(), m.end(), "outcome")
                     for m in re.finditer(pattern, lower))
    return sorted(spans, key=lambda m: m.start)


_MULTIPLIERS = frozenset({"percent", "hundred", "thousand", "million", "billion", "dozen",
                          "hundreds", "thousands", "millions", "billions", "dozens"})


def numbers_and_scale(source: str, tokens: Sequence[Token]) -> tuple[list[Mark], list[Mark]]:
    nums: list[Mark] = []
    scale: list[Mark] = []
    for n, tok in enumerate(tokens):
        if not tok.is_number:
            continue
        follows = nums and source[nums[-1].end:tok.start].strip() in {"", "and", "-"}
        if follows and tok.text.isalpha() and (source[nums[-1].end - 1].isalpha()
                                               or tok.norm in _MULTIPLIERS):
            last = nums.pop()
            nums.append(Mark.at(source, last.start, tok.end, "number"))
        else:
            nums.append(Mark.of(source, tok, tok, "number"))
        for after in tokens[n + 1:n + 4]:
            if after.norm in lex.SCALE_WORDS:
                scale.append(Mark.of(source, tok, after, "scale"))
                break
    return nums, scale


def named_things(source: str, tokens: Sequence[Token], terms: Sequence[str]) -> list[Mark]:
    """Named tools, systems and organisations: capitalised words mid-sentence, acronyms, and
    known tools (which is what survives in a lower-case transcript)."""
    out: list[Mark] = []
    skip = {"i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "covid"}
    months = {"january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "monday", "tuesday",
              "wednesday", "thursday", "friday", "saturday", "sunday"}
    for n, tok in enumerate(tokens):
        if n == 0 or tokens[n - 1].norm in SENTENCE_END or not tok.text[:1].isalpha():
            continue
        if tok.norm in skip or tok.norm in months:
            continue
        capital = tok.text[0].isupper()
        acronym = len(tok.text) >= 2 and tok.text.isupper()
        if capital or acronym:
            out.append(Mark.of(source, tok, tok, "named"))
    lower = source.lower() if len(source.lower()) == len(source) else source
    taken = {m.start for m in out}
    for m in re.finditer(lex.POINTS["skills"][1], lower):
        if m.start() not in taken:
            out.append(Mark.at(source, m.start(), m.end(), "tool"))
            taken.add(m.start())
    for use in find_terms(source, lower, terms):
        for span in use.spans:
            if span.start not in taken:
                out.append(span)
                taken.add(span.start)
    return sorted(out, key=lambda m: m.start)


def cliches(lower: str, source: str) -> list[Mark]:
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in lex.CLICHES) + r")(?!\w)")
    return [Mark.at(source, m.start(), m.end(), "cliche") for m in pattern.finditer(lower)]


def term_aliases(term: str) -> list[str]:
    """'Amazon Web Services AWS software' -> ['amazon web services aws software', 'aws', ...]."""
    base = term.lower().strip()
    out = [base]
    trimmed = re.sub(r"\b(?:software|systems?|programming language|platform)\b", "", base)
    trimmed = re.sub(r"^(?:microsoft|apache|adobe|amazon|google|oracle|ibm|sap|atlassian) ", "",
                     trimmed.strip()).strip()
    if trimmed and trimmed != base:
        out.append(trimmed)
    out.extend(a.lower() for a in re.findall(r"\b[A-Z][A-Z0-9+#.]{1,}\b", term))
    return [a for a in dict.fromkeys(out) if len(a) >= 2]


def find_terms(source: str, lower: str, terms: Sequence[str]) -> list[TermUse]:
    uses: list[TermUse] = []
    for term in terms:
        spans: list[Mark] = []
        for alias in term_aliases(term):
            pattern = r"(?<![\w])" + re.escape(alias) + r"(?![\w])"
            spans.extend(Mark.at(source, m.start(), m.end(), term)
                         for m in re.finditer(pattern, lower))
            if spans:
                break
        if not spans:
            words = [w for w in re.findall(r"[a-z]{4,}", term.lower()) if w not in lex.STOP_WORDS
                     and w not in {"software", "system", "systems", "using", "with"}]
            hits = [stem(w) for w in words]
            if hits and len(words) <= 4:
                stems = {w: stem(w) for w in set(re.findall(r"[a-z]{3,}", lower))}
                found = [m for m in re.finditer(r"[a-z]{3,}", lower)
                         if stems[m.group(0)] in hits]
                if len({stem(m.group(0)) for m in found}) >= max(1, (len(hits) + 1) // 2):
                    spans = [Mark.at(source, m.start(), m.end(), term) for m in found[:3]]
        uses.append(TermUse(term=term, spans=spans[:3]))
    return uses


_QUESTION_FILLER = lex.word_set("""tell me us about describe give example share walk through
demonstrate demonstrated show showed shown greatest biggest main most handle handled deal
dealt faced face overcome working worked think considering consider today
recent recently next going
explain talk situation would how why what when where which who whom was were you your yours
did do does time times please can could can't specific particular kind one some any had have
the this that there""")


_STOCK_PHRASES = re.compile(r"\bwhat led you\b|\bwhere you are (?:today|now)\b|\bwalk me through\b")
_IRREGULAR_ROOTS = {"led": "lead", "ran": "run", "built": "build", "taught": "teach",
                    "made": "make", "sold": "sell", "wrote": "write", "chose": "choose"}


def relevance(question: str, lower: str) -> tuple[float, list[str], list[str]]:
    """How much of the question's key words (or their related words) the answer takes up."""
    keys = []
    asked = _STOCK_PHRASES.sub(" ", question.lower())
    for word in re.findall(r"[a-z']+", asked):
        word = _IRREGULAR_ROOTS.get(word, word)
        if word in lex.STOP_WORDS or word in _QUESTION_FILLER or len(word) < 3:
            continue
        keys.append(word)
    keys = list(dict.fromkeys(keys))
    if not keys:
        return 1.0, [], []
    answer_stems = {stem(_IRREGULAR_ROOTS.get(w, w)) for w in set(re.findall(r"[a-z']+", lower))}
    matched = []
    for word in keys:
        root = stem(word)
        related = next((v for k, v in lex.RELATED.items() if root.startswith(k) or k == word),
                       ())
        if root in answer_stems or any(r in lower for r in related):
            matched.append(word)
    needed = min(len(keys), 2)
    return min(1.0, len(matched) / needed), keys, matched
