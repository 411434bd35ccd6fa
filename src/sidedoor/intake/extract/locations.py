"""Places named as where the job is: a small built-in gazetteer plus "City, ST" patterns.

The gazetteer covers the large job markets; anything else is found through cues
("based in X", "Location: X"). A GeoNames-backed resolver can replace `GAZETTEER` later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidedoor.intake.textutil import longest_of

_CITIES = """
US: New York|NYC|Manhattan|Brooklyn; San Francisco|SF; Bay Area; Seattle; Austin; Boston; Chicago;
Los Angeles|LA; Denver; Atlanta; Dallas; Houston; Miami; Washington DC|Washington, DC|D.C.;
Philadelphia; Phoenix; San Diego; San Jose; Portland; Minneapolis; Detroit; Pittsburgh;
Raleigh; Charlotte; Nashville; Salt Lake City; Columbus; Cleveland; Baltimore; St. Louis;
Kansas City; Orlando; Tampa; Palo Alto; Mountain View; Menlo Park; Cambridge, MA; Jersey City
UK: London; Manchester; Birmingham; Leeds; Glasgow; Edinburgh; Bristol; Cambridge; Oxford;
Liverpool; Newcastle; Sheffield; Cardiff; Belfast; Nottingham; Reading; Milton Keynes; Canary Wharf;
the City of London
DE: Berlin; Munich|München; Hamburg; Frankfurt|Frankfurt am Main; Cologne|Köln; Stuttgart;
Düsseldorf; Leipzig; Dresden; Hannover|Hanover; Nuremberg|Nürnberg; Bremen; Essen; Dortmund;
Heidelberg;
Freiburg; Bonn; Mannheim
IN: Bangalore|Bengaluru; Hyderabad; Pune; Chennai; Mumbai; Delhi|New Delhi;
Gurgaon|Gurugram; Noida; Kolkata; Ahmedabad; Kochi; Trivandrum; Coimbatore; Jaipur
CA: Toronto; Vancouver; Calgary; Edmonton; Ottawa; Montreal|Montréal; Winnipeg; Halifax;
Quebec City; Mississauga; Waterloo; Victoria; Saskatoon; Regina; Hamilton; Fort McMurray; Red Deer
AU: Sydney; Melbourne; Brisbane; Perth; Adelaide; Canberra; Gold Coast; Hobart; Darwin;
Newcastle NSW
IE: Dublin; Cork; Galway
NL: Amsterdam; Rotterdam; Utrecht; Eindhoven; The Hague
FR: Paris; La Défense; Lyon; Toulouse; Marseille
ES: Madrid; Barcelona; Valencia
PT: Lisbon|Lisboa; Porto
CH: Zurich|Zürich; Geneva|Genève; Basel; Zug; Lausanne; Bern
AT: Vienna|Wien
PL: Warsaw; Krakow|Kraków; Wroclaw|Wrocław
SE: Stockholm; Gothenburg
DK: Copenhagen
NO: Oslo
FI: Helsinki
BE: Brussels; Antwerp
IT: Milan|Milano; Rome|Roma; Turin|Torino; Genoa|Genova; Bologna; Florence|Firenze; Naples|Napoli
SG: Singapore
HK: Hong Kong
AE: Dubai; Abu Dhabi
NZ: Auckland; Wellington
"""
# Region codes that follow a city ("Austin, TX"), by country.
US_STATES = frozenset(
    {
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
    }
)
CA_PROVINCES = frozenset(["ON", "BC", "AB", "QC", "MB", "SK", "NS", "NB", "NL", "PE"])
AU_STATES = frozenset(["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"])
_STATES = sorted(US_STATES | CA_PROVINCES | AU_STATES, key=lambda c: (-len(c), c))


def _gazetteer() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in re.split(r"\n(?=[A-Z]{2}:)", _CITIES.strip()):
        country, _, names = line.partition(":")
        for group in names.replace("\n", " ").split(";"):
            variants = [v.strip() for v in group.split("|") if v.strip()]
            if not variants:
                continue
            canonical = f"{variants[0]}, {country.strip()}"
            for variant in variants:
                out[variant.lower()] = canonical
    return out


@dataclass
class Place:
    name: str
    start: int
    end: int


_CUE = re.compile(
    r"(?:based in|located in|location:|locations?:|office in|offices in|site in|hospital in|"
    r"clinic in|standort:?|arbeitsort:?|ort:|in the heart of|relocate to|position in|role in|job"
    r" in)\s*"
    r"(?P<place>[A-Z][\w.'-]+(?:[ -][A-Z][\w.'-]+){0,3}(?:,\s?[A-Z]{2,3}\b)?)"
)
_CITY_STATE = re.compile(
    rf"\b(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}),\s?(?P<st>{'|'.join(_STATES)})\b"
)


def find_locations(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Places in text[start:end], in order of first mention, deduplicated."""
    end = len(text) if end is None else end
    region = text[start:end]
    gaz = _GAZ
    found: list[Place] = []
    seen: set[str] = set()

    def add(name: str, s: int, e: int) -> None:
        if name.lower() not in seen:
            seen.add(name.lower())
            found.append(Place(name, start + s, start + e))

    for match in _CITY_STATE.finditer(region):
        key = match.group("city").lower()
        if key in gaz or match.group("st") in _STATES:
            add(f"{match.group('city')}, {match.group('st')}", match.start(), match.end())
    for match in _GAZ_RE.finditer(region):
        canonical = gaz[match.group(0).lower()]
        city = canonical.split(",")[0]
        if any(p.name.startswith(city) for p in found):
            continue
        add(canonical, match.start(), match.end())
    for match in _CUE.finditer(region):
        place = match.group("place").strip(" .")
        if place.lower() in gaz or _GAZ_RE.search(place):
            continue
        if any(p.start <= start + match.start("place") < p.end for p in found):
            continue
        if place.split()[0].lower() in {"the", "our", "a", "an", "your"}:
            continue
        add(place, match.start("place"), match.start("place") + len(place))
    return sorted(found, key=lambda p: p.start)


