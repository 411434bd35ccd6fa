"""The comparison engine: total pay formulas, market position against the OEWS files, the
verdict and the ranked unknowns."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sidedoor.compare import whatif
from sidedoor.compare.assumptions import CompareAssumptions
from sidedoor.compare.engine import CompareContext, compare
from sidedoor.compare.models import Comparison, Subject
from sidedoor.compare.offer import OfferTerms, money, read_equity
from sidedoor.profile.dealbreakers import parse_deal_breaker
from sidedoor.profile.models import CurrentJob, ProfileView

OEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "oews-2025"
SUBJECT = Subject(opportunity_id=None, position_id=None, position_index=1, positions=1,
                  title="Software Developer", company="Acme", source="test", location=None,
                  workplace=None)


def bls_row(area: str, occ: str) -> dict[str, str]:
    """The row BLS published, read straight from the data files."""
    name = {"99": "oews_M2025_national.csv"}.get(area) or (
        "oews_M2025_state.csv.gz" if len(area) == 2 else "oews_M2025_msa.csv.gz")
    path = OEWS / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for row in csv.DictReader(fh):
            if row["OCC_CODE"] == occ and (area == "99" or row["AREA"] == area):
                return dict(row)
    raise AssertionError(f"no BLS row for {occ} in {area}")


@pytest.fixture(scope="module")
def ctx(knowledge_dir: Path) -> Iterator[CompareContext]:
    from sidedoor.knowledge.store import open_knowledge
    from sidedoor.places.gazetteer import open_gazetteer

    with ExitStack() as stack:
        yield CompareContext(knowledge=stack.enter_context(open_knowledge(knowledge_dir)),
                             gazetteer=stack.enter_context(open_gazetteer(knowledge_dir /
                                                                          "cache")))


def person(**job: object) -> ProfileView:
    current = CurrentJob(**({"title": "Software Developer", "base_pay": 100_000.0,
                             "currency": "USD", "bonus": 5_000.0, "retirement_match": 3.0,
                             "pto_days": 15.0, "location": "94103", "commute_minutes": 40.0,
                             "commute_mode": "transit", "workplace": "onsite"} | job))
    return ProfileView(id=1, name="Test", postal_code="94110", current_job=current)


def offer(**terms: object) -> OfferTerms:
    return OfferTerms(**({"title": "Software Developer", "company": "Acme",
                          "occupation_code": "15-1252.00", "workplace": "hybrid",
                          "office_days": 2.0, "locations": ["San Francisco, CA"],
                          "base_min": 100_000.0, "base_max": 120_000.0, "currency": "USD",
                          "pay_basis": "base", "employment_type": "full_time"} | terms))


def run(ctx: CompareContext, t: OfferTerms, p: ProfileView | None = None) -> Comparison:
    return compare(t, p if p is not None else person(), ctx, subject=SUBJECT)


def test_total_pay_formulas(ctx: CompareContext) -> None:
    t = offer(bonus_percent=10.0, equity_grant=80_000.0, equity_years=4.0,
              retirement_match=5.0, sign_on=20_000.0, health_premium=200.0, pto_days=20.0)
    c = run(ctx, t)
    o = c.pay.offer
    assert o.steady_state is not None and o.year_one is not None and o.after_health is not None
    # base + 10% bonus + 80k/4 equity + 5% match
    assert (o.steady_state.low, o.steady_state.high) == (135_000, 158_000)
    assert (o.year_one.low, o.year_one.high) == (155_000, 178_000)  # + sign-on, year one only
    assert (o.after_health.low, o.after_health.high) == (132_600, 155_600)  # − 12 × 200
    pto = next(ln for ln in o.lines if ln.name == "pto_value")
    assert pto.value is not None and pto.value.low == pytest.approx(20 * 100_000 / 260)
    assert o.work_hours == pytest.approx(40 * (260 - 20 - 10) / 5)
    cur = c.pay.current
    assert cur is not None and cur.steady_state is not None
    assert cur.steady_state.low == 100_000 + 5_000 + 3_000
    assert c.pay.steady_change_pct is not None
    assert c.pay.steady_change_pct.low == pytest.approx((135_000 / 108_000 - 1) * 100)


def test_equity_without_schedule_assumes_four_years(ctx: CompareContext) -> None:
    t = offer(equity_grant=100_000.0)
    equity = next(ln for ln in run(ctx, t).pay.offer.lines if ln.name == "equity")
    assert equity.value is not None and equity.value.low == 25_000
    assert "assumed" in equity.formula


def test_phrases_are_read() -> None:
    assert money("$20k sign-on") == 20_000
    t = OfferTerms(title="x")
    read_equity(t, "$200k in RSUs vesting over 4 years")
    assert (t.equity_grant, t.equity_years) == (200_000, 4)
    t2 = OfferTerms(title="x")
    read_equity(t2, "0.1% equity")
    assert t2.equity_grant is None  # a share of the company has no value without a valuation


@pytest.mark.parametrize(
    ("location", "area", "method"),
    [("94103", "41860", "principal_city"),  # San Francisco MSA
     ("67801", "2000006", "only_nonmetro_area")],  # Dodge City, KS: Kansas nonmetropolitan
)
def test_market_figures_equal_bls(ctx: CompareContext, location: str, area: str,
                                  method: str) -> None:
    c = run(ctx, offer(locations=[location]))
    m = c.market
    assert m.applies and m.area_used == area and m.area is not None and m.area.method == method
    row = bls_row(area, "15-1252")
    assert m.area_title == row["AREA_TITLE"]
    for name, col in (("pct10", "A_PCT10"), ("pct25", "A_PCT25"), ("median", "A_MEDIAN"),
                      ("pct75", "A_PCT75"), ("pct90", "A_PCT90"), ("mean", "A_MEAN")):
        assert getattr(m, name) == float(row[col]), name


def test_market_falls_back_to_the_state_and_says_why(ctx: CompareContext) -> None:
    # BLS publishes no Software Developers row for East-Central Montana (Miles City).
    c = run(ctx, offer(locations=["59301"]))
    m = c.market
    row = bls_row("30", "15-1252")
    assert m.applies and m.area_used == "30" and m.median == float(row["A_MEDIAN"])
    assert "BLS publishes no figures" in m.reason and "East-Central Montana" in m.reason


def test_remote_roles_use_national_figures(ctx: CompareContext) -> None:
    c = run(ctx, offer(workplace="remote", office_days=0.0, locations=[]))
    row = bls_row("99", "15-1252")
    assert c.market.area_used == "99" and c.market.pct90 == float(row["A_PCT90"])
    assert c.commute.offer.estimate is not None
    assert c.commute.offer.estimate.hours_per_year == 0


def test_outside_the_us_no_market_data(ctx: CompareContext) -> None:
    c = run(ctx, offer(locations=["London, UK"], currency="GBP", base_min=70_000.0,
                       base_max=80_000.0))
    assert not c.market.applies and "outside the United States" in c.market.reason
    assert not c.pay.comparable and "exchange rates" in (c.pay.note or "")


def test_placement_is_read_between_published_percentiles(ctx: CompareContext) -> None:
    row = bls_row("41860", "15-1252")
    median = float(row["A_MEDIAN"])
    c = run(ctx, offer(locations=["94103"], base_min=median, base_max=median))
    point = c.market.points[0]
    assert point.placement == "at the median" and point.percentile == 50


def test_undisclosed_pay_is_the_first_unknown(ctx: CompareContext) -> None:
    c = run(ctx, offer(base_min=None, base_max=None, pay_phrase="competitive"))
    first = c.unknowns[0]
    assert first.key == "pay" and first.could_change_verdict and first.evidence == "competitive"
    assert "salary range" in first.question
    assert c.verdict.label == "worth a call to learn more"
    assert "pay" in c.verdict.unknowns


def test_unknowns_are_ranked_by_impact_with_questions(ctx: CompareContext) -> None:
    c = run(ctx, offer())
    keys = [u.key for u in c.unknowns]
    assert {"bonus", "equity", "retirement_match", "health_premium", "on_call",
            "interview_process"} <= set(keys)
    impacts = [u.impact for u in c.unknowns if u.impact is not None and
               not u.could_change_verdict]
    assert impacts == sorted(impacts, reverse=True)
    bonus = next(u for u in c.unknowns if u.key == "bonus")
    assert bonus.impact == pytest.approx(110_000 * 0.15)
    assert all(u.question.endswith("?") for u in c.unknowns)


def test_verdict_has_reasons_and_a_headline(ctx: CompareContext) -> None:
    c = run(ctx, offer(base_min=140_000.0, base_max=150_000.0))
    v = c.verdict
    assert v.label == "worth the call"
    assert v.headline.startswith("worth the call: +")
    assert "total pay" in v.headline and "percentile" in v.headline
    assert any("Real hourly wage" in r for r in v.reasons)


def test_worse_pay_and_longer_commute_is_probably_not(ctx: CompareContext) -> None:
    p = person(location="94110", commute_minutes=10.0, commute_mode="walk")
    c = run(ctx, offer(base_min=80_000.0, base_max=85_000.0, workplace="onsite",
                       office_days=5.0, locations=["San Jose, CA"]), p)
    assert c.verdict.label == "probably not"
    assert c.commute.hours_per_month_change is not None and c.commute.hours_per_month_change > 0


def test_deal_breakers_are_checked(ctx: CompareContext) -> None:
    p = person()
    p.deal_breakers = [parse_deal_breaker(t) for t in
                       ("base ≥ 150k", "at least 2 remote days", "no relocation", "no on-call")]
    c = run(ctx, offer(), p)
    status = {d.kind: d.status for d in c.deal_breakers}
    assert status == {"base_pay": "violated", "remote_days": "met", "relocation": "met",
                      "on_call": "unknown"}
    assert c.verdict.label == "a deal-breaker"
    assert "base ≥ 150k" in c.verdict.headline
    far = run(ctx, offer(locations=["Austin, TX"], base_min=160_000.0, base_max=170_000.0), p)
    assert {d.kind: d.status for d in far.deal_breakers}["relocation"] == "violated"


def test_an_office_beyond_daily_reach_is_a_move_not_a_commute(ctx: CompareContext) -> None:
    # Home in San Francisco, a hybrid office in Austin: no "hundreds of commute hours".
    c = run(ctx, offer(locations=["Austin, TX"], base_min=160_000.0, base_max=170_000.0))
    assert c.commute.offer.estimate is None
    assert c.commute.offer.note is not None and "moving or weekly travel" in c.commute.offer.note
    assert c.commute.hours_per_month_change is None
    assert "commute hours" not in c.verdict.headline


def test_what_ifs_apply_on_top_of_the_posting(ctx: CompareContext) -> None:
    now = datetime.now(UTC)
    rows = [whatif.FactRow("bonus", {"percent": 15.0}, True, None, None, now),
            whatif.FactRow("office_days", 1.0, False, "recruiter said", 7, now),
            whatif.FactRow("base", {"min": 130_000.0, "max": 130_000.0}, True, None, 8, now)]
    terms = whatif.apply(offer(), whatif.latest(rows, 7))
    assert terms.bonus_percent == 15 and terms.sources["bonus_percent"] == "what-if"
    assert terms.office_days == 1 and terms.sources["office_days"] == "learned"
    assert terms.base_min == 100_000  # the base what-if was for another position
    c = run(ctx, terms)
    bonus = next(ln for ln in c.pay.offer.lines if ln.name == "bonus")
    assert bonus.value is not None and bonus.value.low == 15_000 and bonus.source == "what-if"


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [("bonus=15%", "bonus", {"percent": 15.0}), ("bonus=20k", "bonus", {"amount": 20_000.0}),
     ("base=150k-170k", "base", {"min": 150_000.0, "max": 170_000.0}),
     ("base=$155,000", "base", {"min": 155_000.0, "max": 155_000.0}),
     ("on_call=no", "on_call", False), ("office-days=2", "office_days", 2.0),
     ("workplace=Remote", "workplace", "remote"), ("retirement_match=4", "retirement_match", 4.0),
     ("bonus=", "bonus", None)],
)
def test_assignments_parse(text: str, key: str, value: object) -> None:
    assert whatif.parse_assignment(text) == (key, value)


@pytest.mark.parametrize("text", ["bonus", "colour=red", "on_call=maybe", "office_days=x",
                                  "workplace=moon"])
def test_bad_assignments_are_refused(text: str) -> None:
    with pytest.raises(whatif.WhatIfError):
        whatif.parse_assignment(text)


def test_no_current_job_still_compares(ctx: CompareContext) -> None:
    c = compare(offer(), None, ctx, subject=SUBJECT)
    assert not c.pay.comparable and c.pay.note and "profile current" in c.pay.note
    assert c.market.applies


def test_assumptions_are_reported() -> None:
    a = CompareAssumptions().as_dict()
    assert a["detour_factor"] == 1.3 and a["cost_per_km"] == 0.435
