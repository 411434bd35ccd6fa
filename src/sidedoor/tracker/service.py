"""The tracker's service: plain functions over a ``Connection`` or a ``Store``.

Every function takes, first, either an open SQLAlchemy ``Connection`` (the caller owns the
transaction: use ``store.begin()`` for the writing functions) or a ``Store`` (the function
opens its own connection, and a transaction committed on return for writes). Nothing here
prints; the CLI (`sidedoor tracker`) and the web app render what these return.

Datetimes given must be timezone-aware (``InvalidTrackerInput`` otherwise); everything
returned is in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.engine import Connection, RowMapping

from sidedoor.opportunities.errors import OpportunityNotFound
from sidedoor.opportunities.read import list_with
from sidedoor.opportunities.sql import inserted_id
from sidedoor.store import Store
from sidedoor.store.schema import opportunities, positions, tracker_events
from sidedoor.store.schema import recruiters as recruiters_table
from sidedoor.store.types import utcnow
from sidedoor.tracker import export as _export
from sidedoor.tracker.errors import (
    EventNotCompletable,
    EventNotFound,
    InvalidTrackerInput,
    RecruiterNotFound,
)
from sidedoor.tracker.ics import calendar_bytes
from sidedoor.tracker.models import (
    COMPLETABLE_KINDS,
    Board,
    BoardCard,
    BoardColumn,
    FollowUp,
    RecruiterCard,
    RecruiterRole,
    TrackerEvent,
)
from sidedoor.tracker.stages import BOARD_STAGES, CLOSED_STAGES, STAGES, check_move
from sidedoor.tracker.vcard import vcards

Target = Connection | Store
#: Recruiter fields `update_recruiter` may change.
RECRUITER_FIELDS = ("name", "email", "phone", "profile_url", "agency", "company", "title",
                    "location", "notes")
FOLLOW_UP_KINDS = ("follow_up", "reminder")
MAX_MINUTES = 24 * 60


# -- connections ---------------------------------------------------------------------------

@contextmanager
def _reading(target: Target) -> Iterator[Connection]:
    if isinstance(target, Connection):
        yield target
    else:
        with target.connect() as conn:
            yield conn


@contextmanager
def _writing(target: Target) -> Iterator[Connection]:
    if isinstance(target, Connection):
        yield target
    else:
        with target.begin() as conn:
            yield conn


# -- stages and events ---------------------------------------------------------------------

def move(target: Target, opportunity_id: int, stage: str, *, note: str | None = None,
         at: datetime | None = None, reopen: bool = False) -> TrackerEvent:
    """Move an opportunity to ``stage`` and record a ``stage_change`` event.

    The stage model (``sidedoor.tracker.stages.check_move``) decides: forward moves and
    closing are allowed; going back or re-opening a closed opportunity needs
    ``reopen=True``; a move to the current stage is refused. ``at`` (aware) is when it
    happened, now by default. Raises ``OpportunityNotFound``, ``StageMoveRefused``.
    """
    stage = stage.strip().lower()
    when = _aware(at, "at") or utcnow()
    with _writing(target) as conn:
        opp = _opportunity(conn, opportunity_id)
        check_move(opp["stage"], stage, reopen=reopen)
        conn.execute(
            update(opportunities)
            .where(opportunities.c.id == opportunity_id)
            .values(stage=stage, updated_at=utcnow())
        )
        event_id = _insert(conn, opportunity_id=opportunity_id, kind="stage_change",
                           stage_from=opp["stage"], stage_to=stage, note=_text(note),
                           happened_at=when, recruiter_id=opp["recruiter_id"])
        return _event(conn, event_id)


def add_note(target: Target, opportunity_id: int, text: str, *,
             at: datetime | None = None) -> TrackerEvent:
    """Record a dated note on an opportunity (now unless ``at`` is given)."""
    body = _required(text, "note")
    when = _aware(at, "at") or utcnow()
    with _writing(target) as conn:
        opp = _opportunity(conn, opportunity_id)
        event_id = _insert(conn, opportunity_id=opportunity_id, kind="note", note=body,
                           happened_at=when, recruiter_id=opp["recruiter_id"])
        return _event(conn, event_id)


def add_interview(target: Target, opportunity_id: int, *, starts_at: datetime,
                  duration_minutes: int = 60, title: str | None = None,
                  location: str | None = None, note: str | None = None) -> TrackerEvent:
    """Schedule an interview: an ``interview`` event due at ``starts_at`` (aware).

    The title defaults to "Interview: <title> at <company>". It goes into the .ics export
    until deleted; mark it done with ``complete`` once it has happened.
    """
    start = _aware(starts_at, "starts_at")
    if not 1 <= duration_minutes <= MAX_MINUTES:
        raise InvalidTrackerInput(f"An interview of {duration_minutes} minutes?",
                                  hint=f"Give 1 to {MAX_MINUTES} minutes.")
    with _writing(target) as conn:
        opp = _opportunity(conn, opportunity_id)
        default = f"Interview: {opp['title']}" + (f" at {opp['company']}" if opp["company"]
                                                   else "")
        event_id = _insert(conn, opportunity_id=opportunity_id, kind="interview",
                           title=_text(title) or default, note=_text(note),
                           happened_at=utcnow(), due_at=start,
                           duration_minutes=duration_minutes, location=_text(location),
                           recruiter_id=opp["recruiter_id"])
        _sync_next_action_at(conn, opportunity_id)
        return _event(conn, event_id)


def add_follow_up(target: Target, opportunity_id: int, *, due_at: datetime, note: str,
                  recruiter_id: int | None = None) -> TrackerEvent:
    """Plan a follow-up due at ``due_at`` (aware), with whom: ``recruiter_id``, by default
    the opportunity's recruiter. Raises ``RecruiterNotFound`` for an unknown recruiter."""
    due = _aware(due_at, "due_at")
    body = _required(note, "follow-up note")
    with _writing(target) as conn:
        opp = _opportunity(conn, opportunity_id)
        if recruiter_id is not None:
            _recruiter_row(conn, recruiter_id)
        event_id = _insert(conn, opportunity_id=opportunity_id, kind="follow_up",
                           title=f"Follow up: {opp['title']}", note=body,
                           happened_at=utcnow(), due_at=due,
                           recruiter_id=recruiter_id if recruiter_id is not None
                           else opp["recruiter_id"])
        _sync_next_action_at(conn, opportunity_id)
        return _event(conn, event_id)


