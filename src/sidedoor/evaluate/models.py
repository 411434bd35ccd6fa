"""The evaluate report: one opportunity seen through the four reasons to take the call.

Engines build these objects and never print; `evaluate.render` turns them into terminal
output and Markdown, and ``model_dump(mode="json")`` is the `--json` output (documented in
docs/evaluate.md: add fields, never rename them). Every number in a report comes from the
message, the user's store or a public dataset, with its source named; nothing is estimated.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from sidedoor.compare.models import Comparison
from sidedoor.opportunities.models import ItemOutcome, PayRange

SectionKey = Literal["practice", "comparison", "other_doors", "another_industry"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Unknown(_Model):
    """Something the opportunity does not say, and the question that finds it out."""

    key: str
    what: str
    question: str
    evidence: str | None = None  # the vague phrase, when there is one ("competitive")


class WagePercentiles(_Model):
    pct10: float | None = None
    pct25: float | None = None
    median: float | None = None
    pct75: float | None = None
    pct90: float | None = None
    mean: float | None = None


class MarketPay(_Model):
    """BLS OEWS wages for the position's occupation, and where the offer sits among them."""

    occupation_code: str
    occupation_title: str
    occ_code: str  # the OEWS (SOC) code the figures are for
    occ_title: str
    basis: Literal["exact", "broader"]
    area_title: str
    period: Literal["year", "hour"]
    figures: WagePercentiles
    employment: int | None = None
    offer_min: float | None = None  # the offer in `period` (annualised by intake for "year")
    offer_max: float | None = None
    offer_min_placement: str | None = None  # e.g. "between the median and the 75th percentile"
    offer_max_placement: str | None = None
    notes: list[str] = Field(default_factory=list)
    source: str


class PositionPay(_Model):
    position_id: int
    title: str
    company: str | None = None
    offered: PayRange | None = None
    basis: str | None = None  # base | total | unknown
    annual_min: float | None = None
    annual_max: float | None = None
    bonus: str | None = None  # the phrases as written
    equity: str | None = None
    sign_on: str | None = None
    workplace: str | None = None
    office_days: float | None = None
    locations: list[str] = Field(default_factory=list)
    benefits: list[str] = Field(default_factory=list)
    market: MarketPay | None = None
    market_note: str | None = None  # why there is no market comparison
    unknowns: list[Unknown] = Field(default_factory=list)
    comparison: Comparison | None = None  # `sidedoor compare`'s report for this position
    comparison_note: str | None = None  # why there is none (engine error, what to fix)


class CurrentJob(_Model):
    title: str
    employer: str | None = None
    base_pay: float | None = None
    pay_period: str | None = None
    currency: str | None = None
    workplace: str | None = None


class PracticePosition(_Model):
    position_id: int
    title: str
    occupation_title: str | None = None
    skills_named: list[str] = Field(default_factory=list)  # read from the message or posting
    occupation_tasks: list[str] = Field(default_factory=list)  # O*NET core tasks
    occupation_skills: list[str] = Field(default_factory=list)  # O*NET skills by importance


class ExampleQuestion(_Model):
    kind: str
    text: str


class AskThemItem(_Model):
    topic: str
    text: str
    why: str
    evidence: str | None = None


class PracticeReadiness(_Model):
    """From your practice so far (`practice.progress.readiness`)."""

    questions: int
    practised: int
    score: float
    weakest: list[str] = Field(default_factory=list)


class PracticePreview(_Model):
    """A short preview of the tailored question set `sidedoor practice` builds for a position."""

    position_id: int
    title: str
    occupation_code: str | None = None
    occupation_title: str | None = None
    total: int
    counts: dict[str, int] = Field(default_factory=dict)  # questions per kind, interview order
    examples: list[ExampleQuestion] = Field(default_factory=list)
    ask_them: list[AskThemItem] = Field(default_factory=list)
    readiness: PracticeReadiness | None = None
    start: str  # the command that starts a session
    notes: list[str] = Field(default_factory=list)


