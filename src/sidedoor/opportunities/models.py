"""Typed results of the opportunities repository: what `inbox add`, `list` and `show` return.

The JSON shapes (``model_dump(mode="json")``) are the `--json` output of those commands and
are documented in docs/inbox.md: add fields, never rename them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Outcome = Literal["added", "threaded", "known", "not_outreach", "error"]
#: Which threading rule put an item into an existing opportunity (see docs/inbox.md).
Rule = Literal["same_message", "same_thread", "same_position", "recruiter_title", "company_title"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class ItemOutcome(_Model):
    """What happened to one parsed item (message, conversation or posting) of an input."""

    index: int | None = None  # position in a many-item file
    outcome: Outcome
    kind: str | None = None  # message | conversation | posting
    opportunity_id: int | None = None
    title: str | None = None
    messages_added: int = 0
    positions_added: int = 0
    rule: Rule | None = None  # for "threaded": the rule that matched
    error: str | None = None
    hint: str | None = None


class AddReport(_Model):
    """The outcome of storing one input (file or stdin)."""

    source: str
    items: list[ItemOutcome] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for item in self.items if item.outcome == outcome)

    @property
    def counts(self) -> dict[str, int]:
        names: tuple[Outcome, ...] = ("added", "threaded", "known", "not_outreach", "error")
        return {name: self.count(name) for name in names}

    @property
    def new_opportunity_ids(self) -> list[int]:
        return _ids(self.items, "added")

    @property
    def threaded_opportunity_ids(self) -> list[int]:
        return _ids(self.items, "threaded")

    def to_json(self) -> dict[str, Any]:
        data = self.model_dump(mode="json")
        data["summary"] = self.counts
        data["new_opportunity_ids"] = self.new_opportunity_ids
        data["threaded_opportunity_ids"] = self.threaded_opportunity_ids
        return data


def _ids(items: list[ItemOutcome], outcome: Outcome) -> list[int]:
    seen: list[int] = []
    for item in items:
        if item.outcome == outcome and item.opportunity_id and item.opportunity_id not in seen:
            seen.append(item.opportunity_id)
    return seen


class RecruiterRecord(_Model):
    id: int
    name: str
    email: str | None = None
    phone: str | None = None
    profile_url: str | None = None
    agency: str | None = None  # the staffing agency, when they are not in-house
    company: str | None = None  # the employer they recruit for, when in-house (or unknown)
    title: str | None = None


class PayRange(_Model):
    min: float | None = None
    max: float | None = None
    currency: str | None = None
    period: str | None = None


class FactRecord(_Model):
    id: int
    key: str
    value: Any = None
    source: str
    position_id: int | None = None
    source_message_id: int | None = None
    is_what_if: bool = False
    note: str | None = None
    recorded_at: datetime


class PositionRecord(_Model):
    id: int
    title: str
    company: str | None = None
    occupation_code: str | None = None
    occupation_confidence: float | None = None
    workplace: str | None = None
    office_days: float | None = None
    employment_type: str | None = None
    seniority: str | None = None
    pay: PayRange = Field(default_factory=PayRange)
    #: intake's pay reading (basis, disclosed, annualised, bonus/equity/sign-on phrases), from
    #: the "pay" facts (see `read.pay_reading`); None for positions entered by hand.
    pay_details: dict[str, Any] | None = None
    locations: list[str] = Field(default_factory=list)
    benefits: list[dict[str, Any]] = Field(default_factory=list)
    skills: list[dict[str, Any]] = Field(default_factory=list)
    evidence: dict[str, Any] = Field(default_factory=dict)
    url: str | None = None
    posted_at: datetime | None = None
    valid_through: datetime | None = None
    source_message_id: int | None = None
    #: The latest value of each other fact read or learned for this position (remote_from,
    #: relocation…); what-ifs are not facts and are left out.
    facts: dict[str, Any] = Field(default_factory=dict)


class MessageRecord(_Model):
    id: int
    channel: str
    role: str | None = None  # origin | follow_up | reply | posting
    direction: str | None = None  # inbound | outbound | unknown
    sender_name: str | None = None
    sender_address: str | None = None
    recipient: str | None = None
    subject: str | None = None
    sent_at: datetime | None = None
    body: str | None = None
    signature: str | None = None
    external_id: str | None = None
    thread_key: str | None = None
    origin: str | None = None
    created_at: datetime


class OpportunitySummary(_Model):
    """One line of `sidedoor inbox list`."""

    id: int
    title: str
    titles: list[str] = Field(default_factory=list)  # every position's title
    company: str | None = None
    recruiter: str | None = None
    recruiter_id: int | None = None
    stage: str
    pay: PayRange | None = None
    workplace: str | None = None
    messages: int = 0
    last_message_at: datetime | None = None
    created_at: datetime


class OpportunityDetail(_Model):
    """Everything `sidedoor inbox show ID` presents."""

    id: int
    title: str
    company: str | None = None
    stage: str
    source_channel: str | None = None
    url: str | None = None
    location: str | None = None
    summary: str | None = None
    next_action: str | None = None
    fields: dict[str, Any] = Field(default_factory=dict)
    recruiter: RecruiterRecord | None = None
    positions: list[PositionRecord] = Field(default_factory=list)
    messages: list[MessageRecord] = Field(default_factory=list)
    facts: list[FactRecord] = Field(default_factory=list)
    created_at: datetime
    updated_at: datetime

    @property
    def last_message_at(self) -> datetime | None:
        dates = [m.sent_at or m.created_at for m in self.messages]
        return max(dates) if dates else None
