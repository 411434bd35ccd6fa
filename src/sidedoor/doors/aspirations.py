"""Aspirations met: the profile's goals ("more remote days", "lead a team", "higher pay",
"a smaller company", "Staff Engineer", "healthcare") read into kinds, each judged for every
position at once from what positions state.

Each aspiration gives a vector over the positions: 1 where it is met, ``MISS`` where the
position states something that does not meet it, 0 where it clearly goes against it (on-site
work for "more remote days", a large company for "a smaller one"), and NaN where the position
says nothing that bears on it. The
aspirations factor is their mean over what can be judged (see :mod:`sidedoor.doors.rank`).

* **remote** ("remote", "work from home", "less commuting"): remote work (hybrid half);
* **lead** ("lead", "manage", "head of", "director"): a lead/manager title or seniority, or a
  management occupation;
* **senior** ("promotion", "growth", "senior"): a higher job zone, or a senior/staff/
  principal title or seniority; a named rung ("staff-level scope") needs that rung or a
  higher one (senior < staff < principal < distinguished);
* **pay** ("higher pay", "earn more", "salary", "raise"): pay at least 10% over the floor, or
  at/above the market's 60th percentile;
* **smaller** / **larger** ("a smaller company", "startup" / "larger company", "enterprise"):
  the company size the position states;
* **words** (anything else: a title, an industry): every content word in the title, or the
  industry named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from sidedoor.doors.index import SENIORITY, WORKPLACES, PositionIndex, title_words

Vec = npt.NDArray[np.float64]
_PATTERNS = (
    ("remote", r"remote|work(ing)? from home|\bwfh\b|less commut|no commut|fewer office"),
    ("smaller", r"small(er)? (company|compan|firm|team|shop)|start-?up|early.stage"),
    ("larger", r"(larger|big(ger)?|large) (company|compan|firm)|enterprise|established"),
    ("pay", r"\bpay\b|salary|money|earn|compensation|\braise\b|income|paid"),
    ("lead", r"\blead\b|\bleading\b|manag|head of|director|supervis|people leader|"
             r"direct reports"),
    ("senior", r"senior|staff|principal|promot|scope|grow|step up|next level|advance|career"),
)
KINDS = tuple((kind, re.compile(pattern)) for kind, pattern in _PATTERNS)
STOP = frozenset({
    "a", "an", "the", "to", "of", "in", "for", "at", "on", "and", "or", "with", "more", "less",
    "my", "be", "become", "get", "work", "job", "role", "position", "level", "scope", "into",
    "as", "some", "new", "better", "good"})
LEAD_WORDS = frozenset({"lead", "manager", "management", "head", "director", "supervisor",
                        "chief", "vp", "leader"})
SENIOR_WORDS = frozenset({"senior", "sr", "staff", "principal", "lead", "distinguished"})
LADDER = ("senior", "staff", "principal", "distinguished")  # a named rung: it or higher
LEAD_LEVELS = tuple(SENIORITY.index(s) for s in ("lead", "manager", "director", "vp",
                                                   "executive"))
SENIOR_LEVELS = tuple(SENIORITY.index(s) for s in ("senior", "staff", "principal", "lead"))
SMALL = 200.0  # employees: at most this is a smaller company
LARGE = 1000.0  # at least this is a larger one
MANAGEMENT = 11  # SOC major group 11: management occupations
MISS = 0.2  # a position that states what is asked and does not meet it
_VALUE = re.compile(r"""['"]value['"]\s*:\s*['"]([^'"]+)['"]""")


@dataclass(frozen=True)
class Aspiration:
    text: str  # as the user wrote it (a stored {"kind", "value"} becomes its value)
    kind: str
    words: tuple[str, ...] = ()  # content words, for the "words" kind


def read_aspirations(texts: list[str]) -> list[Aspiration]:
    out: list[Aspiration] = []
    for raw in texts:
        found = _VALUE.search(raw)
        text = (found.group(1) if found else raw).strip()
        if not text:
            continue
        low = text.lower()
        kind = next((k for k, pattern in KINDS if pattern.search(low)), "words")
        words = tuple(w for w in title_words(low) if w not in STOP)
        if kind == "words" and not words:
            continue
        out.append(Aspiration(text=text, kind=kind, words=words))
    return out


def aspiration_fits(aspirations: list[Aspiration], index: PositionIndex, *, zone: int = 0,
                    floor: float | None = None, market: Vec | None = None
                    ) -> tuple[dict[str, Vec], list[str]]:
    """Aspiration text -> 0-1 vector over the positions (NaN: not judged there), and notes
    on aspirations no position can say anything about."""
    fits: dict[str, Vec] = {}
    notes: list[str] = []
    for a in aspirations:
        fit = _fit(a, index, zone, floor, market)
        if np.isnan(fit).all():
            notes.append(f"Aspiration not judged: \"{a.text}\" — the positions do not state "
                         f"{_UNSTATED.get(a.kind, 'it')}.")
            continue
        fits[a.text] = fit
    return fits, notes


_UNSTATED = {"smaller": "their company size", "larger": "their company size",
             "pay": "pay", "remote": "their workplace"}


def _title_has(index: PositionIndex, words: frozenset[str] | tuple[str, ...], *,
               every: bool = False) -> npt.NDArray[np.bool_]:
    lookup = index.lookup("title_terms")
    cols = sorted({lookup[w] for w in words if w in lookup})
    if not cols or (every and len(cols) < len(set(words))):
        return np.zeros(len(index), dtype=bool)
    wanted = np.zeros(len(index.title_terms), dtype=np.float32)
    wanted[cols] = 1.0
    hits = np.asarray(index.title_matrix @ wanted).ravel()
    return hits >= (len(cols) if every else 1)


def _level_in(index: PositionIndex, levels: Iterable[int]) -> npt.NDArray[np.bool_]:
    table = np.zeros(len(SENIORITY), dtype=bool)
    table[list(levels)] = True
    return np.asarray(table[index.seniority])


def _fit(a: Aspiration, index: PositionIndex, zone: int, floor: float | None,
         market: Vec | None) -> Vec:
    n = len(index)
    nan = np.full(n, np.nan)
    wp = index.workplace
    if a.kind == "remote":
        by_workplace = {"unknown": np.nan, "onsite": 0.0, "hybrid": 0.5, "remote": 1.0}
        return np.array([by_workplace[w] for w in WORKPLACES])[wp]
    if a.kind in ("smaller", "larger"):
        size = index.company_size.astype(np.float64)
        small = np.where(size <= SMALL, 1.0, np.where(size < LARGE, 0.5, 0.0))
        return np.where(np.isnan(size), np.nan, small if a.kind == "smaller" else 1.0 - small)
    if a.kind == "pay":
        top = np.where(np.isnan(index.pay_max), index.pay_min, index.pay_max).astype(
            np.float64)
        fit = nan.copy()
        if floor:
            fit = np.where(np.isnan(top), np.nan, np.where(top >= 1.1 * floor, 1.0, MISS))
        if market is not None:
            by_market = np.where(np.isnan(market), np.nan, np.where(market >= 60, 1.0, MISS))
            fit = np.where(np.isnan(fit), by_market, np.fmax(fit, by_market))
        return fit
    if a.kind == "lead":
        met = (_title_has(index, LEAD_WORDS) | _level_in(index, LEAD_LEVELS)
               | (index.soc_major == MANAGEMENT))
        return np.where(met, 1.0, MISS)
    if a.kind == "senior":
        rung = next((LADDER.index(w) for w in a.words if w in LADDER), None)
        if rung is not None:  # "staff-level scope": staff or higher
            wanted = LADDER[rung:]
            levels = [SENIORITY.index(w) for w in wanted if w in SENIORITY]
            met = _title_has(index, frozenset(wanted)) | _level_in(index, levels)
            return np.where(met, 1.0, MISS)
        met = _title_has(index, SENIOR_WORDS) | _level_in(index, SENIOR_LEVELS)
        if zone:
            met |= index.job_zone > zone
        return np.where(met, 1.0, MISS)
    met = _title_has(index, a.words, every=True)
    if index.industries:
        named = [i for i, name in enumerate(index.industries)
                 if any(w in title_words(name) for w in a.words)]
        met |= np.isin(index.industry, named)
    return np.where(met, 1.0, MISS)
