"""Total pay, normalised the way people who compare offers do it.

    steady state = base + target bonus + equity grant / vesting years + base × match %
    year one     = steady state + sign-on bonus
    after health = steady state − 12 × monthly health premium (the employee's share)
    daily rate   = base / 260;  PTO value = PTO days × daily rate (already inside base:
                   shown so days off have a price, and counted through hours worked)
    work hours   = hours a week × (260 − PTO days − paid holidays) / 5

A component the posting does not state counts as 0 in the totals and is listed among the
unknowns with what it could add. A range stays a range (low, high) through every formula.
"""

from __future__ import annotations

from collections.abc import Callable

from sidedoor.compare.assumptions import HOURS_PER_YEAR, WORKDAYS_PER_YEAR, CompareAssumptions
from sidedoor.compare.models import PayComparison, PayLine, PaySide, Range
from sidedoor.compare.offer import OfferTerms
from sidedoor.profile.models import CurrentJob

PERIODS = {"year": 1, "month": 12, "week": 52, "day": WORKDAYS_PER_YEAR, "hour": HOURS_PER_YEAR}


def _map(r: Range | None, f: Callable[[float], float]) -> Range | None:
    return None if r is None else Range(low=f(r.low), high=f(r.high))


def _sum(parts: list[Range | None]) -> Range:
    known = [p for p in parts if p is not None]
    return Range(low=sum(p.low for p in known), high=sum(p.high for p in known))


def work_hours(hours_per_week: float, pto: float, holidays: float) -> float:
    return hours_per_week * max(WORKDAYS_PER_YEAR - pto - holidays, 0) / 5


def offer_pay(t: OfferTerms, a: CompareAssumptions, pto_fallback: float | None) -> PaySide:
    base: Range | None = None
    if t.base_min is not None or t.base_max is not None:
        low = t.base_min if t.base_min is not None else t.base_max
        high = t.base_max if t.base_max is not None else t.base_min
        assert low is not None and high is not None
        base = Range(low=low, high=high)
    src = t.source_of
    lines = [PayLine(name="base", label="Base pay", value=base, source=src("base_min"),
                     formula="as stated" + (", annualised from per-" + t.pay_period
                                            if t.pay_period not in (None, "year") else "")
                     + ("; the posting states it as total pay (OTE)"
                        if t.pay_basis == "total" else ""))]
    if t.bonus_percent is not None:
        bonus = _map(base, lambda b: b * t.bonus_percent / 100)  # type: ignore[operator]
        lines.append(PayLine(name="bonus", label="Target bonus", value=bonus,
                             source=src("bonus_percent"),
                             formula=f"base × {t.bonus_percent:g}%"))
    else:
        amount = t.bonus_amount
        lines.append(PayLine(name="bonus", label="Target bonus",
                             value=None if amount is None else Range(low=amount, high=amount),
                             source=src("bonus_amount") if amount is not None else "not stated",
                             formula="as stated" if amount is not None else
                             (f"mentioned ({t.bonus_phrase!r}) but not quantified"
                              if t.bonus_phrase else "not stated: counted as 0")))
    lines.append(_equity(t, a))
    retirement = (_map(base, lambda b: b * t.retirement_match / 100)  # type: ignore[operator]
                  if t.retirement_match is not None else None)
    lines.append(PayLine(name="retirement", label="Retirement match", value=retirement,
                         source=src("retirement_match") if retirement else "not stated",
                         formula=f"base × {t.retirement_match:g}%"
                         if t.retirement_match is not None else "not stated: counted as 0"))
    sign_on = None if t.sign_on is None else Range(low=t.sign_on, high=t.sign_on)
    lines.append(PayLine(name="sign_on", label="Sign-on bonus (year one only)", value=sign_on,
                         source=src("sign_on") if sign_on else "not stated",
                         formula="as stated" if sign_on else "not stated: counted as 0"))
    return _side(t.currency, lines, base, t.health_premium, src("health_premium"),
                 t.pto_days if t.pto_days is not None else pto_fallback,
                 t.hours_per_week or a.hours_per_week, a)


def _equity(t: OfferTerms, a: CompareAssumptions) -> PayLine:
    if t.equity_grant is None:
        return PayLine(name="equity", label="Equity (a year)", value=None,
                       source="not stated",
                       formula=f"mentioned ({t.equity_phrase!r}) but not valued"
                       if t.equity_phrase else "not stated: counted as 0")
    years = t.equity_years or a.vesting_years
    yearly = t.equity_grant / years
    how = "" if t.equity_years else " (vesting not stated: assumed)"
    return PayLine(name="equity", label="Equity (a year)", value=Range(low=yearly, high=yearly),
                   source=t.source_of("equity_grant"),
                   formula=f"grant {t.equity_grant:,.0f} / {years:g} years{how}")