def complete(target: Target, event_id: int) -> TrackerEvent:
    """Mark a follow-up, interview or reminder done (now). Completing one already done
    changes nothing. Raises ``EventNotFound``, ``EventNotCompletable``."""
    with _writing(target) as conn:
        event = _event(conn, event_id)
        if event.kind not in COMPLETABLE_KINDS:
            raise EventNotCompletable(event_id, event.kind)
        if event.done_at is None:
            conn.execute(update(tracker_events).where(tracker_events.c.id == event_id)
                         .values(done_at=utcnow()))
            _sync_next_action_at(conn, event.opportunity_id)
        return _event(conn, event_id)


def event(target: Target, event_id: int) -> TrackerEvent:
    """One tracker event. Raises ``EventNotFound``."""
    with _reading(target) as conn:
        return _event(conn, event_id)


def history(target: Target, opportunity_id: int) -> list[TrackerEvent]:
    """An opportunity's tracker events, newest first (by when they happened, then id)."""
    with _reading(target) as conn:
        _opportunity(conn, opportunity_id)
        rows = conn.execute(
            select(tracker_events)
            .where(tracker_events.c.opportunity_id == opportunity_id)
            .order_by(tracker_events.c.happened_at.desc(), tracker_events.c.id.desc())
        )
        return [_to_event(r._mapping) for r in rows]


# -- board and follow-ups ------------------------------------------------------------------

