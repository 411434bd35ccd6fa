"""`sidedoor tracker`: stages, dated events, interviews, follow-ups and recruiters.

Thin: each command parses its arguments, calls ``sidedoor.tracker`` and renders what it
returns (``sidedoor.tracker.render``, or JSON with ``--json``). Heavy imports happen inside
the commands. Dates accept ISO and a few natural forms (see ``sidedoor.tracker.when``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sidedoor.cli._context import app, emit_json

if TYPE_CHECKING:
    from rich.console import Console

    from sidedoor.store import Store
    from sidedoor.tracker.models import TrackerEvent

EXPORTS = ("opportunities", "events", "recruiters")
WHEN_HELP = 'ISO ("2026-12-03 14:00") or "tomorrow 10:00", "friday 2pm", "in 3 days".'
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON.")
output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Write to this file instead of standard output.",
)


@click.group()
def tracker() -> None:
    """Stages, events, interviews and recruiters; .ics, vCard, CSV and JSON exports.

    Stages: new → replied → screening → interviewing → offer → accepted; any open stage
    can close (accepted, declined, rejected, withdrawn, archived). Going back or re-opening
    needs `move --reopen`. See docs/tracker.md.
    """


@contextmanager
def _store(ctx: click.Context) -> Iterator[Store]:
    from sidedoor.store import Store

    with Store.from_settings(app(ctx).settings) as store:
        for notice in store.notices:
            click.echo(notice, err=True)
        yield store


def _console() -> Console:
    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 120  # piped or captured: wide enough for the tables
    return console


def _when(text: str | None) -> datetime | None:
    from sidedoor.tracker.when import parse_when

    return parse_when(text) if text is not None else None


def _done(e: TrackerEvent, as_json: bool, verb: str) -> None:
    from sidedoor.tracker.render import render_event

    if as_json:
        emit_json(e.model_dump(mode="json"))
    else:
        render_event(e, _console(), verb)


def _write(data: str | bytes, output: Path | None, what: str) -> None:
    if output is None:
        click.echo(data, nl=False)
        return
    if isinstance(data, bytes):
        output.write_bytes(data)
    else:
        output.write_text(data, encoding="utf-8", newline="")
    click.echo(f"Wrote {what} to {output}.", err=True)


@tracker.command("board", short_help="Open opportunities by stage.")
@json_option
@click.pass_context
def board_cmd(ctx: click.Context, as_json: bool) -> None:
    """Open opportunities by stage: recruiter, last activity, next follow-up, interview."""
    from sidedoor.tracker import board
    from sidedoor.tracker.render import render_board

    with _store(ctx) as store:
        result = board(store)
    if as_json:
        emit_json(result.model_dump(mode="json"))
    else:
        render_board(result, _console())


@tracker.command("move", short_help="Move an opportunity to a stage.")
@click.argument("opportunity_id", metavar="ID", type=int)
@click.argument("stage")
@click.option("--note", default=None, help="Why, in a few words.")
@click.option("--at", "at", default=None, help="When it happened (default now). " + WHEN_HELP)
@click.option("--reopen", is_flag=True,
              help="Allow going back to an earlier stage or re-opening a closed one.")
@json_option
@click.pass_context
def move_cmd(ctx: click.Context, opportunity_id: int, stage: str, note: str | None,
             at: str | None, reopen: bool, as_json: bool) -> None:
    """Move opportunity ID to STAGE (new, replied, screening, interviewing, offer, accepted,
    declined, rejected, withdrawn, archived; also interested, applied)."""
    from sidedoor.tracker import move

    with _store(ctx) as store:
        event = move(store, opportunity_id, stage, note=note, at=_when(at), reopen=reopen)
    _done(event, as_json, "Recorded")


@tracker.command("note")
@click.argument("opportunity_id", metavar="ID", type=int)
@click.argument("text")
@click.option("--at", "at", default=None, help="When (default now). " + WHEN_HELP)
@json_option
@click.pass_context
def note_cmd(ctx: click.Context, opportunity_id: int, text: str, at: str | None,
             as_json: bool) -> None:
    """Add a dated note to opportunity ID."""
    from sidedoor.tracker import add_note

    with _store(ctx) as store:
        event = add_note(store, opportunity_id, text, at=_when(at))
    _done(event, as_json, "Added")


@tracker.command("interview", short_help="Schedule an interview.")
@click.argument("opportunity_id", metavar="ID", type=int)
@click.option("--at", "at", required=True, help="When it starts. " + WHEN_HELP)
@click.option("--minutes", type=int, default=60, show_default=True, help="How long.")
@click.option("--where", "where", default=None, help="Address or video link.")
@click.option("--title", default=None, help='Default: "Interview: TITLE at COMPANY".')
@click.option("--note", default=None, help="Anything to remember.")
@json_option
@click.pass_context
def interview_cmd(ctx: click.Context, opportunity_id: int, at: str, minutes: int,
                  where: str | None, title: str | None, note: str | None,
                  as_json: bool) -> None:
    """Schedule an interview for opportunity ID (it goes into `tracker ics`)."""
    from sidedoor.tracker import add_interview

    starts_at = _when(at)
    assert starts_at is not None  # --at is required
    with _store(ctx) as store:
        event = add_interview(store, opportunity_id, starts_at=starts_at,
                              duration_minutes=minutes, title=title, location=where, note=note)
    _done(event, as_json, "Scheduled")


@tracker.command("follow-up")
@click.argument("opportunity_id", metavar="ID", type=int)
@click.option("--due", required=True, help="When it is due. " + WHEN_HELP)
@click.option("--note", required=True, help="What to do.")
@click.option("--recruiter", "recruiter_id", type=int, default=None,
              help="With whom (a recruiter id); default: the opportunity's recruiter.")
@json_option
@click.pass_context
def follow_up_cmd(ctx: click.Context, opportunity_id: int, due: str, note: str,
                  recruiter_id: int | None, as_json: bool) -> None:
    """Plan a follow-up on opportunity ID."""
    from sidedoor.tracker import add_follow_up

    due_at = _when(due)
    assert due_at is not None  # --due is required
    with _store(ctx) as store:
        event = add_follow_up(store, opportunity_id, due_at=due_at, note=note,
                              recruiter_id=recruiter_id)
    _done(event, as_json, "Planned")


@tracker.command("done")
@click.argument("event_id", metavar="EVENT_ID", type=int)
@json_option
@click.pass_context
def done_cmd(ctx: click.Context, event_id: int, as_json: bool) -> None:
    """Mark a follow-up, interview or reminder done."""
    from sidedoor.tracker import complete

    with _store(ctx) as store:
        event = complete(store, event_id)
    _done(event, as_json, "Done:")


@tracker.command("history")
@click.argument("opportunity_id", metavar="ID", type=int)
@json_option
@click.pass_context
def history_cmd(ctx: click.Context, opportunity_id: int, as_json: bool) -> None:
    """Opportunity ID's events, newest first."""
    from sidedoor.tracker import history
    from sidedoor.tracker.render import render_history

    with _store(ctx) as store:
        events = history(store, opportunity_id)
    if as_json:
        emit_json([e.model_dump(mode="json") for e in events])
    else:
        render_history(events, opportunity_id, _console())


