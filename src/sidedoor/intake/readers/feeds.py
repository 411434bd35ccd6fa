"""Posting feeds: CSV or JSON/JSONL, one posting per row or object (JobSpy columns and kin)."""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator
from typing import Any

from sidedoor.intake.errors import MalformedInput
from sidedoor.intake.extract.pay import parse_amount, period_from_unit
from sidedoor.intake.extract.title import employment_type_from
from sidedoor.intake.models import ItemError
from sidedoor.intake.readers.base import Document, Limits, StructuredPosting
from sidedoor.intake.readers.html import html_to_text
from sidedoor.intake.readers.jsonld import job_postings_from_json
from sidedoor.intake.textutil import clean_text, decode_bytes

# canonical field -> accepted column names (lower case, spaces/underscores/dashes dropped)
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "jobtitle", "position", "role", "name"),
    "company": (
        "company",
        "companyname",
        "employer",
        "organization",
        "organisation",
        "hiringorganization",
    ),
    "location": ("location", "joblocation", "city", "locations"),
    "job_type": ("jobtype", "employmenttype", "type", "contracttype"),
    "interval": ("interval", "salaryinterval", "payperiod", "salaryperiod", "period", "unit"),
    "min_amount": ("minamount", "salarymin", "minsalary", "salaryfrom", "paymin", "minpay"),
    "max_amount": ("maxamount", "salarymax", "maxsalary", "salaryto", "paymax", "maxpay"),
    "salary": ("salary", "pay", "compensation", "salaryrange", "salarytext"),
    "currency": ("currency", "salarycurrency"),
    "is_remote": ("isremote", "remote"),
    "description": ("description", "jobdescription", "body", "text", "details", "summary"),
    "job_url": ("joburl", "url", "link", "applyurl", "jobposturl"),
    "date_posted": ("dateposted", "posted", "postedat", "created", "publishedat"),
    "industry": ("companyindustry", "industry"),
    "company_size": ("companynumemployees", "companysize", "employees"),
    "benefits": ("benefits", "jobbenefits", "perks"),
    "skills": ("skills",),
}
_LOOKUP = {alias: field for field, aliases in ALIASES.items() for alias in aliases}


def _key(column: str) -> str:
    return "".join(ch for ch in column.lower() if ch.isalnum())


def read_feed_csv(data: bytes, path: str | None, limits: Limits) -> Iterator[Document | ItemError]:
    text, encoding = decode_bytes(data)
    text = text.lstrip("\ufeff")
    sample = text[:5000]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, limits.max_text_chars * 5))
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
        if not reader.fieldnames or not any(_key(f) in _LOOKUP for f in reader.fieldnames):
            raise MalformedInput(
                "the CSV has no column intake knows (title, company, description…)",
                path=path,
                hint="Name the columns like JobSpy's: title, company, location, description,"
                " min_amount…",
            )
        index = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield ItemError(
                    index=index,
                    error="MalformedInput",
                    message=f"row {index}: {exc}",
                    hint="The rest of the file could not be read as CSV.",
                )
                break
            if index >= limits.max_items:
                yield ItemError(
                    index=index,
                    error="FileTooLarge",
                    message=f"more than {limits.max_items} rows; the rest were skipped",
                    hint="Split the file.",
                )
                break
            yield _document(
                {k: v for k, v in row.items() if k is not None}, index, "feed-csv", encoding
            )
            index += 1
    finally:
        csv.field_size_limit(previous)


def read_feed_json(data: bytes, path: str | None, limits: Limits) -> Iterator[Document | ItemError]:
    text, encoding = decode_bytes(data)
    text = text.lstrip("\ufeff").strip()
    objects: list[Any]
    try:
        loaded = json.loads(text)
        objects = _objects(loaded)
    except (ValueError, RecursionError):
        objects = []
        for n, line in enumerate(text.splitlines()):
            if not line.strip():
                continue
            try:
                objects.append(json.loads(line))
            except (ValueError, RecursionError):
                objects.append(
                    ItemError(
                        index=n,
                        error="MalformedInput",
                        message=f"line {n + 1} is not JSON",
                        hint="The line was skipped; the others were read.",
                    )
                )
        if all(isinstance(o, ItemError) for o in objects):
            raise MalformedInput("not JSON or JSON Lines", path=path) from None
    for index, obj in enumerate(objects[: limits.max_items]):
        if isinstance(obj, ItemError):
            yield obj
        elif isinstance(obj, dict):
            postings = job_postings_from_json(obj, origin="jsonld")
            if postings:
                sp = postings[0]
                yield Document(
                    kind="posting",
                    format="feed-json",
                    text=clean_text(sp.description or sp.title or ""),
                    structured=[sp],
                    index=index,
                    encoding=encoding,
                    url=sp.url,
                )
            else:
                yield _document(obj, index, "feed-json", encoding)
        else:
            yield ItemError(
                index=index,
                error="MalformedInput",
                message=f"item {index} is not an object",
                hint="Each posting must be a JSON object.",
            )


def _objects(loaded: Any) -> list[Any]:
    if isinstance(loaded, list):
        return loaded
    if isinstance(loaded, dict):
        for key in ("jobs", "results", "data", "items", "postings", "hits"):
            if isinstance(loaded.get(key), list):
                return list(loaded[key])
        return [loaded]
    return [loaded]


def _value(row: dict[str, Any], field: str) -> Any:
    for column, value in row.items():
        if _LOOKUP.get(_key(str(column))) == field and value not in (
            None,
            "",
            "nan",
            "NaN",
            "None",
        ):
            if isinstance(value, float) and math.isnan(value):
                continue
            return value
    return None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("display_name") or value.get("city")
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    text = str(value).strip()
    return text or None


def _document(row: dict[str, Any], index: int, fmt: str, encoding: str | None) -> Document:
    sp = StructuredPosting(origin="feed")
    sp.title = _str(_value(row, "title"))
    sp.company = _str(_value(row, "company"))
    location = _str(_value(row, "location"))
    sp.locations = [location] if location else []
    job_type = _str(_value(row, "job_type"))
    sp.employment_type = employment_type_from(job_type) if job_type else None
    sp.pay_min = _amount(_value(row, "min_amount"))
    sp.pay_max = _amount(_value(row, "max_amount"))
    interval = _str(_value(row, "interval"))
    sp.period = period_from_unit(interval) if interval else None
    currency = _str(_value(row, "currency"))
    sp.currency = currency.upper()[:3] if currency else None
    remote = _value(row, "is_remote")
    sp.remote = (
        str(remote).strip().lower() in {"true", "1", "yes", "remote"}
        if remote is not None
        else None
    )
    sp.url = _str(_value(row, "job_url"))
    sp.date_posted = (_str(_value(row, "date_posted")) or "")[:10] or None
    sp.industry = _str(_value(row, "industry"))
    sp.company_size = _str(_value(row, "company_size"))
    benefits = _str(_value(row, "benefits"))
    sp.benefits = (
        [b.strip() for b in benefits.replace(";", ",").split(",") if b.strip()] if benefits else []
    )
    description = _str(_value(row, "description")) or ""
    if "<" in description and ">" in description:
        description = html_to_text(description)
    salary_text = _str(_value(row, "salary"))
    head = " — ".join(x for x in (sp.title, sp.company, location, salary_text) if x)
    text = clean_text(f"{head}\n\n{description}" if description else head)
    return Document(
        kind="posting",
        format=fmt,
        text=text,
        structured=[sp],
        index=index,
        encoding=encoding,
        url=sp.url,
    )


def _amount(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    return parse_amount(str(value))
