"""Typed results of the tracker: what the service returns, the CLI prints and the web app
shows. ``model_dump(mode="json")`` is the `--json` output of `sidedoor tracker`; add
fields, never rename them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

EventKind = Literal[
    "stage_change", "note", "message", "interview", "follow_up", "offer", "reminder"
]
#: Kinds that have a due date and can be marked done.
COMPLETABLE_KINDS: tuple[str, ...] = ("follow_up", "interview", "reminder")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class TrackerEvent(_Model):
    """One row of an opportunity's history (``tracker_events``)."""

    id: int
    opportunity_id: int
    kind: str
    stage_from: str | None = None
    stage_to: str | None = None
    title: str | None = None
    note: str | None = None
    happened_at: datetime
    due_at: datetime | None = None
    done_at: datetime | None = None
    duration_minutes: int | None = None
    location: str | None = None
    recruiter_id: int | None = None
    source_message_id: int | None = None
    data: dict[str, Any] | None = None
    created_at: datetime

    @property
    def is_open(self) -> bool:
        """A follow-up, interview or reminder not yet marked done."""
        return self.kind in COMPLETABLE_KINDS and self.done_at is None


class FollowUp(_Model):
    """An open follow-up (or reminder) with what it is about."""

    event_id: int
    kind: str
    opportunity_id: int
    opportunity_title: str
    company: str | None = None
    stage: str
    due_at: datetime
    title: str | None = None
    note: str | None = None
    recruiter_id: int | None = None
    recruiter_name: str | None = None
    overdue: bool = False
    created_at: datetime


class BoardCard(_Model):
    """One open opportunity on the board."""

    id: int
    title: str
    company: str | None = None
    stage: str
    recruiter_id: int | None = None
    recruiter_name: str | None = None
    last_event_at: datetime | None = None
    last_event_kind: str | None = None
    last_message_at: datetime | None = None
    next_follow_up_at: datetime | None = None
    next_follow_up_note: str | None = None
    next_follow_up_event_id: int | None = None
    next_interview_at: datetime | None = None

    @property
    def last_activity_at(self) -> datetime | None:
        """The later of the last tracker event and the last message."""
        known = [t for t in (self.last_event_at, self.last_message_at) if t is not None]
        return max(known) if known else None


class BoardColumn(_Model):
    stage: str
    cards: list[BoardCard] = Field(default_factory=list)


class Board(_Model):
    """Open opportunities grouped by stage, in stage order; closed ones only counted."""

    generated_at: datetime
    columns: list[BoardColumn] = Field(default_factory=list)
    closed: dict[str, int] = Field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(len(c.cards) for c in self.columns)


class RecruiterRole(_Model):
    """One opportunity a recruiter brought, with its positions' titles."""

    opportunity_id: int
    title: str
    company: str | None = None
    stage: str
    positions: list[str] = Field(default_factory=list)


class RecruiterCard(_Model):
    """A recruiter with contact details, notes, the roles they brought and open follow-ups."""

    id: int
    name: str
    email: str | None = None
    phone: str | None = None
    profile_url: str | None = None
    agency: str | None = None
    company: str | None = None
    title: str | None = None
    location: str | None = None
    notes: str | None = None
    created_at: datetime
    updated_at: datetime
    roles: list[RecruiterRole] = Field(default_factory=list)
    follow_ups: list[FollowUp] = Field(default_factory=list)
    last_event_at: datetime | None = None

    @property
    def organisation(self) -> str | None:
        """The agency they work for, else the company they recruit for in-house."""
        return self.agency or self.company
