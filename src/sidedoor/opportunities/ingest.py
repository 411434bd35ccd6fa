"""Storing what intake parsed: messages once, recruiters as records, opportunities threaded.

    report = add_parse_result(store, parse_path("export.zip"), source="export.zip")

All of an input goes in one transaction. Items are stored in chunks, each in a savepoint;
if anything in a chunk fails, the chunk is rolled back and replayed one item per savepoint,
so an item that fails is rolled back alone and reported while the others are committed.
Each message is stored once (``source_messages.content_sha256`` is intake's message id, a
hash of sender, date and normalised body; a posting's is its item id), so importing the same
input again changes nothing. Items that are neither recruiter outreach nor postings are kept
as messages without an opportunity. `rows` maps items to rows; `threading` decides which
opportunity an item joins (docs/inbox.md).

Rows are written in batches: on SQLite, new recruiters, messages, opportunities and positions
get their ids from the table's own sequence (the ids AUTOINCREMENT would have given them, in
the same order) and are written with one executemany per table when the chunk ends or before
anything reads them back; other databases insert those rows one at a time. Either way the
store ends up the same, ids included.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, exists, func, insert, select, text, update
from sqlalchemy.engine import Connection

from sidedoor.collector import collector_paused
from sidedoor.intake.models import ItemError, ParsedItem, ParseResult
from sidedoor.opportunities.models import AddReport, ItemOutcome, Rule
from sidedoor.opportunities.recruiters import RecruiterIndex, upsert_recruiter
from sidedoor.opportunities.rows import (
    RAW_MAX_BYTES,
    Msg,
    fact_rows,
    item_company,
    item_date,
    item_messages,
    item_title,
    opportunity_values,
    position_gaps,
    position_values,
)
from sidedoor.opportunities.sql import inserted_id
from sidedoor.opportunities.threading import MessageIndex, ThreadIndex
from sidedoor.store import Store
from sidedoor.store.schema import (
    opportunities,
    opportunity_facts,
    opportunity_messages,
    positions,
    recruiters,
    source_messages,
)
from sidedoor.store.types import utcnow

__all__ = ["RAW_MAX_BYTES", "Ingest", "add_parse_result"]

#: Items per savepoint on the fast path.
CHUNK = 200
NewPosition = tuple[int, str, str | None, str | None]  # id, title, company, key
#: Tables whose new rows are batched, parents before children (foreign keys are on).
BATCHED: tuple[Table, ...] = (recruiters, source_messages, opportunities, positions)


class _Ids:
    """The next id of each batched table, as SQLite's AUTOINCREMENT would choose it: one more
    than the larger of the table's sequence and its largest id. Only valid inside the run's
    transaction (nothing else writes meanwhile); read again after a rollback."""

    def __init__(self, conn: Connection) -> None:
        seqs = {
            str(name): int(seq)
            for name, seq in conn.execute(text("SELECT name, seq FROM sqlite_sequence"))
        }
        self.next: dict[str, int] = {}
        for table in BATCHED:
            top = conn.execute(select(func.max(table.c.id))).scalar()
            self.next[table.name] = max(seqs.get(table.name, 0), int(top or 0)) + 1

    def take(self, table: Table) -> int:
        value = self.next[table.name]
        self.next[table.name] = value + 1
        return value


def _has_sequence_table(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    query = text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")
    return conn.execute(query).first() is not None


@dataclass
class _Run:
    """One input being stored: the connection, in-memory indexes and deferred rows."""

    conn: Connection
    hashes: list[str]
    recruiters: RecruiterIndex = field(init=False)
    threads: ThreadIndex = field(init=False)
    messages: MessageIndex = field(init=False)
    links: dict[int, set[int]] = field(default_factory=dict)  # opportunity -> message ids
    pending_messages: list[dict[str, Any]] = field(default_factory=list)
    pending_links: list[dict[str, Any]] = field(default_factory=list)
    pending_facts: list[dict[str, Any]] = field(default_factory=list)
    #: rows with their ids already given, per batched table (SQLite only)
    pending_rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    ids: _Ids | None = field(init=False, default=None)
    #: ids given to messages of non-opportunity items, read back (as from the database) only
    #: where the old row-by-row code looked them up, so that it flushes at the same points
    written: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reset()

    def see(self, hashes: list[str]) -> None:
        """The message hashes of the next items: those stored before this input are looked
        up (those this input stored are known already)."""
        self.hashes += hashes
        self.messages.load_more(self.conn, [h for h in hashes if self.messages.get(h) is None])

    def reset(self) -> None:
        """Forget everything not in the database (after a rollback)."""
        self.recruiters = RecruiterIndex.load(self.conn)
        self.threads = ThreadIndex.load(self.conn)
        self.messages = MessageIndex.load(self.conn, self.hashes)
        self.links.clear()
        self.pending_messages.clear()
        self.pending_links.clear()
        self.pending_facts.clear()
        self.pending_rows = {table.name: [] for table in BATCHED}
        self.written.clear()
        self.ids = _Ids(self.conn) if _has_sequence_table(self.conn) else None

    def insert_row(self, table: Table, values: dict[str, Any]) -> int:
        """A new row of a batched table: its id now, the row itself written at the next
        `flush_rows` (on SQLite) or at once (elsewhere)."""
        if self.ids is None:
            return inserted_id(self.conn.execute(insert(table), values))
        row_id = self.ids.take(table)
        self.pending_rows[table.name].append({**values, "id": row_id})
        return row_id

    def pending(self, table: Table, row_id: int) -> dict[str, Any] | None:
        """The not yet written row of ``table`` with this id, if there is one."""
        return next((r for r in self.pending_rows[table.name] if r["id"] == row_id), None)

    def flush_rows(self) -> None:
        """Write the rows `insert_row` deferred: one executemany per table and set of columns
        (a column left out takes its default, as in a single-row insert)."""
        for table in BATCHED:
            rows = self.pending_rows[table.name]
            if not rows:
                continue
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for row in rows:
                groups.setdefault(tuple(row), []).append(row)
            for group in groups.values():
                self.conn.execute(insert(table), group)
            rows.clear()

    def number_messages(self) -> None:
        """Give the queued messages of non-opportunity items their ids: the ids the database
        would have given them had they been written now (SQLite only)."""
        if self.ids is None:
            return
        for row in self.pending_messages:
            row_id = self.ids.take(source_messages)
            self.pending_rows[source_messages.name].append({**row, "id": row_id})
            self.written[row["content_sha256"]] = row_id
        self.pending_messages.clear()

    def flush(self) -> None:
        """Write the deferred rows: new rows, messages of non-opportunity items, links and
        facts. Messages of non-opportunity items get their ids here, as they always did."""
        self.number_messages()
        self.flush_rows()
        if self.pending_messages:  # one executemany; their ids are looked up only if needed
            self.conn.execute(insert(source_messages), self.pending_messages)
            self.pending_messages.clear()
        if self.pending_links:
            self.conn.execute(insert(opportunity_messages), self.pending_links)
            self.pending_links.clear()
        if self.pending_facts:
            self.conn.execute(insert(opportunity_facts), self.pending_facts)
            self.pending_facts.clear()

    def linked(self, opp_id: int) -> set[int]:
        if opp_id not in self.links:
            query = select(opportunity_messages.c.message_id).where(
                opportunity_messages.c.opportunity_id == opp_id
            )
            self.links[opp_id] = {int(mid) for (mid,) in self.conn.execute(query)}
        return self.links[opp_id]


def add_parse_result(store: Store, result: ParseResult, *, source: str,
                     raw: bytes | None = None) -> AddReport:
    """Store every item of ``result``; ``raw`` is the input's bytes (kept for one-item files)."""
    with Ingest(store, source=source) as ingest:
        ingest.add(result.items, raw=raw)
        return ingest.report(result.errors)