def current_pay(job: CurrentJob, a: CompareAssumptions) -> PaySide:
    factor = PERIODS.get(job.pay_period or "year", 1)
    base = None if job.base_pay is None else Range(low=job.base_pay * factor,
                                                   high=job.base_pay * factor)
    lines = [PayLine(name="base", label="Base pay", value=base, source="profile",
                     formula="from your profile" + (f", × {factor} ({job.pay_period})"
                                                   if factor != 1 else ""))]
    if job.bonus_percent is not None and base is not None:
        lines.append(PayLine(name="bonus", label="Target bonus",
                             value=_map(base, lambda b: b * job.bonus_percent / 100),  # type: ignore[operator]
                             source="profile", formula=f"base × {job.bonus_percent:g}%"))
    else:
        lines.append(PayLine(name="bonus", label="Target bonus",
                             value=None if job.bonus is None else Range(low=job.bonus,
                                                                        high=job.bonus),
                             source="profile", formula="from your profile"
                             if job.bonus is not None else "not set: counted as 0"))
    equity = job.equity
    formula = "yearly value from your profile"
    if job.equity_grant and job.equity_vesting_years:
        equity = job.equity_grant / job.equity_vesting_years
        formula = f"grant {job.equity_grant:,.0f} / {job.equity_vesting_years:g} years"
    lines.append(PayLine(name="equity", label="Equity (a year)",
                         value=None if equity is None else Range(low=equity, high=equity),
                         source="profile", formula=formula if equity is not None
                         else "not set: counted as 0"))
    retirement = (_map(base, lambda b: b * job.retirement_match / 100)  # type: ignore[operator]
                  if job.retirement_match is not None else None)
    lines.append(PayLine(name="retirement", label="Retirement match", value=retirement,
                         source="profile", formula=f"base × {job.retirement_match:g}%"
                         if job.retirement_match is not None else "not set: counted as 0"))
    return _side(job.currency, lines, base, job.health_premium, "profile", job.pto_days,
                 job.hours_per_week or a.hours_per_week, a)


def _side(currency: str | None, lines: list[PayLine], base: Range | None,
          premium: float | None, premium_source: str, pto: float | None, hours: float,
          a: CompareAssumptions) -> PaySide:
    steady = _sum([ln.value for ln in lines if ln.name != "sign_on"]) if base else None
    sign_on = next((ln.value for ln in lines if ln.name == "sign_on"), None)
    year_one = _sum([steady, sign_on]) if steady else None
    yearly_premium = None if premium is None else premium * 12
    lines.append(PayLine(
        name="health_premium", label="Health premium (your share, a year)",
        value=None if yearly_premium is None else Range(low=-yearly_premium,
                                                        high=-yearly_premium),
        source=premium_source if premium is not None else "not stated",
        formula=f"12 × {premium:,.0f} a month" if premium is not None else "not stated"))
    daily = _map(base, lambda b: b / WORKDAYS_PER_YEAR)
    lines.append(PayLine(
        name="pto_value", label="Paid time off (value, inside base)",
        value=_map(daily, lambda d: d * pto) if pto is not None else None,
        source="profile" if premium_source == "profile" else "posting",
        formula=f"{pto:g} days × base / 260" if pto is not None else "days not stated"))
    after = _map(steady, lambda s: s - (yearly_premium or 0.0))
    return PaySide(currency=currency, lines=lines, steady_state=steady, year_one=year_one,
                   after_health=after, pto_days=pto, daily_rate=daily,
                   work_hours=round(work_hours(hours, pto or 0.0, a.commute.paid_holidays), 1))


def _pct(new: Range | None, old: Range | None) -> Range | None:
    if new is None or old is None or old.mid <= 0:
        return None
    return Range(low=(new.low / old.mid - 1) * 100, high=(new.high / old.mid - 1) * 100)


def compare_pay(offer: PaySide, current: PaySide | None) -> PayComparison:
    if current is None:
        return PayComparison(offer=offer, current=None, comparable=False, steady_change_pct=None,
                             year_one_change_pct=None,
                             note="No current job in your profile: set one with "
                                  "`sidedoor profile current` to compare pay.")
    if offer.steady_state is None or current.steady_state is None:
        what = "the posting states no pay" if offer.steady_state is None else \
            "your profile has no current base pay"
        return PayComparison(offer=offer, current=current, comparable=False,
                             steady_change_pct=None, year_one_change_pct=None,
                             note=f"Pay cannot be compared: {what}.")
    if (offer.currency or current.currency) and offer.currency != current.currency:
        return PayComparison(offer=offer, current=current, comparable=False,
                             steady_change_pct=None, year_one_change_pct=None,
                             note=f"The offer is in {offer.currency or 'an unknown currency'} "
                                  f"and your pay in {current.currency or 'an unknown currency'}"
                                  "; sidedoor has no exchange rates offline, so the amounts "
                                  "are shown side by side, not compared.")
    return PayComparison(offer=offer, current=current, comparable=True,
                         steady_change_pct=_pct(offer.steady_state, current.steady_state),
                         year_one_change_pct=_pct(offer.year_one, current.steady_state))
