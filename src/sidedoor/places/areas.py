"""Which BLS OEWS area a place falls in: its metropolitan area, else its state's
non-metropolitan area, else its state, else the nation; outside the US, none.

BLS names metropolitan areas (MSAs) after their principal cities and states
("San Francisco-Oakland-Fremont, CA"; "Scranton--Wilkes-Barre, PA" uses "--" between cities
whose own names have hyphens), and non-metropolitan areas after a part of a state
("Western Montana nonmetropolitan area"). sidedoor has no county-to-MSA table offline, so it
decides, in this order, and says which rule fired:

1. ``principal_city`` — the place's city is one of the MSA's named cities in one of its
   states ("Boise" also matches "Boise City").
2. ``principal_city_county`` — the place lies in a county that holds one of those cities
   (counties from the ZIP codes of the city). Counties are the building blocks of MSAs, so
   a county that holds a principal city is in that MSA.
3. ``near_principal_city`` — within ``NEAR_KM`` of one of those cities (approximate: an
   outlying county of an MSA, or a town just outside one).
4. ``only_nonmetro_area`` — otherwise the place is taken to be non-metropolitan; when the
   state has one non-metropolitan area, that is it.
5. ``nonmetro_by_direction`` — when the state has several, the one whose compass words
   ("Northwest", "East-Central", "Upper") best match the place's direction from the
   state's centre (approximate). Areas named without compass words ("Hill Country Region
   of Texas", "Coast Oregon") cannot be placed; if none can, the state is used.
6. ``state`` — a place known only to its state (or a territory).
7. ``nation`` — a US place without a state, or no place at all.

Limits: a suburb in a county without a named city that is more than ``NEAR_KM`` from every
named city is treated as non-metropolitan; the compass rule can pick a neighbouring
non-metropolitan area near a border. Both are flagged ``approximate``.
"""

from __future__ import annotations

import math
import re
import sqlite3
from dataclasses import dataclass

from sidedoor.places.gazetteer import Gazetteer
from sidedoor.places.geo import great_circle_km, norm_name
from sidedoor.places.models import AreaMatch, Place

NEAR_KM = 25.0
NATION = "99"
TERRITORIES = {"PR": ("72", "Puerto Rico"), "GU": ("66", "Guam"), "VI": ("78", "Virgin Islands")}
_D = 1 / math.sqrt(2)
COMPASS = {
    "north": (0.0, 1.0), "northern": (0.0, 1.0), "upper": (0.0, 1.0),
    "south": (0.0, -1.0), "southern": (0.0, -1.0), "lower": (0.0, -1.0), "southside": (0.0, -1.0),
    "east": (1.0, 0.0), "eastern": (1.0, 0.0),
    "west": (-1.0, 0.0), "western": (-1.0, 0.0),
    "northeast": (_D, _D), "northeastern": (_D, _D),
    "northwest": (-_D, _D), "northwestern": (-_D, _D),
    "southeast": (_D, -_D), "southeastern": (_D, -_D),
    "southwest": (-_D, -_D), "southwestern": (-_D, -_D),
    "central": (0.0, 0.0), "middle": (0.0, 0.0), "mid": (0.0, 0.0),
}


@dataclass(frozen=True)
class Msa:
    area: str
    title: str
    cities: frozenset[str]  # normalised names, every contiguous run of the hyphenated parts
    states: tuple[str, ...]


def parse_msa_title(area: str, title: str) -> Msa:
    """'Scranton--Wilkes-Barre, PA' -> cities {scranton, wilkes barre, wilkes, barre}…"""
    names, _, states = title.rpartition(",")
    cities: set[str] = set()
    for group in re.split(r"--|/", names):
        parts = [p for p in group.split("-") if p.strip()]
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                cities.add(norm_name("-".join(parts[i:j])))
        cities.add(norm_name(re.sub(r"^Urban\s+", "", group)))
    return Msa(area, title, frozenset(c for c in cities if c), tuple(states.strip().split("-")))


def oews_area_for(place: Place | None, db: sqlite3.Connection, gazetteer: Gazetteer) -> AreaMatch:
    """The OEWS area for ``place`` (``db`` is the knowledge store; see module docstring)."""
    nation = _title(db, NATION) or "National"
    if place is None:
        return AreaMatch(area=NATION, area_title=nation, area_type=1, method="nation",
                         reason="The job's location is not known, so national figures apply.")
    state = place.state
    if place.country_code in TERRITORIES and state is None:
        state = place.country_code
    if place.country_code != "US" and state not in TERRITORIES:
        return AreaMatch(area=None, area_title=None, area_type=None, method="outside_us",
                         reason=f"{place.label} is outside the United States: BLS OEWS covers "
                                "US jobs only, so no market data applies.")
    if state is None:
        return AreaMatch(area=NATION, area_title=nation, area_type=1, method="nation",
                         reason=f"{place.label} is in the US but its state is not known, so "
                                "national figures apply.")
    fips = TERRITORIES[state][0] if state in TERRITORIES else gazetteer.state_fips(state)
    state_title = _title(db, fips) if fips else None
    state_chain = [fips] if fips and state_title else []
    fallbacks = [*state_chain, NATION]
    if place.kind == "state" or not place.has_coordinates:
        if state_title and fips:
            return AreaMatch(area=fips, area_title=state_title, area_type=2, method="state",
                             reason=f"Only the state is known ({state_title}).",
                             fallbacks=[NATION])
        return AreaMatch(area=NATION, area_title=nation, area_type=1, method="nation",
                         reason=f"BLS publishes no state figures for {state}.")
    msa = _metro(place, state, db, gazetteer)
    if msa is not None:
        return msa.model_copy(update={"fallbacks": fallbacks})
    nonmetro = _nonmetro(place, state, fips, db, gazetteer)
    if nonmetro is not None:
        return nonmetro.model_copy(update={"fallbacks": fallbacks})
    if state_title and fips:
        return AreaMatch(area=fips, area_title=state_title, area_type=2, method="state",
                         reason=f"{place.label} is in no metropolitan area BLS names, and its "
                                "non-metropolitan area cannot be told apart, so state figures "
                                "apply.", fallbacks=[NATION])
    return AreaMatch(area=NATION, area_title=nation, area_type=1, method="nation",
                     reason=f"BLS publishes no figures for {state}; national figures apply.")


