"""Deal-breakers in plain words become typed rules."""

from __future__ import annotations

import pytest

from sidedoor.profile.dealbreakers import describe, parse_deal_breaker


@pytest.mark.parametrize(
    ("text", "kind", "op", "value"),
    [
        ("no relocation", "relocation", "forbid", None),
        ("I won't relocate", "relocation", "forbid", None),
        ("at least 2 remote days", "remote_days", ">=", 2.0),
        ("2 days from home", "remote_days", ">=", 2.0),
        ("base ≥ 150k", "base_pay", ">=", 150_000.0),
        ("base >= $150,000", "base_pay", ">=", 150_000.0),
        ("at least 140k base", "base_pay", ">=", 140_000.0),
        ("total comp at least 200k", "total_pay", ">=", 200_000.0),
        ("no on-call", "on_call", "forbid", None),
        ("no oncall", "on_call", "forbid", None),
        ("fully remote", "workplace", "require", "remote"),
        ("at most 3 office days", "office_days", "<=", 3.0),
        ("commute under 45 minutes", "commute_minutes", "<=", 45.0),
        ("max commute 1 hour", "commute_minutes", "<=", 60.0),
        ("no contract roles", "employment_type", "forbid", "contract"),
        ("travel under 20%", "travel", "<=", 20.0),
        ("at least 25 days PTO", "pto_days", ">=", 25.0),
    ],
)
def test_phrases_become_rules(text: str, kind: str, op: str, value: object) -> None:
    rule = parse_deal_breaker(text)
    assert (rule.kind, rule.op, rule.value) == (kind, op, value)
    assert rule.text == text


def test_currency_is_kept() -> None:
    assert parse_deal_breaker("salary at least €90k").unit == "EUR"


def test_unknown_phrases_are_kept_not_checked() -> None:
    rule = parse_deal_breaker("no startups")
    assert rule.kind is None and "not understood" in describe(rule)