def board(target: Target, *, now: datetime | None = None) -> Board:
    """Open opportunities grouped by stage (``BOARD_STAGES`` always, other stages when an
    opportunity is in them), each with its recruiter, last event, next follow-up and next
    interview; most recent activity first in each column. Closed ones are only counted."""
    when = _aware(now, "now") or utcnow()
    with _reading(target) as conn:
        summaries = list_with(conn)
        ids = [s.id for s in summaries]
        last = last_events(conn, ids)
        follow = next_due(conn, ids, FOLLOW_UP_KINDS)
        interviews = next_due(conn, ids, ("interview",))
        closed = {
            str(stage): int(count)
            for stage, count in conn.execute(
                select(opportunities.c.stage, func.count())
                .where(opportunities.c.stage.in_(CLOSED_STAGES))
                .group_by(opportunities.c.stage)
            )
        }
    cards = []
    for s in summaries:
        last_event = last.get(s.id)
        follow_up = follow.get(s.id)
        interview = interviews.get(s.id)
        cards.append(BoardCard(
            id=s.id, title=s.title, company=s.company, stage=s.stage,
            recruiter_id=s.recruiter_id, recruiter_name=s.recruiter,
            last_event_at=last_event["happened_at"] if last_event else None,
            last_event_kind=last_event["kind"] if last_event else None,
            last_message_at=s.last_message_at,
            next_follow_up_at=follow_up["due_at"] if follow_up else None,
            next_follow_up_note=follow_up["note"] if follow_up else None,
            next_follow_up_event_id=follow_up["id"] if follow_up else None,
            next_interview_at=interview["due_at"] if interview else None,
        ))
    occupied = {c.stage for c in cards}
    order = [*(s for s in STAGES if s in BOARD_STAGES or s in occupied),
             *sorted(occupied - set(STAGES))]
    columns = []
    for stage in order:
        in_stage = [c for c in cards if c.stage == stage]
        in_stage.sort(key=lambda c: (c.last_activity_at or when, c.id), reverse=True)
        columns.append(BoardColumn(stage=stage, cards=in_stage))
    closed_counts = {s: closed[s] for s in CLOSED_STAGES if s in closed}
    return Board(generated_at=when, columns=columns, closed=closed_counts)


def follow_ups_due(target: Target, *, until: datetime | None = None,
                   include_closed: bool = False,
                   now: datetime | None = None) -> list[FollowUp]:
    """Open follow-ups and reminders, soonest first: all of them, or those due by ``until``
    (aware). Each says whether it is overdue (due before ``now``). Follow-ups of closed
    opportunities are left out unless ``include_closed``."""
    limit = _aware(until, "until")
    when = _aware(now, "now") or utcnow()
    with _reading(target) as conn:
        return _follow_ups(conn, until=limit, include_closed=include_closed, now=when)


def _follow_ups(conn: Connection, *, until: datetime | None, include_closed: bool,
                now: datetime, recruiter_ids: Sequence[int] | None = None) -> list[FollowUp]:
    te, o = tracker_events, opportunities
    query = (
        select(te, o.c.title.label("opportunity_title"), o.c.company.label("company"),
               o.c.stage.label("stage"), o.c.recruiter_id.label("opportunity_recruiter_id"),
               recruiters_table.c.name.label("recruiter_name"))
        .join(o, o.c.id == te.c.opportunity_id)
        .outerjoin(recruiters_table, recruiters_table.c.id == func.coalesce(te.c.recruiter_id,
                                                                 o.c.recruiter_id))
        .where(te.c.kind.in_(FOLLOW_UP_KINDS), te.c.done_at.is_(None), te.c.due_at.is_not(None))
        .order_by(te.c.due_at, te.c.id)
    )
    if until is not None:
        query = query.where(te.c.due_at <= until)
    if not include_closed:
        query = query.where(o.c.stage.not_in(CLOSED_STAGES))
    if recruiter_ids is not None:
        query = query.where(or_(te.c.recruiter_id.in_(recruiter_ids),
                                (te.c.recruiter_id.is_(None))
                                & o.c.recruiter_id.in_(recruiter_ids)))
    out = []
    for row in conn.execute(query):
        m = row._mapping
        out.append(FollowUp(
            event_id=m["id"], kind=m["kind"], opportunity_id=m["opportunity_id"],
            opportunity_title=m["opportunity_title"], company=m["company"], stage=m["stage"],
            due_at=m["due_at"], title=m["title"], note=m["note"],
            recruiter_id=m["recruiter_id"] if m["recruiter_id"] is not None
            else m["opportunity_recruiter_id"],
            recruiter_name=m["recruiter_name"], overdue=m["due_at"] < now,
            created_at=m["created_at"],
        ))
    return out


