"""What the doors ranking reads (a seeker: the profile-ish side) and returns (one fit per
position, explained). Positions themselves come in as intake ``Position`` objects or plain
dicts (see :mod:`sidedoor.doors.index`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel as _PydanticModel
from pydantic import ConfigDict, Field

Label = Literal["strong", "good", "stretch", "long shot"]
Workplace = Literal["remote", "hybrid", "onsite", "unknown"]


class BaseModel(_PydanticModel):
    model_config = ConfigDict(defer_build=True)


class DealBreakers(BaseModel):
    """Hard limits. A violated one removes the position or flags it, and says which."""

    min_pay: float | None = Field(None, description="Annual USD; a position whose stated pay "
                                  "tops out below it violates this.")
    workplaces: list[Workplace] = Field(default_factory=list,
                                        description="Workplaces refused, e.g. ['onsite'].")
    only_in: list[str] = Field(default_factory=list, description="Places ('TX', 'Austin, TX') "
                               "a non-remote position must be in.")
    companies: list[str] = Field(default_factory=list, description="Companies refused.")
    title_words: list[str] = Field(default_factory=list,
                                   description="Words refused in a title ('sales', 'night').")
    max_job_zone_step: int | None = Field(None, ge=0, description="Largest job-zone step, up "
                                          "or down, accepted.")
    action: Literal["flag", "remove"] = "flag"


class Seeker(BaseModel):
    """The person a list of positions is ranked for: what a profile will provide."""

    skills: list[str] = Field(default_factory=list, description="Skill, technology and tool "
                              "names or extractor ids ('Python', 'onet:technology/Python').")
    occupation: str | None = Field(None, description="Current (or target) O*NET-SOC code.")
    job_zone: int | None = Field(None, ge=1, le=5)
    pay_floor: float | None = Field(None, description="Annual USD the person wants at least.")
    location: str | None = Field(None, description="'Austin, TX', 'TX' or a state name.")
    prefers: Workplace | None = Field(None, description="Preferred workplace, if any.")
    relocate: bool = False
    aspirations: list[str] = Field(default_factory=list, description="Goals in the person's "
                                   "words: 'more remote days', 'lead a team', 'higher pay', "
                                   "'a smaller company', a title or an industry.")
    deal_breakers: DealBreakers = Field(default_factory=DealBreakers)


class Fit(BaseModel):
    position: str = Field(description="The position's id (or intake key).")
    title: str
    company: str | None = None
    occupation: str | None = None
    score: float = Field(description="0-1, the weighted fit (halved when a deal-breaker is "
                         "flagged).")
    label: Label
    factors: dict[str, float] = Field(description="Each factor's fit, 0-1.")
    reasons_for: list[str]
    reasons_against: list[str]
    deal_breakers: list[str] = Field(default_factory=list, description="Violated, by name.")
    matched_required: list[str] = Field(default_factory=list)
    missing_required: list[str] = Field(default_factory=list)
    matched_nice: list[str] = Field(default_factory=list)
    aspirations_met: list[str] = Field(default_factory=list, description="The seeker's "
                                       "aspirations this position meets, as written.")
    market_percentile: float | None = Field(None, description="Where the position's pay "
                                            "(middle of its range) sits among the OEWS "
                                            "percentiles of its occupation, 0-100.")
    market_band: str | None = Field(None, description="Which OEWS figures: 'Software "
                                    "Developers in Austin-Round Rock-San Marcos, TX'.")


class DoorsResult(BaseModel):
    fits: list[Fit]
    ranked: int = Field(description="Positions ranked (after removals).")
    removed: int = Field(0, description="Removed by a deal-breaker.")
    flagged: int = Field(0, description="Kept but flagged by a deal-breaker.")
    notes: list[str] = Field(default_factory=list)
