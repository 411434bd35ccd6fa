"""`sidedoor tracker …` through the CLI runner: an opportunity from `inbox add` moved through
its stages, an interview exported to .ics and the recruiter to .vcf (both read back with
icalendar and vobject), follow-ups, exports, and errors as one-line messages."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import vobject
from click.testing import Result
from icalendar import Calendar

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "recruiter-message.eml"
Run = Callable[..., Result]


@pytest.fixture
def cli(home: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Run) -> Run:
    """The CLI on a fresh home holding the example message's opportunity (#1, recruiter #1:
    Dana Whitfield of Northpeak Talent, two roles)."""
    from sidedoor.cli import COMMANDS

    monkeypatch.setitem(COMMANDS, "tracker", ("sidedoor.cli.tracker:tracker", "Tracker."))
    added = run_cli("inbox", "add", str(EXAMPLE), "--json")
    assert added.exit_code == 0, added.output
    assert json.loads(added.stdout)["new_opportunity_ids"] == [1]
    return run_cli


def ok(cli: Run, *args: str) -> Result:
    result = cli("tracker", *args)
    assert result.exit_code == 0, result.output
    return result


def as_json(cli: Run, *args: str) -> Any:
    return json.loads(ok(cli, *args, "--json").stdout)


def fails(cli: Run, *args: str) -> str:
    """Run a command that must fail: exit status 1 and one line on stderr; returns it."""
    result = cli("tracker", *args)
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert result.stdout == ""
    return lines[0]


def test_stages_through_the_cli(cli: Run) -> None:
    board = as_json(cli, "board")
    assert [c["stage"] for c in board["columns"]] == [
        "new", "replied", "screening", "interviewing", "offer"]
    (card,) = board["columns"][0]["cards"]
    assert (card["id"], card["company"], card["recruiter_name"]) == (
        1, "Lumen Health", "Dana Whitfield")
    moved = as_json(cli, "move", "1", "replied", "--note", "Said yes to a call",
                    "--at", "2026-11-25 10:00+00:00")
    assert (moved["stage_from"], moved["stage_to"]) == ("new", "replied")
    assert moved["happened_at"].startswith("2026-11-25T10:00:00")
    ok(cli, "move", "1", "screening")
    ok(cli, "note", "1", "Recruiter screen went well")
    events = as_json(cli, "history", "1")
    assert [e["kind"] for e in events] == ["note", "stage_change", "stage_change"]
    assert events[1]["stage_to"] == "screening" and events[2]["note"] == "Said yes to a call"
    terminal = ok(cli, "history", "1").stdout
    assert "new → replied: Said yes to a call" in terminal
    assert "screening (1)" in ok(cli, "board").stdout
    assert "step back" in fails(cli, "move", "1", "new")
    assert "already there" in fails(cli, "move", "1", "screening")
    assert "no such stage" in fails(cli, "move", "1", "hired")
    ok(cli, "move", "1", "declined")
    assert as_json(cli, "board")["closed"] == {"declined": 1}
    assert "--reopen" in fails(cli, "move", "1", "interviewing")
    assert as_json(cli, "move", "1", "interviewing", "--reopen")["stage_to"] == "interviewing"
    assert len(as_json(cli, "history", "1")) == 5  # refused moves recorded nothing


def test_interview_exports_to_ics(cli: Run, tmp_path: Path) -> None:
    event = as_json(cli, "interview", "1", "--at", "2026-12-03 14:00+00:00", "--minutes", "45",
                    "--where", "https://meet.example/abc", "--title", "Panel interview")
    assert event["kind"] == "interview" and event["duration_minutes"] == 45
    target = tmp_path / "interviews.ics"
    written = ok(cli, "ics", "-o", str(target))
    assert "Wrote the calendar" in written.stderr and written.stdout == ""
    cal = Calendar.from_ical(target.read_bytes())
    (vevent,) = cal.walk("VEVENT")
    assert vevent.decoded("DTSTART") == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    assert vevent.decoded("DURATION") == timedelta(minutes=45)
    assert str(vevent["SUMMARY"]) == "Panel interview"
    assert str(vevent["LOCATION"]) == "https://meet.example/abc"
    assert str(vevent["UID"]) == f"sidedoor-event-{event['id']}@localhost"
    assert vevent.decoded("DTSTAMP").tzinfo is not None
    assert "Dana Whitfield" in str(vevent["DESCRIPTION"])
    # To standard output too, for one opportunity; the same store gives the same bytes.
    assert Calendar.from_ical(ok(cli, "ics", "1").stdout_bytes).walk("VEVENT")[0]["UID"] == (
        vevent["UID"])
    assert ok(cli, "ics", "1").stdout_bytes == target.read_bytes()
    assert "No opportunity #7" in fails(cli, "ics", "7")


def test_recruiter_exports_to_vcard(cli: Run, tmp_path: Path) -> None:
    target = tmp_path / "recruiters.vcf"
    ok(cli, "vcard", "-o", str(target))
    (card,) = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert card.fn.value == "Dana Whitfield"
    assert card.n.value.family == "Whitfield" and card.n.value.given == "Dana"
    assert card.email.value == "dana.whitfield@northpeak-talent.com"
    assert card.org.value == ["Northpeak Talent"]
    assert card.title.value == "Senior Technical Recruiter"
    assert "Staff Data Engineer" in card.note.value  # her roles are listed
    one = list(vobject.readComponents(ok(cli, "vcard", "1").stdout))
    assert [c.fn.value for c in one] == ["Dana Whitfield"]
    assert "No recruiter #5" in fails(cli, "vcard", "5")


def test_follow_ups_due_and_done(cli: Run) -> None:
    past = as_json(cli, "follow-up", "1", "--due", "2026-01-05 09:00+00:00",
                   "--note", "Chase Dana about the salary band")
    future = as_json(cli, "follow-up", "1", "--due", "2999-01-01 09:00+00:00",
                     "--note", "Ask again")
    due = as_json(cli, "due")
    assert [d["event_id"] for d in due] == [past["id"], future["id"]]
    assert [d["overdue"] for d in due] == [True, False]
    assert due[0]["recruiter_name"] == "Dana Whitfield"
    assert [d["event_id"] for d in as_json(cli, "due", "--until", "2026-02-01")] == [past["id"]]
    assert "overdue" in ok(cli, "due").stdout
    assert as_json(cli, "done", str(past["id"]))["done_at"] is not None
    assert [d["event_id"] for d in as_json(cli, "due")] == [future["id"]]
    card = as_json(cli, "board")["columns"][0]["cards"][0]
    assert card["next_follow_up_note"] == "Ask again"
    note = as_json(cli, "note", "1", "just a note")
    assert "nothing to mark done" in fails(cli, "done", str(note["id"]))
    assert "No tracker event #99" in fails(cli, "done", "99")
    assert "Cannot read the date" in fails(cli, "follow-up", "1", "--due", "someday",
                                           "--note", "x")


def test_recruiters_list_show_edit(cli: Run) -> None:
    (listed,) = as_json(cli, "recruiters")
    assert listed["name"] == "Dana Whitfield" and len(listed["roles"]) == 1
    assert listed["roles"][0]["positions"] == [
        "Senior Backend Engineer (Python)", "Staff Data Engineer"]
    assert as_json(cli, "recruiters", "list") == [listed]
    edited = as_json(cli, "recruiters", "edit", "1", "--notes", "Knows the hiring manager",
                     "--phone", "+1 512 555 0100")
    assert (edited["notes"], edited["phone"]) == ("Knows the hiring manager", "+1 512 555 0100")
    shown = ok(cli, "recruiters", "show", "1").stdout
    assert "Knows the hiring manager" in shown and "Northpeak Talent (agency)" in shown
    assert "Senior Backend Engineer (Python), Staff Data Engineer" in shown
    assert as_json(cli, "recruiters", "edit", "1", "--phone", "")["phone"] is None
    assert cli("tracker", "recruiters", "edit", "1").exit_code == 2  # nothing to change
    assert "No recruiter #3" in fails(cli, "recruiters", "show", "3")


def test_exports_csv_and_json(cli: Run, tmp_path: Path) -> None:
    ok(cli, "move", "1", "replied")
    ok(cli, "note", "1", "=HYPERLINK(\"http://evil.example\")")
    ok(cli, "follow-up", "1", "--due", "2026-12-01 09:00+00:00", "--note", "@ping")
    for what, count in (("opportunities", 1), ("events", 3), ("recruiters", 1)):
        data = json.loads(ok(cli, "export", what, "--format", "json").stdout)
        target = tmp_path / f"{what}.csv"
        ok(cli, "export", what, "-o", str(target))
        with target.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(data) == len(rows) == count
        assert list(rows[0]) == list(data[0])
    events = list(csv.DictReader(io.StringIO(ok(cli, "export", "events").stdout)))
    assert events[1]["note"] == "'=HYPERLINK(\"http://evil.example\")"
    assert events[2]["note"] == "'@ping"
    opp = json.loads(ok(cli, "export", "opportunities", "--format", "json").stdout)[0]
    assert (opp["stage"], opp["next_follow_up_note"]) == ("replied", "@ping")
    assert cli("tracker", "export", "messages").exit_code == 2


def test_errors_are_one_line(cli: Run) -> None:
    assert "No opportunity #42" in fails(cli, "move", "42", "replied")
    assert "No opportunity #42" in fails(cli, "history", "42")
    assert "Cannot read the date" in fails(cli, "interview", "1", "--at", "next blue moon")
    assert "empty" in fails(cli, "note", "1", "  ")


def test_an_empty_store(home: Path, run_cli: Run) -> None:
    result = run_cli("tracker", "board")
    assert result.exit_code == 0 and "No open opportunities" in result.stdout
    assert json.loads(run_cli("tracker", "recruiters", "--json").stdout) == []
    assert run_cli("tracker", "export", "events").stdout.startswith("id,opportunity_id,")
    assert Calendar.from_ical(run_cli("tracker", "ics").stdout_bytes).walk("VEVENT") == []
