"""Threading: which stored opportunity a newly parsed item belongs to, if any.

An item joins an existing opportunity by the first rule that matches (docs/inbox.md):

1. ``same_message`` — one of its inbound messages is already stored and linked to the
   opportunity (a LinkedIn conversation exported again with new messages);
2. ``same_thread`` — a stored message of the opportunity has the same thread key (e-mail
   References / In-Reply-To root, LinkedIn conversation id, normalised subject + sender), or
   its Message-ID is the root this item's thread key names;
3. ``same_position`` — a position has the same intake position key (normalised title |
   company | first location);
4. ``recruiter_title`` — the same recruiter, a position title at least ``TITLE_MIN``
   similar and companies that do not conflict;
5. ``company_title`` — the same company (``COMPANY_MIN`` similar) and a similar title, when
   the item or the opportunity has no recruiter (a posting meets the recruiter's message).

Rules 3-5 apply only within ``WINDOW`` of the opportunity's latest message, and never join
two different recruiters' approaches (each recruiter's pitch is its own door). Rules 1-2 are
identity, not similarity, and have no window; they also bring in messages that are not
outreach by themselves (the user's reply, "any thoughts?"). An item no rule matches starts a
new opportunity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, func, select
from sqlalchemy.engine import Connection

from sidedoor.opportunities.normalise import company_key, title_key
from sidedoor.opportunities.rows import POSITION_KEY
from sidedoor.store.schema import (
    opportunities,
    opportunity_facts,
    opportunity_messages,
    positions,
    source_messages,
)

if TYPE_CHECKING:
    from sidedoor.intake.models import ParsedItem
    from sidedoor.opportunities.models import Rule

WINDOW = timedelta(days=120)
TITLE_MIN = 88.0  # rapidfuzz token_sort_ratio of normalised titles
COMPANY_MIN = 90.0  # rapidfuzz ratio of normalised company names

_ABBREVIATIONS = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "eng": "engineer",
    "engr": "engineer",
    "dev": "developer",
    "mgr": "manager",
    "mngr": "manager",
    "assoc": "associate",
    "admin": "administrator",
    "swe": "software engineer",
}


def _title(text: str | None) -> str:
    return " ".join(_ABBREVIATIONS.get(w, w) for w in title_key(text).split())


def similar_titles(a: str | None, b: str | None) -> bool:
    from rapidfuzz import fuzz

    ka, kb = _title(a), _title(b)
    if not ka or not kb:
        return False
    return ka == kb or float(fuzz.token_sort_ratio(ka, kb)) >= TITLE_MIN


def companies_conflict(a: str | None, b: str | None) -> bool:
    """Both known and different (an unknown company conflicts with nothing)."""
    from rapidfuzz import fuzz

    ka, kb = company_key(a), company_key(b)
    if not ka or not kb or ka == kb:
        return False
    return float(fuzz.ratio(ka, kb)) < COMPANY_MIN


def _append(table: dict[Any, list[int]], key: Any, value: int) -> None:
    ids = table.setdefault(key, [])
    if value not in ids:
        ids.append(value)


@dataclass
class _Position:
    id: int
    title: str
    company: str | None
    key: str | None = None


@dataclass
class _Opportunity:
    id: int
    recruiter_id: int | None
    company: str | None
    last_at: datetime | None
    positions: list[_Position] = field(default_factory=list)


class ThreadIndex:
    """The store's opportunities and positions in memory: one load per `inbox add`."""

    def __init__(self) -> None:
        self.by_thread: dict[str, list[int]] = {}  # thread key -> opportunities
        self.by_root: dict[str, list[int]] = {}  # e-mail Message-ID -> opportunities
        self.loose: set[str] = set()  # thread keys of stored messages in no opportunity
        self.opportunities: dict[int, _Opportunity] = {}
        self.by_key: dict[str, list[int]] = {}
        self.by_recruiter: dict[int, list[int]] = {}
        self.by_company: dict[str, list[int]] = {}

    @classmethod
    def load(cls, conn: Connection) -> ThreadIndex:
        index = cls()
        last = (
            select(
                opportunity_messages.c.opportunity_id,
                func.max(func.coalesce(source_messages.c.sent_at, source_messages.c.created_at)),
            )
            .join(source_messages, source_messages.c.id == opportunity_messages.c.message_id)
            .group_by(opportunity_messages.c.opportunity_id)
        )
        last_at = {int(oid): when for oid, when in conn.execute(last)}
        roots = (
            select(opportunity_messages.c.opportunity_id, source_messages.c.external_id)
            .join(source_messages, source_messages.c.id == opportunity_messages.c.message_id)
            .where(source_messages.c.channel == "email", source_messages.c.external_id.is_not(None))
            .order_by(opportunity_messages.c.opportunity_id)
        )
        for oid, external_id in conn.execute(roots):
            index.link_message(int(oid), "email", external_id)
        loose = (
            select(source_messages.c.thread_key)
            .where(
                source_messages.c.thread_key.is_not(None),
                ~exists().where(opportunity_messages.c.message_id == source_messages.c.id),
            )
            .distinct()
        )
        index.loose = {str(key) for (key,) in conn.execute(loose)}
        query = select(opportunities.c.id, opportunities.c.recruiter_id, opportunities.c.company,
                       opportunities.c.fields)
        for oid, recruiter_id, company, fields in conn.execute(query):
            index.opportunities[oid] = _Opportunity(oid, recruiter_id, company, last_at.get(oid))
            # An opportunity's threads are the items it was built from, not the threads of
            # every message linked to it: one message can sit in two conversations.
            for thread_key in (fields or {}).get("thread_keys") or []:
                index.add_thread(oid, str(thread_key))
        keys = {
            int(pid): str(value)
            for pid, value in conn.execute(
                select(opportunity_facts.c.position_id, opportunity_facts.c.value).where(
                    opportunity_facts.c.key == POSITION_KEY,
                    opportunity_facts.c.position_id.is_not(None),
                )
            )
        }
        positions_query = select(
            positions.c.id, positions.c.opportunity_id, positions.c.title, positions.c.company
        ).order_by(positions.c.id)
        for pid, oid, title, company in conn.execute(positions_query):
            opp = index.opportunities.get(oid)
            if opp is not None:
                opp.positions.append(_Position(pid, title, company, keys.get(pid)))
        for opp in index.opportunities.values():
            index._index(opp)
        return index

    def _index(self, opp: _Opportunity) -> None:
        if opp.recruiter_id is not None:
            _append(self.by_recruiter, opp.recruiter_id, opp.id)
        for company in {opp.company, *(p.company for p in opp.positions)}:
            if company_key(company):
                _append(self.by_company, company_key(company), opp.id)
        for p in opp.positions:
            if p.key:
                _append(self.by_key, p.key, opp.id)

    def remember(
        self,
        opportunity_id: int,
        *,
        recruiter_id: int | None,
        company: str | None,
        when: datetime,
        new_positions: Iterable[tuple[int, str, str | None, str | None]] = (),
    ) -> None:
        """Record an added or threaded opportunity so later items of the batch can join it."""
        opp = self.opportunities.get(opportunity_id)
        if opp is None:
            opp = _Opportunity(opportunity_id, recruiter_id, company, when)
            self.opportunities[opportunity_id] = opp
        opp.recruiter_id = opp.recruiter_id or recruiter_id
        opp.company = opp.company or company
        opp.last_at = when if opp.last_at is None else max(opp.last_at, when)
        for pid, title, pcompany, key in new_positions:
            opp.positions.append(_Position(pid, title, pcompany, key))
        self._index(opp)

    def add_thread(self, opportunity_id: int, thread_key: str) -> None:
        """Items of this thread belong to the opportunity from now on."""
        _append(self.by_thread, thread_key, opportunity_id)
        self.loose.discard(thread_key)

    def link_message(self, opportunity_id: int, channel: str, external_id: str | None) -> None:
        """An e-mail with this Message-ID is in the opportunity: replies to it belong there."""
        if channel == "email" and external_id:
            _append(self.by_root, external_id, opportunity_id)

    def loose_threads(self, item: ParsedItem) -> list[str]:
        """Threads of this item that have stored messages in no opportunity (a reply stored
        before the message it answers): the opportunity adopts them."""
        keys = [item.thread_key]
        keys += [f"email:{m.message_id}" for m in item.messages if m.message_id]
        return [k for k in dict.fromkeys(keys) if k in self.loose]

    def same_thread(self, thread_key: str) -> int | None:
        """Rule 2: the oldest opportunity holding a message of this thread."""
        found = list(self.by_thread.get(thread_key, []))
        if thread_key.startswith("email:"):
            found += self.by_root.get(thread_key.removeprefix("email:"), [])
        return min(found) if found else None

    def add_key(self, opportunity_id: int, key: str) -> None:
        """Another position key read for a role the opportunity already has."""
        _append(self.by_key, key, opportunity_id)

    def position(self, opportunity_id: int, key: str | None, title: str | None,
                 company: str | None) -> int | None:
        """The position of an opportunity that is the same role, if any."""
        opp = self.opportunities.get(opportunity_id)
        if opp is None:
            return None
        for p in opp.positions:
            if key and p.key == key:
                return p.id
        for p in opp.positions:
            if similar_titles(p.title, title) and not companies_conflict(p.company, company):
                return p.id
        return None

    def find(
        self, item: ParsedItem, recruiter_id: int | None, when: datetime
    ) -> tuple[int, Rule] | None:
        """Rules 3-5 of the module docstring."""
        for p in item.positions:
            for oid in self.by_key.get(p.key, []):
                if self._eligible(oid, recruiter_id, when):
                    return oid, "same_position"
        if recruiter_id is not None:
            for oid in self.by_recruiter.get(recruiter_id, []):
                if self._eligible(oid, recruiter_id, when) and self._titles_meet(oid, item):
                    return oid, "recruiter_title"
        for company in dict.fromkeys(p.company for p in item.positions if p.company):
            for oid in self._by_similar_company(company):
                opp = self.opportunities[oid]
                if (recruiter_id is None or opp.recruiter_id is None) and self._eligible(
                    oid, recruiter_id, when
                ) and self._titles_meet(oid, item):
                    return oid, "company_title"
        return None

    def _eligible(self, oid: int, recruiter_id: int | None, when: datetime) -> bool:
        opp = self.opportunities[oid]
        if recruiter_id is not None and opp.recruiter_id not in (None, recruiter_id):
            return False
        return opp.last_at is None or abs(when - opp.last_at) <= WINDOW

    def _titles_meet(self, oid: int, item: ParsedItem) -> bool:
        opp = self.opportunities[oid]
        for p in item.positions:
            for q in opp.positions:
                if similar_titles(p.title, q.title) and not companies_conflict(
                    p.company or None, q.company or opp.company
                ):
                    return True
        return False

    def _by_similar_company(self, company: str) -> list[int]:
        from rapidfuzz import fuzz, process

        key = company_key(company)
        if not key:
            return []
        found = list(self.by_company.get(key, []))
        close = process.extract(
            key, list(self.by_company), scorer=fuzz.ratio, score_cutoff=COMPANY_MIN, limit=None
        )
        for match, _score, _index in close:
            for oid in self.by_company[match]:
                if oid not in found:
                    found.append(oid)
        return found


