"""Occupation title search.

FTS5 (bm25) finds candidate titles — occupation titles, alternate, short and reported
titles — and rapidfuzz re-ranks them: exact and prefix matches of the whole query first,
official titles before alternates, then the base occupation ('.00') and larger occupations
(national employment) breaking near-ties. When a word matches no title at all (a typo, an
accent), it is corrected to the closest word that does, from the FTS vocabulary.
"""

from __future__ import annotations

import bisect
import math
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from typing import cast

from rapidfuzz import fuzz, process

from sidedoor.knowledge.models import SearchHit, TitleKind

KIND_BONUS: dict[str, float] = {"title": 6.0, "alternate": 3.0, "short": 2.0, "reported": 1.0}
EXACT_BONUS = 30.0
PREFIX_BONUS = 15.0
ALL_WORDS_BONUS = 8.0
BASE_CODE_BONUS = 1.5
FTS_CANDIDATES = 400
CORRECTION_CUTOFF = 70.0
MIN_CORRECTABLE = 3

FTS_QUERY = """
SELECT title, code, kind FROM title_search WHERE title_search MATCH ?
ORDER BY bm25(title_search) LIMIT ?
"""
OCCUPATIONS_QUERY = """
SELECT o.code, o.title, w.tot_emp FROM occupations o
LEFT JOIN oews_wages w ON w.area = '99' AND w.occ_code = o.soc_code
"""

Candidate = tuple[str, str, str]  # title, code, kind


def normalise(text: str) -> str:
    """Lower case, no accents or punctuation, simple plurals made singular."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(_singular(w) for w in re.findall(r"[^\W_]+", plain))


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@dataclass
class TitleIndex:
    """Occupation titles and sizes; the title vocabulary, loaded on first use."""

    db: sqlite3.Connection
    occupation_titles: dict[str, str]
    employment: dict[str, int]
    _vocabulary: tuple[list[str], dict[str, int]] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, db: sqlite3.Connection) -> TitleIndex:
        titles: dict[str, str] = {}
        employment: dict[str, int] = {}
        for code, title, tot_emp in db.execute(OCCUPATIONS_QUERY):
            titles[code] = title
            employment[code] = int(tot_emp or 0)
        return cls(db, titles, employment)

    def vocabulary(self) -> tuple[list[str], dict[str, int]]:
        """Sorted words of every title, and in how many titles each occurs."""
        if self._vocabulary is None:
            counts = {str(t): int(n) for t, n in self.db.execute(
                "SELECT term, doc FROM title_vocab")}
            self._vocabulary = (sorted(counts), counts)
        return self._vocabulary

    def known(self, word: str) -> bool:
        """True when some title has a word starting with ``word``."""
        words, _ = self.vocabulary()
        at = bisect.bisect_left(words, word)
        return at < len(words) and words[at].startswith(word)

    def correct(self, word: str) -> str:
        """``word`` if titles use it, else the closest word they use (if close enough)."""
        if len(word) < MIN_CORRECTABLE or word.isdigit() or self.known(word):
            return word
        words, counts = self.vocabulary()
        matches = process.extract(word, words, scorer=fuzz.ratio, limit=5,
                                  score_cutoff=CORRECTION_CUTOFF)
        if not matches:
            return word
        best = max(matches, key=lambda m: (m[1], counts.get(m[0], 0)))
        return str(best[0])


def search(db: sqlite3.Connection, index: TitleIndex, text: str, limit: int) -> list[SearchHit]:
    query = normalise(text)
    if not query or limit <= 0:
        return []
    words = query.split()
    candidates = _fts(db, _match(words, "AND"))
    if not candidates:
        corrected = [index.correct(w) for w in words]
        if corrected != words:
            words, query = corrected, " ".join(corrected)
            candidates = _fts(db, _match(words, "AND"))
    if len(words) > 1 and len({code for _, code, _ in candidates}) < limit:
        candidates += _fts(db, _match(words, "OR"))
    best = _rank(query, candidates, index)
    return sorted(best.values(), key=lambda h: (-h.score, h.code))[:limit]


def _match(words: list[str], operator: str) -> str:
    return f" {operator} ".join(f'"{w}"*' for w in words)


def _fts(db: sqlite3.Connection, match: str) -> list[Candidate]:
    try:
        rows = db.execute(FTS_QUERY, (match, FTS_CANDIDATES)).fetchall()
    except sqlite3.OperationalError:  # a query FTS cannot parse finds nothing
        return []
    return [(str(t), str(c), str(k)) for t, c, k in rows]


def _rank(query: str, candidates: list[Candidate], index: TitleIndex) -> dict[str, SearchHit]:
    """The best-scoring title per occupation."""
    best: dict[str, SearchHit] = {}
    words = set(query.split())
    for title, code, kind in candidates:
        score = _score(query, words, normalise(title), kind, code, index)
        if code not in best or score > best[code].score:
            best[code] = SearchHit(
                code=code,
                title=index.occupation_titles.get(code, title),
                matched_title=title,
                kind=cast(TitleKind, kind),
                score=round(score, 2),
            )
    return best


def _score(
    query: str, words: set[str], title: str, kind: str, code: str, index: TitleIndex
) -> float:
    score = float(fuzz.WRatio(query, title))
    if title == query:
        score += EXACT_BONUS
    elif title.startswith(query):
        score += PREFIX_BONUS
    elif words <= set(title.split()):
        score += ALL_WORDS_BONUS
    score += KIND_BONUS.get(kind, 0.0)
    if code.endswith(".00"):
        score += BASE_CODE_BONUS
    return score + math.log10(1 + index.employment.get(code, 0)) / 2