class Ingest:
    """One input stored as its items come, in order, in one transaction (committed when the
    block ends without an error, rolled back otherwise)::

        with Ingest(store, source="export.zip") as ingest:
            ingest.add(first_items)  # stored in chunks as they fill
            ingest.add(more_items)
            report = ingest.report(result.errors)  # stores the rest

    The store ends up as if all the items had been added at once (`add_parse_result`)."""

    def __init__(self, store: Store, *, source: str) -> None:
        self.store = store
        self.source = source
        self.count = 0  # items received
        self.outcomes: list[ItemOutcome] = []
        self._waiting: list[tuple[ParsedItem, list[Msg]]] = []
        self._stack = ExitStack()
        self._run: _Run | None = None

    def __enter__(self) -> Ingest:
        # many objects made, freed by reference counting: the collector's passes find nothing
        self._stack.enter_context(collector_paused())
        self._run = _Run(self._stack.enter_context(self.store.begin()), [])
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        try:
            if kind is None:
                self._store_waiting(everything=True)
        finally:
            self._stack.__exit__(kind, *rest)  # type: ignore[arg-type]
            self._run = None

    def add(self, items: Iterable[ParsedItem], *, raw: bytes | None = None) -> None:
        """The next items of the input; ``raw`` is its bytes (kept for one-item files)."""
        raw = raw if raw is not None and len(raw) <= RAW_MAX_BYTES else None
        for item in items:
            self._waiting.append((item, item_messages(item, raw)))
            self.count += 1
        self._store_waiting(everything=False)

    def report(self, errors: Iterable[ItemError] = ()) -> AddReport:
        """What became of every item (the items still waiting are stored first) and of the
        items the reader could not read (``errors``)."""
        self._store_waiting(everything=True)
        outcomes = self.outcomes + [
            ItemOutcome(index=e.index, outcome="error", error=e.message, hint=e.hint)
            for e in errors
        ]
        report = AddReport(source=self.source)
        report.items = sorted(outcomes, key=lambda o: (o.index is None, o.index or 0))
        if report.count("not_outreach"):
            report.notes.append(
                f"{report.count('not_outreach')} item(s) are neither recruiter outreach nor "
                "postings: stored as messages, no opportunity created."
            )
        return report

    def _store_waiting(self, *, everything: bool) -> None:
        """Store the waiting items, a chunk at a time (the last one short with
        ``everything``), each chunk in a savepoint."""
        run = self._run
        if run is None:
            raise RuntimeError("Ingest used outside its `with` block")
        while len(self._waiting) >= CHUNK or (everything and self._waiting):
            chunk, self._waiting = self._waiting[:CHUNK], self._waiting[CHUNK:]
            run.see([m.sha for _item, msgs in chunk for m in msgs])
            try:
                with run.conn.begin_nested():
                    done = [_add_item(run, item, msgs) for item, msgs in chunk]
                    run.flush()
                self.outcomes += done
            except Exception:
                run.reset()
                self.outcomes += [_add_alone(run, item, msgs) for item, msgs in chunk]


