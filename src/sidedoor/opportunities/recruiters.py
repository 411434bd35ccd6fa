"""Recruiters as first-class records: matched, created and completed from intake's reading.

Matching, in order (first hit wins):

1. the same e-mail address (case-insensitive);
2. the same public profile URL (scheme, ``www.`` and trailing ``/`` ignored);
3. the same name (case and accents ignored) and a compatible company: equal when both are
   known; when either is unknown, only if exactly one recruiter has that name.

A candidate whose e-mail or profile URL is known and *differs* is never matched by name.
A matched recruiter only gets its empty fields filled in; nothing the store already holds is
overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection

from sidedoor.intake.models import Recruiter
from sidedoor.opportunities.normalise import company_key, email_key, name_key, profile_url_key
from sidedoor.opportunities.sql import inserted_id
from sidedoor.store.schema import recruiters

FILLABLE = ("email", "phone", "profile_url", "title", "agency", "company")


def recruiter_values(found: Recruiter) -> dict[str, Any] | None:
    """The `recruiters` row intake's reading describes; None when it names nobody."""
    name = (found.name or "").strip()
    email = (found.email or "").strip() or None
    url = (found.profile_url or "").strip() or None
    if not name:
        if email:
            name = email
        elif url:
            name = profile_url_key(url).rsplit("/", 1)[-1] or url
        else:
            return None
    company = (found.company or "").strip() or None
    return {
        "name": name,
        "email": email,
        "phone": (found.phone or "").strip() or None,
        "profile_url": url,
        "title": (found.title or "").strip() or None,
        "agency": company if found.agency else None,
        "company": None if found.agency else company,
    }


@dataclass
class _Known:
    id: int
    name: str
    email: str
    url: str
    company: str


class RecruiterIndex:
    """The store's recruiters in memory, for matching a whole batch with one query."""

    def __init__(self, rows: list[_Known]) -> None:
        self.rows = rows
        self.by_email: dict[str, int] = {}
        self.by_url: dict[str, int] = {}
        self.by_name: dict[str, list[_Known]] = {}
        for row in rows:
            self._index(row)

    @classmethod
    def load(cls, conn: Connection) -> RecruiterIndex:
        query = select(
            recruiters.c.id,
            recruiters.c.name,
            recruiters.c.email,
            recruiters.c.profile_url,
            recruiters.c.agency,
            recruiters.c.company,
        ).order_by(recruiters.c.id)
        return cls(
            [
                _Known(
                    id=r.id,
                    name=name_key(r.name),
                    email=email_key(r.email),
                    url=profile_url_key(r.profile_url),
                    company=company_key(r.company or r.agency),
                )
                for r in conn.execute(query)
            ]
        )

    def _index(self, row: _Known) -> None:
        if row.email:
            self.by_email.setdefault(row.email, row.id)
        if row.url:
            self.by_url.setdefault(row.url, row.id)
        if row.name:
            self.by_name.setdefault(row.name, []).append(row)

    def match(self, values: dict[str, Any]) -> int | None:
        email = email_key(values.get("email"))
        if email and email in self.by_email:
            return self.by_email[email]
        url = profile_url_key(values.get("profile_url"))
        if url and url in self.by_url:
            return self.by_url[url]
        candidates = [
            row
            for row in self.by_name.get(name_key(values.get("name")), [])
            if not (email and row.email and row.email != email)
            and not (url and row.url and row.url != url)
        ]
        company = company_key(values.get("company") or values.get("agency"))
        same = [row for row in candidates if company and row.company == company]
        if same:
            return same[0].id
        if len(candidates) == 1 and (not company or not candidates[0].company):
            return candidates[0].id
        return None

    def remember(self, recruiter_id: int, values: dict[str, Any]) -> None:
        row = _Known(
            id=recruiter_id,
            name=name_key(values.get("name")),
            email=email_key(values.get("email")),
            url=profile_url_key(values.get("profile_url")),
            company=company_key(values.get("company") or values.get("agency")),
        )
        self.rows.append(row)
        self._index(row)


def upsert_recruiter(
    conn: Connection,
    index: RecruiterIndex,
    found: Recruiter,
    *,
    add: Callable[[Table, dict[str, Any]], int] | None = None,
    pending: Callable[[Table, int], dict[str, Any] | None] | None = None,
) -> int | None:
    """The id of the recruiter intake found: an existing one (gaps filled) or a new row.

    A caller that batches its inserts gives ``add`` (queue a row, return its id) and
    ``pending`` (the queued row with that id, or None once written): gaps of a queued row
    are filled in the row itself."""
    values = recruiter_values(found)
    if values is None:
        return None
    existing = index.match(values)
    if existing is None:
        if add is not None:
            new_id = add(recruiters, values)
        else:
            new_id = inserted_id(conn.execute(insert(recruiters), values))
        index.remember(new_id, values)
        return new_id
    queued = pending(recruiters, existing) if pending is not None else None
    row = (
        queued
        if queued is not None
        else conn.execute(select(recruiters).where(recruiters.c.id == existing)).one()._mapping
    )
    gaps = {
        key: values[key]
        for key in FILLABLE
        if values.get(key) and row[key] is None
        and not (key in {"agency", "company"} and (row["agency"] or row["company"]))
    }
    if gaps and queued is not None:
        queued.update(gaps)
        index.remember(existing, dict(queued))
    elif gaps:
        conn.execute(update(recruiters).where(recruiters.c.id == existing).values(**gaps))
        index.remember(existing, {**dict(row), **gaps})
    return existing
