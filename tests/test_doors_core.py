"""Doors ranking core: positions indexed into matrices, ranked for one seeker, explained."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from sidedoor.doors import DealBreakers, PositionIndex, Seeker, rank
from sidedoor.doors.places import parse_place


def position(pid: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": pid, "title": "Developer", "company": "Acme", "required": [],
        "nice_to_have": [], "job_zone": 4, "pay_min": 100_000, "pay_max": 120_000,
        "location": "Austin, TX", "workplace": "hybrid",
    }
    return base | fields


def order(result: Any) -> list[str]:
    return [f.position for f in result.fits]


SEEKER = Seeker(skills=["Python", "SQL"], job_zone=4, pay_floor=90_000, location="Austin, TX")


def test_required_match_outranks_nice_to_have_only_match() -> None:
    index = PositionIndex.build([
        position("nice-only", required=["Go", "Rust"], nice_to_have=["Python"]),
        position("required", required=["Python", "Rust"], nice_to_have=["Go"]),
    ])
    result = rank(SEEKER, index)
    assert order(result) == ["required", "nice-only"]
    top = result.fits[0]
    assert top.matched_required == ["Python"] and top.missing_required == ["Rust"]
    assert any("missing required: Rust" in r for r in top.reasons_against)
    assert result.fits[1].matched_nice == ["Python"]


def test_skill_names_match_case_and_extractor_ids() -> None:
    index = PositionIndex.build([position("p", required=["python", "Structured Query Language"])])
    seeker = Seeker(skills=["onet:technology/Python", "structured  query language"])
    fit = rank(seeker, index).fits[0]
    assert fit.factors["skills"] == 1.0 and fit.missing_required == []


def test_over_and_under_qualified_both_lower_the_fit() -> None:
    index = PositionIndex.build([position("zone2", job_zone=2), position("zone4", job_zone=4),
                                 position("zone5", job_zone=5)])
    result = rank(SEEKER, index)
    assert order(result)[0] == "zone4"
    by_id = {f.position: f for f in result.fits}
    assert by_id["zone2"].score < by_id["zone4"].score
    assert by_id["zone5"].score < by_id["zone4"].score
    assert any("over-qualified" in r for r in by_id["zone2"].reasons_against)
    assert any("under-qualified" in r for r in by_id["zone5"].reasons_against)


def test_deal_breaker_flags_and_says_which() -> None:
    index = PositionIndex.build([position("onsite", workplace="onsite", required=["Python"]),
                                 position("remote", workplace="remote")])
    seeker = SEEKER.model_copy(update={"deal_breakers": DealBreakers(workplaces=["onsite"])})
    result = rank(seeker, index)
    flagged = next(f for f in result.fits if f.position == "onsite")
    assert flagged.deal_breakers == ["onsite work"]
    assert flagged.label == "long shot"
    assert flagged.reasons_against[0] == "deal-breaker: onsite work"
    assert result.flagged == 1 and result.removed == 0
    assert order(result)[0] == "remote"


def test_deal_breaker_can_remove() -> None:
    index = PositionIndex.build([
        position("low", pay_min=50_000, pay_max=60_000),
        position("sales", title="Sales Engineer"),
        position("elsewhere", location="Denver, CO", workplace="onsite"),
        position("acme-rival", company="Globex"),
        position("ok", location="Houston, TX", workplace="onsite"),
    ])
    rules = DealBreakers(min_pay=70_000, title_words=["sales"], only_in=["TX"],
                         companies=["globex"], action="remove")
    result = rank(SEEKER.model_copy(update={"deal_breakers": rules}), index)
    assert order(result) == ["ok"]
    assert result.removed == 4 and result.ranked == 1


def test_pay_below_the_floor_lowers_and_says_so() -> None:
    index = PositionIndex.build([position("low", pay_min=60_000, pay_max=72_000),
                                 position("high", pay_min=95_000, pay_max=130_000),
                                 position("unstated", pay_min=None, pay_max=None)])
    result = rank(SEEKER, index)
    assert order(result) == ["high", "unstated", "low"]
    low = result.fits[-1]
    assert any("below your floor $90,000" in r for r in low.reasons_against)
    assert any("pay not stated" in r for r in result.fits[1].reasons_against)


def test_location_and_workplace_fit() -> None:
    index = PositionIndex.build([
        position("far-onsite", location="Seattle, WA", workplace="onsite"),
        position("local-onsite", location="Austin, Texas", workplace="onsite"),
        position("remote", location="Seattle, WA", workplace="remote"),
    ])
    result = rank(SEEKER.model_copy(update={"prefers": "remote"}), index)
    assert order(result) == ["remote", "local-onsite", "far-onsite"]
    assert "remote" in result.fits[0].reasons_for
    assert any("onsite in Seattle, WA" in r for r in result.fits[-1].reasons_against)
    relocating = rank(SEEKER.model_copy(update={"relocate": True}), index)
    assert relocating.fits[-1].factors["location"] > result.fits[-1].factors["location"]


def test_labels_follow_the_score() -> None:
    index = PositionIndex.build([
        position("match", required=["Python", "SQL"]),
        position("miss", required=["Cobol", "Fortran"], job_zone=1, pay_max=40_000,
                 pay_min=30_000, location="Miami, FL", workplace="onsite"),
    ])
    result = rank(SEEKER, index)
    assert result.fits[0].label == "strong" and result.fits[-1].label == "long shot"


def test_intake_positions_are_accepted() -> None:
    from sidedoor.intake.models import Pay, Position, Skill

    intake = Position(key="k1", title="Data Engineer", workplace="remote",
                      pay=Pay(annual_min=110_000, annual_max=140_000),
                      locations=["New York, NY"],
                      skills=[Skill(label="Python", required=True),
                              Skill(label="Spark", required=False)])
    index = PositionIndex.build([intake])
    fit = rank(SEEKER, index).fits[0]
    assert fit.position == "k1" and fit.matched_required == ["Python"]
    assert index.skill_labels == ["Python", "Spark"]
    assert parse_place("New York, NY") == ("new york", "NY")


def test_only_the_top_results_are_explained_and_ranking_is_fast() -> None:
    positions = [position(f"p{i}", required=[f"skill{i % 500}", "Python"],
                          nice_to_have=[f"tool{i % 97}"], job_zone=1 + i % 5,
                          pay_max=60_000 + (i % 90) * 1000, workplace=("onsite", "remote")[i % 2])
                 for i in range(20_000)]
    start = time.perf_counter()
    index = PositionIndex.build(positions)
    assert len(index) / (time.perf_counter() - start) > 2000
    start = time.perf_counter()
    result = rank(SEEKER, index, limit=15)
    assert time.perf_counter() - start < 0.3
    assert len(result.fits) == 15 and result.ranked == 20_000
    scores = [f.score for f in result.fits]
    assert scores == sorted(scores, reverse=True)


def test_index_round_trip_keyed_by_release(tmp_path: Path) -> None:
    index = PositionIndex.build([position("a", required=["Python"])], key="release-1")
    path = tmp_path / "positions.npz"
    index.save(path)
    loaded = PositionIndex.load(path, key="release-1")
    assert loaded is not None and loaded.ids == ["a"] and loaded.skills == ["python"]
    assert (loaded.required - index.required).count_nonzero() == 0
    assert PositionIndex.load(path, key="release-2") is None


@pytest.fixture(scope="module")
def engine(knowledge_dir: Path) -> Any:
    from sidedoor.pivot.engine import load_engine

    return load_engine(knowledge_dir)


def test_occupation_closeness_comes_from_pivot(engine: Any) -> None:
    f = engine.features
    index = PositionIndex.build(
        [position("nurse", occupation="29-1141.00", job_zone=None),
         position("software", occupation="15-1252.00", job_zone=None),
         position("web", occupation="15-1254.00", job_zone=None)],
        codes=f.codes, job_zones=f.job_zones, key=f.key)
    assert index.job_zone.tolist() == [4, 4, 3]  # from the occupations
    seeker = Seeker(skills=["JavaScript"], occupation="15-1254.00", pay_floor=90_000,
                    location="Austin, TX")
    result = rank(seeker, index, engine=engine)
    assert order(result) == ["web", "software", "nurse"]
    by_id = {fit.position: fit for fit in result.fits}
    assert by_id["web"].factors["occupation"] == 1.0
    assert by_id["software"].factors["occupation"] > 0.5 > by_id["nurse"].factors["occupation"]
    assert "far from your occupation" in by_id["nurse"].reasons_against
