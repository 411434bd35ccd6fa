"""What the comparison section can already say: the offer against BLS OEWS, and the unknowns.

Placement only compares the stated offer with the percentiles BLS published; it never
interpolates a percentile or fills a figure BLS did not release.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

from sidedoor.evaluate.models import MarketPay, PositionPay, Unknown, WagePercentiles
from sidedoor.opportunities.models import PositionRecord

if TYPE_CHECKING:
    from sidedoor.knowledge.models import WageFigures, Wages

POINTS = (("pct10", "10th percentile"), ("pct25", "25th percentile"), ("median", "median"),
          ("pct75", "75th percentile"), ("pct90", "90th percentile"))
_DIGIT = re.compile(r"\d")


def placement(value: float, figures: WagePercentiles | WageFigures) -> str | None:
    """Where ``value`` sits among the published percentiles, in words."""
    points = [(label, getattr(figures, name)) for name, label in POINTS
              if getattr(figures, name) is not None]
    if not points:
        return None
    for label, figure in points:
        if value == figure:
            return f"at the {label}"
    if value < points[0][1]:
        return f"below the {points[0][0]}"
    for (low_label, low), (high_label, high) in itertools.pairwise(points):
        if low < value < high:
            return f"between the {low_label} and the {high_label}"
    last = points[-1][0]
    if last == "90th percentile":
        return "above the 90th percentile"
    return f"above the {last} (BLS does not publish the higher percentiles for it)"


def market_pay(p: PositionRecord, details: dict[str, Any], wages: Wages,
               occupation_code: str, occupation_title: str) -> tuple[MarketPay | None, str | None]:
    """The OEWS comparison for a position, or None and the reason there is none."""
    currency = p.pay.currency or details.get("currency")
    if p.pay.min is None and p.pay.max is None:
        return None, "Pay is not stated, so there is nothing to place against the market yet."
    if currency != "USD":
        return None, (
            f"BLS OEWS wages are US dollars for US jobs; this pay is in "
            f"{currency or 'an unknown currency'}, so it is not placed against them (other "
            "markets come with the comparison engine)."
        )
    hourly_known = any(getattr(wages.hourly, n) is not None for n, _ in POINTS)
    annual_known = any(getattr(wages.annual, n) is not None for n, _ in POINTS)
    period: str
    if p.pay.period == "hour" and hourly_known:
        period, low, high, figures = "hour", p.pay.min, p.pay.max, wages.hourly
    elif annual_known and (details.get("annual_min") is not None
                           or details.get("annual_max") is not None):
        period, low, high, figures = ("year", details.get("annual_min"),
                                      details.get("annual_max"), wages.annual)
    elif annual_known and p.pay.period == "year":
        period, low, high, figures = "year", p.pay.min, p.pay.max, wages.annual
    else:
        return None, "BLS publishes no wage figures on the basis this pay is stated in."
    notes = list(wages.notes)
    if period == "year" and p.pay.period not in (None, "year"):
        notes.append(f"The offer is stated per {p.pay.period}; intake annualised it "
                     "(2,080 hours, 260 days, 52 weeks or 12 months a year).")
    notes.append("National figures; wages where the job is come with the comparison engine.")
    market = MarketPay(
        occupation_code=occupation_code,
        occupation_title=occupation_title,
        occ_code=wages.occ_code,
        occ_title=wages.occ_title,
        basis=wages.basis,
        area_title=wages.area_title,
        period="hour" if period == "hour" else "year",
        figures=WagePercentiles(**figures.model_dump()),
        employment=wages.tot_emp,
        offer_min=low,
        offer_max=high,
        offer_min_placement=placement(low, figures) if low is not None else None,
        offer_max_placement=placement(high, figures) if high is not None else None,
        notes=notes,
        source=wages.source,
    )
    return market, None


def unknowns(p: PositionRecord, details: dict[str, Any], *, agency: bool) -> list[Unknown]:
    """What the position does not say, each with the question to ask."""
    out: list[Unknown] = []
    benefits = {str(b.get("name")): b for b in p.benefits}
    evidence = p.evidence.get("pay") or {}
    if p.pay.min is None and p.pay.max is None:
        out.append(Unknown(key="pay", what="Pay undisclosed",
                           question="What is the base salary range for this role?",
                           evidence=evidence.get("text") if isinstance(evidence, dict) else None))
    else:
        if details.get("basis") in (None, "unknown"):
            out.append(Unknown(key="pay_basis", what="Base or total pay unspecified",
                               question="Is that range base salary, or does it include bonus "
                               "or commission?"))
        if p.pay.min is None or p.pay.max is None:
            out.append(Unknown(key="pay_range", what="Only one end of the pay range stated",
                               question="What is the full range, and where in it would I land?"))
    if not details.get("bonus") and "bonus" not in benefits:
        out.append(Unknown(key="bonus", what="Bonus not mentioned",
                           question="Is there a bonus, and what has it paid out in recent years?"))
    equity = details.get("equity")
    if equity and not _DIGIT.search(str(equity)):
        out.append(Unknown(key="equity", what="Equity unspecified", evidence=str(equity),
                           question="How much equity, on what vesting schedule, and at what "
                           "valuation or share price?"))
    elif not equity and "equity" not in benefits:
        out.append(Unknown(key="equity", what="Equity not mentioned",
                           question="Does the role include equity or a stock plan?"))
    if p.workplace is None:
        out.append(Unknown(key="workplace", what="Remote, hybrid or on-site unspecified",
                           question="Is the role remote, hybrid or on-site?"))
    elif p.workplace == "hybrid" and not p.office_days:
        out.append(Unknown(key="office_days", what="Office days unspecified",
                           question="How many days a week in the office, and are they fixed?"))
    if not p.locations and p.workplace != "remote":
        out.append(Unknown(key="location", what="Location unspecified",
                           question="Where is the office (or where must I live)?"))
    if p.employment_type is None:
        out.append(Unknown(key="employment_type", what="Employment type unspecified",
                           question="Is it permanent full-time, or a contract?"))
    if not p.benefits:
        out.append(Unknown(key="benefits", what="Benefits not mentioned",
                           question="What does the benefits package include (health, "
                           "retirement match, paid time off)?"))
    else:
        retirement = benefits.get("retirement_plan")
        if retirement is not None and not retirement.get("detail"):
            out.append(Unknown(key="retirement_match", what="Retirement match unspecified",
                               question="What is the employer's retirement contribution?"))
        if "pto" not in benefits and "unlimited_pto" not in benefits:
            out.append(Unknown(key="pto", what="Paid time off unspecified",
                               question="How many days of paid time off?"))
        elif "pto" in benefits and not benefits["pto"].get("detail"):
            out.append(Unknown(key="pto", what="Number of PTO days unspecified",
                               question="How many days of paid time off?"))
    if not p.company:
        out.append(Unknown(key="company", what="Hiring company not named",
                           question="Which company is hiring?" if not agency
                           else "Who is the client, and may I see the job description?"))
    return out


def position_pay(p: PositionRecord, *, agency: bool) -> PositionPay:
    details = p.pay_details or {}
    return PositionPay(
        position_id=p.id,
        title=p.title,
        company=p.company,
        offered=p.pay if (p.pay.min is not None or p.pay.max is not None) else None,
        basis=details.get("basis"),
        annual_min=details.get("annual_min"),
        annual_max=details.get("annual_max"),
        bonus=details.get("bonus"),
        equity=details.get("equity"),
        sign_on=details.get("sign_on"),
        workplace=p.workplace,
        office_days=p.office_days,
        locations=p.locations,
        benefits=[str(b.get("name", "")) + (f" ({b['detail']})" if b.get("detail") else "")
                  for b in p.benefits],
        unknowns=unknowns(p, details, agency=agency),
    )
