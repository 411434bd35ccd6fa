"""The tracker: stages, dated events, interviews, follow-ups and recruiters.

Engines only: plain functions over a SQLAlchemy ``Connection`` or a ``Store`` (see
``service``), typed results (``models``), typed errors (``errors``), and the exports
(``ics``, ``vcard``, ``export``). The CLI (`sidedoor tracker`) and the web app call these.
"""

from sidedoor.tracker.errors import (
    EventNotCompletable,
    EventNotFound,
    InvalidTrackerInput,
    OpportunityNotFound,
    RecruiterNotFound,
    StageMoveRefused,
    TrackerError,
    UnknownStage,
)
from sidedoor.tracker.models import (
    Board,
    BoardCard,
    BoardColumn,
    FollowUp,
    RecruiterCard,
    RecruiterRole,
    TrackerEvent,
)
from sidedoor.tracker.service import (
    RECRUITER_FIELDS,
    add_follow_up,
    add_interview,
    add_note,
    board,
    complete,
    event,
    export_csv,
    export_json,
    follow_ups_due,
    history,
    interviews_ics,
    move,
    recruiter,
    recruiters,
    recruiters_vcard,
    update_recruiter,
)
from sidedoor.tracker.stages import (
    BOARD_STAGES,
    CLOSED_STAGES,
    OPEN_STAGES,
    STAGES,
    allowed_moves,
    check_move,
    is_closed,
)
from sidedoor.tracker.when import parse_when

__all__ = [
    "BOARD_STAGES",
    "CLOSED_STAGES",
    "OPEN_STAGES",
    "RECRUITER_FIELDS",
    "STAGES",
    "Board",
    "BoardCard",
    "BoardColumn",
    "EventNotCompletable",
    "EventNotFound",
    "FollowUp",
    "InvalidTrackerInput",
    "OpportunityNotFound",
    "RecruiterCard",
    "RecruiterNotFound",
    "RecruiterRole",
    "StageMoveRefused",
    "TrackerError",
    "TrackerEvent",
    "UnknownStage",
    "add_follow_up",
    "add_interview",
    "add_note",
    "allowed_moves",
    "board",
    "check_move",
    "complete",
    "event",
    "export_csv",
    "export_json",
    "follow_ups_due",
    "history",
    "interviews_ics",
    "is_closed",
    "move",
    "parse_when",
    "recruiter",
    "recruiters",
    "recruiters_vcard",
    "update_recruiter",
]