def _add_alone(run: _Run, item: ParsedItem, msgs: list[Msg]) -> ItemOutcome:
    """One item in its own savepoint; a failure is rolled back and reported."""
    try:
        with run.conn.begin_nested():
            outcome = _add_item(run, item, msgs)
            run.flush()
        return outcome
    except Exception as exc:  # one bad item never sinks the batch
        run.reset()
        return ItemOutcome(
            index=item.source.index,
            outcome="error",
            kind=item.kind,
            title=item_title(item),
            error=f"{type(exc).__name__}: {exc}",
            hint="The item was not stored; the others were. Please report this with the file.",
        )


def _add_item(run: _Run, item: ParsedItem, msgs: list[Msg]) -> ItemOutcome:
    outcome = ItemOutcome(index=item.source.index, outcome="known", kind=item.kind,
                          title=item_title(item))
    if not item.is_opportunity:
        thread = run.threads.same_thread(item.thread_key)
        if thread is None:
            new = [m for m in msgs if run.messages.get(m.sha) is None]
            for m in new:
                run.messages.add(m.sha, None)
                run.pending_messages.append({**m.values, "content_sha256": m.sha})
            if new:
                run.threads.loose.add(item.thread_key)
            outcome.outcome = "not_outreach" if new else "known"
            outcome.messages_added = len(new)
            return outcome
        return _thread_only(run, item, msgs, thread, outcome)
    known = _known(run, msgs)
    new = [m for m in msgs if m.sha not in known]
    # Rule 1 looks at the recruiter's side only: the user's own "Thanks, not looking" can be
    # word for word the same in two conversations, and must not join them.
    inbound = [m for m in msgs if m.direction != "outbound"] or msgs
    linked = sorted({oid for m in inbound if m.sha in known for oid in known[m.sha][1]})
    if linked and not new:
        outcome.opportunity_id = linked[0]
        return outcome
    recruiter_id = upsert_recruiter(run.conn, run.recruiters, item.recruiter,
                                    add=run.insert_row, pending=run.pending)
    when = item_date(item, msgs)
    rule: Rule | None = None
    opp_id: int | None = None
    if linked:
        opp_id, rule = linked[0], "same_message"
    elif (threaded := run.threads.same_thread(item.thread_key)) is not None:
        opp_id, rule = threaded, "same_thread"
    elif (found := run.threads.find(item, recruiter_id, when)) is not None:
        opp_id, rule = found
    ids = _insert_messages(run, new, recruiter_id)
    message_ids = [int(known[m.sha][0] or 0) if m.sha in known else ids[m.sha] for m in msgs]
    first_new = next((ids[m.sha] for m in msgs if m.sha in ids and m.direction != "outbound"),
                     message_ids[0])
    if opp_id is None:
        values = opportunity_values(item, recruiter_id, msgs[0].values["channel"])
        opp_id = run.insert_row(opportunities, values)
        run.links[opp_id] = set()
        outcome.outcome = "added"
    else:
        outcome.outcome, outcome.rule = "threaded", rule
        run.flush_rows()
        _touch_opportunity(run.conn, opp_id, item, recruiter_id)
    _link(run, opp_id, msgs, message_ids, new_opportunity=outcome.outcome == "added")
    _adopt_loose(run, opp_id, item)
    run.threads.add_thread(opp_id, item.thread_key)
    added = _store_positions(run, opp_id, item, first_new, rule)
    outcome.opportunity_id = opp_id
    outcome.messages_added = len(new)
    outcome.positions_added = len(added)
    run.threads.remember(opp_id, recruiter_id=recruiter_id, company=item_company(item),
                         when=when, new_positions=added)
    return outcome


