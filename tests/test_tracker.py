"""The tracker's service: stage rules, dated events, history order, follow-ups due, recruiter
cards with several roles, and the CSV/JSON exports — on a real SQLite store per test."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from sidedoor import tracker
from sidedoor.store import Store, open_store
from sidedoor.store.schema import opportunities, positions, recruiters, tracker_events

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store with two recruiters: Dana (agency) brought two opportunities (the first with
    two positions), Sam (in-house) one; a fourth opportunity has no recruiter."""
    with open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}") as s:
        with s.begin() as conn:
            conn.execute(insert(recruiters), [
                {"id": 1, "name": "Dana Whitfield", "email": "dana@northpeak.example",
                 "agency": "Northpeak Talent", "company": "Lumen Health",
                 "title": "Senior Technical Recruiter"},
                {"id": 2, "name": "Sam Ortiz", "email": "sam@acme.example", "agency": None,
                 "company": "Acme", "title": None},
            ])
            conn.execute(insert(opportunities), [
                {"id": 1, "title": "Senior Backend Engineer", "company": "Lumen Health",
                 "recruiter_id": 1},
                {"id": 2, "title": "Platform Lead", "company": "Orbit", "recruiter_id": 1},
                {"id": 3, "title": "Data Engineer", "company": "Acme", "recruiter_id": 2},
                {"id": 4, "title": "Site Reliability Engineer", "company": None,
                 "recruiter_id": None},
            ])
            conn.execute(insert(positions), [
                {"opportunity_id": 1, "title": "Senior Backend Engineer"},
                {"opportunity_id": 1, "title": "Staff Data Engineer"},
                {"opportunity_id": 2, "title": "Platform Lead"},
            ])
        yield s


def stage_of(store: Store, opportunity_id: int) -> str:
    with store.connect() as conn:
        return str(conn.execute(select(opportunities.c.stage)
                                .where(opportunities.c.id == opportunity_id)).scalar_one())


def event_count(store: Store) -> int:
    with store.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(tracker_events)).scalar_one())


# -- the stage model -----------------------------------------------------------------------

@pytest.mark.parametrize(("current", "target"), [
    ("new", "replied"), ("new", "interviewing"), ("screening", "offer"), ("offer", "accepted"),
    ("new", "declined"), ("interviewing", "withdrawn"), ("replied", "rejected"),
    ("declined", "archived"), ("whatever-old", "new"),
])
def test_allowed_moves(current: str, target: str) -> None:
    tracker.check_move(current, target)
    assert target in tracker.allowed_moves(current)


@pytest.mark.parametrize(("current", "target", "reason"), [
    ("interviewing", "screening", "step back"),
    ("declined", "interviewing", "closed"),
    ("accepted", "declined", "closed"),
    ("offer", "offer", "already there"),
    ("new", "hired", "no such stage"),
])
def test_refused_moves(current: str, target: str, reason: str) -> None:
    with pytest.raises(tracker.StageMoveRefused) as caught:
        tracker.check_move(current, target)
    assert reason in caught.value.message and caught.value.hint
    assert target not in tracker.allowed_moves(current)


def test_reopen_is_explicit_and_unknown_stages_stay_refused() -> None:
    tracker.check_move("declined", "interviewing", reopen=True)
    tracker.check_move("interviewing", "new", reopen=True)
    with pytest.raises(tracker.StageMoveRefused):
        tracker.check_move("offer", "offer", reopen=True)
    with pytest.raises(tracker.UnknownStage) as caught:
        tracker.check_move("new", "hired", reopen=True)
    assert "interviewing" in caught.value.hint


def test_closed_stages_agree_with_the_inbox() -> None:
    from sidedoor.opportunities.read import CLOSED_STAGES

    assert set(tracker.CLOSED_STAGES) == CLOSED_STAGES
    assert not set(tracker.OPEN_STAGES) & CLOSED_STAGES
    for stage in ("new", "replied", "screening", "interviewing", "offer", "accepted",
                  "declined", "withdrawn"):
        assert stage in tracker.STAGES


# -- moves and events ----------------------------------------------------------------------

def test_move_updates_the_stage_and_records_a_dated_event(store: Store) -> None:
    with store.connect() as conn:
        before = conn.execute(select(opportunities.c.updated_at)
                              .where(opportunities.c.id == 1)).scalar_one()
    event = tracker.move(store, 1, "Replied", note="Said I'd talk", at=T0)
    assert (event.kind, event.stage_from, event.stage_to) == ("stage_change", "new", "replied")
    assert event.happened_at == T0 and event.note == "Said I'd talk"
    assert event.recruiter_id == 1
    assert stage_of(store, 1) == "replied"
    with store.connect() as conn:
        after = conn.execute(select(opportunities.c.updated_at)
                             .where(opportunities.c.id == 1)).scalar_one()
    assert after > before
    tracker.move(store, 1, "offer")
    assert stage_of(store, 1) == "offer"


