"""Typed errors of the tracker. Each carries a hint on what to do next."""

from __future__ import annotations

from sidedoor.errors import SidedoorError
from sidedoor.opportunities.errors import OpportunityNotFound

__all__ = [
    "EventNotCompletable",
    "EventNotFound",
    "InvalidTrackerInput",
    "OpportunityNotFound",
    "RecruiterNotFound",
    "StageMoveRefused",
    "TrackerError",
    "UnknownStage",
]


class TrackerError(SidedoorError):
    """Base class of the tracker's errors."""


class StageMoveRefused(TrackerError):
    """A stage move the stage model does not allow (see ``sidedoor.tracker.stages``)."""

    hint = "Run `sidedoor tracker history ID` to see where it stands."

    def __init__(self, current: str, target: str, reason: str, *,
                 hint: str | None = None) -> None:
        self.current = current
        self.target = target
        self.reason = reason
        super().__init__(f"Cannot move from {current!r} to {target!r}: {reason}.", hint=hint)


class UnknownStage(StageMoveRefused):
    """A stage name that is not one of ``sidedoor.tracker.stages.STAGES``."""

    def __init__(self, current: str, target: str, known: tuple[str, ...]) -> None:
        super().__init__(current, target, "no such stage",
                         hint="Stages: " + ", ".join(known) + ".")


class EventNotFound(TrackerError):
    """No tracker event with that id."""

    hint = "Run `sidedoor tracker history ID` or `sidedoor tracker due` to see event ids."

    def __init__(self, event_id: int) -> None:
        self.event_id = event_id
        super().__init__(f"No tracker event #{event_id} in your store.")


class EventNotCompletable(TrackerError):
    """Only follow-ups, interviews and reminders can be marked done."""

    hint = "Mark a follow-up, interview or reminder done; notes and stage changes have no end."

    def __init__(self, event_id: int, kind: str) -> None:
        self.event_id = event_id
        self.kind = kind
        super().__init__(f"Tracker event #{event_id} is a {kind.replace('_', ' ')}: "
                         "there is nothing to mark done.")


class RecruiterNotFound(TrackerError):
    """No recruiter with that id."""

    hint = "Run `sidedoor tracker recruiters` to see the ids."

    def __init__(self, recruiter_id: int) -> None:
        self.recruiter_id = recruiter_id
        super().__init__(f"No recruiter #{recruiter_id} in your store.")


class InvalidTrackerInput(TrackerError):
    """A value the tracker cannot store: empty text, a date without a timezone, a bad
    duration, an unknown recruiter field or export."""