class RankedDoor(_Model):
    """One role ranked against you by the doors core (`sidedoor.doors.rank`)."""

    opportunity_id: int
    position_id: int
    title: str
    company: str | None = None
    source: Literal["this_opportunity", "recruiter", "company"]
    score: float
    label: str  # strong | good | stretch | long shot
    reasons_for: list[str] = Field(default_factory=list)
    reasons_against: list[str] = Field(default_factory=list)
    deal_breakers: list[str] = Field(default_factory=list)


class RouteItem(_Model):
    kind: str
    name: str
    detail: str = ""


class PivotRoute(_Model):
    code: str
    title: str
    move: str
    score: float
    wage_delta: float | None = None  # target minus source national median annual wage, USD
    bridge: list[RouteItem] = Field(default_factory=list)
    gaps: list[RouteItem] = Field(default_factory=list)


class RouteSet(_Model):
    """`sidedoor pivot` routes from one occupation: the position's, or your current one."""

    origin: Literal["position", "current_job"]
    position_id: int | None = None
    code: str
    title: str
    routes: list[PivotRoute] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class Door(_Model):
    opportunity_id: int
    position_id: int
    title: str
    company: str | None = None
    pay: PayRange | None = None
    workplace: str | None = None
    stage: str | None = None


class OccupationFacts(_Model):
    position_id: int
    position_title: str
    code: str
    title: str
    match_score: float | None = None
    coded_by: Literal["intake", "evaluate"] = "intake"  # "evaluate": coded now, not stored
    job_zone: int | None = None
    job_zone_name: str | None = None
    education: str | None = None
    experience: str | None = None
    training: str | None = None


class _Section(_Model):
    reason: str  # the reason, as the product states it
    built: bool = False  # True once its engine ran (its notes say what it lacked)
    coming: str  # what the section holds (kept for compatibility; "" when built)
    notes: list[str] = Field(default_factory=list)  # what is missing and how to get it


class PracticeSection(_Section):
    key: Literal["practice"] = "practice"
    next_step: str | None = None
    positions: list[PracticePosition] = Field(default_factory=list)
    question_sets: list[PracticePreview] = Field(default_factory=list)


class ComparisonSection(_Section):
    key: Literal["comparison"] = "comparison"
    current_job: CurrentJob | None = None
    positions: list[PositionPay] = Field(default_factory=list)


class OtherDoorsSection(_Section):
    key: Literal["other_doors"] = "other_doors"
    recruiter: str | None = None
    in_this_opportunity: list[Door] = Field(default_factory=list)
    from_recruiter: list[Door] = Field(default_factory=list)
    from_company: list[Door] = Field(default_factory=list)
    ranked: list[RankedDoor] = Field(default_factory=list)  # best first, when ranked
    ranked_for: str | None = None  # what the ranking read about you


class AnotherIndustrySection(_Section):
    key: Literal["another_industry"] = "another_industry"
    occupations: list[OccupationFacts] = Field(default_factory=list)
    routes: list[RouteSet] = Field(default_factory=list)


Section = Annotated[
    PracticeSection | ComparisonSection | OtherDoorsSection | AnotherIndustrySection,
    Field(discriminator="key"),
]


class KnowledgeInfo(_Model):
    installed: bool
    release: str | None = None
    note: str | None = None


class OpportunityHeader(_Model):
    id: int
    title: str
    company: str | None = None
    recruiter: str | None = None
    recruiter_org: str | None = None
    stage: str
    positions: int
    messages: int
    first_message_at: datetime | None = None
    last_message_at: datetime | None = None
    next_action: str | None = None


class EvaluationReport(_Model):
    opportunity: OpportunityHeader
    intake: ItemOutcome | None = None  # how the input was stored, when one was given
    knowledge: KnowledgeInfo
    sections: list[Section]
    credits: list[str] = Field(default_factory=list)
    generated_at: datetime

    def section(self, key: SectionKey) -> Section:
        return next(s for s in self.sections if s.key == key)