def names_place(text: str) -> bool:
    """The text holds a place of the job markets' gazetteer ("Berlin", "Milano"; not GeoNames'
    "Mobile", Alabama, or "Ventas")."""
    return bool(find_locations(text))


def starts_with_place(text: str) -> bool:
    """Could `find_locations(text)` find a place at the very start? Only a gazetteer city or a
    "City, ST" can stand there (a cue's place comes after its cue)."""
    return _GAZ_RE.match(text) is not None or _CITY_STATE.match(text) is not None


_GAZ = _gazetteer()
_VARIANTS = [
    v.strip()
    for line in re.split(r"\n(?=[A-Z]{2}:)", _CITIES.strip())
    for group in line.partition(":")[2].replace("\n", " ").split(";")
    for v in group.split("|")
    if v.strip()
]
# the longest variant written whole where it stands (as the alternation of the variants,
# longest first, would find it; a tree of their letters tries a few, not all 191, per place)
_GAZ_RE = re.compile(r"(?<![\w-])(?:" + longest_of(_VARIANTS) + r")(?![\w-])")

_CANONICAL = frozenset(_GAZ.values())


def country_of(place: str) -> str | None:
    """The country code of a found place: the gazetteer's ("Berlin, DE" is Germany), else the
    country of a state or province code ("Dover, DE" is Delaware's; "Austin, TX"), else a
    two-letter code as given."""
    city, _, code = place.rpartition(",")
    code = code.strip()
    if place in _CANONICAL:
        return code
    known = _GAZ.get(city.strip().lower(), "").rsplit(", ", 1)[-1]
    if (known == "AU" and code in AU_STATES) or (known == "CA" and code in CA_PROVINCES):
        return known  # "Perth, WA" is Western Australia's, not Washington's
    if code in US_STATES:
        return "US"
    if code in CA_PROVINCES:
        return "CA"
    if code in AU_STATES:
        return "AU"
    return code if len(code) == 2 and code.isupper() else None
