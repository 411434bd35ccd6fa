"""Doors: pay against the market (OEWS percentiles per position, vectorised) and aspirations."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sidedoor.doors import PositionIndex, Seeker, rank
from sidedoor.doors.market import attach_market, market_percentile


def position(pid: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": pid, "title": "Developer", "company": "Acme", "required": ["Python"],
        "nice_to_have": [], "job_zone": 4, "pay_min": 100_000, "pay_max": 120_000,
        "location": "Austin, TX", "workplace": "hybrid",
    }
    return base | fields


SEEKER = Seeker(skills=["Python"], job_zone=4, pay_floor=90_000, location="Austin, TX")


# ---------------------------------------------------------------- percentiles, no store


def banded(pays: list[tuple[float | None, float | None]], figures: list[list[float]]
           ) -> PositionIndex:
    index = PositionIndex.build([position(f"p{i}", pay_min=lo, pay_max=hi)
                                 for i, (lo, hi) in enumerate(pays)])
    index.wage_pct = np.array(figures, dtype=np.float32)
    index.wage_band = np.zeros(len(pays), dtype=np.int32)
    index.wage_bands = ["Software Developers in Texas"]
    return index


def test_percentile_is_read_between_published_ones_and_gaps_are_bridged() -> None:
    full = [100.0, 120.0, 150.0, 180.0, 220.0]
    top_coded = [100.0, 120.0, 150.0, 180.0, math.nan]  # BLS did not publish the 90th
    index = banded([(150, 150), (160, 200), (90, 90), (300, 300), (200, 200), (None, None),
                    (130, 130)],
                   [full, full, full, full, top_coded, full,
                    [100.0, math.nan, 150.0, 180.0, 220.0]])
    pct = market_percentile(index)
    assert pct[0] == pytest.approx(50.0)  # at the median
    assert pct[1] == pytest.approx(75.0)  # the middle of 160-200 is 180, the 75th
    assert pct[2] == pytest.approx(5.0)  # below the 10th: half of it
    assert pct[3] == pytest.approx(95.0)  # above the 90th: halfway to 100
    assert pct[4] == pytest.approx(87.5)  # above the 75th, 90th unpublished
    assert math.isnan(pct[5])  # no pay stated
    assert pct[6] == pytest.approx(10 + 40 * 30 / 50)  # 10th..median, 25th missing


def test_market_factor_ranks_and_explains() -> None:
    full = [100_000.0, 120_000.0, 150_000.0, 180_000.0, 220_000.0]
    index = banded([(170_000, 190_000), (90_000, 100_000)], [full, full])
    result = rank(SEEKER, index)
    high, low = result.fits
    assert high.position == "p0" and high.market_percentile == pytest.approx(75.0)
    assert high.market_band == "Software Developers in Texas"
    assert high.factors["market"] > low.factors["market"]
    assert ("pays up to $190,000 (your floor $90,000), around the market's 75th percentile "
            "for Software Developers in Texas") in high.reasons_for
    assert ("pays below the market's 10th percentile for Software Developers in Texas"
            in low.reasons_against)  # above the floor, but low for the market
    no_floor = rank(SEEKER.model_copy(update={"pay_floor": None}), index).fits[0]
    assert ("pays around the market's 75th percentile for Software Developers in Texas"
            in no_floor.reasons_for)
    plain = PositionIndex.build([position("a")])
    assert "market" not in rank(SEEKER, plain).fits[0].factors  # not attached: left out


# ---------------------------------------------------------------- with the OEWS store


@pytest.fixture(scope="module")
def knowledge(knowledge_dir: Path) -> Iterator[Any]:
    from sidedoor.knowledge.store import open_knowledge

    with open_knowledge(knowledge_dir) as k:
        yield k


@pytest.fixture(scope="module")
def gazetteer(knowledge_dir: Path) -> Iterator[Any]:
    from sidedoor.places.gazetteer import open_gazetteer

    with open_gazetteer(knowledge_dir / "cache") as g:
        yield g


def compare_view(knowledge: Any, gazetteer: Any, code: str, place: str | None,
                 pay: float) -> Any:
    """What `sidedoor compare` says about the same pay (the scalar path)."""
    from sidedoor.compare.market import market_position
    from sidedoor.places.areas import oews_area_for

    area = oews_area_for(gazetteer.resolve(place) if place else None, knowledge.db, gazetteer)
    return market_position(knowledge, code, None, area, "USD", [("pay", pay)])


def test_attached_percentiles_agree_with_compare(knowledge: Any, gazetteer: Any) -> None:
    cases = [("15-1252.00", "Austin, TX", "hybrid"), ("29-1141.00", "St. Louis, MO", "onsite"),
             ("15-1252.00", "TX", "onsite"), ("35-2014.00", "Boise, ID", "onsite"),
             ("15-1252.00", "Austin, TX", "remote")]
    docs = []
    expected = []
    for i, (code, place, workplace) in enumerate(cases):
        market = compare_view(knowledge, gazetteer, code,
                              None if workplace == "remote" else place, 0)
        assert market.applies
        pay = (market.pct25 + market.median) / 2  # between two published percentiles
        docs.append(position(f"p{i}", occupation=code, location=place, workplace=workplace,
                             pay_min=pay, pay_max=pay))
        again = compare_view(knowledge, gazetteer, code,
                             None if workplace == "remote" else place, pay)
        expected.append((again.points[0].percentile, market.occ_title, market.area_title))
    index = PositionIndex.build([*docs, position("none", occupation=None)])
    notes = attach_market(index, knowledge, gazetteer)
    assert notes == []
    pct = market_percentile(index)
    for i, (percentile, occ_title, area_title) in enumerate(expected):
        assert pct[i] == pytest.approx(percentile, abs=0.1)
        band = index.wage_bands[index.wage_band[i]]
        assert band.startswith(occ_title)
        assert band.endswith("nationally" if area_title == "National" else area_title)
    assert index.wage_band[-1] == -1 and math.isnan(pct[-1])
    assert index.wage_bands[index.wage_band[4]].endswith("nationally")  # remote


def test_doors_reason_names_the_market(knowledge: Any, gazetteer: Any) -> None:
    market = compare_view(knowledge, gazetteer, "15-1252.00", "Austin, TX", 0)
    index = PositionIndex.build([
        position("top", occupation="15-1252.00", pay_min=market.pct75, pay_max=market.pct75),
        position("low", occupation="15-1252.00", pay_min=market.pct10, pay_max=market.pct10)])
    attach_market(index, knowledge, gazetteer)
    result = rank(SEEKER, index)
    top = next(f for f in result.fits if f.position == "top")
    assert top.market_percentile == pytest.approx(75.0)
    assert any(r.endswith(f"around the market's 75th percentile for {market.occ_title} in "
                          f"{market.area_title}") for r in top.reasons_for)
    low = next(f for f in result.fits if f.position == "low")
    assert low.factors["market"] < top.factors["market"]


def test_index_round_trip_keeps_the_market(tmp_path: Path) -> None:
    full = [100.0, 120.0, 150.0, 180.0, 220.0]
    index = banded([(150, 150)], [full])
    index.save(tmp_path / "i.npz")
    loaded = PositionIndex.load(tmp_path / "i.npz")
    assert loaded is not None and loaded.has_market
    assert loaded.wage_bands == index.wage_bands
    assert market_percentile(loaded)[0] == pytest.approx(50.0)


# ---------------------------------------------------------------- aspirations


def test_aspirations_met_are_a_factor_and_a_reason() -> None:
    index = PositionIndex.build([
        position("manager", title="Engineering Manager", workplace="onsite"),
        position("remote", title="Developer", workplace="remote"),
        position("staff", title="Staff Engineer", workplace="onsite"),
        position("startup", title="Developer", workplace="onsite", company_size="11-50"),
        position("bank", title="Developer", workplace="onsite", company_size="10,001+",
                 industry="Finance"),
    ])
    by_id = lambda result: {f.position: f for f in result.fits}  # noqa: E731
    plain = by_id(rank(SEEKER, index))
    assert all("aspirations" not in f.factors for f in plain.values())

    lead = by_id(rank(SEEKER.model_copy(update={"aspirations": ["lead a team"]}), index))
    assert "matches your aspiration: lead a team" in lead["manager"].reasons_for
    assert lead["manager"].aspirations_met == ["lead a team"]
    assert lead["manager"].score > lead["remote"].score or plain["manager"].score < plain[
        "remote"].score
    assert lead["manager"].score - plain["manager"].score > lead["remote"].score - plain[
        "remote"].score

    remote = rank(SEEKER.model_copy(update={"aspirations": ["more remote days"]}), index)
    assert remote.fits[0].position == "remote"
    assert "against your aspiration: more remote days" in by_id(remote)["staff"].reasons_against

    staff = by_id(rank(SEEKER.model_copy(update={"aspirations": ["staff-level scope"]}), index))
    assert staff["staff"].aspirations_met == ["staff-level scope"]
    assert staff["manager"].aspirations_met == []

    small = by_id(rank(SEEKER.model_copy(update={"aspirations": ["a smaller company"]}), index))
    assert small["startup"].factors["aspirations"] == 1.0
    assert small["bank"].factors["aspirations"] == 0.0
    assert small["remote"].factors["aspirations"] == 0.5  # size not stated: not judged

    finance = by_id(rank(SEEKER.model_copy(update={"aspirations": ["finance"]}), index))
    assert finance["bank"].aspirations_met == ["finance"]


def test_aspirations_no_position_can_judge_are_noted() -> None:
    index = PositionIndex.build([position("a"), position("b", title="Analyst")])
    result = rank(SEEKER.model_copy(update={"aspirations": ["a smaller company",
                                                           "{'kind': 'title', 'value': "
                                                           "'Analyst'}"]}), index)
    assert any("smaller company" in n and "company size" in n for n in result.notes)
    assert result.fits[0].position == "b" and result.fits[0].aspirations_met == ["Analyst"]


def test_higher_pay_aspiration_uses_the_floor() -> None:
    index = PositionIndex.build([position("same", pay_min=88_000, pay_max=92_000),
                                 position("more", pay_min=110_000, pay_max=130_000)])
    result = rank(SEEKER.model_copy(update={"aspirations": ["higher pay"]}), index)
    fits = {f.position: f for f in result.fits}
    assert fits["more"].aspirations_met == ["higher pay"]
    assert fits["same"].factors["aspirations"] < fits["more"].factors["aspirations"]
