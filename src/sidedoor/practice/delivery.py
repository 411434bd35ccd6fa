"""Delivery in text: fillers, hedges, restarts and overused words, each pointing at the words.

"like" is a filler only where it is neither a verb ("I like", "would like") nor a preposition
("looks like", "things like"); "you know", "I mean", "kind of" and "sort of" likewise by their
neighbours. Everything works on unpunctuated, lower-case transcripts.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from sidedoor.practice import lexicon as lex
from sidedoor.practice.models import Mark, RepeatedWord
from sidedoor.practice.text import CLAUSE_BREAK, Token

_ELONGATED = re.compile(r"(.)\1{2,}")


def fold(norm: str) -> str:
    """'ummm' -> 'um', 'uhhh' -> 'uh', 'sooo' -> 'so'."""
    return _ELONGATED.sub(r"\1", norm)


def _vocal(norm: str) -> bool:
    folded = fold(norm)
    return folded in lex.VOCAL_FILLERS or (bool(lex.VOCAL.match(folded)) and norm != "m")


def find_fillers(source: str, tokens: list[Token]) -> list[Mark]:
    """Filler words and phrases with their spans, in order."""
    out: list[Mark] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        w = tok.norm
        prev = tokens[i - 1].norm if i else ""
        nxt = tokens[i + 1].norm if i + 1 < n else ""
        if _vocal(w):
            out.append(Mark.of(source, tok, tok, fold(w)))
        elif w in lex.FILLER_WORDS:
            out.append(Mark.of(source, tok, tok, w))
        elif w == "like" and _like_is_filler(prev, nxt, i):
            out.append(Mark.of(source, tok, tok, "like"))
        elif w == "you" and nxt == "know" and prev not in lex.YOU_KNOW_NOT_FILLER_BEFORE:
            after = tokens[i + 2].norm if i + 2 < n else ""
            # "you know what I mean" is a filler; "you know what to do" is not
            mean = after == "what" and i + 3 < n and tokens[i + 3].norm == "i"
            if mean or after not in {"how", "what", "where", "why", "who", "whether", "that",
                                     "it", "the", "about", "him", "her", "them"}:
                out.append(Mark.of(source, tok, tokens[i + 1], "you know"))
                i += 2
                continue
        elif w == "i" and nxt == "mean" and not _meant(tokens, i + 2):
            out.append(Mark.of(source, tok, tokens[i + 1], "i mean"))
            i += 2
            continue
        elif w in {"kind", "sort"} and nxt == "of" and prev not in lex.KIND_OF_NOUN_BEFORE:
            out.append(Mark.of(source, tok, tokens[i + 1], f"{w} of"))
            i += 2
            continue
        i += 1
    return out


def _meant(tokens: list[Token], k: int) -> bool:
    """"I mean to…", "I mean that…", "I mean it." are meant; "I mean it was…" is a filler."""
    if k >= len(tokens):
        return False
    after = tokens[k].norm
    if after in {"to", "that", "what"}:
        return True
    return after == "it" and (k + 1 >= len(tokens) or not tokens[k + 1].is_word)


def _like_is_filler(prev: str, nxt: str, i: int) -> bool:
    if prev in lex.LIKE_NOT_FILLER_BEFORE:
        return False
    if i == 0 or prev in lex.LIKE_FILLER_BEFORE or prev in CLAUSE_BREAK:
        return True
    if _vocal(nxt) or nxt in CLAUSE_BREAK or nxt in {"i", "we", "you", "he", "she", "they",
                                                       "it", "the", "um", "uh", "really"}:
        return True
    return nxt[:1].isdigit() or nxt in {"two", "three", "four", "five", "ten", "twenty",
                                         "a", "an", "about", "maybe", "super", "so", "very"}


def find_hedges(source: str, text_lower: str, fillers: list[Mark]) -> list[Mark]:
    """Hedging phrases (I guess, maybe, probably…), not overlapping a filler."""
    taken = [(f.start, f.end) for f in fillers]
    out: list[Mark] = []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(h) for h in lex.HEDGES) + r")\b")
    for m in pattern.finditer(text_lower):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        out.append(Mark.at(source, m.start(), m.end(), m.group(0)))
        taken.append((m.start(), m.end()))
    return out


def find_restarts(source: str, words: list[Token]) -> list[Mark]:
    """Repeated words and false starts: "I I", "the, the", "I'm I'm" (not "had had")."""
    out: list[Mark] = []
    allowed = {"had", "that", "very", "really", "so", "no", "bye", "ha", "do", "is"}
    for a, b in itertools.pairwise(words):
        if a.norm == b.norm and a.is_word and not _vocal(a.norm) and a.norm not in allowed:
            out.append(Mark.of(source, a, b, a.norm))
    return out


def find_repeated(source: str, words: list[Token], skip: frozenset[str]) -> list[RepeatedWord]:
    """Content words used often enough to notice (3+ times and 3%+ of the answer)."""
    counts = Counter(w.norm for w in words if w.norm not in lex.STOP_WORDS
                     and w.norm not in skip and not w.is_number and len(w.norm) > 2)
    total = max(1, len(words))
    out = []
    for word, count in counts.most_common():
        if count < 3 or count / total < 0.03:
            break
        spans = [Mark.of(source, w, w, word) for w in words if w.norm == word]
        out.append(RepeatedWord(word=word, count=count, spans=spans,
                                alternatives=list(lex.ALTERNATIVES.get(word, ()))))
    return out[:5]
