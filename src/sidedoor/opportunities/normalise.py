"""Small normalisers used to match recruiters and opportunities: names, URLs, titles, dates.

Pure functions, no store access. Matching compares these normalised forms, never the raw
text, so "Lumen Health, Inc." and "lumen health" are the same company.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime

_COMPANY_SUFFIXES = re.compile(
    r"\b(?:inc|incorporated|llc|l\.l\.c|ltd|limited|plc|gmbh|ag|sa|s\.a|bv|b\.v|nv|co|corp"
    r"|corporation|company|pty|pvt|private|group|holdings|se|oy|ab|as|srl|spa)\b\.?",
)
_TITLE_NOISE = re.compile(r"\(.*?\)|\[.*?\]|\b(?:m/w/d|f/m/d|h/f|w/m/d)\b")
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str | None) -> str:
    """Lower case, accents removed, punctuation to single spaces."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", plain.casefold()).strip()


def company_key(company: str | None) -> str:
    """'Lumen Health, Inc.' -> 'lumen health'."""
    folded = fold(company)
    return " ".join(_COMPANY_SUFFIXES.sub(" ", folded).split())


def title_key(title: str | None) -> str:
    """'Senior Backend Engineer (Python) - m/w/d' -> 'senior backend engineer'."""
    if not title:
        return ""
    return fold(_TITLE_NOISE.sub(" ", title))


def email_key(email: str | None) -> str:
    return (email or "").strip().strip("<>").casefold()


def profile_url_key(url: str | None) -> str:
    """'https://www.linkedin.com/in/DanaW/' -> 'linkedin.com/in/danaw'."""
    if not url:
        return ""
    text = url.strip().casefold()
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.sub(r"^(?:www|[a-z]{2})\.", "", text)
    text = text.split("?", 1)[0].split("#", 1)[0]
    return text.rstrip("/")


def name_key(name: str | None) -> str:
    return fold(name)


def parse_when(text: str | None) -> datetime | None:
    """An ISO 8601 date or timestamp as an aware UTC datetime (naive = UTC); None if unreadable."""
    if not text:
        return None
    value = text.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return None
        parsed = datetime(day.year, day.month, day.day)
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
