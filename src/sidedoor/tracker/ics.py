"""Interviews and open follow-ups as an iCalendar file (RFC 5545), with ``icalendar``.

Every item is a ``VEVENT`` in UTC with a stable UID (``sidedoor-event-<id>@localhost``, or
the ``ics_uid`` an imported event carries in its ``data``), so importing the file again
updates the calendar instead of duplicating it. ``DTSTAMP`` is when the event was
recorded, so the same store always gives the same file. Interviews last their
``duration_minutes``; open follow-ups are 15-minute, non-blocking (``TRANSP:TRANSPARENT``)
events with the category ``follow-up``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import Calendar, Event

from sidedoor.tracker.models import FollowUp, TrackerEvent

PRODID = "-//sidedoor//tracker//EN"
FOLLOW_UP_MINUTES = 15
DEFAULT_INTERVIEW_MINUTES = 60


def event_uid(event_id: int, data: dict[str, Any] | None = None) -> str:
    """The iCalendar UID of a tracker event."""
    if data and isinstance(data.get("ics_uid"), str) and data["ics_uid"].strip():
        return str(data["ics_uid"]).strip()
    return f"sidedoor-event-{event_id}@localhost"


def calendar_bytes(interviews: list[tuple[TrackerEvent, dict[str, Any]]],
                   follow_ups: list[FollowUp]) -> bytes:
    """The calendar: each interview with its context (``opportunity_title``, ``company``,
    ``recruiter_name``), then each open follow-up."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "sidedoor interviews and follow-ups")
    for ev, context in interviews:
        if ev.due_at is None:
            continue
        item = Event()
        item.add("uid", event_uid(ev.id, ev.data))
        item.add("dtstamp", _utc(ev.created_at))
        item.add("dtstart", _utc(ev.due_at))
        item.add("duration", timedelta(minutes=ev.duration_minutes or DEFAULT_INTERVIEW_MINUTES))
        item.add("summary", ev.title or f"Interview: {context.get('opportunity_title')}")
        if ev.location:
            item.add("location", ev.location)
        lines = [f"Opportunity #{ev.opportunity_id}: {context.get('opportunity_title')}"
                 + (f" at {context['company']}" if context.get("company") else "")]
        if context.get("recruiter_name"):
            lines.append(f"Recruiter: {context['recruiter_name']}")
        if ev.note:
            lines.append(ev.note)
        item.add("description", "\n".join(lines))
        item.add("categories", ["interview"])
        item.add("status", "CONFIRMED")
        cal.add_component(item)
    for f in follow_ups:
        item = Event()
        item.add("uid", event_uid(f.event_id))
        item.add("dtstamp", _utc(f.created_at))
        item.add("dtstart", _utc(f.due_at))
        item.add("duration", timedelta(minutes=FOLLOW_UP_MINUTES))
        item.add("summary", f"Follow up: {f.note or f.opportunity_title}")
        lines = [f"Opportunity #{f.opportunity_id}: {f.opportunity_title}"
                 + (f" at {f.company}" if f.company else "")]
        if f.recruiter_name:
            lines.append(f"With: {f.recruiter_name}")
        item.add("description", "\n".join(lines))
        item.add("categories", ["follow-up"])
        item.add("transp", "TRANSPARENT")
        cal.add_component(item)
    return bytes(cal.to_ical())


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)