def test_a_refused_move_changes_nothing(store: Store) -> None:
    tracker.move(store, 1, "interviewing")
    count = event_count(store)
    for stage in ("screening", "interviewing", "nope"):
        with pytest.raises(tracker.StageMoveRefused):
            tracker.move(store, 1, stage)
    assert stage_of(store, 1) == "interviewing" and event_count(store) == count
    tracker.move(store, 1, "declined")
    with pytest.raises(tracker.StageMoveRefused, match="closed"):
        tracker.move(store, 1, "offer")
    reopened = tracker.move(store, 1, "offer", reopen=True)
    assert (reopened.stage_from, reopened.stage_to) == ("declined", "offer")


def test_missing_things_are_typed_errors(store: Store) -> None:
    with pytest.raises(tracker.OpportunityNotFound):
        tracker.move(store, 99, "replied")
    with pytest.raises(tracker.OpportunityNotFound):
        tracker.history(store, 99)
    with pytest.raises(tracker.EventNotFound):
        tracker.complete(store, 99)
    with pytest.raises(tracker.RecruiterNotFound):
        tracker.recruiter(store, 99)
    with pytest.raises(tracker.RecruiterNotFound):
        tracker.add_follow_up(store, 1, due_at=T0, note="x", recruiter_id=99)
    with pytest.raises(tracker.InvalidTrackerInput, match="timezone"):
        tracker.add_interview(store, 1, starts_at=datetime(2026, 3, 2, 9, 0))
    with pytest.raises(tracker.InvalidTrackerInput, match="empty"):
        tracker.add_note(store, 1, "   ")
    with pytest.raises(tracker.InvalidTrackerInput, match="minutes"):
        tracker.add_interview(store, 1, starts_at=T0, duration_minutes=0)
    assert event_count(store) == 0


def test_history_is_newest_first_by_when_it_happened(store: Store) -> None:
    late = tracker.add_note(store, 1, "second call went well", at=T0 + timedelta(days=2))
    move = tracker.move(store, 1, "screening", at=T0 + timedelta(days=1))
    early = tracker.add_note(store, 1, "first contact", at=T0)  # written last, happened first
    tracker.add_note(store, 2, "another opportunity's note", at=T0 + timedelta(days=5))
    assert [e.id for e in tracker.history(store, 1)] == [late.id, move.id, early.id]
    # A Connection works as well as the Store.
    with store.connect() as conn:
        assert [e.id for e in tracker.history(conn, 1)] == [late.id, move.id, early.id]


def test_interviews_follow_ups_and_completing_them(store: Store) -> None:
    start = datetime(2026, 12, 3, 14, 0, tzinfo=timezone(timedelta(hours=1)))
    interview = tracker.add_interview(store, 1, starts_at=start, duration_minutes=45,
                                      location="https://meet.example/x")
    assert interview.due_at == start and interview.due_at.tzinfo == UTC
    assert interview.title == "Interview: Senior Backend Engineer at Lumen Health"
    assert interview.is_open
    with pytest.raises(tracker.EventNotCompletable):
        tracker.complete(store, tracker.add_note(store, 1, "just a note").id)
    done = tracker.complete(store, interview.id)
    assert done.done_at is not None and not done.is_open
    assert tracker.complete(store, interview.id).done_at == done.done_at  # no change


def test_follow_ups_due(store: Store) -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    overdue = tracker.add_follow_up(store, 1, due_at=now - timedelta(days=1), note="chase Dana")
    soon = tracker.add_follow_up(store, 3, due_at=now + timedelta(days=2), note="send CV")
    later = tracker.add_follow_up(store, 2, due_at=now + timedelta(days=30), note="check in",
                                  recruiter_id=2)
    finished = tracker.add_follow_up(store, 1, due_at=now - timedelta(days=3), note="old")
    tracker.complete(store, finished.id)
    every = tracker.follow_ups_due(store, now=now)
    assert [f.event_id for f in every] == [overdue.id, soon.id, later.id]
    assert [f.overdue for f in every] == [True, False, False]
    assert every[0].recruiter_name == "Dana Whitfield" and every[0].note == "chase Dana"
    assert every[2].recruiter_name == "Sam Ortiz"  # the one given, not the opportunity's
    week = tracker.follow_ups_due(store, until=now + timedelta(days=7), now=now)
    assert [f.event_id for f in week] == [overdue.id, soon.id]
    tracker.move(store, 3, "withdrawn")
    assert soon.id not in [f.event_id for f in tracker.follow_ups_due(store, now=now)]
    assert soon.id in [f.event_id for f in tracker.follow_ups_due(store, include_closed=True)]
    with store.connect() as conn:
        next_at = conn.execute(select(opportunities.c.next_action_at)
                               .where(opportunities.c.id == 1)).scalar_one()
    assert next_at == overdue.due_at  # the soonest open one, not the completed one


