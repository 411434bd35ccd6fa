"""Terminal output of `sidedoor tracker` (rich). Formats, never computes.

Times are shown in the machine's local zone, to the minute.
"""

from __future__ import annotations

from datetime import datetime

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sidedoor.tracker.models import Board, FollowUp, RecruiterCard, TrackerEvent

KIND_LABELS = {
    "stage_change": "stage", "note": "note", "message": "message", "interview": "interview",
    "follow_up": "follow-up", "offer": "offer", "reminder": "reminder",
}


def when(value: datetime | None) -> str:
    """'2026-12-03 14:00' in local time, '-' for None."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "-"


def _table(*columns: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False,
                  collapse_padding=True)
    for name in columns:
        table.add_column(name, overflow="fold")
    return table


def describe(e: TrackerEvent) -> str:
    """One line about an event: what it is, then its note."""
    if e.kind == "stage_change":
        text = f"{e.stage_from or '?'} → {e.stage_to or '?'}"
    elif e.kind in ("interview", "follow_up", "reminder"):
        text = (e.title or KIND_LABELS.get(e.kind, e.kind)) + f" (due {when(e.due_at)}"
        text += f", {e.duration_minutes} min" if e.duration_minutes else ""
        text += f", at {e.location}" if e.location else ""
        text += ", done)" if e.done_at else ")"
    else:
        text = e.title or ""
    if e.note:
        text = f"{text}: {e.note}" if text else e.note
    return text


def render_event(e: TrackerEvent, console: Console, verb: str) -> None:
    console.print(f"{verb} event #{e.id} on opportunity #{e.opportunity_id}: "
                  f"{escape(describe(e))}")


def render_history(events: list[TrackerEvent], opportunity_id: int, console: Console) -> None:
    if not events:
        console.print(f"No tracker events for opportunity #{opportunity_id} yet. "
                      f"Try `sidedoor tracker move {opportunity_id} replied`.")
        return
    table = _table("event", "when", "kind", "what")
    for e in events:
        table.add_row(str(e.id), when(e.happened_at), KIND_LABELS.get(e.kind, e.kind),
                      escape(describe(e)))
    console.print(table)


def render_board(b: Board, console: Console) -> None:
    if not b.total:
        console.print("No open opportunities. Add one with `sidedoor inbox add FILE`.")
    for column in b.columns:
        console.print(f"[bold]{column.stage}[/bold] ({len(column.cards)})")
        if not column.cards:
            continue
        table = _table("id", "title", "company", "recruiter", "last activity", "next follow-up",
                       "interview")
        for c in column.cards:
            follow = when(c.next_follow_up_at)
            if c.next_follow_up_note:
                follow += f" {c.next_follow_up_note}"
            table.add_row(str(c.id), escape(c.title), escape(c.company or "-"),
                          escape(c.recruiter_name or "-"), when(c.last_activity_at),
                          escape(follow), when(c.next_interview_at))
        console.print(table)
    if b.closed:
        console.print("closed: " + ", ".join(f"{n} {s}" for s, n in b.closed.items()),
                      style="dim")


def render_due(items: list[FollowUp], console: Console) -> None:
    if not items:
        console.print("No follow-ups due.")
        return
    table = _table("event", "due", "opportunity", "with", "note")
    for f in items:
        due = when(f.due_at) + (" (overdue)" if f.overdue else "")
        table.add_row(str(f.event_id), f"[red]{due}[/red]" if f.overdue else due,
                      escape(f"#{f.opportunity_id} {f.opportunity_title}"
                             + (f" at {f.company}" if f.company else "")),
                      escape(f.recruiter_name or "-"), escape(f.note or ""))
    console.print(table)


def render_recruiters(cards: list[RecruiterCard], console: Console) -> None:
    if not cards:
        console.print("No recruiters yet. They come in with `sidedoor inbox add FILE`.")
        return
    table = _table("id", "name", "organisation", "email", "phone", "roles", "follow-ups")
    for c in cards:
        table.add_row(str(c.id), escape(c.name), escape(c.organisation or "-"),
                      escape(c.email or "-"), escape(c.phone or "-"), str(len(c.roles)),
                      str(len(c.follow_ups)))
    console.print(table)


def render_recruiter(c: RecruiterCard, console: Console) -> None:
    console.print(f"[bold]Recruiter #{c.id}: {escape(c.name)}[/bold]"
                  + (f", {escape(c.title)}" if c.title else ""))
    org = (f"{c.agency} (agency)" + (f", recruiting for {c.company}" if c.company else "")
           if c.agency else c.company)
    for label, value in (("organisation", org), ("email", c.email), ("phone", c.phone),
                         ("profile", c.profile_url), ("location", c.location),
                         ("notes", c.notes), ("last event", when(c.last_event_at)
                                              if c.last_event_at else None)):
        if value:
            console.print(f"  {label}: {escape(value)}")
    console.print(f"[bold]Roles[/bold] ({len(c.roles)})")
    for r in c.roles:
        titles = ", ".join(r.positions) or r.title
        console.print(f"  #{r.opportunity_id} {escape(titles)}"
                      + (f" at {escape(r.company)}" if r.company else "") + f"  ({r.stage})")
    if c.follow_ups:
        console.print(f"[bold]Follow-ups[/bold] ({len(c.follow_ups)})")
        for f in c.follow_ups:
            console.print(f"  event #{f.event_id} due {when(f.due_at)}"
                          + (" (overdue)" if f.overdue else "")
                          + f": {escape(f.note or '')} (#{f.opportunity_id})")
