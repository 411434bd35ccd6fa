"""The comparison engine: one opportunity's terms against the current job, explained.

    ctx = CompareContext(knowledge=k, gazetteer=g, assumptions=CompareAssumptions())
    report = compare(terms, profile, ctx, subject=subject)

Real hourly wage = (steady-state pay − 12 × health premium − commute cost a year)
                   / (work hours a year + commute hours a year).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sidedoor.compare.assumptions import CompareAssumptions
from sidedoor.compare.judgement import check_deal_breakers, rank_unknowns, verdict
from sidedoor.compare.market import market_position
from sidedoor.compare.models import (
    CommuteComparison,
    CommuteSide,
    Comparison,
    PaySide,
    Range,
    RealHourly,
    Row,
    Subject,
    WhatIf,
)
from sidedoor.compare.offer import OfferTerms
from sidedoor.compare.pay import compare_pay, current_pay, offer_pay
from sidedoor.places.commute import estimate_commute
from sidedoor.places.geo import great_circle_km
from sidedoor.places.models import AreaMatch, CommuteEstimate, CommuteMode, Place
from sidedoor.places.routing import Route, RoutingError
from sidedoor.profile.models import CurrentJob, ProfileView

if TYPE_CHECKING:
    from sidedoor.knowledge.store import Knowledge
    from sidedoor.places.gazetteer import Gazetteer

TitleCoder = Callable[[str], Sequence[tuple[str, str, float]]]
#: A routing service: (origin, destination, mode) -> a route, None when that trip cannot be
#: routed (transit); RoutingError when the service fails. See sidedoor.places.routing.
Router = Callable[[Place, Place, CommuteMode], Route | None]
HYBRID_DEFAULT_DAYS = 3.0  # a hybrid role that does not say how many office days


@dataclass
class CompareContext:
    knowledge: Knowledge | None = None
    gazetteer: Gazetteer | None = None
    assumptions: CompareAssumptions = field(default_factory=CompareAssumptions)
    title_coder: TitleCoder | None = None
    router: Router | None = None  # None (the default): the offline commute model only
    notes: list[str] = field(default_factory=list)

    def place(self, text: str | None) -> Place | None:
        if not text or self.gazetteer is None:
            return None
        return self.gazetteer.resolve(text)


def _offer_days(t: OfferTerms) -> tuple[float, str | None]:
    if t.workplace == "remote":
        return 0.0, None
    if t.office_days is not None:
        return t.office_days, None
    if t.workplace == "hybrid":
        return HYBRID_DEFAULT_DAYS, f"office days not stated: {HYBRID_DEFAULT_DAYS:g} assumed"
    return 5.0, "remote or office not stated: 5 office days assumed"


def _current_days(job: CurrentJob) -> float:
    if job.workplace == "remote":
        return 0.0
    return max(5.0 - (job.remote_days or 0.0), 0.0)


def _mode(value: str | None) -> CommuteMode:
    return value if value in ("car", "transit", "bike", "walk") else "car"  # type: ignore[return-value]


def compare(terms: OfferTerms, profile: ProfileView | None, ctx: CompareContext, *,
            subject: Subject, what_ifs: list[WhatIf] | None = None) -> Comparison:
    a = ctx.assumptions
    job = profile.current_job if profile else None
    notes = list(ctx.notes)
    if terms.occupation_code is None and ctx.title_coder is not None:
        found = list(ctx.title_coder(terms.title))
        if found:
            terms = terms.model_copy(update={"occupation_code": found[0][0],
                                             "occupation_title": found[0][1]})
            notes.append(f"Occupation coded from the title: {found[0][0]} {found[0][1]}.")
    if terms.occupation_code and not terms.occupation_title and ctx.knowledge is not None:
        row = ctx.knowledge.db.execute("SELECT title FROM occupations WHERE code = ?",
                                       (terms.occupation_code,)).fetchone()
        terms = terms.model_copy(update={"occupation_title": row[0] if row else None})
    current_side = current_pay(job, a) if job else None
    offer_side = offer_pay(terms, a, job.pto_days if job else None)
    if terms.pto_days is None and job and job.pto_days is not None:
        notes.append(f"PTO not stated: hours worked assume your current {job.pto_days:g} days.")
    pay = compare_pay(offer_side, current_side)

    work_place = None if terms.workplace == "remote" else ctx.place(
        terms.locations[0] if terms.locations else None)
    area = _area(ctx, work_place, terms)
    points = []
    if offer_side.lines[0].value is not None:
        base = offer_side.lines[0].value
        points += ([("offer", base.low)] if base.low == base.high
                   else [("offer (low)", base.low), ("offer (high)", base.high)])
    if current_side is not None and current_side.lines[0].value is not None and (
            job is not None and (job.currency or "USD") == (terms.currency or "USD")):
        points.append(("your current base", current_side.lines[0].value.low))
    market = market_position(ctx.knowledge, terms.occupation_code, terms.occupation_title,
                             area, terms.currency, points)

    home = ctx.place(profile.home) if profile else None
    commute = _commute(terms, job, home, work_place, ctx, offer_side, current_side)
    hourly = _real_hourly(offer_side, current_side, commute, pay.comparable)
    checks = check_deal_breakers(profile.deal_breakers if profile else [], terms, offer_side,
                                 commute, home, work_place, a)
    unknowns = rank_unknowns(terms, offer_side, current_side, pay, market, commute, checks, a)
    return Comparison(
        subject=subject,
        current_job=(f"{job.title}" + (f" at {job.employer}" if job.employer else ""))
        if job else None,
        pay=pay, market=market, commute=commute, real_hourly=hourly,
        flexibility=_flexibility(terms, job, commute),
        benefits=_benefits(terms, job),
        unknowns=unknowns, deal_breakers=checks,
        verdict=verdict(pay, market, commute, hourly, unknowns, checks, a),
        what_ifs=what_ifs or [], assumptions=a.as_dict(), notes=notes,
        credits=[market.source] if market.source else [],
        generated_at=datetime.now(UTC),
    )


def _area(ctx: CompareContext, place: Place | None, terms: OfferTerms) -> AreaMatch | None:
    if ctx.knowledge is None or ctx.gazetteer is None:
        return None
    from sidedoor.places.areas import oews_area_for

    if terms.workplace == "remote":
        if terms.remote_from and all(r.upper() not in ("US", "USA", "UNITED STATES")
                                     for r in terms.remote_from):
            where = ctx.place(terms.remote_from[0])
            if where is not None and where.country_code != "US":
                return oews_area_for(where, ctx.knowledge.db, ctx.gazetteer)
        match = oews_area_for(None, ctx.knowledge.db, ctx.gazetteer)
        return match.model_copy(update={"reason": "A remote role: national figures apply."})
    return oews_area_for(place, ctx.knowledge.db, ctx.gazetteer)


def _route(ctx: CompareContext, home: Place | None, work: Place | None, mode: CommuteMode
           ) -> tuple[Route | None, str | None]:
    """The routed trip when a routing service is configured and the trip is a daily
    commute, else None; on failure (None, why), so the offline model is used and says so."""
    if ctx.router is None or home is None or work is None:
        return None, None
    if home.latitude is None or home.longitude is None or work.latitude is None \
            or work.longitude is None:
        return None, None
    if great_circle_km(home.latitude, home.longitude, work.latitude,
                       work.longitude) > ctx.assumptions.far_km:
        return None, None  # beyond daily reach: no commute is estimated anyway
    try:
        return ctx.router(home, work, mode), None
    except RoutingError as exc:
        return None, exc.message


def _commute(terms: OfferTerms, job: CurrentJob | None, home: Place | None,
             work: Place | None, ctx: CompareContext, offer: PaySide,
             current: PaySide | None) -> CommuteComparison:
    a = ctx.assumptions.commute
    days, assumed = _offer_days(terms)
    mode = _mode(terms.commute_mode or (job.commute_mode if job else None))
    offer_est: CommuteEstimate | None = None
    note = assumed
    if days == 0 or (home is not None and work is not None):
        route, failed = _route(ctx, home, work, mode) if days > 0 else (None, None)
        offer_est = estimate_commute(home, work, mode=mode, days_per_week=days,
                                     pto_days=offer.pto_days or 0.0, assumptions=a,
                                     route=route, routing_error=failed)
        far = ctx.assumptions.far_km
        if days > 0 and (offer_est.great_circle_km or 0.0) > far:
            # Beyond daily reach: the honest answer is a move (or weekly travel), not a
            # commute of hundreds of hours a month.
            note = (f"The office is {offer_est.great_circle_km:,.0f} km from your home, beyond "
                    f"daily commuting ({far:g} km): this role means moving or weekly travel, "
                    "so no daily commute is estimated.")
            offer_est = None
    elif home is None:
        note = "Your home is not set (`sidedoor profile edit`: location or postal_code)."
    else:
        note = "The office location is not known."
    offer_side = CommuteSide(place=work.label if work else None, estimate=offer_est, note=note)
    current_side = None
    if job is not None:
        cur_place = ctx.place(job.postal_code or job.location)
        cur_days = _current_days(job)
        cur_est = None
        if cur_days == 0 or job.commute_minutes is not None or (home and cur_place):
            route, failed = None, None
            if cur_days > 0 and job.commute_minutes is None and job.commute_distance_km is None:
                route, failed = _route(ctx, home, cur_place, _mode(job.commute_mode))
            cur_est = estimate_commute(
                home, cur_place, mode=_mode(job.commute_mode), days_per_week=cur_days,
                pto_days=(current.pto_days if current else None) or 0.0, assumptions=a,
                given_minutes=job.commute_minutes, given_km=job.commute_distance_km,
                given_cost_monthly=job.commute_cost_monthly, route=route,
                routing_error=failed)
        current_side = CommuteSide(
            place=cur_place.label if cur_place else job.location, estimate=cur_est,
            note=None if cur_est else "Set your current commute (`sidedoor profile current "
                                      "commute_minutes=35`) or your work location.")
    hours = cost = None
    if offer_est and current_side and current_side.estimate:
        c = current_side.estimate
        if offer_est.hours_per_year is not None and c.hours_per_year is not None:
            hours = round((offer_est.hours_per_year - c.hours_per_year) / 12, 1)
        if offer_est.cost_per_year is not None and c.cost_per_year is not None:
            cost = round(offer_est.cost_per_year - c.cost_per_year, 2)
    return CommuteComparison(home=home.label if home else None, offer=offer_side,
                             current=current_side, hours_per_month_change=hours,
                             cost_per_year_change=cost)


def _hourly(side: PaySide, est: CommuteEstimate | None) -> Range | None:
    if side.after_health is None or est is None:
        return None
    cost = est.cost_per_year or 0.0
    hours = side.work_hours + (est.hours_per_year or 0.0)
    if hours <= 0:
        return None
    return Range(low=(side.after_health.low - cost) / hours,
                 high=(side.after_health.high - cost) / hours)


def _real_hourly(offer: PaySide, current: PaySide | None, commute: CommuteComparison,
                 comparable: bool) -> RealHourly:
    o = _hourly(offer, commute.offer.estimate)
    c = _hourly(current, commute.current.estimate if commute.current else None) \
        if current else None
    change = None
    if o and c and comparable and c.mid > 0:
        change = Range(low=(o.low / c.mid - 1) * 100, high=(o.high / c.mid - 1) * 100)
    formula = ["(steady-state pay − 12 × health premium − commute cost a year) / "
               "(work hours a year + commute hours a year)"]
    for label, side, est in (("offer", offer, commute.offer.estimate),
                             ("current", current, commute.current.estimate
                              if commute.current else None)):
        if side is not None and side.after_health is not None and est is not None:
            formula.append(f"{label}: ({side.after_health.mid:,.0f} − "
                           f"{est.cost_per_year or 0:,.0f}) / ({side.work_hours:,.0f} + "
                           f"{est.hours_per_year or 0:,.0f} h)")
    return RealHourly(offer=o, current=c.mid if c else None, change_pct=change, formula=formula)


def _fmt(value: object, unit: str = "") -> str:
    if value is None:
        return "not stated"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}{unit}"
    return f"{value}{unit}"


def _flexibility(t: OfferTerms, job: CurrentJob | None, commute: CommuteComparison) -> list[Row]:
    j = job or CurrentJob(title="")
    cur_days = _current_days(job) if job else None
    oc, cc = commute.offer.estimate, commute.current.estimate if commute.current else None
    return [
        Row(aspect="Workplace", offer=_fmt(t.workplace), current=_fmt(j.workplace)),
        Row(aspect="Office days a week", offer=_fmt(t.office_days),
            current=_fmt(cur_days)),
        Row(aspect="Hours a week", offer=_fmt(t.hours_per_week), current=_fmt(j.hours_per_week)),
        Row(aspect="Paid time off", offer="unlimited" if t.unlimited_pto and t.pto_days is None
            else _fmt(t.pto_days, " days"), current=_fmt(j.pto_days, " days")),
        Row(aspect="On call", offer=_fmt(t.on_call), current=_fmt(j.on_call)),
        Row(aspect="Commute hours a month",
            offer=_fmt(None if oc is None or oc.hours_per_year is None
                       else round(oc.hours_per_year / 12, 1)),
            current=_fmt(None if cc is None or cc.hours_per_year is None
                         else round(cc.hours_per_year / 12, 1))),
        Row(aspect="Employment", offer=_fmt(t.employment_type), current="your current job"),
        Row(aspect="Relocation", offer=_fmt(t.relocation), current="no"),
    ]


def _benefits(t: OfferTerms, job: CurrentJob | None) -> list[Row]:
    j = job or CurrentJob(title="")
    named = {b.get("name") for b in j.benefits if isinstance(b, dict)}
    rows = [
        Row(aspect="Retirement match", offer=_fmt(t.retirement_match, "%"),
            current=_fmt(j.retirement_match, "%")),
        Row(aspect="Health premium (a month)", offer=_fmt(t.health_premium),
            current=_fmt(j.health_premium)),
        Row(aspect="Bonus", offer=f"{t.bonus_percent:g}% target" if t.bonus_percent is not None
            else _fmt(t.bonus_amount or t.bonus_phrase),
            current=f"{j.bonus_percent:g}% target" if j.bonus_percent is not None
            else _fmt(j.bonus)),
        Row(aspect="Equity", offer=_fmt(t.equity_grant or t.equity_phrase),
            current=_fmt(j.equity_grant or j.equity)),
        Row(aspect="Sign-on", offer=_fmt(t.sign_on or t.sign_on_phrase), current="—"),
    ]
    shown = {"retirement_plan", "bonus", "equity", "sign_on_bonus", "pto", "unlimited_pto"}
    for name in t.benefits:
        if name in shown:
            continue
        shown.add(name)
        detail = t.benefit_details.get(name)
        rows.append(Row(aspect=name.replace("_", " ").capitalize(),
                        offer="yes" + (f" ({detail})" if detail else ""),
                        current="yes" if name in named else "—"))
    return rows
