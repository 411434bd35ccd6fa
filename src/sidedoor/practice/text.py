"""Tokens with exact character offsets, for typed answers and messy spoken transcripts.

Every token keeps ``start``/``end`` into the original answer, so every insight can point at
the words (``answer[start:end] == token.text``). Transcript annotations such as ``[laughs]`` or
``(pause)`` are not words (a bracketed filler, ``[um]``, still is); speaker labels at the start
of a line or ``|``-separated turn ("Interviewee: …") are skipped, and so are the interviewer's
own turns ("Interviewer: …", "Q: …") when a whole transcript is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"\$?\d+(?:[.,]\d+)*(?:%|k\b|m\b|x\b)?"  # numbers, money, 12%, 40k, 3x
    r"|[A-Za-z\u00C0-\u024F]+(?:(?:['\u2019]|-(?=[A-Za-z]))[A-Za-z\u00C0-\u024F]+)*"  # I'm, on-call
    r"|[%$&+#]"
    r"|[.!?;:,\u2014\u2013]|--|\.\.\.|-"
)
_ANNOTATION = re.compile(r"\[([^\]\n]{0,40})\]|\((?:pause|laughs?|laughter|inaudible|crosstalk|"
                         r"silence|coughs?|sighs?|clears throat)[^)\n]{0,20}\)", re.IGNORECASE)
_BRACKETED_FILLER = re.compile(r"\s*(?:u+h+m*|u+m+|e+r+m*|a+h+|h+m+)\s*", re.IGNORECASE)
_SPEAKER = re.compile(r"(?:^|(?<=\|))[ \t]*(?:interviewee|candidate|answer|participant|"
                      r"applicant|a)[ \t]*:", re.IGNORECASE | re.MULTILINE)
_INTERVIEWER = re.compile(r"(?:^|(?<=\|))[ \t]*(?:interviewer|question|q)[ \t]*:[^|\n]*",
                          re.IGNORECASE | re.MULTILINE)
SENTENCE_END = frozenset({".", "!", "?"})
CLAUSE_BREAK = frozenset({".", "!", "?", ";", ":", ",", "\u2014", "\u2013", "--", "...", "-"})

NUMBER_WORDS = frozenset(str.split(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens half "
    "double doubled tripled halved percent twice"
))


@dataclass(frozen=True, slots=True)
class Token:
    """One word, number or punctuation mark; ``norm`` is lower-case with a plain apostrophe."""

    text: str
    start: int
    end: int
    norm: str

    @property
    def is_word(self) -> bool:
        return self.norm[0].isalnum() or self.norm[0] == "$"

    @property
    def is_number(self) -> bool:
        return any(c.isdigit() for c in self.norm) or self.norm in NUMBER_WORDS


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with exact offsets, skipping annotations, labels and interviewer turns."""
    skip = [(m.start(), m.end()) for m in _ANNOTATION.finditer(text)
            if not (m.group(1) and _BRACKETED_FILLER.fullmatch(m.group(1)))]
    skip += [(m.start(), m.end()) for m in _SPEAKER.finditer(text)]
    skip += [(m.start(), m.end()) for m in _INTERVIEWER.finditer(text)]
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        if skip and any(a <= m.start() < b for a, b in skip):
            continue
        raw = m.group(0)
        out.append(Token(raw, m.start(), m.end(), raw.lower().replace("\u2019", "'")))
    return out


def words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.is_word]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stem for matching question and answer words (lead/leading/leader -> lead)."""
    w = word.lower().replace("'", "")
    for suffix, keep in (("ership", 0), ("ization", 0), ("isation", 0), ("ations", 0),
                         ("ation", 0), ("ments", 0), ("ment", 0), ("ness", 0), ("ities", 0),
                         ("ity", 0), ("ings", 0), ("ing", 0), ("ied", 0), ("ies", 0),
                         ("ers", 0), ("er", 0), ("ed", 0), ("es", 0), ("ly", 0), ("s", 0)):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 + keep:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # planned -> plann -> plan
    return w.rstrip("e") if len(w) > 4 else w