def _thread_only(run: _Run, item: ParsedItem, msgs: list[Msg], opp_id: int,
                 outcome: ItemOutcome) -> ItemOutcome:
    """A message that is not outreach by itself (a reply, a short nudge) in the thread of an
    opportunity: it joins that opportunity's history, and adds no position or recruiter."""
    known = _known(run, msgs)
    new = [m for m in msgs if m.sha not in known]
    outcome.opportunity_id = opp_id
    if not new and all(opp_id in known[m.sha][1] for m in msgs):
        return outcome
    ids = _insert_messages(run, new, None)
    message_ids = [int(known[m.sha][0] or 0) if m.sha in known else ids[m.sha] for m in msgs]
    run.flush_rows()
    _touch_opportunity(run.conn, opp_id, item, None, fill=False)
    _link(run, opp_id, msgs, message_ids, new_opportunity=False)
    _adopt_loose(run, opp_id, item)
    run.threads.remember(opp_id, recruiter_id=None, company=None, when=item_date(item, msgs))
    outcome.outcome, outcome.rule, outcome.messages_added = "threaded", "same_thread", len(new)
    return outcome


def _known(run: _Run, msgs: list[Msg]) -> dict[str, tuple[int | None, list[int]]]:
    """The item's messages already stored (ids read back where needed)."""
    unresolved = [m.sha for m in msgs
                  if (e := run.messages.get(m.sha)) is not None and e[0] is None]
    if unresolved:  # stored by an earlier item of this input without reading its id back
        if run.ids is None:
            run.flush()
            run.messages.resolve(run.conn, unresolved)
        else:  # numbered where the row-by-row code wrote them, so the ids are the same
            run.number_messages()
            for sha in unresolved:
                run.messages.add(sha, run.written[sha])
    return {m.sha: e for m in msgs if (e := run.messages.get(m.sha)) is not None}


def _insert_messages(run: _Run, msgs: list[Msg], recruiter_id: int | None) -> dict[str, int]:
    """Insert an opportunity's new messages: content hash -> id."""
    out: dict[str, int] = {}
    for m in msgs:
        values = {**m.values, "content_sha256": m.sha}
        if recruiter_id is not None and m.direction != "outbound":
            values["recruiter_id"] = recruiter_id
        out[m.sha] = run.insert_row(source_messages, values)
        run.messages.add(m.sha, out[m.sha])
    return out


