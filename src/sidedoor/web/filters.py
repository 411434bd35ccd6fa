"""Jinja filters: numbers, money and dates as people read them. Formatting only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from jinja2 import Environment


def money(value: float | None, currency: str | None = None) -> str:
    if value is None:
        return "—"
    sign = "$" if currency in (None, "USD") else ""
    suffix = f" {currency}" if currency not in (None, "USD") else ""
    return f"{sign}{value:,.0f}{suffix}"


def pay(value: Any) -> str:
    """A PayRange (or its dict) as "$165,000–$190,000 a year"."""
    if value is None:
        return "not stated"
    data: dict[str, Any] = value if isinstance(value, dict) else {
        k: getattr(value, k, None) for k in ("min", "max", "currency", "period")}
    lo, hi, cur, period = data.get("min"), data.get("max"), data.get("currency"), \
        data.get("period")
    if lo is None and hi is None:
        return "not stated"
    if lo is not None and hi is not None and lo != hi:
        amount = f"{money(lo, cur)}–{money(hi, cur)}"
    else:
        amount = money(lo if lo is not None else hi, cur)
    return f"{amount} a {period}" if period else amount


def day(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return str(value)[:10]
    return f"{value:%Y-%m-%d}" if isinstance(value, datetime) else str(value)


def moment(value: Any) -> str:
    """A date and time, in UTC as stored: "2026-12-01 14:00 UTC"."""
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M} UTC" if value.tzinfo is not None else \
            f"{value:%Y-%m-%d %H:%M}"
    return day(value)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def num(value: float | int | None) -> str:
    """A number without a needless ".0": 2.0 → "2", 2.5 → "2.5"."""
    if value is None:
        return "—"
    return f"{value:g}" if isinstance(value, float) else str(value)


def org(value: str | None) -> str:
    """A recruiter's organisation as a phrase: "Northpeak Talent (agency)" → "Northpeak
    Talent, agency" (the report's own wording is kept for the CLI)."""
    if not value:
        return ""
    text = str(value)
    return text[: -len(" (agency)")] + ", agency" if text.endswith(" (agency)") else text


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 answer", "3 answers"."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def install(env: Environment) -> None:
    from sidedoor.web.views import web_notes

    env.filters.update(money=money, pay=pay, day=day, percent=percent, moment=moment, num=num,
                       org=org, plural=plural, web_notes=web_notes)