def _title(db: sqlite3.Connection, area: str) -> str | None:
    row = db.execute("SELECT area_title FROM oews_areas WHERE area = ?", (area,)).fetchone()
    return str(row[0]) if row else None


def metros_in(db: sqlite3.Connection, state: str) -> list[Msa]:
    """The MSAs with ``state`` among their states (only those titles are parsed)."""
    rows = db.execute("SELECT area, area_title FROM oews_areas WHERE area_type = 4")
    return [parse_msa_title(str(a), str(t)) for a, t in rows
            if state in str(t).rpartition(",")[2].strip().split("-")]


def _metro(place: Place, state: str, db: sqlite3.Connection,
           gazetteer: Gazetteer) -> AreaMatch | None:
    msas = metros_in(db, state)
    name = norm_name(place.name)
    for m in msas:
        if name in m.cities or f"{name} city" in m.cities:
            return AreaMatch(area=m.area, area_title=m.title, area_type=4,
                             method="principal_city",
                             reason=f"{place.label} is one of the cities that name the "
                                    f"{m.title} metropolitan area.")
    best: tuple[float, Msa, str] | None = None
    for m in msas:
        for city in sorted(m.cities):
            for st in m.states:
                found = gazetteer.us_city(city, st)
                if found is None or found.latitude is None or found.longitude is None:
                    continue
                if place.county and st == state and _counties(gazetteer, city, st) & {
                        place.county}:
                    return AreaMatch(
                        area=m.area, area_title=m.title, area_type=4,
                        method="principal_city_county",
                        reason=f"{place.label} is in {place.county}, which holds "
                               f"{found.name}, {st}, one of the cities that name the "
                               f"{m.title} metropolitan area.")
                assert place.latitude is not None and place.longitude is not None
                km = great_circle_km(place.latitude, place.longitude,
                                     found.latitude, found.longitude)
                if best is None or km < best[0]:
                    best = (km, m, f"{found.name}, {st}")
    if best is not None and best[0] <= NEAR_KM:
        km, m, city_label = best
        return AreaMatch(area=m.area, area_title=m.title, area_type=4,
                         method="near_principal_city", approximate=True,
                         reason=f"{place.label} is {km:.0f} km from {city_label}, one of the "
                                f"cities that name the {m.title} metropolitan area "
                                f"(approximate: within {NEAR_KM:.0f} km).")
    return None


def _counties(gazetteer: Gazetteer, city: str, state: str) -> set[str]:
    rows = gazetteer.db.execute(
        "SELECT DISTINCT z.county FROM zip_cities c JOIN zips z ON z.zip = c.zip "
        "WHERE c.city_norm = ? AND c.state = ? AND c.primary_city = 1", (city, state))
    return {str(r[0]) for r in rows if r[0]}


def _nonmetro(place: Place, state: str, fips: str | None, db: sqlite3.Connection,
              gazetteer: Gazetteer) -> AreaMatch | None:
    if not fips:
        return None
    rows = [(str(a), str(t)) for a, t in db.execute(
        "SELECT area, area_title FROM oews_areas WHERE area_type = 6 AND prim_state_fips = ? "
        "ORDER BY area", (fips,))]
    if not rows:
        return None
    if len(rows) == 1:
        area, title = rows[0]
        return AreaMatch(area=area, area_title=title, area_type=6, method="only_nonmetro_area",
                         reason=f"{place.label} is in no metropolitan area BLS names, and "
                                f"{title} is the state's only non-metropolitan area.")
    state_name = gazetteer.state_name(state) or state
    placed = [(a, t, v) for a, t in rows if (v := _compass(t, state_name)) is not None]
    centre = gazetteer.db.execute(
        "SELECT avg(lat), avg(lon), max(lat) - min(lat), max(lon) - min(lon) FROM zips "
        "WHERE state = ?", (state,)).fetchone()
    if not placed or centre is None or centre[0] is None:
        return None
    assert place.latitude is not None and place.longitude is not None
    clat, clon, hlat, hlon = (float(x) for x in centre)
    x = (place.longitude - clon) / max(hlon / 2, 1e-6)
    y = (place.latitude - clat) / max(hlat / 2, 1e-6)
    area, title, _ = min(placed, key=lambda p: (p[2][0] - x) ** 2 + (p[2][1] - y) ** 2)
    others = ", ".join(t for a, t in rows if a != area)
    return AreaMatch(area=area, area_title=title, area_type=6, method="nonmetro_by_direction",
                     approximate=True,
                     reason=f"{place.label} is in no metropolitan area BLS names; of the "
                            f"state's non-metropolitan areas ({title}; also {others}) this "
                            "one's compass words best fit the place's direction from the "
                            "state's centre (approximate).")


def _compass(title: str, state_name: str) -> tuple[float, float] | None:
    words = title.replace(state_name, " ").replace("nonmetropolitan area", " ")
    found = [COMPASS[w] for w in re.findall(r"[a-z]+", words.lower()) if w in COMPASS]
    if not found:
        return None
    return (sum(v[0] for v in found) / len(found), sum(v[1] for v in found) / len(found))