def _touch_opportunity(conn: Connection, opp_id: int, item: ParsedItem,
                       recruiter_id: int | None, *, fill: bool = True) -> None:
    """A threaded item: add its thread key, bump updated_at and (``fill``) fill the
    opportunity's empty fields from it."""
    row = conn.execute(select(opportunities).where(opportunities.c.id == opp_id)).one()._mapping
    fields = dict(row["fields"] or {})
    keys = list(fields.get("thread_keys") or [])
    if item.thread_key not in keys:
        fields["thread_keys"] = [*keys, item.thread_key]
    values: dict[str, Any] = {}
    if fill:
        if item.next_step and not fields.get("next_step"):
            fields["next_step"] = item.next_step.model_dump(mode="json")
        new = opportunity_values(item, recruiter_id, str(row["source_channel"]))
        values = {
            k: new[k] for k in ("recruiter_id", "company", "url", "location", "next_action")
            if new[k] and row[k] is None
        }
    values["fields"] = fields
    values["updated_at"] = utcnow()
    conn.execute(update(opportunities).where(opportunities.c.id == opp_id).values(**values))


def _link(run: _Run, opp_id: int, msgs: list[Msg], ids: list[int], *,
          new_opportunity: bool) -> None:
    """Link the item's messages to the opportunity, each with its role in the story."""
    already = run.linked(opp_id)
    origin_given = not new_opportunity
    for m, mid in zip(msgs, ids, strict=True):
        run.messages.link(m.sha, opp_id)
        run.threads.link_message(opp_id, m.values["channel"], m.values["external_id"])
        if mid in already:
            continue
        already.add(mid)
        if m.posting:
            role = "posting"
        elif m.direction == "outbound":
            role = "reply"
        elif not origin_given:
            role, origin_given = "origin", True
        else:
            role = "follow_up"
        run.pending_links.append({"opportunity_id": opp_id, "message_id": mid, "role": role})


def _adopt_loose(run: _Run, opp_id: int, item: ParsedItem) -> None:
    """Link stored messages of this item's threads that are in no opportunity yet (a reply
    imported before the message it answers), so the result does not depend on the order
    messages were imported in."""
    keys = run.threads.loose_threads(item)
    if not keys:
        return
    run.flush()
    query = (
        select(source_messages.c.id, source_messages.c.content_sha256, source_messages.c.headers)
        .where(
            source_messages.c.thread_key.in_(keys),
            ~exists().where(opportunity_messages.c.message_id == source_messages.c.id),
        )
        .order_by(source_messages.c.id)
    )
    already = run.linked(opp_id)
    for mid, sha, headers in run.conn.execute(query).all():
        if mid in already:
            continue
        already.add(mid)
        outbound = (headers or {}).get("direction") == "outbound"
        run.messages.add(sha, int(mid))
        run.messages.link(sha, opp_id)
        run.pending_links.append({"opportunity_id": opp_id, "message_id": mid,
                                  "role": "reply" if outbound else "follow_up"})
    for key in keys:
        run.threads.add_thread(opp_id, key)


def _store_positions(run: _Run, opp_id: int, item: ParsedItem, message_id: int,
                     rule: Rule | None) -> list[NewPosition]:
    """Insert new positions, fill the gaps of matched ones; record each reading as facts."""
    added: list[NewPosition] = []
    known = run.threads.opportunities.get(opp_id)
    existing = list(known.positions) if known is not None else []
    for p in item.positions:
        values = position_values(p, item, message_id)
        pid = run.threads.position(opp_id, p.key, p.title, p.company)
        if (pid is None and rule in {"same_message", "same_thread"} and not p.title
                and len(existing) == 1 and len(item.positions) == 1):
            pid = existing[0].id  # an untitled follow-up in the same thread: the same role
        if pid is None:
            pid = run.insert_row(positions, {**values, "opportunity_id": opp_id})
            added.append((pid, values["title"], p.company, p.key))
        else:
            run.flush_rows()
            row = run.conn.execute(select(positions).where(positions.c.id == pid)).one()
            gaps = position_gaps(row._mapping, values)
            if gaps:
                run.conn.execute(update(positions).where(positions.c.id == pid).values(**gaps))
            run.threads.add_key(opp_id, p.key)
        run.pending_facts += fact_rows(opp_id, pid, p, item, message_id)
    run.pending_facts += fact_rows(opp_id, None, None, item, message_id)
    return added
