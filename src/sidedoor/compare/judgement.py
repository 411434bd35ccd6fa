"""Deal-breaker checks, the unknowns ranked by how much they could move the result, and the
verdict with its reasons.

Unknown impact (a year, in the offer's currency) is the spread of a documented scenario
range (``CompareAssumptions``): bonus 0–15% of base, equity 0–10% of base, retirement match
0–6% of base, health premium 0–1,368 (KFF 2024 single cover), PTO ± 10 days at the daily
rate, office days (the commute's cost plus its hours at the base hourly rate, 1 to 4 days
for hybrid, 0 to 5 when the policy is not stated), undisclosed pay: the market's 25th–75th
percentile. An unknown "could change the verdict" when that spread is larger than the
distance from the offer's pay to the nearest verdict threshold (± sidegrade_pct), or when it
decides a deal-breaker. Qualitative unknowns (on-call, team, interview process…) follow.
"""

from __future__ import annotations

from sidedoor.compare.assumptions import CompareAssumptions
from sidedoor.compare.models import (
    CommuteComparison,
    DealBreakerCheck,
    MarketPosition,
    PayComparison,
    PaySide,
    RealHourly,
    UnknownItem,
    Verdict,
    VerdictLabel,
)
from sidedoor.compare.offer import OfferTerms
from sidedoor.places.geo import great_circle_km
from sidedoor.places.models import Place
from sidedoor.profile.dealbreakers import describe
from sidedoor.profile.models import DealBreaker

CONTRACTS = {"contract", "contract_to_hire", "temporary", "per_diem"}


def _base(side: PaySide) -> tuple[float, float] | None:
    v = side.lines[0].value
    return None if v is None else (v.low, v.high)


def check_deal_breakers(rules: list[DealBreaker], t: OfferTerms, offer: PaySide,
                        commute: CommuteComparison, home: Place | None, work: Place | None,
                        a: CompareAssumptions) -> list[DealBreakerCheck]:
    out = []
    for rule in rules:
        status, detail = _check(rule, t, offer, commute, home, work, a)
        out.append(DealBreakerCheck(text=rule.text, kind=rule.kind, rule=describe(rule),
                                    status=status, detail=detail))
    return out


def _cmp(value: tuple[float, float] | None, rule: DealBreaker, what: str) -> tuple[str, str]:
    if value is None or not isinstance(rule.value, float | int):
        return "unknown", f"{what} not stated"
    low, high = value
    limit = float(rule.value)
    shown = f"{low:,.0f}" if low == high else f"{low:,.0f}–{high:,.0f}"
    if rule.op == ">=":
        if high < limit:
            return "violated", f"{what} {shown} is below {limit:,.0f}"
        if low >= limit:
            return "met", f"{what} {shown}"
    else:
        if low > limit:
            return "violated", f"{what} {shown} is above {limit:,.0f}"
        if high <= limit:
            return "met", f"{what} {shown}"
    return "unknown", f"{what} {shown} straddles {limit:,.0f}"