def test_board_groups_open_opportunities_by_stage(store: Store) -> None:
    tracker.move(store, 1, "interviewing", at=T0)
    tracker.move(store, 3, "declined")
    tracker.move(store, 4, "interested")
    follow = tracker.add_follow_up(store, 1, due_at=T0 + timedelta(days=3), note="thank-you")
    tracker.add_follow_up(store, 1, due_at=T0 + timedelta(days=9), note="later one")
    tracker.add_interview(store, 1, starts_at=T0 + timedelta(days=5))
    b = tracker.board(store)
    assert [c.stage for c in b.columns] == ["new", "replied", "interested", "screening",
                                            "interviewing", "offer"]
    by_stage = {c.stage: [card.id for card in c.cards] for c in b.columns}
    assert by_stage["interviewing"] == [1] and by_stage["new"] == [2]
    assert by_stage["interested"] == [4]
    assert b.closed == {"declined": 1} and b.total == 3
    card = b.columns[4].cards[0]
    assert (card.title, card.company, card.recruiter_name) == (
        "Senior Backend Engineer", "Lumen Health", "Dana Whitfield")
    assert card.next_follow_up_at == follow.due_at and card.next_follow_up_note == "thank-you"
    assert card.next_interview_at == T0 + timedelta(days=5)
    assert card.last_event_kind == "interview"


# -- recruiters ----------------------------------------------------------------------------

def test_recruiter_cards_carry_their_roles_and_follow_ups(store: Store) -> None:
    tracker.add_follow_up(store, 2, due_at=T0, note="ask about the team")
    cards = tracker.recruiters(store)
    assert [c.name for c in cards] == ["Dana Whitfield", "Sam Ortiz"]
    dana = tracker.recruiter(store, 1)
    assert dana.organisation == "Northpeak Talent"
    assert [(r.opportunity_id, r.positions) for r in dana.roles] == [
        (1, ["Senior Backend Engineer", "Staff Data Engineer"]), (2, ["Platform Lead"])]
    assert [f.note for f in dana.follow_ups] == ["ask about the team"]
    assert tracker.recruiter(store, 2).follow_ups == []


def test_update_recruiter(store: Store) -> None:
    card = tracker.update_recruiter(store, 2, notes="Met at PyCon", phone=" +1 555 0100 ")
    assert (card.notes, card.phone) == ("Met at PyCon", "+1 555 0100")
    assert tracker.update_recruiter(store, 2, phone="").phone is None
    assert tracker.recruiter(store, 2).notes == "Met at PyCon"
    with pytest.raises(tracker.InvalidTrackerInput, match="salary"):
        tracker.update_recruiter(store, 2, salary="lots")
    with pytest.raises(tracker.InvalidTrackerInput, match="name"):
        tracker.update_recruiter(store, 2, name=" ")


# -- exports -------------------------------------------------------------------------------

def test_csv_cells_that_look_like_formulas_are_escaped(store: Store) -> None:
    evil = ["=HYPERLINK(\"http://x.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1)",
            "\tTAB"]
    for text in evil:
        tracker.add_note(store, 1, "x" + text)  # harmless: does not start with a prefix
    for text in evil[:4]:
        with store.begin() as conn:
            conn.execute(insert(tracker_events).values(opportunity_id=1, kind="note",
                                                       note=text, happened_at=T0))
    tracker.add_interview(store, 1, starts_at=T0, duration_minutes=45, location="-1 floor")
    rows = list(csv.DictReader(io.StringIO(tracker.export_csv(store, "events"))))
    notes = [r["note"] for r in rows if r["kind"] == "note"]
    assert notes[:5] == ["x" + t for t in evil]
    assert notes[5:] == ["'" + t for t in evil[:4]]
    interview = next(r for r in rows if r["kind"] == "interview")
    assert interview["location"] == "'-1 floor" and interview["duration_minutes"] == "45"
    # JSON keeps the text as it is.
    data = tracker.export_json(store, "events")
    assert [e["note"] for e in data if e["kind"] == "note"][5:] == evil[:4]


