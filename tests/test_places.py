"""Places: offline geocoding, the OEWS area for a place, and the commute time model."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from sidedoor.places.areas import oews_area_for, parse_msa_title
from sidedoor.places.commute import CommuteAssumptions, estimate_commute, office_days_per_year
from sidedoor.places.gazetteer import Gazetteer, open_gazetteer
from sidedoor.places.geo import great_circle_km, norm_name


@pytest.fixture(scope="module")
def gazetteer(knowledge_dir: Path) -> Iterator[Gazetteer]:
    with open_gazetteer(knowledge_dir / "cache") as g:
        yield g


@pytest.fixture(scope="module")
def kdb(knowledge_dir: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(knowledge_dir / "knowledge.sqlite3")
    yield db
    db.close()


def test_great_circle_matches_published_distances() -> None:
    # New York (JFK area) to Los Angeles city centres: about 3,936 km; London to Paris 344 km.
    assert great_circle_km(40.7128, -74.0060, 34.0522, -118.2437) == pytest.approx(3936, rel=0.01)
    assert great_circle_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, rel=0.01)
    assert great_circle_km(10, 10, 10, 10) == 0


def test_names_normalise_the_way_places_are_written() -> None:
    assert norm_name("St. Louis") == norm_name("Saint Louis") == "saint louis"
    assert norm_name("Winston-Salem") == "winston salem"
    assert norm_name("München") == "munchen"


@pytest.mark.parametrize(
    ("text", "name", "country", "state"),
    [
        ("94103", "San Francisco", "US", "CA"),
        ("Austin, Texas", "Austin", "US", "TX"),
        ("Palo Alto, CA 94301", "Palo Alto", "US", "CA"),
        ("Havre, MT", "Havre", "US", "MT"),  # "MT" is Montana here, not Malta
        ("London, UK", "London", "GB", None),
        ("München, Germany", "Munich", "DE", None),
        ("Berlin", "Berlin", "DE", None),
        ("Vancouver, WA", "Vancouver", "US", "WA"),
        ("Vancouver, BC", "Vancouver", "CA", None),
    ],
)
def test_resolve_places(gazetteer: Gazetteer, text: str, name: str, country: str,
                        state: str | None) -> None:
    place = gazetteer.resolve(text)
    assert place is not None
    assert (place.name, place.country_code, place.state) == (name, country, state)
    assert place.has_coordinates


def test_zip_codes_carry_their_county(gazetteer: Gazetteer) -> None:
    place = gazetteer.resolve("67801")
    assert place is not None and place.kind == "zip"
    assert (place.name, place.county) == ("Dodge City", "Ford County")


@pytest.mark.parametrize("text", ["Remote", "", "Anywhere", "Work from home"])
def test_nowhere_resolves_to_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.resolve(text) is None


def test_msa_titles_are_split_into_their_cities() -> None:
    msa = parse_msa_title("42540", "Scranton--Wilkes-Barre, PA")
    assert {"scranton", "wilkes barre"} <= msa.cities and msa.states == ("PA",)
    assert "honolulu" in parse_msa_title("46520", "Urban Honolulu, HI").cities
    louisville = parse_msa_title("31140", "Louisville/Jefferson County, KY-IN")
    assert "louisville" in louisville.cities and louisville.states == ("KY", "IN")


@pytest.mark.parametrize(
    ("text", "area", "method"),
    [
        ("94103", "41860", "principal_city"),  # San Francisco-Oakland-Fremont, CA
        ("94301", "41940", "principal_city_county"),  # Palo Alto: Santa Clara County
        ("Boise, ID", "14260", "principal_city"),  # "Boise City, ID"
        ("Wilkes-Barre, PA", "42540", "principal_city"),
        ("67801", "2000006", "only_nonmetro_area"),  # Dodge City: Kansas nonmetropolitan
        ("59301", "3000006", "nonmetro_by_direction"),  # Miles City: East-Central Montana
        ("Texas", "48", "state"),
    ],
)
def test_oews_area_for_a_place(gazetteer: Gazetteer, kdb: sqlite3.Connection, text: str,
                               area: str, method: str) -> None:
    match = oews_area_for(gazetteer.resolve(text), kdb, gazetteer)
    assert (match.area, match.method) == (area, method)
    assert match.reason
    if match.area_type in (4, 6):
        assert match.fallbacks[-1] == "99" and len(match.fallbacks) == 2


def test_outside_the_us_no_area_applies(gazetteer: Gazetteer, kdb: sqlite3.Connection) -> None:
    match = oews_area_for(gazetteer.resolve("London, UK"), kdb, gazetteer)
    assert match.area is None and match.method == "outside_us"
    assert "no market data applies" in match.reason


def test_unknown_place_means_national(gazetteer: Gazetteer, kdb: sqlite3.Connection) -> None:
    assert oews_area_for(None, kdb, gazetteer).area == "99"


@pytest.mark.parametrize(
    ("home", "work"),
    [("Oakland, CA", "San Francisco, CA"), ("Brooklyn, NY", "Jersey City, NJ"),
     ("Cambridge, MA", "Boston, MA"), ("Tacoma, WA", "Seattle, WA")],
)
def test_commute_is_great_circle_times_the_detour_factor(gazetteer: Gazetteer, home: str,
                                                         work: str) -> None:
    a = CommuteAssumptions()
    h, w = gazetteer.resolve(home), gazetteer.resolve(work)
    assert h is not None and w is not None
    trip = estimate_commute(h, w, mode="car", days_per_week=5, pto_days=15, assumptions=a)
    gc = great_circle_km(h.latitude, h.longitude, w.latitude, w.longitude)  # type: ignore[arg-type]
    assert trip.distance_km == pytest.approx(gc * 1.3, abs=0.01)
    assert trip.minutes_one_way == pytest.approx(5 + gc * 1.3 / 40 * 60, abs=0.05)
    days = (260 - 15 - 10) / 5 * 5
    assert trip.days_per_year == pytest.approx(days)
    assert trip.hours_per_year == pytest.approx(2 * trip.minutes_one_way * days / 60, rel=5e-3)
    assert trip.cost_per_year == pytest.approx(2 * gc * 1.3 * days * 0.435, rel=1e-3)


def test_oakland_to_san_francisco_is_about_13_km(gazetteer: Gazetteer) -> None:
    h, w = gazetteer.resolve("Oakland, CA"), gazetteer.resolve("San Francisco, CA")
    trip = estimate_commute(h, w, mode="transit", days_per_week=3, pto_days=20,
                            assumptions=CommuteAssumptions())
    assert trip.great_circle_km is not None and 10 < trip.great_circle_km < 20
    assert trip.cost_per_year == pytest.approx(2 * 2.90 * 3 * (260 - 20 - 10) / 5, rel=1e-3)


def test_time_model_by_mode_and_what_the_user_gave_wins() -> None:
    a = CommuteAssumptions()
    assert office_days_per_year(2, 25, 10) == pytest.approx(90)
    for mode, speed, overhead in (("car", 40, 5), ("transit", 25, 10), ("bike", 15, 3),
                                  ("walk", 5, 0)):
        trip = estimate_commute(None, None, mode=mode, days_per_week=5, pto_days=0,
                                assumptions=a, given_km=10)
        assert trip.minutes_one_way == pytest.approx(overhead + 10 / speed * 60)
    given = estimate_commute(None, None, mode="car", days_per_week=5, pto_days=0,
                             assumptions=a, given_minutes=35, given_cost_monthly=100)
    assert (given.minutes_one_way, given.cost_per_year, given.estimated) == (35, 1200, False)
    remote = estimate_commute(None, None, mode="car", days_per_week=0, pto_days=0,
                              assumptions=a)
    assert (remote.hours_per_year, remote.cost_per_year) == (0, 0)
