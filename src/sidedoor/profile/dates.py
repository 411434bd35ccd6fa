"""Résumé dates as "YYYY-MM" (or "YYYY" when only the year is given)."""

from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
PRESENT = re.compile(r"^\s*(?:present|current|now|today|ongoing|heute|aktuell)\s*$", re.I)
_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.]\d{1,2})?\s*$")
_NUM_MY = re.compile(r"^\s*(\d{1,2})[/.-](\d{4})\s*$")
_WORD_MY = re.compile(r"^\s*([A-Za-z]{3,9})\.?,?\s+(\d{4})\s*$")
#: A date as it appears in running text (for finding ranges in résumé lines).
DATE = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}"
        r"|\d{1,2}/\d{4}|\d{4}-\d{2}|\d{4})")
RANGE = re.compile(
    rf"(?P<start>{DATE})\s*(?:[-–—]|to|until)\s*(?P<end>{DATE}|Present|Current|Now|Today)",
    re.IGNORECASE)


def parse_date(text: str | None) -> str | None:
    """'Mar 2019', 'March 2019', '2019-03-01', '03/2019' -> '2019-03'; '2019' -> '2019';
    'Present' and unreadable text -> None."""
    if not text or PRESENT.match(text):
        return None
    found = _ISO.match(text)
    if found:
        year, month = found.group(1), found.group(2)
        return f"{year}-{int(month):02d}" if month and 1 <= int(month) <= 12 else year
    found = _NUM_MY.match(text)
    if found and 1 <= int(found.group(1)) <= 12:
        return f"{found.group(2)}-{int(found.group(1)):02d}"
    found = _WORD_MY.match(text)
    if found:
        month = MONTHS.get(found.group(1)[:3].lower())
        if month:
            return f"{found.group(2)}-{month:02d}"
    return None


def is_present(text: str | None) -> bool:
    return bool(text and PRESENT.match(text))
