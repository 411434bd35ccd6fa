"""US places as positions and people write them: 'Austin, TX', 'Austin, Texas', 'TX'.

Parsed to a (city, state) pair of normalised strings; '' where a part is unknown. Matching
is by equality, so it is cheap enough to run on every position at indexing time.
"""

from __future__ import annotations

import re

STATES = {
    "AL": "alabama", "AK": "alaska", "AZ": "arizona", "AR": "arkansas", "CA": "california",
    "CO": "colorado", "CT": "connecticut", "DE": "delaware", "DC": "district of columbia",
    "FL": "florida", "GA": "georgia", "HI": "hawaii", "ID": "idaho", "IL": "illinois",
    "IN": "indiana", "IA": "iowa", "KS": "kansas", "KY": "kentucky", "LA": "louisiana",
    "ME": "maine", "MD": "maryland", "MA": "massachusetts", "MI": "michigan",
    "MN": "minnesota", "MS": "mississippi", "MO": "missouri", "MT": "montana",
    "NE": "nebraska", "NV": "nevada", "NH": "new hampshire", "NJ": "new jersey",
    "NM": "new mexico", "NY": "new york", "NC": "north carolina", "ND": "north dakota",
    "OH": "ohio", "OK": "oklahoma", "OR": "oregon", "PA": "pennsylvania", "RI": "rhode island",
    "SC": "south carolina", "SD": "south dakota", "TN": "tennessee", "TX": "texas",
    "UT": "utah", "VT": "vermont", "VA": "virginia", "WA": "washington",
    "WV": "west virginia", "WI": "wisconsin", "WY": "wyoming", "PR": "puerto rico",
}
BY_NAME = {name: code for code, name in STATES.items()}
_SPACE = re.compile(r"\s+")


def parse_place(text: str | None) -> tuple[str, str]:
    """(city, state code) of a US place; ('', '') when nothing is recognised."""
    if not text:
        return "", ""
    parts = [_SPACE.sub(" ", p).strip() for p in text.split(",")]
    parts = [p for p in parts if p and p.lower() not in ("usa", "us", "united states")]
    if not parts:
        return "", ""
    last = parts[-1]
    state = ""
    token = last.split(" ")[0] if re.fullmatch(r"[A-Za-z]{2}( \d{5}(-\d{4})?)?", last) else ""
    if token.upper() in STATES:
        state = token.upper()
    elif last.lower() in BY_NAME:
        state = BY_NAME[last.lower()]
    if state:
        parts = parts[:-1]
    city = parts[0].lower() if parts else ""
    if not state and city in BY_NAME:
        return "", BY_NAME[city]
    return city, state