def last_events(conn: Connection, ids: Sequence[int]) -> dict[int, RowMapping]:
    """The latest tracker event (id, kind, happened_at) of each of these opportunities."""
    te = tracker_events
    out: dict[int, RowMapping] = {}
    for chunk in _chunks(ids):
        for row in conn.execute(
            select(te.c.id, te.c.opportunity_id, te.c.kind, te.c.happened_at)
            .where(te.c.opportunity_id.in_(chunk))
            .order_by(te.c.happened_at, te.c.id)
        ):
            out[int(row.opportunity_id)] = row._mapping
    return out


def next_due(conn: Connection, ids: Sequence[int],
             kinds: Sequence[str]) -> dict[int, RowMapping]:
    """The soonest open event of these kinds (id, due_at, note) of each opportunity."""
    te = tracker_events
    out: dict[int, RowMapping] = {}
    for chunk in _chunks(ids):
        for row in conn.execute(
            select(te.c.id, te.c.opportunity_id, te.c.due_at, te.c.note)
            .where(te.c.opportunity_id.in_(chunk), te.c.kind.in_(kinds),
                   te.c.done_at.is_(None), te.c.due_at.is_not(None))
            .order_by(te.c.due_at.desc(), te.c.id.desc())
        ):
            out[int(row.opportunity_id)] = row._mapping
    return out


# -- recruiters ----------------------------------------------------------------------------

def recruiters(target: Target) -> list[RecruiterCard]:
    """Every recruiter (by name) with the roles they brought and open follow-ups."""
    with _reading(target) as conn:
        return _cards(conn, None)


def recruiter(target: Target, recruiter_id: int) -> RecruiterCard:
    """One recruiter's card. Raises ``RecruiterNotFound``."""
    with _reading(target) as conn:
        _recruiter_row(conn, recruiter_id)
        return _cards(conn, [recruiter_id])[0]


def update_recruiter(target: Target, recruiter_id: int, **fields: str | None) -> RecruiterCard:
    """Change a recruiter's details (``RECRUITER_FIELDS``: notes, phone, email…); an empty
    string or None clears a field (not the name). Returns the updated card."""
    unknown = sorted(set(fields) - set(RECRUITER_FIELDS))
    if unknown:
        raise InvalidTrackerInput(f"Recruiters have no field {', '.join(map(repr, unknown))}.",
                                  hint="Fields: " + ", ".join(RECRUITER_FIELDS) + ".")
    values = {k: _text(v) for k, v in fields.items()}
    if "name" in values and values["name"] is None:
        raise InvalidTrackerInput("A recruiter needs a name.", hint="Give a non-empty name.")
    with _writing(target) as conn:
        _recruiter_row(conn, recruiter_id)
        if values:
            conn.execute(update(recruiters_table).where(recruiters_table.c.id == recruiter_id)
                         .values(**values, updated_at=utcnow()))
        return _cards(conn, [recruiter_id])[0]


