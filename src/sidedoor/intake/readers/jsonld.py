"""schema.org `JobPosting` objects (JSON-LD, or microdata turned into the same dicts)."""

from __future__ import annotations

import re
from typing import Any

from sidedoor.intake.extract.pay import parse_amount, period_from_unit
from sidedoor.intake.extract.title import employment_type_from
from sidedoor.intake.models import Origin
from sidedoor.intake.readers.base import StructuredPosting

_MAX_DEPTH = 8
_MAX_POSTINGS = 500


def job_postings_from_json(data: Any, *, origin: Origin) -> list[StructuredPosting]:
    """Every JobPosting in `data`: top level, arrays, `@graph`, or nested (mainEntity…)."""
    found: list[dict[str, Any]] = []
    _walk(data, found, 0)
    return [_posting(obj, origin) for obj in found[:_MAX_POSTINGS]]


def _walk(node: Any, found: list[dict[str, Any]], depth: int) -> None:
    if depth > _MAX_DEPTH or len(found) >= _MAX_POSTINGS:
        return
    if isinstance(node, list):
        for child in node[:1000]:
            _walk(child, found, depth + 1)
    elif isinstance(node, dict):
        if _is_type(node, "JobPosting"):
            found.append(node)
            return
        for value in node.values():
            if isinstance(value, dict | list):
                _walk(value, found, depth + 1)


def _is_type(obj: dict[str, Any], name: str) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rstrip("/").rsplit("/", 1)[-1] == name for k in kinds)


def _text(value: Any) -> str | None:
    """A plain string from a string, number, {name: …} / {@value: …} dict or first list item."""
    if isinstance(value, list):
        for item in value:
            text = _text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        for key in ("name", "@value", "value", "text"):
            if key in value:
                return _text(value[key])
        return None
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).strip()
    return text or None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _posting(obj: dict[str, Any], origin: Origin) -> StructuredPosting:
    from sidedoor.intake.readers.html import html_to_text

    description = _text(obj.get("description"))
    if description and "<" in description:
        description = html_to_text(description)
    out = StructuredPosting(
        origin=origin,
        title=_text(obj.get("title")) or _text(obj.get("name")),
        company=_text(obj.get("hiringOrganization")),
        description=description,
        url=_text(obj.get("url")),
        date_posted=_date(obj.get("datePosted")),
        valid_through=_date(obj.get("validThrough")),
        industry=_text(obj.get("industry")),
    )
    out.locations = [loc for loc in (_place(p) for p in _as_list(obj.get("jobLocation"))) if loc]
    kinds = [str(k).upper() for k in _as_list(obj.get("jobLocationType")) if k]
    if any("TELECOMMUTE" in k or "REMOTE" in k for k in kinds):
        out.remote = True
    out.remote_from = [
        name
        for name in (_text(r) for r in _as_list(obj.get("applicantLocationRequirements")))
        if name
    ]
    for kind in _as_list(obj.get("employmentType")):
        text = _text(kind)
        found = employment_type_from(text) if text else None
        if found:
            out.employment_type = found
            break
    _salary(out, obj.get("baseSalary") or obj.get("estimatedSalary"))
    out.benefits = _split_list(obj.get("jobBenefits"))
    out.skills = _split_list(obj.get("skills"))
    org = obj.get("hiringOrganization")
    if isinstance(org, dict):
        employees = org.get("numberOfEmployees")
        size = _text(employees) if not isinstance(employees, dict) else _range(employees)
        out.company_size = size
        out.industry = out.industry or _text(org.get("industry"))
    return out


def _place(place: Any) -> str | None:
    if isinstance(place, str):
        return place.strip() or None
    if not isinstance(place, dict):
        return None
    address = place.get("address", place)
    if isinstance(address, list):
        address = address[0] if address else {}
    if isinstance(address, str):
        return address.strip() or None
    if not isinstance(address, dict):
        return None
    parts = [
        _text(address.get(key)) for key in ("addressLocality", "addressRegion", "addressCountry")
    ]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen) or _text(place.get("name"))


def _salary(out: StructuredPosting, salary: Any) -> None:
    if isinstance(salary, list):
        salary = salary[0] if salary else None
    if salary is None:
        return
    if not isinstance(salary, dict):
        amount = parse_amount(str(salary))
        out.pay_min = out.pay_max = amount
        return
    out.currency = (_text(salary.get("currency")) or "").upper() or None
    value = salary.get("value", salary)
    unit = None
    if isinstance(value, dict):
        unit = _text(value.get("unitText"))
        low = _number(value.get("minValue"))
        high = _number(value.get("maxValue"))
        single = _number(value.get("value"))
        if low is None and high is None:
            low = high = single
        out.pay_min, out.pay_max = low, high if high is not None else low
    else:
        out.pay_min = out.pay_max = _number(value)
    unit = unit or _text(salary.get("unitText"))
    out.period = period_from_unit(unit) if unit else None
    if out.pay_min is None and out.pay_max is not None:
        out.pay_min = out.pay_max


def _range(value: dict[str, Any]) -> str | None:
    low, high = _number(value.get("minValue")), _number(value.get("maxValue"))
    if low is not None and high is not None:
        return f"{low:g}-{high:g}"
    single = _number(value.get("value"))
    return f"{single:g}" if single is not None else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if value == value and abs(value) < 1e12 else None
    if isinstance(value, str):
        return parse_amount(value)
    return None


def _date(value: Any) -> str | None:
    text = _text(value)
    if not text:
        return None
    match = re.match(r"\d{4}-\d{2}-\d{2}", text)
    return match.group(0) if match else text[:40]


def _split_list(value: Any) -> list[str]:
    out: list[str] = []
    for item in _as_list(value):
        text = _text(item)
        if not text:
            continue
        if "<" in text:
            from sidedoor.intake.readers.html import html_to_text

            text = html_to_text(text)
        out.extend(p.strip(" •-*") for p in re.split(r"[\n;,•]+", text) if p.strip(" •-*"))
    return out
