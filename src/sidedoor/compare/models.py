"""The comparison report: what `sidedoor compare` returns, renders and prints as JSON.

``Comparison.model_dump(mode="json")`` is the `--json` output (docs/compare.md): add fields,
never rename them. Amounts are per year in the currency named next to them; ranges are
(low, high), equal when the posting gives one figure.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sidedoor.places.models import AreaMatch, CommuteEstimate

VerdictLabel = Literal["worth the call", "worth a call to learn more", "a sidegrade",
                       "probably not", "a deal-breaker"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Range(_Model):
    low: float
    high: float

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2


class PayLine(_Model):
    """One component of total pay, with how it was reached."""

    name: str  # base | bonus | equity | retirement | sign_on | health_premium | pto_value
    label: str
    value: Range | None  # None: not known
    formula: str
    source: str  # posting | what-if | learned | profile | not stated


class PaySide(_Model):
    currency: str | None
    lines: list[PayLine]
    steady_state: Range | None  # base + bonus + equity/yr + retirement match
    year_one: Range | None  # steady state + sign-on
    after_health: Range | None  # steady state − 12 × monthly health premium
    pto_days: float | None
    daily_rate: Range | None  # base / 260
    work_hours: float  # a year: hours a week × (260 − PTO − holidays) / 5


class PayComparison(_Model):
    offer: PaySide
    current: PaySide | None
    comparable: bool  # same currency, both known
    steady_change_pct: Range | None
    year_one_change_pct: Range | None
    note: str | None = None


class MarketPoint(_Model):
    label: str  # "offer (low)", "offer (high)", "your current base"
    value: float
    placement: str  # "between the median and the 75th percentile"
    percentile: float | None  # linear between BLS's published percentiles; None outside 10–90


class MarketPosition(_Model):
    applies: bool
    reason: str  # which area and why (or why there is no market data)
    area: AreaMatch | None = None
    area_used: str | None = None  # the OEWS area the figures are for
    area_title: str | None = None
    occupation_code: str | None = None
    occupation_title: str | None = None
    occ_code: str | None = None  # the OEWS code the figures are for
    occ_title: str | None = None
    basis: str | None = None  # exact | broader
    period: Literal["year"] = "year"
    pct10: float | None = None
    pct25: float | None = None
    median: float | None = None
    pct75: float | None = None
    pct90: float | None = None
    mean: float | None = None
    employment: int | None = None
    points: list[MarketPoint] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    source: str | None = None


class CommuteSide(_Model):
    place: str | None  # the work place as resolved
    estimate: CommuteEstimate | None
    note: str | None = None


class CommuteComparison(_Model):
    home: str | None
    offer: CommuteSide
    current: CommuteSide | None
    hours_per_month_change: float | None  # offer − current (negative: less commuting)
    cost_per_year_change: float | None


class RealHourly(_Model):
    """(pay − health premium − commute cost) / (work hours + commute hours)."""

    offer: Range | None
    current: float | None
    change_pct: Range | None
    formula: list[str] = Field(default_factory=list)


class Row(_Model):
    aspect: str
    offer: str
    current: str


class UnknownItem(_Model):
    key: str
    what: str
    question: str
    impact: float | None  # how much a year it could move the comparison (scenario range)
    impact_basis: str
    could_change_verdict: bool
    evidence: str | None = None


class DealBreakerCheck(_Model):
    text: str
    kind: str | None
    rule: str
    status: Literal["violated", "met", "unknown", "not_checked"]
    detail: str


class Verdict(_Model):
    label: VerdictLabel
    headline: str  # "worth the call: +18% total pay, …; unknown: equity"
    reasons: list[str]
    unknowns: list[str]


class WhatIf(_Model):
    key: str
    value: object
    kind: Literal["what-if", "learned"]
    recorded_at: datetime
    note: str | None = None


class Subject(_Model):
    opportunity_id: int | None
    position_id: int | None
    position_index: int
    positions: int
    title: str
    company: str | None
    source: str  # "store" or the file path
    location: str | None
    workplace: str | None


class Comparison(_Model):
    subject: Subject
    current_job: str | None  # "Senior Software Engineer at Cascade Freight Systems"
    pay: PayComparison
    market: MarketPosition
    commute: CommuteComparison
    real_hourly: RealHourly
    flexibility: list[Row]
    benefits: list[Row]
    unknowns: list[UnknownItem]
    deal_breakers: list[DealBreakerCheck]
    verdict: Verdict
    what_ifs: list[WhatIf] = Field(default_factory=list)
    assumptions: dict[str, float | str] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    credits: list[str] = Field(default_factory=list)
    generated_at: datetime