def _check(rule: DealBreaker, t: OfferTerms, offer: PaySide, commute: CommuteComparison,
           home: Place | None, work: Place | None,
           a: CompareAssumptions) -> tuple[str, str]:
    kind = rule.kind
    days = t.office_days if t.workplace != "remote" else 0.0
    if kind is None:
        return "not_checked", "not understood as a rule; check it yourself"
    if kind == "base_pay":
        if rule.unit and t.currency and rule.unit != t.currency:
            return "unknown", f"the pay is in {t.currency}, the rule in {rule.unit}"
        return _cmp(_base(offer), rule, "base pay")
    if kind == "total_pay":
        s = offer.steady_state
        return _cmp(None if s is None else (s.low, s.high), rule, "total pay")
    if kind == "remote_days":
        return _cmp(None if days is None else (5 - days, 5 - days), rule, "remote days a week")
    if kind == "office_days":
        return _cmp(None if days is None else (days, days), rule, "office days a week")
    if kind == "workplace":
        if t.workplace is None:
            return "unknown", "remote, hybrid or on-site is not stated"
        hit = t.workplace == rule.value
        bad = (not hit) if rule.op == "require" else hit
        return ("violated" if bad else "met"), f"the role is {t.workplace}"
    if kind == "relocation":
        if t.workplace == "remote":
            return "met", "the role is remote"
        if t.relocation:
            return "violated", "the role requires relocating"
        if home is not None and work is not None and home.has_coordinates and \
                work.has_coordinates:
            km = great_circle_km(home.latitude, home.longitude,  # type: ignore[arg-type]
                                 work.latitude, work.longitude)  # type: ignore[arg-type]
            if km > a.far_km:
                return "violated", f"the office ({work.label}) is {km:.0f} km from home"
            return "met", f"the office ({work.label}) is {km:.0f} km from home"
        return "unknown", "the office location is not known"
    if kind == "on_call":
        if t.on_call is None:
            return "unknown", "on-call is not mentioned"
        return ("violated" if t.on_call else "met"), "on-call: " + ("yes" if t.on_call else "no")
    if kind == "commute_minutes":
        est = commute.offer.estimate
        if est is None or est.minutes_one_way is None:
            return "unknown", "the commute cannot be estimated"
        if est.days_per_week == 0:
            return "met", "no commute (remote)"
        m = est.minutes_one_way
        return _cmp((m, m), rule, "estimated one-way commute (min)")
    if kind == "employment_type":
        if t.employment_type is None:
            return "unknown", "the contract type is not stated"
        bad = t.employment_type in CONTRACTS
        return ("violated" if bad else "met"), f"employment: {t.employment_type}"
    if kind == "pto_days":
        if t.pto_days is None:
            return "unknown", "unlimited PTO: ask what people take" if t.unlimited_pto \
                else "PTO is not stated"
        return _cmp((t.pto_days, t.pto_days), rule, "PTO days")
    if kind == "travel":
        return "unknown", f"travel: {t.travel}" if t.travel else "travel is not mentioned"
    return "not_checked", "no check for this rule yet"


def _margin(pay: PayComparison, a: CompareAssumptions) -> float | None:
    """How far (a year) the offer's mid pay is from the nearest verdict threshold."""
    if not pay.comparable or pay.current is None or pay.current.steady_state is None \
            or pay.offer.steady_state is None:
        return None
    cur = pay.current.steady_state.mid
    mid = pay.offer.steady_state.mid
    limits = (cur * (1 + a.sidegrade_pct / 100), cur * (1 - a.sidegrade_pct / 100))
    return min(abs(mid - x) for x in limits)


