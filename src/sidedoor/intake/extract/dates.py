"""Calendar dates and start dates named in the text (ISO when the text says the year)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sidedoor.intake.textutil import Lower, lowered

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan", "januar", "janvier"),
            ("february", "feb", "februar"),
            ("march", "mar", "märz"),
            ("april", "apr"),
            ("may", "mai"),
            ("june", "jun", "juni"),
            ("july", "jul", "juli"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct", "oktober", "okt"),
            ("november", "nov"),
            ("december", "dec", "dezember", "dez"),
        ]
    )
    for m in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_PATTERNS: tuple[Lower, ...] = (
    Lower(r"\b(?P<y>20\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
    Lower(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?\s(?:of\s)?(?P<mon>{_MONTH})\.?,?\s(?P<y>20\d{{2}})\b"
    ),
    Lower(rf"\b(?P<mon>{_MONTH})\.?\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<y>20\d{{2}})\b"),
    Lower(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>20\d{2})\b"),
    Lower(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?P<mon>{_MONTH})\b(?!\s20\d\d)"),
    Lower(rf"\b(?P<mon>{_MONTH})\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s20\d\d)"),
    Lower(
        r"\b(?:start(?:ing)?(?: date)?:?\s(?:is\s)?(?:asap|immediately|in (?:"
        + _MONTH
        + r")|(?:"
        + _MONTH
        + r")(?: 20\d\d)?))\b"
    ),
)


_NEEDS_MONTH = frozenset({1, 2, 4, 5})
_NEEDS_YEAR = frozenset({0, 1, 2, 3})  # each of their matches holds a year (\b20dd\b)
_YEAR = re.compile(r"\b20\d\d\b")
_START_INDEX = 6
_MONTH_ANY = Lower(rf"\b(?:{_MONTH})\b")
_DIGIT = re.compile(r"\d")
_START = re.compile(r"start", re.I)


@dataclass
class DateFinding:
    text: str
    iso: str | None
    start: int
    end: int


def find_dates(
    text: str, start: int = 0, end: int | None = None, limit: int = 20
) -> list[DateFinding]:
    end = len(text) if end is None else end
    if _DIGIT.search(text, start, end) is None and not _START.search(text, start, end):
        return []
    out: list[DateFinding] = []
    taken: list[tuple[int, int]] = []
    month = _MONTH_ANY.search(text, start, end) is not None  # one scan instead of four
    starting = lowered(text).find("start", start, end) >= 0
    year = _YEAR.search(text, start, end) is not None
    for index, pattern in enumerate(_PATTERNS):
        if (
            (index in _NEEDS_MONTH and not month)
            or (index in _NEEDS_YEAR and not year)
            or (index == _START_INDEX and not starting)
        ):
            continue
        for match in pattern.finditer(text, start, end):
            s, e = match.span()
            if any(a < e and s < b for a, b in taken):
                continue
            groups = match.groupdict()
            iso = _iso(groups.get("y"), groups.get("m"), groups.get("mon"), groups.get("d"))
            bare_day = groups.get("d") and groups.get("y") is None and groups.get("mon")
            if bare_day and iso is None and not 1 <= int(groups["d"]) <= 31:
                continue
            taken.append((s, e))
            out.append(DateFinding(text[s:e], iso, s, e))
            if len(out) >= limit:
                break
    return sorted(out, key=lambda d: d.start)


def _iso(y: str | None, m: str | None, mon: str | None, d: str | None) -> str | None:
    if y is None or d is None:
        return None
    month = int(m) if m else _MONTHS.get((mon or "").lower().rstrip("."))
    if month is None:
        return None
    try:
        return date(int(y), month, int(d)).isoformat()
    except ValueError:
        return None