def _cards(conn: Connection, ids: Sequence[int] | None) -> list[RecruiterCard]:
    rt = recruiters_table
    query = select(rt).order_by(func.lower(rt.c.name), rt.c.id)
    if ids is not None:
        query = query.where(recruiters_table.c.id.in_(ids))
    rows = [r._mapping for r in conn.execute(query)]
    rids = [int(r["id"]) for r in rows]
    o = opportunities
    opps: list[RowMapping] = []
    last: dict[int, datetime] = {}
    for chunk in _chunks(rids):
        opps += [r._mapping for r in conn.execute(
            select(o.c.id, o.c.title, o.c.company, o.c.stage, o.c.recruiter_id)
            .where(o.c.recruiter_id.in_(chunk)).order_by(o.c.id))]
        for rid, when in conn.execute(
            select(o.c.recruiter_id, func.max(tracker_events.c.happened_at))
            .join(tracker_events, tracker_events.c.opportunity_id == o.c.id)
            .where(o.c.recruiter_id.in_(chunk)).group_by(o.c.recruiter_id)
        ):
            last[int(rid)] = when
    titles: dict[int, list[str]] = {}
    for chunk in _chunks([int(x["id"]) for x in opps]):
        for oid, title in conn.execute(
            select(positions.c.opportunity_id, positions.c.title)
            .where(positions.c.opportunity_id.in_(chunk)).order_by(positions.c.id)
        ):
            titles.setdefault(int(oid), []).append(title)
    follow: dict[int, list[FollowUp]] = {}
    if rids:
        for f in _follow_ups(conn, until=None, include_closed=False, now=utcnow(),
                             recruiter_ids=rids if ids is not None else None):
            if f.recruiter_id is not None:
                follow.setdefault(f.recruiter_id, []).append(f)
    roles: dict[int, list[RecruiterRole]] = {}
    for x in opps:
        roles.setdefault(int(x["recruiter_id"]), []).append(RecruiterRole(
            opportunity_id=x["id"], title=x["title"], company=x["company"], stage=x["stage"],
            positions=titles.get(int(x["id"]), [])))
    cards = []
    for r in rows:
        rid = int(r["id"])
        cards.append(RecruiterCard(
            **{k: r[k] for k in (*RECRUITER_FIELDS, "id", "created_at", "updated_at")},
            roles=roles.get(rid, []), follow_ups=follow.get(rid, []),
            last_event_at=last.get(rid),
        ))
    return cards


# -- exports -------------------------------------------------------------------------------

def interviews_ics(target: Target, *, opportunity_id: int | None = None) -> bytes:
    """An iCalendar file of one opportunity (``OpportunityNotFound``) or all: every
    interview (done or not) and every open follow-up (of open opportunities). UIDs are
    stable (``sidedoor-event-<id>@localhost``); see ``sidedoor.tracker.ics``."""
    te, o = tracker_events, opportunities
    with _reading(target) as conn:
        query = (select(te, o.c.title.label("opportunity_title"), o.c.company.label("company"),
                        recruiters_table.c.name.label("recruiter_name"))
                 .join(o, o.c.id == te.c.opportunity_id)
                 .outerjoin(recruiters_table, recruiters_table.c.id == te.c.recruiter_id)
                 .where(te.c.kind == "interview", te.c.due_at.is_not(None))
                 .order_by(te.c.due_at, te.c.id))
        if opportunity_id is not None:
            _opportunity(conn, opportunity_id)
            query = query.where(te.c.opportunity_id == opportunity_id)
        interviews = [(_to_event(r._mapping), dict(r._mapping)) for r in conn.execute(query)]
        follow = _follow_ups(conn, until=None, include_closed=False, now=utcnow())
    if opportunity_id is not None:
        follow = [f for f in follow if f.opportunity_id == opportunity_id]
    return calendar_bytes(interviews, follow)


def recruiters_vcard(target: Target, *, recruiter_id: int | None = None) -> str:
    """vCard 3.0 text of every recruiter, or of one (``RecruiterNotFound``)."""
    cards = ([recruiter(target, recruiter_id)] if recruiter_id is not None
             else recruiters(target))
    return vcards(cards)


