"""Reading dates and times people type: ISO forms and a few natural ones.

``parse_when`` accepts, case-insensitively:

- ISO 8601: ``2026-12-03 14:00``, ``2026-12-03T14:00:00+01:00``, ``2026-12-03T13:00Z``,
  ``2026-12-03`` (a date alone means 09:00);
- ``now``; ``today``, ``tomorrow``, ``yesterday`` or a weekday (``monday`` … the next one
  after today), each optionally followed by a time (``10:00``, ``9am``, ``2:30pm``,
  ``14h``), 09:00 when none is given;
- ``in N minutes|hours|days|weeks`` (singular too).

A time without a zone is local time (the machine's zone, or ``tz``). The result is always
timezone-aware, in UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sidedoor.tracker.errors import InvalidTrackerInput

DEFAULT_TIME = time(9, 0)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"^(\d{1,2})(?:[:h.](\d{2})?)?\s*(am|pm)?$")
_RELATIVE = re.compile(r"^in\s+(\d+)\s*(minute|min|hour|h|day|d|week|w)s?$")
_UNITS = {"minute": "minutes", "min": "minutes", "hour": "hours", "h": "hours",
          "day": "days", "d": "days", "week": "weeks", "w": "weeks"}


def parse_when(text: str, *, now: datetime | None = None, tz: tzinfo | None = None) -> datetime:
    """``text`` as an aware UTC datetime; ``InvalidTrackerInput`` when it cannot be read."""
    raw = " ".join(text.strip().lower().split())
    current = (now or datetime.now(UTC)).astimezone(tz)  # tz None: the machine's zone
    if not raw:
        raise _bad(text)
    if raw == "now":
        return _utc(now or datetime.now(UTC), tz)
    relative = _RELATIVE.match(raw)
    if relative:
        delta = timedelta(**{_UNITS[relative.group(2)]: int(relative.group(1))})
        return (now or datetime.now(UTC)).astimezone(UTC) + delta
    iso = _iso(raw.replace("z", "+00:00") if raw.endswith("z") else raw)
    if iso is not None:
        return _utc(iso, tz)
    day_word, _, rest = raw.partition(" ")
    today = current.date()
    day: date
    if day_word == "today":
        day = today
    elif day_word == "tomorrow":
        day = today + timedelta(days=1)
    elif day_word == "yesterday":
        day = today - timedelta(days=1)
    elif day_word in WEEKDAYS:
        ahead = (WEEKDAYS.index(day_word) - today.weekday() - 1) % 7 + 1
        day = today + timedelta(days=ahead)
    else:
        raise _bad(text)
    at = _time(rest.removeprefix("at ").strip()) if rest else DEFAULT_TIME
    if at is None:
        raise _bad(text)
    return _utc(datetime.combine(day, at), tz)


def _iso(raw: str) -> datetime | None:
    try:  # a date alone: at DEFAULT_TIME, not midnight
        return datetime.combine(date.fromisoformat(raw), DEFAULT_TIME)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(raw.upper() if "t" in raw else raw)
    except ValueError:
        return None


def _time(raw: str) -> time | None:
    match = _TIME.match(raw)
    if not match:
        return None
    hour, minute, meridiem = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _utc(value: datetime, tz: tzinfo | None) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz) if tz is not None else value.astimezone()
    return value.astimezone(UTC)


def _bad(text: str) -> InvalidTrackerInput:
    return InvalidTrackerInput(
        f"Cannot read the date {text!r}.",
        hint='Use e.g. "2026-12-03 14:00", "tomorrow 10:00", "friday 2pm" or "in 3 days".',
    )
