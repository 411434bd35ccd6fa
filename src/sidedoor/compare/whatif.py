"""What-ifs and learned facts: `sidedoor opportunity set ID bonus=15% office_days=2`.

Each assignment is one ``opportunity_facts`` row (``source`` "user"; ``is_what_if`` true
unless it was learned for real), so every earlier value stays in the history; the latest row
per key wins, and ``key=`` (empty) clears a key back to what the posting says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from sidedoor.compare.offer import OfferTerms, money, percent
from sidedoor.errors import SidedoorError
from sidedoor.store import Store
from sidedoor.store.schema import opportunity_facts
from sidedoor.store.types import utcnow

SOURCE = "user"


class WhatIfError(SidedoorError):
    """An assignment sidedoor cannot use."""

    hint = "Write KEY=VALUE, e.g. bonus=15% base=150k-170k office_days=2; see docs/compare.md."


@dataclass(frozen=True)
class Key:
    kind: str  # money | range | percent_or_money | percent | number | bool | text | choice
    help: str
    choices: tuple[str, ...] = ()


KEYS: dict[str, Key] = {
    "base": Key("range", "base pay a year: 150k or a range 150k-170k"),
    "bonus": Key("percent_or_money", "target bonus: 15% of base, or an amount a year"),
    "equity": Key("money", "equity grant, total value"),
    "equity_years": Key("number", "vesting years of the grant"),
    "sign_on": Key("money", "sign-on bonus (year one only)"),
    "retirement_match": Key("percent", "employer retirement match, % of base"),
    "health_premium": Key("money", "your monthly health premium"),
    "pto_days": Key("number", "paid days off a year (besides public holidays)"),
    "workplace": Key("choice", "remote, hybrid or onsite", ("remote", "hybrid", "onsite")),
    "office_days": Key("number", "days a week in the office"),
    "location": Key("text", "where the office is (city, ZIP)"),
    "commute_mode": Key("choice", "how you would get there", ("car", "transit", "bike", "walk")),
    "on_call": Key("bool", "is there an on-call rotation (yes/no)"),
    "relocation": Key("bool", "would you have to move (yes/no)"),
    "hours_per_week": Key("number", "contracted hours a week"),
    "employment_type": Key("choice", "the contract", ("full_time", "part_time", "contract",
                                                      "contract_to_hire", "temporary")),
    "currency": Key("text", "ISO 4217 code of the pay"),
    "occupation": Key("text", "O*NET-SOC code of the role, e.g. 15-1252.00"),
    "travel": Key("text", "how much travel"),
    "team_size": Key("text", "the team's size"),
    "interview_process": Key("text", "the interview steps"),
}
_TRUE = {"yes", "y", "true", "1", "on"}
_FALSE = {"no", "n", "false", "0", "off"}


def parse_assignment(text: str) -> tuple[str, Any]:
    """'bonus=15%' -> ('bonus', {'percent': 15.0}); 'base=150k-170k' -> ('base', {'min':
    150000.0, 'max': 170000.0}); 'bonus=' -> ('bonus', None) (clear)."""
    key, sep, raw = text.partition("=")
    key = key.strip().lower().replace("-", "_")
    if not sep or key not in KEYS:
        known = ", ".join(KEYS)
        raise WhatIfError(f"Cannot read {text!r}: known keys are {known}.")
    raw = raw.strip()
    if not raw:
        return key, None
    spec = KEYS[key]
    try:
        return key, _value(spec, raw)
    except ValueError as exc:
        raise WhatIfError(f"{key}: {exc} ({spec.help}).") from None


def _value(spec: Key, raw: str) -> Any:
    if spec.kind == "range":
        parts = re.split(r"\s*(?:-|–|to)\s*(?=[$€£]?\d)", raw, maxsplit=1)
        values = [money(p) for p in parts]
        if any(v is None for v in values):
            raise ValueError(f"{raw!r} is not an amount")
        return {"min": values[0], "max": values[-1]}
    if spec.kind == "percent_or_money":
        pct = percent(raw)
        if pct is not None:
            return {"percent": pct}
        amount = money(raw)
        if amount is None:
            raise ValueError(f"{raw!r} is neither a percentage nor an amount")
        return {"amount": amount}
    if spec.kind == "percent":
        value = percent(raw if "%" in raw else raw + "%")
        if value is None:
            raise ValueError(f"{raw!r} is not a percentage")
        return value
    if spec.kind in ("money", "number"):
        value = money(raw)
        if value is None:
            raise ValueError(f"{raw!r} is not a number")
        return value
    if spec.kind == "bool":
        if raw.lower() in _TRUE:
            return True
        if raw.lower() in _FALSE:
            return False
        raise ValueError(f"{raw!r} is not yes or no")
    if spec.kind == "choice" and raw.lower() not in spec.choices:
        raise ValueError(f"{raw!r} is not one of {', '.join(spec.choices)}")
    return raw.lower() if spec.kind == "choice" else raw


@dataclass(frozen=True)
class FactRow:
    key: str
    value: Any
    is_what_if: bool
    note: str | None
    position_id: int | None
    recorded_at: datetime


def record(store: Store, opportunity_id: int, position_id: int | None,
           assignments: list[tuple[str, Any]], *, learned: bool = False,
           note: str | None = None) -> list[FactRow]:
    """Append one fact row per assignment (history is never rewritten)."""
    now = utcnow()
    rows = [{"opportunity_id": opportunity_id, "position_id": position_id, "key": key,
             "value": value, "source": SOURCE, "is_what_if": not learned, "note": note,
             "recorded_at": now} for key, value in assignments]
    with store.begin() as conn:
        conn.execute(insert(opportunity_facts), rows)
    return [FactRow(r["key"], r["value"], r["is_what_if"], note, position_id, now)
            for r in rows]


def history(conn: Connection, opportunity_id: int) -> list[FactRow]:
    """Every user fact of the opportunity, oldest first."""
    f = opportunity_facts.c
    rows = conn.execute(select(opportunity_facts).where(
        f.opportunity_id == opportunity_id, f.source == SOURCE).order_by(f.recorded_at, f.id))
    return [FactRow(r.key, r.value, bool(r.is_what_if), r.note, r.position_id, r.recorded_at)
            for r in rows]


def latest(rows: list[FactRow], position_id: int | None) -> dict[str, FactRow]:
    """The latest row per key for a position (rows for the whole opportunity apply too)."""
    out: dict[str, FactRow] = {}
    for row in rows:
        if row.position_id in (None, position_id) and row.key in KEYS:
            out[row.key] = row
    return out


def apply(terms: OfferTerms, facts: dict[str, FactRow]) -> OfferTerms:
    """A copy of ``terms`` with the user's facts on top (a cleared key keeps the posting)."""
    t = terms.model_copy(deep=True)
    for key, row in facts.items():
        v = row.value
        if v is None:
            continue
        tag = "what-if" if row.is_what_if else "learned"
        changed: dict[str, Any] = {}
        if key == "base":
            changed = {"base_min": v["min"], "base_max": v["max"]}
        elif key == "bonus":
            changed = ({"bonus_percent": v["percent"], "bonus_amount": None}
                       if "percent" in v else {"bonus_amount": v["amount"], "bonus_percent": None})
        elif key == "equity":
            changed = {"equity_grant": v}
        elif key == "occupation":
            changed = {"occupation_code": v, "occupation_title": None}
        elif key == "location":
            changed = {"locations": [v]}
        elif key == "workplace":
            changed = {"workplace": v}
            if v == "remote":
                changed["office_days"] = 0.0
            elif v == "onsite" and "office_days" not in facts:
                changed["office_days"] = 5.0
        else:
            changed = {key: v}
        for name, value in changed.items():
            setattr(t, name, value)
            t.sources[name] = tag
    return t
