"""Tokens with exact character offsets, and the one normalisation shared by index and text.

Skill names and job text go through the same :func:`tokenize` and :func:`norm`, so matching
is a lookup of normalised token tuples. Hyphens and articles are *skippable*: they keep their
offsets but do not take part in matching, so "problem-solving" meets "problem solving" and
"operate a forklift" meets "operate forklift".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

# A word: letters/digits with inner dots or apostrophes (Node.js, D1.1, Bachelor's), a leading
# dot for .NET, trailing + or # for C++ and C#. Everything else that is not space is one
# punctuation token.
_TOKEN = re.compile(
    r"[A-Za-z] ?(?:\+\+|#)(?![\w#+])"  # C++, C#, F#, also as "C #" in tokenised text
    r"|\.?[^\W_](?:[^\W_]|[.'’](?=[^\W_]))*[+#]*"
    r"|[^\w\s]"
)

ARTICLES = frozenset({"a", "an", "the"})
SKIPPABLE = frozenset({"-", "–", "—", *ARTICLES})
PUNCT_BREAK = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "{", "}", "|", "•",
                         "·", "\"", "“", "”", "*"})

# Words whose plural or -s form must not be stripped (they end in s on their own).
_KEEP_S = ("ss", "us", "is", "os", "as", "ys", "ics")


class Token(NamedTuple):
    """One token: its text exactly as in the input, its offsets, and its normal form."""

    text: str
    start: int
    end: int
    norm: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or (self.text[:1] == "." and len(self.text) > 1)


def fold(text: str) -> str:
    """Lower-case and strip accents (résumé -> resume); apostrophes made plain."""
    text = text.replace("’", "'")
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def stem(word: str) -> str:
    """A light, predictable stemmer: plurals and third-person -s reduced, short words kept.

    Not linguistics: it only needs to map "forklifts"/"forklift" and "analyses"/"analysis"
    to the same key on both sides of the lookup. -ing and -ed forms are kept apart on
    purpose ("accounting" is a field, "account" is not).
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if (word.endswith("es") and word[-3:-2] in ("x", "z")) or word.endswith(("ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(_KEEP_S):
        word = word[:-1]
    return word.rstrip("e") if len(word) > 4 else word


@lru_cache(maxsize=200_000)
def norm(token_text: str) -> str:
    """The matching key of one token (memoised: job text repeats its words)."""
    folded = fold(token_text).replace(" ", "")
    if folded in SKIPPABLE:
        return ""
    if folded.endswith("'s"):
        folded = folded[:-2]
    return stem(folded)


def tokenize(text: str) -> list[Token]:
    """Every token of ``text`` with offsets such that ``text[t.start:t.end] == t.text``."""
    return [
        _new_token(Token, (word := m.group(), *m.span(), norm(word)))
        for m in _TOKEN.finditer(text)
    ]


_new_token = tuple.__new__  # a Token made without its keyword handling (a text has hundreds)


def key_of(phrase: str) -> tuple[str, ...]:
    """The lookup key of a catalogue name: its non-skippable normalised tokens."""
    return tuple(k for k in map(norm, _TOKEN.findall(phrase)) if k)


def is_capitalised(word: str) -> bool:
    """'Python', 'AWS', 'iOS': something written as a name, not as a common word."""
    return any(c.isupper() for c in word)


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or bullet line: the unit for context and requirement cues."""

    start: int
    end: int


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(\[]?[A-Z0-9•\-*])|\n+")


def segments(text: str) -> list[Segment]:
    """Split into sentences and lines (bullets are lines). Offsets cover the input exactly."""
    out: list[Segment] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > pos:
            out.append(Segment(pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append(Segment(pos, len(text)))
    return out


def words(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block (for hand-written lists)."""
    return frozenset(text.split())
