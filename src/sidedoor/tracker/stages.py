"""The stage model: which stages an opportunity can be in and which moves are allowed.

The usual flow (issue 8)::

    new -> replied -> screening -> interviewing -> offer -> accepted | declined | withdrawn
    any open stage -> accepted | declined | rejected | withdrawn | archived
    any closed stage -> archived

Rules, checked by ``check_move``:

- a move **forward** among the open stages is allowed (skipping stages is fine);
- **closing** (to any closed stage) is allowed from any open stage;
- a closed opportunity can always be **archived**;
- going **back** to an earlier open stage, or **re-opening** a closed one, or changing one
  closed stage for another, is refused unless asked for explicitly (``reopen=True``,
  ``--reopen`` in the CLI);
- a move to the stage it is already in is refused (it would record nothing);
- an unknown stage name is refused.

``interested`` and ``applied`` are open stages the store's schema knows (an opportunity
you went after yourself); the board shows them only when an opportunity is in them. A
stored stage this model does not know (written by hand or by an older tool) counts as open
and may move anywhere.
"""

from __future__ import annotations

from sidedoor.opportunities.read import CLOSED_STAGES as _CLOSED_SET
from sidedoor.tracker.errors import StageMoveRefused, UnknownStage

#: Open stages, in the order they usually happen.
OPEN_STAGES: tuple[str, ...] = (
    "new", "replied", "interested", "applied", "screening", "interviewing", "offer",
)
#: Closed stages (the same set `inbox list` hides), in display order.
CLOSED_STAGES: tuple[str, ...] = tuple(
    s for s in ("accepted", "declined", "rejected", "withdrawn", "archived") if s in _CLOSED_SET
)
#: Every stage, open ones first.
STAGES: tuple[str, ...] = OPEN_STAGES + CLOSED_STAGES
#: The board's columns, always shown; other open stages appear when occupied.
BOARD_STAGES: tuple[str, ...] = ("new", "replied", "screening", "interviewing", "offer")


def is_closed(stage: str) -> bool:
    """True for accepted, declined, rejected, withdrawn and archived."""
    return stage in CLOSED_STAGES


def check_move(current: str, target: str, *, reopen: bool = False) -> None:
    """Raise ``StageMoveRefused`` (``UnknownStage`` for a bad name) unless the move from
    ``current`` to ``target`` is allowed; ``reopen`` allows going back and re-opening."""
    if target not in STAGES:
        raise UnknownStage(current, target, STAGES)
    if target == current:
        raise StageMoveRefused(current, target, "it is already there",
                               hint="Nothing was recorded.")
    if current not in STAGES or reopen:
        return
    if is_closed(current):
        if target == "archived":
            return
        raise StageMoveRefused(
            current, target, "the opportunity is closed",
            hint="Re-open it explicitly: `sidedoor tracker move ID STAGE --reopen`.",
        )
    if is_closed(target):
        return
    if OPEN_STAGES.index(target) < OPEN_STAGES.index(current):
        raise StageMoveRefused(
            current, target, "that is a step back",
            hint="Go back explicitly: `sidedoor tracker move ID STAGE --reopen`.",
        )


def allowed_moves(current: str) -> list[str]:
    """The stages ``current`` can move to without ``reopen``, in ``STAGES`` order."""
    out = []
    for stage in STAGES:
        try:
            check_move(current, stage)
        except StageMoveRefused:
            continue
        out.append(stage)
    return out