@tracker.command("due")
@click.option("--until", default=None, help="Only those due by then. " + WHEN_HELP)
@click.option("--all", "include_closed", is_flag=True,
              help="Include follow-ups of closed opportunities.")
@json_option
@click.pass_context
def due_cmd(ctx: click.Context, until: str | None, include_closed: bool,
            as_json: bool) -> None:
    """Open follow-ups, soonest first; overdue ones are marked."""
    from sidedoor.tracker import follow_ups_due
    from sidedoor.tracker.render import render_due

    with _store(ctx) as store:
        items = follow_ups_due(store, until=_when(until), include_closed=include_closed)
    if as_json:
        emit_json([f.model_dump(mode="json") for f in items])
    else:
        render_due(items, _console())


@tracker.group("recruiters", invoke_without_command=True)
@json_option
@click.pass_context
def recruiters_group(ctx: click.Context, as_json: bool) -> None:
    """Recruiters: list (the default), show ID, edit ID."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(recruiters_list_cmd, as_json=as_json)


@recruiters_group.command("list")
@json_option
@click.pass_context
def recruiters_list_cmd(ctx: click.Context, as_json: bool) -> None:
    """Every recruiter with their organisation, contact, roles and open follow-ups."""
    from sidedoor.tracker import recruiters
    from sidedoor.tracker.render import render_recruiters

    with _store(ctx) as store:
        cards = recruiters(store)
    if as_json:
        emit_json([c.model_dump(mode="json") for c in cards])
    else:
        render_recruiters(cards, _console())


@recruiters_group.command("show")
@click.argument("recruiter_id", metavar="ID", type=int)
@json_option
@click.pass_context
def recruiters_show_cmd(ctx: click.Context, recruiter_id: int, as_json: bool) -> None:
    """One recruiter: contact details, notes, the roles they brought, follow-ups."""
    from sidedoor.tracker import recruiter
    from sidedoor.tracker.render import render_recruiter

    with _store(ctx) as store:
        card = recruiter(store, recruiter_id)
    if as_json:
        emit_json(card.model_dump(mode="json"))
    else:
        render_recruiter(card, _console())


@recruiters_group.command("edit")
@click.argument("recruiter_id", metavar="ID", type=int)
@click.option("--name", default=None)
@click.option("--email", default=None)
@click.option("--phone", default=None)
@click.option("--profile-url", default=None, help="LinkedIn or other public profile.")
@click.option("--agency", default=None, help="Staffing agency they work for.")
@click.option("--company", default=None, help="Employer they recruit for.")
@click.option("--title", default=None)
@click.option("--location", default=None)
@click.option("--notes", default=None)
@json_option
@click.pass_context
def recruiters_edit_cmd(ctx: click.Context, /, recruiter_id: int, as_json: bool,
                        **fields: str | None) -> None:
    """Change recruiter ID's details; an empty value ("") clears a field."""
    from sidedoor.tracker import update_recruiter
    from sidedoor.tracker.render import render_recruiter

    given = {k: v for k, v in fields.items() if v is not None}
    if not given:
        raise click.UsageError("Give at least one field to change, e.g. --notes TEXT.")
    with _store(ctx) as store:
        card = update_recruiter(store, recruiter_id, **given)
    if as_json:
        emit_json(card.model_dump(mode="json"))
    else:
        render_recruiter(card, _console())


