"""Reading opportunities back: the inbox list and one opportunity with its whole history."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from sidedoor.opportunities.errors import OpportunityNotFound
from sidedoor.opportunities.models import (
    FactRecord,
    MessageRecord,
    OpportunityDetail,
    OpportunitySummary,
    PayRange,
    PositionRecord,
    RecruiterRecord,
)
from sidedoor.store import Store
from sidedoor.store.schema import (
    opportunities,
    opportunity_facts,
    opportunity_messages,
    positions,
    recruiters,
    source_messages,
)

#: Stages `inbox list` hides unless --all is given.
CLOSED_STAGES = frozenset({"accepted", "declined", "rejected", "withdrawn", "archived"})


def list_opportunities(store: Store, *, include_closed: bool = False,
                       recruiter_id: int | None = None) -> list[OpportunitySummary]:
    """Opportunities, newest message first (then newest id)."""
    with store.connect() as conn:
        return list_with(conn, include_closed=include_closed, recruiter_id=recruiter_id)


def list_with(conn: Connection, *, include_closed: bool = False,
              recruiter_id: int | None = None) -> list[OpportunitySummary]:
    query = select(opportunities, recruiters.c.name.label("recruiter_name")).outerjoin(
        recruiters, recruiters.c.id == opportunities.c.recruiter_id
    )
    if not include_closed:
        query = query.where(opportunities.c.stage.not_in(sorted(CLOSED_STAGES)))
    if recruiter_id is not None:
        query = query.where(opportunities.c.recruiter_id == recruiter_id)
    rows = [r._mapping for r in conn.execute(query)]
    ids = [int(r["id"]) for r in rows]
    by_opp: dict[int, list[dict[str, Any]]] = {}
    for chunk in _chunks(ids):
        for p in conn.execute(
            select(positions).where(positions.c.opportunity_id.in_(chunk)).order_by(positions.c.id)
        ):
            by_opp.setdefault(p.opportunity_id, []).append(dict(p._mapping))
    stats: dict[int, tuple[int, datetime | None]] = {}
    for chunk in _chunks(ids):
        query_s = (
            select(
                opportunity_messages.c.opportunity_id,
                func.count(),
                func.max(func.coalesce(source_messages.c.sent_at, source_messages.c.created_at)),
            )
            .join(source_messages, source_messages.c.id == opportunity_messages.c.message_id)
            .where(opportunity_messages.c.opportunity_id.in_(chunk))
            .group_by(opportunity_messages.c.opportunity_id)
        )
        for oid, count, last in conn.execute(query_s):
            stats[int(oid)] = (int(count), last)
    out = []
    for r in rows:
        ps = by_opp.get(r["id"], [])
        count, last = stats.get(r["id"], (0, None))
        workplaces = list(dict.fromkeys(p["workplace"] for p in ps if p["workplace"]))
        out.append(
            OpportunitySummary(
                id=r["id"],
                title=r["title"],
                titles=[p["title"] for p in ps] or [r["title"]],
                company=r["company"] or next((p["company"] for p in ps if p["company"]), None),
                recruiter=r["recruiter_name"],
                recruiter_id=r["recruiter_id"],
                stage=r["stage"],
                pay=pay_range(ps),
                workplace="/".join(workplaces) or None,
                messages=count,
                last_message_at=last,
                created_at=r["created_at"],
            )
        )
    out.sort(key=lambda o: (o.last_message_at or o.created_at, o.id), reverse=True)
    return out


def pay_range(rows: Iterable[dict[str, Any]]) -> PayRange | None:
    """The span of the stated pay of several positions with one currency and period;
    the first position's pay when they differ; None when no position states pay."""
    stated = [p for p in rows if p["pay_min"] is not None or p["pay_max"] is not None]
    if not stated:
        return None
    first = stated[0]
    same = [p for p in stated
            if (p["pay_currency"], p["pay_period"]) == (first["pay_currency"], first["pay_period"])]
    if len(same) != len(stated):
        same = [first]
    lows = [p["pay_min"] for p in same if p["pay_min"] is not None]
    highs = [p["pay_max"] for p in same if p["pay_max"] is not None]
    return PayRange(
        min=min(lows) if lows else None,
        max=max(highs) if highs else None,
        currency=first["pay_currency"],
        period=first["pay_period"],
    )


def get_opportunity(store: Store, opportunity_id: int) -> OpportunityDetail:
    """One opportunity with its recruiter, positions (with evidence), messages and facts."""
    with store.connect() as conn:
        return get_with(conn, opportunity_id)


