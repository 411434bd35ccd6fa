"""Intake's typed items as store rows: messages, opportunities, positions and facts.

Pure mapping, no database access. What goes where (docs/inbox.md):

- each message → a `source_messages` row (a posting, which has no messages, → one row holding
  its text); ``content_sha256`` is intake's message id (or the posting's item id); direction,
  signature, quoted text, attachments and intake's verdict go in the ``headers`` JSON;
- the first position's title and company → the `opportunities` row; thread keys, outreach
  confidence, cues, next step and dates → its ``fields`` JSON;
- each position → a `positions` row (pay columns only when pay is disclosed); intake's full
  pay reading, position key, remote-from, relocation, industry, company size and occupation
  candidates → `opportunity_facts` rows (one reading per message: the history is kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sidedoor.intake.models import ParsedItem, Position
from sidedoor.opportunities.normalise import parse_when
from sidedoor.store.types import utcnow

#: Originals bigger than this are not copied into ``source_messages.raw``.
RAW_MAX_BYTES = 2 * 1024 * 1024
SINGLE_FORMATS = {
    "eml": "message/rfc822",
    "msg": "application/vnd.ms-outlook",
    "html": "text/html",
    "text": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
#: Every column a new message row sets, so the rows of an input can go in one statement.
MESSAGE_COLUMNS: dict[str, Any] = {
    "external_id": None, "sender_name": None, "sender_address": None, "recipient": None,
    "subject": None, "sent_at": None, "body": None, "raw": None, "raw_type": None,
    "headers": None, "recruiter_id": None,
}
#: Facts copied from each position reading besides the columns (latest per key wins).
POSITION_FACTS = ("remote_from", "relocation", "industry", "company_size")
#: The opportunity_facts key holding intake's position key (threading rule 3).
POSITION_KEY = "position_key"


@dataclass
class Msg:
    """One message of an item, ready to insert."""

    sha: str
    values: dict[str, Any]
    direction: str
    when: datetime | None
    posting: bool = False


def channel_of(item: ParsedItem) -> str:
    fmt = item.source.format
    if fmt in {"eml", "mbox", "msg"}:
        return "email"
    if fmt.startswith("linkedin"):
        return "linkedin"
    if fmt.startswith("feed"):
        return "feed"
    if fmt in {"html", "pdf", "docx"} or item.kind == "posting":
        return "posting"
    return "text"


def item_messages(item: ParsedItem, raw: bytes | None) -> list[Msg]:
    """The item's messages (deduplicated within the item), oldest first as intake gave them."""
    common = {"channel": channel_of(item), "thread_key": item.thread_key,
              "origin": item.source.path}
    verdict = {"item": item.id, "kind": item.kind,
               "is_recruiter_outreach": item.is_recruiter_outreach,
               "confidence": item.confidence}
    out: list[Msg] = []
    if not item.messages:
        p = item.positions[0] if item.positions else None
        when = parse_when(p.date_posted if p else None)
        out.append(Msg(
            sha=item.id,
            values={**MESSAGE_COLUMNS, **common,
                    "external_id": (p.url if p else None) or item.source.url,
                    "subject": (p.title if p else None) or item.source.title,
                    "sent_at": when, "body": item.text,
                    "headers": {"format": item.source.format, "intake": verdict}},
            direction="inbound", when=when, posting=True,
        ))
    seen: set[str] = set()
    for m in item.messages:
        if m.id in seen:
            continue
        seen.add(m.id)
        headers = {
            "format": item.source.format, "direction": m.direction,
            "message_id": m.message_id, "to": m.to or None, "draft": m.draft or None,
            "attachments": m.attachments or None, "signature": m.signature,
            "quoted": m.quoted, "intake": verdict,
            "forwarded": m.forwarded or None, "forwarded_by": m.forwarded_by,
            "forward_note": m.forward_note,
        }
        when = parse_when(m.date)
        out.append(Msg(
            sha=m.id,
            values={**MESSAGE_COLUMNS, **common,
                    "external_id": m.message_id or item.source.conversation_id,
                    "sender_name": m.sender,
                    "sender_address": m.sender_email or m.sender_profile_url,
                    "recipient": ", ".join(m.to) or None, "subject": m.subject,
                    "sent_at": when, "body": m.body,
                    "headers": {k: v for k, v in headers.items() if v is not None}},
            direction=m.direction, when=when,
        ))
    single = item.source.format in SINGLE_FORMATS and item.source.index is None
    if single and raw is not None and len(out) == 1:
        out[0].values["raw"] = raw
        out[0].values["raw_type"] = SINGLE_FORMATS[item.source.format]
    return out


def item_date(item: ParsedItem, msgs: list[Msg]) -> datetime:
    """When the item happened: its latest message (or posting date); now if it has none."""
    dates = [m.when for m in msgs if m.when is not None]
    dates += [d for p in item.positions if (d := parse_when(p.date_posted)) is not None]
    return max(dates) if dates else utcnow()


def item_title(item: ParsedItem) -> str | None:
    titles = [p.title for p in item.positions if p.title]
    if titles:
        return titles[0]
    return next((m.subject for m in item.messages if m.subject), None) or item.source.title