def rank_unknowns(t: OfferTerms, offer: PaySide, current: PaySide | None, pay: PayComparison,
                  market: MarketPosition, commute: CommuteComparison,
                  checks: list[DealBreakerCheck], a: CompareAssumptions) -> list[UnknownItem]:
    base = _base(offer)
    mid = (base[0] + base[1]) / 2 if base else (
        market.median if market.median else (current.lines[0].value.mid
                                             if current and current.lines[0].value else None))
    margin = _margin(pay, a)
    open_rules = {c.kind for c in checks if c.status == "unknown"}
    items: list[UnknownItem] = []

    def add(key: str, what: str, question: str, impact: float | None, basis: str,
            decisive: bool = False, evidence: str | None = None) -> None:
        flips = decisive or (impact is not None and (margin is None or impact > margin))
        items.append(UnknownItem(key=key, what=what, question=question,
                                 impact=None if impact is None else round(impact),
                                 impact_basis=basis, could_change_verdict=flips,
                                 evidence=evidence))

    if base is None:
        spread = (market.pct75 - market.pct25) if market.pct75 and market.pct25 else None
        add("pay", "Pay is not disclosed", "What is the base salary range for this role?",
            spread, "the market's 25th–75th percentile spread" if spread else
            "no market band to size it", decisive=True, evidence=t.pay_phrase)
    elif t.pay_basis in (None, "unknown"):
        add("pay_basis", "Base or total pay is not said",
            "Is that range base salary, or does it include bonus or commission?",
            mid * a.bonus_scenario_pct / 100 if mid else None,
            f"a bonus of up to {a.bonus_scenario_pct:g}% could be inside or on top of it")
    if t.bonus_percent is None and t.bonus_amount is None and t.pay_basis != "total":
        add("bonus", "Bonus " + ("not quantified" if t.bonus_phrase else "not mentioned"),
            "Is there a bonus? What is the target, and what has it paid out in recent years?",
            mid * a.bonus_scenario_pct / 100 if mid else None,
            f"0–{a.bonus_scenario_pct:g}% of base", evidence=t.bonus_phrase)
    if t.equity_grant is None:
        add("equity", "Equity " + ("not valued" if t.equity_phrase else "not mentioned"),
            "Is there equity? How much, on what vesting schedule, at what valuation or price?",
            mid * a.equity_scenario_pct / 100 if mid else None,
            f"0–{a.equity_scenario_pct:g}% of base a year", evidence=t.equity_phrase)
    if t.retirement_match is None:
        add("retirement_match", "Retirement match not stated",
            "What does the employer contribute to retirement, and how fast does it vest?",
            mid * a.retirement_scenario_pct / 100 if mid else None,
            f"0–{a.retirement_scenario_pct:g}% of base")
    if t.health_premium is None:
        add("health_premium", "Health insurance cost not stated",
            "What would I pay a month for health insurance, and what does the plan cover?",
            a.health_scenario_year, "0 to KFF 2024's average worker premium (single cover)")
    if t.pto_days is None:
        daily = mid / 260 if mid else None
        add("pto", "Paid time off " + ("unlimited: real usage unknown" if t.unlimited_pto
                                       else "not stated"),
            "How many days of paid time off, and how many do people actually take?",
            daily * a.pto_scenario_days if daily else None,
            f"± {a.pto_scenario_days:g} days at the daily rate", decisive="pto_days" in open_rules)
    if t.workplace != "remote" and (t.workplace is None or t.office_days is None):
        est = commute.offer.estimate
        low, high = (1.0, 4.0) if t.workplace == "hybrid" else (0.0, 5.0)
        impact = None
        if est is not None and est.days_per_week and mid:
            per_day_cost = (est.cost_per_year or 0) / est.days_per_year if est.days_per_year \
                else 0.0
            per_day_hours = (est.hours_per_year or 0) / est.days_per_year \
                if est.days_per_year else 0.0
            impact = (high - low) * est.days_per_year / est.days_per_week * (
                per_day_cost + per_day_hours * mid / 2080)
        add("office_days" if t.workplace == "hybrid" else "workplace",
            "Office days not stated" if t.workplace == "hybrid"
            else "Remote, hybrid or on-site not stated",
            "How many days a week in the office, and are they fixed?" if t.workplace == "hybrid"
            else "Is the role remote, hybrid or on-site?", impact,
            f"{low:g}–{high:g} office days: commute cost plus hours at the base hourly rate",
            decisive=bool({"remote_days", "office_days", "workplace"} & open_rules))
    if not t.locations and t.workplace != "remote":
        add("location", "Office location not stated",
            "Where is the office, and is relocation expected?", None,
            "decides commute, market area and relocation",
            decisive=bool({"relocation", "commute_minutes"} & open_rules))
    if t.on_call is None:
        add("on_call", "On-call not mentioned",
            "Is there an on-call rotation? How often, and is it paid?", None,
            "time and stress, not priced", decisive="on_call" in open_rules)
    if t.employment_type is None:
        add("employment_type", "Employment type not stated",
            "Is this a permanent full-time role or a contract?", None,
            "a contract usually comes without benefits", decisive="employment_type" in open_rules)
    if not t.company:
        add("company", "Hiring company not named", "Which company is hiring?", None,
            "needed to judge everything else")
    add("team_size", "Team size and reporting line not said",
        "How big is the team, and who would I report to?", None, "growth and scope, not priced")
    add("interview_process", "Interview process not described",
        "What are the interview steps and the timeline?", None, "your time, not priced")
    items.sort(key=lambda u: (not u.could_change_verdict, u.impact is None, -(u.impact or 0)))
    return items


