"""Typed profile objects: what importers produce, what the store holds, what compare reads."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SkillKind = Literal["skill", "knowledge", "technology", "tool", "certification", "language"]
SkillSource = Literal["resume", "linkedin", "manual", "inferred"]
SourceFormat = Literal["json_resume", "pdf", "docx", "text", "linkedin", "manual"]
Op = Literal[">=", "<=", "forbid", "require"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


def _key(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").casefold()).strip()


class WorkEntry(_Model):
    title: str
    employer: str | None = None
    start: str | None = None  # "YYYY-MM" or "YYYY"
    end: str | None = None  # None: current
    location: str | None = None
    description: str | None = None
    occupation_code: str | None = None  # O*NET-SOC, when the title coder ran
    occupation_title: str | None = None
    occupation_score: float | None = None

    @property
    def is_current(self) -> bool:
        return self.end is None


class EducationEntry(_Model):
    institution: str
    degree: str | None = None
    area: str | None = None
    start: str | None = None
    end: str | None = None


class Certification(_Model):
    name: str
    issuer: str | None = None
    date: str | None = None


class SkillEntry(_Model):
    label: str
    kind: SkillKind = "skill"
    source: SkillSource
    source_ref: str | None = None  # the file, section or occupation it came from
    code: str | None = None  # O*NET element id when known
    taxonomy: str | None = None  # onet | esco | none


class ImportedProfile(_Model):
    """One person as read from one résumé or export, before it is stored."""

    name: str | None = None
    headline: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    postal_code: str | None = None
    country_code: str | None = None
    summary: str | None = None
    work: list[WorkEntry] = Field(default_factory=list)
    education: list[EducationEntry] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    skills: list[SkillEntry] = Field(default_factory=list)
    source_format: SourceFormat
    source_ref: str
    resume_text: str | None = None
    warnings: list[str] = Field(default_factory=list)

    def facts(self) -> dict[str, Any]:
        """The facts that must be the same whichever form the person came in (normalised:
        case, punctuation and order do not matter)."""
        declared = {s.label for s in self.skills if s.source in ("resume", "linkedin")
                    and s.kind != "certification" and not (s.source_ref or "").endswith("text")}
        return {
            "name": _key(self.name),
            "headline": _key(self.headline),
            "postal_code": self.postal_code,
            "email": (self.email or "").lower() or None,
            "work": sorted((_key(w.title), _key(w.employer), w.start, w.end) for w in self.work),
            "education": sorted((_key(e.institution), _key(e.degree), _key(e.area),
                                 (e.end or "")[:4]) for e in self.education),
            "certifications": sorted((_key(c.name), _key(c.issuer), c.date)
                                     for c in self.certifications),
            "skills": sorted({_key(s) for s in declared}),
        }


class DealBreaker(_Model):
    """A hard no, as the user wrote it and as a typed rule (``kind`` None: not understood,
    kept as text and shown, never checked)."""

    text: str
    kind: str | None = None  # base_pay | total_pay | remote_days | office_days | workplace |
    #                          relocation | on_call | commute_minutes | employment_type |
    #                          travel | pto_days
    op: Op | None = None
    value: float | str | None = None
    unit: str | None = None


class CurrentJob(_Model):
    """The baseline every opportunity is compared with."""

    id: int | None = None
    title: str
    employer: str | None = None
    occupation_code: str | None = None
    location: str | None = None
    postal_code: str | None = None
    country_code: str | None = None
    workplace: str | None = None  # onsite | hybrid | remote
    remote_days: float | None = None
    hours_per_week: float | None = None
    commute_mode: str | None = None  # car | transit | bike | walk
    commute_minutes: float | None = None  # one way
    commute_distance_km: float | None = None
    commute_cost_monthly: float | None = None
    base_pay: float | None = None
    pay_period: str | None = None
    currency: str | None = None
    bonus: float | None = None  # expected yearly amount
    bonus_percent: float | None = None  # target, percent of base (kept in benefits JSON)
    equity_grant: float | None = None  # total grant value (benefits JSON)
    equity_vesting_years: float | None = None  # (benefits JSON)
    equity: float | None = None  # yearly value
    retirement_match: float | None = None  # percent of base
    health_premium: float | None = None  # employee's monthly premium
    pto_days: float | None = None
    on_call: bool | None = None  # (benefits JSON)
    benefits: list[dict[str, Any]] = Field(default_factory=list)


class ProfileView(_Model):
    """The stored profile, as `profile show` presents it and compare reads it."""

    id: int
    name: str
    headline: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    postal_code: str | None = None
    country_code: str | None = None
    summary: str | None = None
    resume_source: str | None = None
    aspirations: list[str] = Field(default_factory=list)
    deal_breakers: list[DealBreaker] = Field(default_factory=list)
    current_job: CurrentJob | None = None
    work: list[WorkEntry] = Field(default_factory=list)
    education: list[EducationEntry] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    skills: list[SkillEntry] = Field(default_factory=list)

    @property
    def home(self) -> str | None:
        return self.postal_code or self.location


class ImportReport(_Model):
    source: str
    source_format: str
    profile_id: int
    created: bool
    jobs_added: int = 0
    jobs_updated: int = 0
    skills_added: int = 0
    kept: dict[str, str] = Field(
        default_factory=dict, description="Fields the import did not overwrite: stored value.")
    notes: list[str] = Field(default_factory=list)
