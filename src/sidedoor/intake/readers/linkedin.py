"""The LinkedIn data export: the whole ZIP or its messages.csv, grouped by conversation."""

from __future__ import annotations

import csv
import html
import io
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime

from sidedoor.intake.errors import MalformedInput
from sidedoor.intake.models import ItemError
from sidedoor.intake.readers.archive import open_zip, read_member
from sidedoor.intake.readers.base import Document, Limits, RawMessage
from sidedoor.intake.readers.html import html_to_text
from sidedoor.intake.readers.mail import apply_forward
from sidedoor.intake.readers.replies import split_message
from sidedoor.intake.textutil import clean_text, decode_bytes

COLUMNS = (
    "CONVERSATION ID",
    "CONVERSATION TITLE",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "RECIPIENT PROFILE URLS",
    "DATE",
    "SUBJECT",
    "CONTENT",
    "FOLDER",
    "ATTACHMENTS",
    "IS MESSAGE DRAFT",
    "IS CONVERSATION DRAFT",
)
_TAG = re.compile(r"<\s*(?:p|br|div|a|span|b|i|strong|em|ul|li|ol)\b[^>]*>", re.I)
_TRUE = {"yes", "true", "1", "y"}


def is_linkedin_csv(head: str) -> bool:
    first = head.lstrip("\ufeff").split("\n", 1)[0].upper()
    return "CONVERSATION ID" in first or (
        "CONTENT" in first and "FROM" in first and "SENDER PROFILE URL" in first
    )


def read_linkedin_zip(
    data: bytes, path: str | None, limits: Limits
) -> Iterator[Document | ItemError]:
    archive = open_zip(data, path, limits)
    names = [
        n
        for n in archive.namelist()
        if n.replace("\\", "/").rsplit("/", 1)[-1].lower() == "messages.csv"
    ]
    if not names:
        raise MalformedInput(
            "this ZIP has no messages.csv",
            path=path,
            hint="Use the LinkedIn data export ('Get a copy of your data' with Messages ticked).",
        )
    raw = read_member(archive, names[0], path, limits, limits.max_bytes * 5)
    yield from read_linkedin_csv(raw, path, limits, fmt="linkedin-zip")


def read_linkedin_csv(
    data: bytes, path: str | None, limits: Limits, *, fmt: str = "linkedin-csv"
) -> Iterator[Document | ItemError]:
    text, encoding = decode_bytes(data)
    text = text.lstrip("\ufeff")
    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, limits.max_text_chars * 5))
    try:
        rows, errors = _rows(text, path, limits)
    finally:
        csv.field_size_limit(previous)
    yield from errors
    owner = _owner(rows)
    conversations: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        key = (
            row.get("CONVERSATION ID")
            or f"{row.get('CONVERSATION TITLE', '')}|{_participants(row)}"
        )
        conversations.setdefault(key, []).append(row)
    for index, (conv_id, conv_rows) in enumerate(conversations.items()):
        if all(r.get("IS CONVERSATION DRAFT", "").lower() in _TRUE for r in conv_rows):
            continue
        messages = [_message(r, owner) for r in conv_rows]
        messages.sort(key=lambda m: m.date or "")
        title = next(
            (r.get("CONVERSATION TITLE") for r in conv_rows if r.get("CONVERSATION TITLE")), None
        )
        yield Document(
            kind="conversation",
            format=fmt,
            messages=messages,
            index=index,
            encoding=encoding,
            conversation_id=conv_id,
            title=title,
            thread_key=f"linkedin:{conv_id}",
        )