class MessageIndex:
    """content_sha256 -> (message id, linked opportunity ids) for the hashes of one input."""

    def __init__(self) -> None:
        #: id None: stored (or queued) by this input, id not read back
        self.known: dict[str, tuple[int | None, list[int]]] = {}

    @classmethod
    def load(cls, conn: Connection, hashes: Sequence[str]) -> MessageIndex:
        index = cls()
        index.load_more(conn, hashes)
        return index

    def load_more(self, conn: Connection, hashes: Sequence[str]) -> None:
        """Read the stored messages with these hashes (and their opportunities)."""
        wanted = sorted(set(hashes))
        for start in range(0, len(wanted), 500):
            query = (
                select(source_messages.c.id, source_messages.c.content_sha256,
                       opportunity_messages.c.opportunity_id)
                .outerjoin(opportunity_messages,
                           opportunity_messages.c.message_id == source_messages.c.id)
                .where(source_messages.c.content_sha256.in_(wanted[start : start + 500]))
                .order_by(opportunity_messages.c.opportunity_id)
            )
            for mid, sha, oid in conn.execute(query):
                entry = self.known.setdefault(sha, (int(mid), []))
                if oid is not None and int(oid) not in entry[1]:
                    entry[1].append(int(oid))

    def resolve(self, conn: Connection, hashes: Sequence[str]) -> None:
        """Read back the ids of messages written without returning them."""
        query = select(source_messages.c.id, source_messages.c.content_sha256).where(
            source_messages.c.content_sha256.in_(sorted(set(hashes)))
        )
        for mid, sha in conn.execute(query):
            self.add(sha, int(mid))

    def get(self, sha: str) -> tuple[int | None, list[int]] | None:
        return self.known.get(sha)

    def add(self, sha: str, message_id: int | None) -> None:
        links = self.known[sha][1] if sha in self.known else []
        self.known[sha] = (message_id, links)

    def link(self, sha: str, opportunity_id: int) -> None:
        entry = self.known.get(sha)
        if entry is not None and opportunity_id not in entry[1]:
            entry[1].append(opportunity_id)