def test_json_and_csv_exports_agree_with_the_store(store: Store) -> None:
    from sidedoor.tracker.export import COLUMNS

    tracker.move(store, 1, "screening", at=T0)
    tracker.move(store, 3, "withdrawn")
    tracker.add_follow_up(store, 1, due_at=T0 + timedelta(days=1), note="ping")
    tracker.add_interview(store, 2, starts_at=T0)
    expected = {"opportunities": 4, "events": 4, "recruiters": 2}
    for what, count in expected.items():
        data = tracker.export_json(store, what)
        rows = list(csv.DictReader(io.StringIO(tracker.export_csv(store, what))))
        assert len(data) == len(rows) == count
        assert list(rows[0]) == list(COLUMNS[what]) == list(data[0])
        assert [str(d["id"]) for d in data] == [r["id"] for r in rows]
    opps = {o["id"]: o for o in tracker.export_json(store, "opportunities")}
    assert opps[3]["stage"] == "withdrawn"  # closed ones are exported too
    assert opps[1]["next_follow_up_note"] == "ping"
    assert opps[1]["positions"] == ["Senior Backend Engineer", "Staff Data Engineer"]
    assert opps[1]["next_follow_up_at"] == (T0 + timedelta(days=1)).isoformat()
    people = {r["id"]: r for r in tracker.export_json(store, "recruiters")}
    assert people[1]["opportunity_ids"] == [1, 2] and people[1]["open_follow_ups"] == 1
    csv_people = list(csv.DictReader(io.StringIO(tracker.export_csv(store, "recruiters"))))
    assert csv_people[0]["roles"] == "Senior Backend Engineer, Staff Data Engineer; Platform Lead"
    with pytest.raises(tracker.InvalidTrackerInput, match="Cannot export"):
        tracker.export_json(store, "messages")


def test_calendar_and_cards_parse_with_the_standard_libraries(store: Store) -> None:
    import vobject
    from icalendar import Calendar

    start = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    interview = tracker.add_interview(store, 1, starts_at=start, duration_minutes=45,
                                      location="Zoom", title="Panel")
    tracker.add_interview(store, 2, starts_at=start + timedelta(days=1))
    follow = tracker.add_follow_up(store, 1, due_at=start - timedelta(days=1), note="prep")
    one = Calendar.from_ical(tracker.interviews_ics(store, opportunity_id=1))
    events = one.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"sidedoor-event-{interview.id}@localhost",
                                               f"sidedoor-event-{follow.id}@localhost"]
    assert events[0].decoded("DTSTART") == start
    assert events[0].decoded("DURATION") == timedelta(minutes=45)
    assert str(events[0]["SUMMARY"]) == "Panel" and str(events[0]["LOCATION"]) == "Zoom"
    assert events[0].decoded("DTSTAMP").tzinfo is not None
    assert str(events[1]["SUMMARY"]) == "Follow up: prep"
    every = Calendar.from_ical(tracker.interviews_ics(store))
    assert len(every.walk("VEVENT")) == 3
    assert tracker.interviews_ics(store) == tracker.interviews_ics(store)  # stable output
    cards = list(vobject.readComponents(tracker.recruiters_vcard(store)))
    assert [c.fn.value for c in cards] == ["Dana Whitfield", "Sam Ortiz"]
    assert cards[0].org.value == ["Northpeak Talent"] and cards[1].org.value == ["Acme"]
    assert "Staff Data Engineer" in cards[0].note.value
    assert "Recruits for Lumen Health" in cards[0].note.value


# -- dates people type ---------------------------------------------------------------------

NOW = datetime(2026, 12, 2, 18, 30, tzinfo=UTC)  # a Wednesday
PARIS = timezone(timedelta(hours=1))


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-12-03 14:00", datetime(2026, 12, 3, 13, 0, tzinfo=UTC)),
    ("2026-12-03T14:00:00+00:00", datetime(2026, 12, 3, 14, 0, tzinfo=UTC)),
    ("2026-12-03T14:00Z", datetime(2026, 12, 3, 14, 0, tzinfo=UTC)),
    ("2026-12-03", datetime(2026, 12, 3, 8, 0, tzinfo=UTC)),
    ("tomorrow 10:00", datetime(2026, 12, 3, 9, 0, tzinfo=UTC)),
    ("Tomorrow at 2pm", datetime(2026, 12, 3, 13, 0, tzinfo=UTC)),
    ("today", datetime(2026, 12, 2, 8, 0, tzinfo=UTC)),
    ("friday 9:30am", datetime(2026, 12, 4, 8, 30, tzinfo=UTC)),
    ("wednesday", datetime(2026, 12, 9, 8, 0, tzinfo=UTC)),  # the next one, not today
    ("in 3 days", NOW + timedelta(days=3)),
    ("in 1 hour", NOW + timedelta(hours=1)),
    ("now", NOW),
])
def test_parse_when(text: str, expected: datetime) -> None:
    got = tracker.parse_when(text, now=NOW, tz=PARIS)
    assert got == expected and got.tzinfo == UTC


@pytest.mark.parametrize("text", ["", "someday", "tomorrow 25:00", "friday 13pm", "2026-13-01"])
def test_parse_when_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(tracker.InvalidTrackerInput, match="Cannot read"):
        tracker.parse_when(text, now=NOW, tz=PARIS)