def _rows(
    text: str, path: str | None, limits: Limits
) -> tuple[list[dict[str, str]], list[ItemError]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise MalformedInput("messages.csv is empty or not CSV", path=path) from exc
    columns = [h.strip().strip("\ufeff").upper().replace("_", " ") for h in header]
    if "CONTENT" not in columns or "FROM" not in columns:
        raise MalformedInput(
            f"messages.csv lacks the CONTENT and FROM columns (has: {', '.join(columns[:8])})",
            path=path,
            hint="Pass the messages.csv from the LinkedIn export, unchanged.",
        )
    rows: list[dict[str, str]] = []
    errors: list[ItemError] = []
    line = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(
                ItemError(
                    index=line,
                    error="MalformedInput",
                    message=f"row {line}: {exc}",
                    hint="The row was skipped; the others were read.",
                )
            )
            break
        line += 1
        if not any(v.strip() for v in values):
            continue
        if len(rows) >= limits.max_items:
            errors.append(
                ItemError(
                    index=line,
                    error="FileTooLarge",
                    message=f"more than {limits.max_items} rows; the rest were skipped",
                    hint="Split the file.",
                )
            )
            break
        row = {col: (values[i] if i < len(values) else "") for i, col in enumerate(columns)}
        if not row.get("CONTENT", "").strip() and not row.get("SUBJECT", "").strip():
            if len(values) != len(columns):
                errors.append(
                    ItemError(
                        index=line,
                        error="MalformedInput",
                        message=f"row {line} has {len(values)} fields, expected {len(columns)}",
                        hint="The row was skipped; the others were read.",
                    )
                )
            continue
        rows.append(row)
    return rows, errors


def _participants(row: dict[str, str]) -> str:
    return "|".join(
        sorted({row.get("FROM", "").strip(), *[t.strip() for t in row.get("TO", "").split(",")]})
    )


def _owner(rows: list[dict[str, str]]) -> str | None:
    """The export's owner: the person taking part in the most conversations."""
    seen: dict[str, set[str]] = {}
    for row in rows:
        conv = row.get("CONVERSATION ID", "")
        for name in [row.get("FROM", ""), *row.get("TO", "").split(",")]:
            name = name.strip()
            if name:
                seen.setdefault(name.lower(), set()).add(conv)
    if not seen:
        return None
    counts = Counter({name: len(convs) for name, convs in sorted(seen.items())})
    return counts.most_common(1)[0][0]


def _message(row: dict[str, str], owner: str | None) -> RawMessage:
    content = html.unescape(row.get("CONTENT", ""))
    if _TAG.search(content):
        content = html_to_text(content)
    subject = clean_text(html.unescape(row.get("SUBJECT", ""))) or None
    split, forward = split_message(clean_text(content), subject)
    sender = row.get("FROM", "").strip() or None
    direction = "unknown"
    if owner and sender:
        direction = "outbound" if sender.lower() == owner else "inbound"
    attachments = [a.strip() for a in re.split(r"[,\n]", row.get("ATTACHMENTS", "")) if a.strip()]
    raw = RawMessage(
        body=split.body,
        quoted=split.quoted,
        signature=split.signature,
        sender=sender,
        sender_profile_url=row.get("SENDER PROFILE URL", "").strip() or None,
        to=[t.strip() for t in row.get("TO", "").split(",") if t.strip()],
        date=_date(row.get("DATE", "")),
        subject=subject,
        direction=direction,  # type: ignore[arg-type]
        attachments=attachments,
        draft=row.get("IS MESSAGE DRAFT", "").strip().lower() in _TRUE,
    )
    if forward is not None:  # a mail pasted in as forwarded: its sender is the one analysed
        apply_forward(raw, forward)
    return raw


_UTC_DATE = re.compile(r"((\d{4})-(\d{2})-(\d{2})) ((\d{2}):(\d{2}):(\d{2})) UTC")


def _date(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    fast = _UTC_DATE.fullmatch(value)  # the export's own form, read without strptime
    if fast:
        y, mo, d, h, mi, sec = (int(fast.group(i)) for i in (2, 3, 4, 6, 7, 8))
        try:
            datetime(y, mo, d, h, mi, sec)
        except ValueError:
            pass
        else:
            return f"{fast.group(1)}T{fast.group(5)}+00:00"
    for fmt in (
        "%Y-%m-%d %H:%M:%S %Z",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%z",
        "%m/%d/%Y %H:%M",
        "%Y-%m-%d",
    ):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        if fmt.endswith("%Z"):
            return parsed.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        return parsed.isoformat()
    return value[:40]