@tracker.command("export", short_help="Export opportunities, events or recruiters (CSV, JSON).")
@click.argument("what", type=click.Choice(EXPORTS))
@click.option("--format", "fmt", type=click.Choice(("csv", "json")), default="csv",
              show_default=True)
@output_option
@click.pass_context
def export_cmd(ctx: click.Context, what: str, fmt: str, output: Path | None) -> None:
    """Export opportunities (with stage, last event, next follow-up), events or recruiters
    as CSV (formula-safe) or JSON."""
    import json

    from sidedoor.tracker import export_csv, export_json

    with _store(ctx) as store:
        if fmt == "csv":
            data = export_csv(store, what)
        else:
            data = json.dumps(export_json(store, what), indent=2, ensure_ascii=False) + "\n"
    _write(data, output, f"{what} ({fmt})")


@tracker.command("ics", short_help="Interviews and follow-ups as iCalendar (.ics).")
@click.argument("opportunity_id", metavar="[ID]", type=int, required=False)
@output_option
@click.pass_context
def ics_cmd(ctx: click.Context, opportunity_id: int | None, output: Path | None) -> None:
    """Interviews and open follow-ups (of opportunity ID, or all) as an iCalendar file."""
    from sidedoor.tracker import interviews_ics

    with _store(ctx) as store:
        data = interviews_ics(store, opportunity_id=opportunity_id)
    _write(data, output, "the calendar")


@tracker.command("vcard")
@click.argument("recruiter_id", metavar="[RECRUITER_ID]", type=int, required=False)
@output_option
@click.pass_context
def vcard_cmd(ctx: click.Context, recruiter_id: int | None, output: Path | None) -> None:
    """Recruiters (all, or RECRUITER_ID) as vCard 3.0 (.vcf)."""
    from sidedoor.tracker import recruiters_vcard

    with _store(ctx) as store:
        data = recruiters_vcard(store, recruiter_id=recruiter_id)
    _write(data, output, "the vCards")