def _pct_text(lo: float, hi: float) -> str:
    if abs(hi - lo) < 0.5:
        return f"{(lo + hi) / 2:+.0f}%"
    return f"{lo:+.0f}% to {hi:+.0f}%"


def verdict(pay: PayComparison, market: MarketPosition, commute: CommuteComparison,
            hourly: RealHourly, unknowns: list[UnknownItem], checks: list[DealBreakerCheck],
            a: CompareAssumptions) -> Verdict:
    reasons: list[str] = []
    parts: list[str] = []
    open_keys = [u.key for u in unknowns if u.could_change_verdict][:3]
    violated = [c for c in checks if c.status == "violated"]
    change = pay.steady_change_pct
    if change is not None:
        parts.append(f"{_pct_text(change.low, change.high)} total pay")
        reasons.append(f"Total pay (steady state) {_pct_text(change.low, change.high)} against "
                       "your current job.")
        if pay.year_one_change_pct and pay.year_one_change_pct.high != change.high:
            y = pay.year_one_change_pct
            reasons.append(f"Year one, with the sign-on bonus: {_pct_text(y.low, y.high)}.")
    elif pay.note:
        reasons.append(pay.note)
    offer_points = [p for p in market.points if p.label.startswith("offer")]
    if market.applies and offer_points:
        best = offer_points[-1]
        where = (f"at about the market's {best.percentile:.0f}th percentile"
                 if best.percentile is not None else best.placement.replace("the ", "the "
                                                                            "market's ", 1))
        parts.append(where)
        reasons.append(f"Offered base {best.value:,.0f} is {best.placement} for "
                       f"{market.occ_title} in {market.area_title} (BLS OEWS).")
    elif market.applies and market.median:
        reasons.append(f"The market for {market.occ_title} in {market.area_title}: median "
                       f"{market.median:,.0f}, 25th–75th percentile {market.pct25 or 0:,.0f}–"
                       f"{market.pct75 or 0:,.0f} (BLS OEWS).")
    else:
        reasons.append(market.reason)
    hours = commute.hours_per_month_change
    if hours is not None and abs(hours) >= 1:
        parts.append(f"{abs(hours):.0f} {'fewer' if hours < 0 else 'more'} commute hours a month")
        reasons.append(f"Commute: {abs(hours):.0f} hours a month {'less' if hours < 0 else 'more'}"
                       + (f", {abs(commute.cost_per_year_change or 0):,.0f} a year "
                          f"{'cheaper' if (commute.cost_per_year_change or 0) < 0 else 'dearer'}"
                          if commute.cost_per_year_change else "") + ".")
    if hourly.change_pct is not None:
        hc = hourly.change_pct
        reasons.append(f"Real hourly wage {_pct_text(hc.low, hc.high)}"
                       " once commute time and cost are counted.")
    for c in violated:
        reasons.insert(0, f"Deal-breaker {c.text!r}: {c.detail}.")
    label: VerdictLabel
    if violated:
        label = "a deal-breaker"
        parts.insert(0, f"{violated[0].text} ({violated[0].detail})")
    elif change is None:
        label = "worth a call to learn more"
    else:
        band = a.sidegrade_pct
        hourly_mid = hourly.change_pct.mid if hourly.change_pct else change.mid
        if change.mid >= band or hourly_mid >= band:
            label = "worth the call"
        elif change.mid <= -band and hourly_mid <= 0:
            label = "probably not"
        else:
            label = "a sidegrade"
    unknown_text = f"; unknown: {', '.join(k.replace('_', ' ') for k in open_keys)}" \
        if open_keys else ""
    headline = f"{label}: " + (", ".join(parts) if parts else "too little is known yet") \
        + unknown_text
    return Verdict(label=label, headline=headline, reasons=reasons, unknowns=open_keys)
