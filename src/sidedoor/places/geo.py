"""Small geometry and name helpers shared by the gazetteer, the area lookup and commutes."""

from __future__ import annotations

import math
import re
import unicodedata

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)

_SAINT = re.compile(r"\b(?:st|ste)\b\.?\s*", re.IGNORECASE)
_FORT = re.compile(r"\bft\b\.?\s*", re.IGNORECASE)
_MOUNT = re.compile(r"\bmt\b\.?\s*", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9]+")


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def fold(text: str) -> str:
    """Lower case without accents: 'München' -> 'munchen'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def norm_name(text: str) -> str:
    """A place name as a lookup key: 'St. Louis' == 'Saint Louis', 'Winston-Salem' ==
    'Winston Salem', 'Ft. Worth' == 'Fort Worth'."""
    text = _SAINT.sub("saint ", text)
    text = _FORT.sub("fort ", text)
    text = _MOUNT.sub("mount ", text)
    return _NON_WORD.sub(" ", fold(text)).strip()
