"""Deal-breakers in plain words -> typed rules.

    parse_deal_breaker("base ≥ 150k")          -> kind base_pay, op >=, value 150000
    parse_deal_breaker("at least 2 remote days") -> kind remote_days, op >=, value 2
    parse_deal_breaker("no relocation")         -> kind relocation, op forbid
    parse_deal_breaker("no on-call")            -> kind on_call, op forbid

A phrase that no rule understands is kept with ``kind`` None: shown to the user, never
checked automatically. The rules, in order, are the ``RULES`` table below.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sidedoor.profile.models import DealBreaker

_AMOUNT = r"(?P<cur>[$€£])?\s*(?P<num>\d[\d,.]*)\s*(?P<mult>[kKmM])?\b"
_GE = r"(?:≥|>=|>|at least|min(?:imum)?|no less than|over|above|of|:|=)?"
_LE = r"(?:≤|<=|<|at most|max(?:imum)?|no more than|under|below|less than|up to)"
CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP"}


def amount(match: re.Match[str]) -> float:
    value = float(match.group("num").replace(",", ""))
    mult = (match.group("mult") or "").lower()
    return value * {"k": 1_000, "m": 1_000_000}.get(mult, 1)


def _money(kind: str) -> Callable[[str, re.Match[str]], DealBreaker]:
    def build(text: str, m: re.Match[str]) -> DealBreaker:
        return DealBreaker(text=text, kind=kind, op=">=", value=amount(m),
                           unit=CURRENCY.get(m.group("cur") or ""))
    return build


def _num(kind: str, op: str, unit: str | None = None, scale: float = 1.0
         ) -> Callable[[str, re.Match[str]], DealBreaker]:
    def build(text: str, m: re.Match[str]) -> DealBreaker:
        value = float(m.group("n")) * (60.0 if m.groupdict().get("hours") else scale)
        return DealBreaker(text=text, kind=kind, op=op, value=value, unit=unit)
    return build


def _flag(kind: str, op: str, value: str | None = None
          ) -> Callable[[str, re.Match[str]], DealBreaker]:
    def build(text: str, m: re.Match[str]) -> DealBreaker:
        return DealBreaker(text=text, kind=kind, op=op, value=value)
    return build


RULES: list[tuple[re.Pattern[str], Callable[[str, re.Match[str]], DealBreaker]]] = [
    (re.compile(r"\b(?:no|not|never|won'?t|don'?t|can'?t|without)\b.*\breloca", re.I),
     _flag("relocation", "forbid")),
    (re.compile(r"\bno\s+on[- ]?call\b|\bno\s+pager|\bnot\s+on[- ]?call\b", re.I),
     _flag("on_call", "forbid")),
    (re.compile(r"\b(?:total|total comp(?:ensation)?|tc|ote|total pay)\b.*?" + _GE + r"\s*"
                + _AMOUNT, re.I), _money("total_pay")),
    (re.compile(r"\b(?:base|salary|base pay|base salary|pay)\b\s*" + _GE + r"\s*" + _AMOUNT,
                re.I), _money("base_pay")),
    (re.compile(r"(?:at least|min(?:imum)?|≥|>=)\s*" + _AMOUNT + r"\s*(?:base|salary)", re.I),
     _money("base_pay")),
    (re.compile(r"(?:at least|min(?:imum)?|≥|>=)?\s*(?P<n>\d+)\+?\s*(?:days?\s+(?:remote|from "
                r"home|wfh)|(?:remote|wfh|home)\s+days?)", re.I),
     _num("remote_days", ">=", "days/week")),
    (re.compile(_LE + r"\s*(?P<n>\d+)\s*(?:office days|days? (?:in|at) (?:the )?office|days? "
                r"on[- ]?site)", re.I), _num("office_days", "<=", "days/week")),
    (re.compile(r"\b(?:fully remote|remote only|only remote|100% remote|must be remote)\b",
                re.I), _flag("workplace", "require", "remote")),
    (re.compile(r"\bno\s+(?:fully\s+)?(?:on-?site|office[- ]based|in[- ]office)\b", re.I),
     _flag("workplace", "forbid", "onsite")),
    (re.compile(r"commute.*?" + _LE + r"\s*(?P<n>\d+)\s*(?:(?P<hours>h|hours?)|min)", re.I),
     _num("commute_minutes", "<=", "minutes one way")),
    (re.compile(r"(?:max(?:imum)?|at most)\s+commute\s+(?:of\s+)?(?P<n>\d+)\s*"
                r"(?:(?P<hours>h|hours?)|min)", re.I),
     _num("commute_minutes", "<=", "minutes one way")),
    (re.compile(r"\bno\s+contract(?:s|ing|or)?\b|\bpermanent only\b", re.I),
     _flag("employment_type", "forbid", "contract")),
    (re.compile(r"\btravel\b.*?" + _LE + r"\s*(?P<n>\d+)\s*%", re.I),
     _num("travel", "<=", "percent")),
    (re.compile(r"\bno\s+travel\b", re.I), _flag("travel", "forbid")),
    (re.compile(r"(?:at least|min(?:imum)?|≥|>=)\s*(?P<n>\d+)\s*(?:days?\s+)?(?:of\s+)?"
                r"(?:pto|vacation|paid time off|holiday)", re.I), _num("pto_days", ">=", "days")),
]


def parse_deal_breaker(text: str) -> DealBreaker:
    """The typed rule for ``text`` (``kind`` None when no rule understands it)."""
    clean = " ".join(text.split())
    for pattern, build in RULES:
        found = pattern.search(clean)
        if found:
            return build(clean, found)
    return DealBreaker(text=clean)


def describe(rule: DealBreaker) -> str:
    """The rule in words, as sidedoor understood it."""
    if rule.kind is None:
        return f"{rule.text!r} (not understood: shown, not checked)"
    if rule.op in ("forbid", "require"):
        what = rule.kind.replace("_", " ") + (f" = {rule.value}" if rule.value else "")
        return f"{rule.op} {what}"
    value = f"{rule.value:,.0f}" if isinstance(rule.value, float) else str(rule.value)
    return f"{rule.kind.replace('_', ' ')} {rule.op} {value}" + (f" {rule.unit}" if rule.unit
                                                                 else "")
