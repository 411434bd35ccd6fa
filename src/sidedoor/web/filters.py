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


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def install(env: Environment) -> None:
    env.filters.update(money=money, pay=pay, day=day, percent=percent)