def export_json(target: Target, what: str) -> list[dict[str, Any]]:
    """``what`` (opportunities, events or recruiters) as JSON-ready rows; see
    ``sidedoor.tracker.export`` for the columns."""
    with _reading(target) as conn:
        return _export.json_rows(_export_rows(conn, what))


def export_csv(target: Target, what: str) -> str:
    """``what`` as CSV text (header row first), guarded against formula injection."""
    with _reading(target) as conn:
        return _export.to_csv(what, _export_rows(conn, what))


def _export_rows(conn: Connection, what: str) -> list[dict[str, Any]]:
    if what == "opportunities":
        summaries = sorted(list_with(conn, include_closed=True), key=lambda s: s.id)
        ids = [s.id for s in summaries]
        return _export.opportunity_rows(summaries, last_events(conn, ids),
                                        next_due(conn, ids, FOLLOW_UP_KINDS),
                                        _updated(conn, ids))
    if what == "events":
        te, o = tracker_events, opportunities
        rows = conn.execute(select(te, o.c.title.label("opportunity_title"))
                            .join(o, o.c.id == te.c.opportunity_id).order_by(te.c.id))
        return _export.event_rows(r._mapping for r in rows)
    if what == "recruiters":
        cards = sorted(_cards(conn, None), key=lambda c: c.id)
        return _export.recruiter_rows(cards)
    raise InvalidTrackerInput(f"Cannot export {what!r}.",
                              hint="Export one of: " + ", ".join(_export.COLUMNS) + ".")


def _updated(conn: Connection, ids: Sequence[int]) -> dict[int, datetime]:
    out: dict[int, datetime] = {}
    for chunk in _chunks(ids):
        for oid, when in conn.execute(select(opportunities.c.id, opportunities.c.updated_at)
                                      .where(opportunities.c.id.in_(chunk))):
            out[int(oid)] = when
    return out


# -- helpers -------------------------------------------------------------------------------

def _opportunity(conn: Connection, opportunity_id: int) -> RowMapping:
    row = conn.execute(select(opportunities).where(opportunities.c.id == opportunity_id)
                       ).one_or_none()
    if row is None:
        raise OpportunityNotFound(opportunity_id)
    return row._mapping


def _recruiter_row(conn: Connection, recruiter_id: int) -> RowMapping:
    rt = recruiters_table
    row = conn.execute(select(rt).where(rt.c.id == recruiter_id)).one_or_none()
    if row is None:
        raise RecruiterNotFound(recruiter_id)
    return row._mapping


def _event(conn: Connection, event_id: int) -> TrackerEvent:
    row = conn.execute(select(tracker_events).where(tracker_events.c.id == event_id)
                       ).one_or_none()
    if row is None:
        raise EventNotFound(event_id)
    return _to_event(row._mapping)


def _to_event(m: RowMapping) -> TrackerEvent:
    return TrackerEvent(**{k: m[k] for k in TrackerEvent.model_fields})


def _insert(conn: Connection, **values: Any) -> int:
    return inserted_id(conn.execute(insert(tracker_events).values(**values)))


def _sync_next_action_at(conn: Connection, opportunity_id: int) -> None:
    """Keep ``opportunities.next_action_at`` at the soonest open follow-up or interview."""
    soonest = conn.execute(
        select(func.min(tracker_events.c.due_at))
        .where(tracker_events.c.opportunity_id == opportunity_id,
               tracker_events.c.kind.in_(COMPLETABLE_KINDS),
               tracker_events.c.done_at.is_(None))
    ).scalar()
    conn.execute(update(opportunities).where(opportunities.c.id == opportunity_id)
                 .values(next_action_at=soonest))


def _aware(value: datetime | None, name: str) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidTrackerInput(f"{name}={value.isoformat()} has no timezone.",
                                  hint="Give an aware datetime (e.g. with tzinfo=UTC).")
    return value


def _text(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def _required(value: str, what: str) -> str:
    text = _text(value)
    if text is None:
        raise InvalidTrackerInput(f"The {what} is empty.", hint="Write something.")
    return text


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])
