"""Exports of the tracker as CSV and JSON: opportunities, events, recruiters.

Columns, in order (``COLUMNS``):

- **opportunities** (all of them, closed too, by id): the stage, the recruiter, the last
  tracker event and the next open follow-up;
- **events**: every tracker event with its opportunity's title;
- **recruiters**: contact details, notes, and the roles they brought (ids and titles).

JSON rows keep lists as lists and times as ISO 8601 strings in UTC (``null`` when unknown).
CSV cells join lists with ``"; "`` and leave unknowns empty; a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so that a
spreadsheet shows it as text instead of running it as a formula (OWASP's advice on CSV
injection). Numbers are never altered.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sidedoor.opportunities.models import OpportunitySummary
from sidedoor.tracker.models import RecruiterCard

COLUMNS: dict[str, tuple[str, ...]] = {
    "opportunities": (
        "id", "title", "company", "stage", "recruiter_id", "recruiter", "positions",
        "created_at", "updated_at", "last_message_at", "last_event_at", "last_event_kind",
        "next_follow_up_at", "next_follow_up_note",
    ),
    "events": (
        "id", "opportunity_id", "opportunity_title", "kind", "stage_from", "stage_to", "title",
        "note", "happened_at", "due_at", "done_at", "duration_minutes", "location",
        "recruiter_id", "source_message_id", "created_at",
    ),
    "recruiters": (
        "id", "name", "email", "phone", "profile_url", "agency", "company", "title",
        "location", "notes", "opportunity_ids", "roles", "open_follow_ups", "created_at",
        "updated_at",
    ),
}
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def opportunity_rows(summaries: Iterable[OpportunitySummary],
                     last: Mapping[int, Mapping[Any, Any]],
                     follow: Mapping[int, Mapping[Any, Any]],
                     updated: Mapping[int, datetime]) -> list[dict[str, Any]]:
    out = []
    for s in summaries:
        last_event, follow_up = last.get(s.id), follow.get(s.id)
        out.append({
            "id": s.id, "title": s.title, "company": s.company, "stage": s.stage,
            "recruiter_id": s.recruiter_id, "recruiter": s.recruiter, "positions": s.titles,
            "created_at": s.created_at, "updated_at": updated.get(s.id),
            "last_message_at": s.last_message_at,
            "last_event_at": last_event["happened_at"] if last_event else None,
            "last_event_kind": last_event["kind"] if last_event else None,
            "next_follow_up_at": follow_up["due_at"] if follow_up else None,
            "next_follow_up_note": follow_up["note"] if follow_up else None,
        })
    return out


def event_rows(rows: Iterable[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    return [{k: r[k] for k in COLUMNS["events"]} for r in rows]


def recruiter_rows(cards: Iterable[RecruiterCard]) -> list[dict[str, Any]]:
    out = []
    for c in cards:
        row = c.model_dump(include=set(COLUMNS["recruiters"]))
        row["opportunity_ids"] = [r.opportunity_id for r in c.roles]
        row["roles"] = [", ".join(r.positions) or r.title for r in c.roles]
        row["open_follow_ups"] = len(c.follow_ups)
        out.append({k: row[k] for k in COLUMNS["recruiters"]})
    return out


def json_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with datetimes as ISO strings (everything else is JSON already)."""
    return [{k: _json_value(v) for k, v in row.items()} for row in rows]


def to_csv(what: str, rows: list[dict[str, Any]]) -> str:
    """CSV text: the ``COLUMNS[what]`` header, then one line per row, cells escaped."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    columns = COLUMNS[what]
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(k)) for k in columns])
    return buffer.getvalue()


def csv_cell(value: Any) -> str | int | float:
    """One CSV cell: lists joined, datetimes ISO, text guarded against formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    return escape_formula(str(value))


def escape_formula(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value