def get_with(conn: Connection, opportunity_id: int) -> OpportunityDetail:
    row = conn.execute(
        select(opportunities).where(opportunities.c.id == opportunity_id)
    ).one_or_none()
    if row is None:
        raise OpportunityNotFound(opportunity_id)
    opp = row._mapping
    recruiter = None
    if opp["recruiter_id"] is not None:
        r = conn.execute(select(recruiters).where(recruiters.c.id == opp["recruiter_id"])).one()
        recruiter = RecruiterRecord(**{k: r._mapping[k] for k in RecruiterRecord.model_fields})
    facts = [
        FactRecord(**{k: f._mapping[k] for k in FactRecord.model_fields})
        for f in conn.execute(
            select(opportunity_facts)
            .where(opportunity_facts.c.opportunity_id == opportunity_id)
            .order_by(opportunity_facts.c.recorded_at, opportunity_facts.c.id)
        )
    ]
    latest: dict[tuple[int | None, str], Any] = {}
    pays: dict[int | None, list[dict[str, Any]]] = {}
    for f in facts:
        if f.is_what_if:
            continue
        latest[(f.position_id, f.key)] = f.value
        if f.key == "pay" and isinstance(f.value, dict):
            pays.setdefault(f.position_id, []).append(f.value)
    position_rows = conn.execute(
        select(positions)
        .where(positions.c.opportunity_id == opportunity_id)
        .order_by(positions.c.id)
    )
    records = [_position(p._mapping, latest, pays.get(p.id, [])) for p in position_rows]
    when = func.coalesce(source_messages.c.sent_at, source_messages.c.created_at)
    messages = [
        _message(m._mapping)
        for m in conn.execute(
            select(source_messages, opportunity_messages.c.role)
            .join(opportunity_messages, opportunity_messages.c.message_id == source_messages.c.id)
            .where(opportunity_messages.c.opportunity_id == opportunity_id)
            .order_by(when, source_messages.c.id)
        )
    ]
    return OpportunityDetail(
        **{k: opp[k] for k in (
            "id", "title", "company", "stage", "source_channel", "url", "location", "summary",
            "next_action", "created_at", "updated_at")},
        fields=opp["fields"] or {},
        recruiter=recruiter,
        positions=records,
        messages=messages,
        facts=facts,
    )


def pay_reading(readings: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Intake's pay readings of one position (oldest first) as one: the amounts of the first
    reading that disclosed pay (the one the position's pay columns hold), the bonus, equity
    and sign-on phrases of the latest reading that mentions each."""
    if not readings:
        return None
    base = next((r for r in readings if r.get("disclosed")), readings[-1])
    merged = dict(base)
    for key in ("bonus", "equity", "sign_on"):
        merged[key] = next((r[key] for r in reversed(readings) if r.get(key)), None)
    return merged


def _position(p: Any, latest: dict[tuple[int | None, str], Any],
              pays: list[dict[str, Any]]) -> PositionRecord:
    facts = {key: value for (pid, key), value in latest.items() if pid == p["id"]}
    facts.pop("pay", None)
    pay_details = pay_reading(pays)
    return PositionRecord(
        id=p["id"],
        title=p["title"],
        company=p["company"],
        occupation_code=p["occupation_code"],
        occupation_confidence=p["occupation_confidence"],
        workplace=p["workplace"],
        office_days=p["office_days"],
        employment_type=p["employment_type"],
        seniority=p["seniority"],
        pay=PayRange(min=p["pay_min"], max=p["pay_max"], currency=p["pay_currency"],
                     period=p["pay_period"]),
        pay_details=pay_details,
        locations=[str(loc.get("text")) if isinstance(loc, dict) else str(loc)
                   for loc in p["locations"] or []],
        benefits=list(p["benefits"] or []),
        skills=list(p["skills"] or []),
        evidence=dict(p["evidence"] or {}),
        url=p["url"],
        posted_at=p["posted_at"],
        valid_through=p["valid_through"],
        source_message_id=p["source_message_id"],
        facts=facts,
    )


def _message(m: Any) -> MessageRecord:
    headers = m["headers"] or {}
    return MessageRecord(
        id=m["id"],
        channel=m["channel"],
        role=m["role"],
        direction=headers.get("direction"),
        sender_name=m["sender_name"],
        sender_address=m["sender_address"],
        recipient=m["recipient"],
        subject=m["subject"],
        sent_at=m["sent_at"],
        body=m["body"],
        signature=headers.get("signature"),
        external_id=m["external_id"],
        thread_key=m["thread_key"],
        origin=m["origin"],
        created_at=m["created_at"],
    )


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