def item_company(item: ParsedItem) -> str | None:
    company = next((p.company for p in item.positions if p.company), None)
    if company is None and item.recruiter.agency is False:
        company = item.recruiter.company
    return company


def opportunity_values(item: ParsedItem, recruiter_id: int | None, channel: str
                       ) -> dict[str, Any]:
    first = item.positions[0] if item.positions else None
    fields = {
        "thread_keys": [item.thread_key],
        "confidence": item.confidence,
        "cues": [c.name for c in item.cues],
        "next_step": item.next_step.model_dump(mode="json") if item.next_step else None,
        "dates": [d.model_dump(mode="json") for d in item.dates] or None,
    }
    return {
        "title": item_title(item) or "Untitled opportunity",
        "company": item_company(item),
        "recruiter_id": recruiter_id,
        "source_channel": channel,
        "url": (first.url if first else None) or item.source.url,
        "location": first.locations[0] if first and first.locations else None,
        "summary": next((m.subject for m in item.messages if m.subject), None),
        "next_action": " ".join(item.next_step.text.split()) if item.next_step else None,
        "fields": {k: v for k, v in fields.items() if v is not None},
    }


def position_values(p: Position, item: ParsedItem, message_id: int) -> dict[str, Any]:
    pay = p.pay
    return {
        "title": p.title or item_title(item) or "Untitled position",
        "company": p.company,
        "department": None,
        "occupation_code": p.occupation.code if p.occupation else None,
        "occupation_confidence": p.occupation.score if p.occupation else None,
        "description": item.text if item.kind == "posting" else None,
        "workplace": None if p.workplace == "unknown" else p.workplace,
        "office_days": p.office_days_per_week,
        "employment_type": p.employment_type,
        "seniority": p.seniority,
        "pay_min": pay.min if pay.disclosed else None,
        "pay_max": pay.max if pay.disclosed else None,
        "pay_currency": pay.currency if pay.disclosed else None,
        "pay_period": pay.period if pay.disclosed else None,
        "locations": [{"text": loc} for loc in p.locations] or None,
        "benefits": [b.model_dump(mode="json") for b in p.benefits] or None,
        "skills": [
            {"label": s.label, "kind": s.kind, "code": None, "required": s.required,
             "evidence": s.evidence.model_dump(mode="json") if s.evidence else None}
            for s in p.skills
        ] or None,
        "evidence": {k: v.model_dump(mode="json") for k, v in p.evidence.items()} or None,
        "url": p.url,
        "posted_at": parse_when(p.date_posted),
        "valid_through": parse_when(p.valid_through),
        "source_message_id": message_id,
    }


def position_gaps(row: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The values that fill empty columns of a stored position, and benefits, skills and
    locations it does not list yet. Nothing is overwritten, and pay is taken whole or not at
    all (two pay statements are never spliced)."""
    gaps = {k: v for k, v in values.items()
            if v is not None and row[k] is None and k != "source_message_id"}
    for column, key in (("benefits", "name"), ("skills", "label"), ("locations", "text")):
        have, more = row[column] or [], values.get(column) or []
        names = {_same(column, x.get(key)) for x in have if isinstance(x, dict)}
        added = [x for x in more if _same(column, x.get(key)) not in names]
        if have and added:  # a later message names more: add them, keep what is there
            gaps[column] = [*have, *added]
    pay_keys = ("pay_min", "pay_max", "pay_currency", "pay_period")
    if any(row[k] is not None for k in pay_keys):
        for key in pay_keys:
            gaps.pop(key, None)
    return gaps


def _same(column: str, value: object) -> str:
    """What makes two list entries the same: the name, or a location's first part (city)."""
    text = str(value).casefold()
    return text.split(",")[0].strip() if column == "locations" else text


def fact_rows(opp_id: int, pid: int | None, p: Position | None, item: ParsedItem,
              message_id: int) -> list[dict[str, Any]]:
    """One reading of a position (or, with ``p`` None, of the item) as opportunity_facts rows."""
    source = "posting" if item.kind == "posting" else "recruiter"
    rows: list[dict[str, Any]] = []
    if p is None:
        if item.next_step:
            rows.append({"key": "next_step", "value": item.next_step.model_dump(mode="json"),
                         "source": source})
    else:
        rows += [{"key": "pay", "value": p.pay.model_dump(mode="json"), "source": source},
                 {"key": POSITION_KEY, "value": p.key, "source": "inferred"}]
        for key in POSITION_FACTS:
            value = getattr(p, key)
            if value not in (None, [], ""):
                rows.append({"key": key, "value": value, "source": source})
        if p.occupation_candidates:
            rows.append({"key": "occupation_candidates", "source": "inferred",
                         "value": [o.model_dump(mode="json") for o in p.occupation_candidates]})
    now = utcnow()
    return [{**r, "opportunity_id": opp_id, "position_id": pid, "source_message_id": message_id,
             "is_what_if": False, "note": None, "recorded_at": now} for r in rows]
