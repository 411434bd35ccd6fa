"""E-mail: .eml (one message) and .mbox (many), with quoted replies and signatures split off."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from sidedoor.intake.errors import MalformedInput
from sidedoor.intake.models import ItemError
from sidedoor.intake.readers.base import Document, Limits, RawMessage
from sidedoor.intake.readers.html import html_to_text
from sidedoor.intake.readers.replies import Forward, forward_subject, split_message
from sidedoor.intake.textutil import clean_text, decode_bytes

_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr|sv|antw)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def normalise_subject(subject: str | None) -> str:
    return " ".join(_SUBJECT_PREFIX.sub("", subject or "").lower().split())


def read_eml(data: bytes, path: str | None) -> Document:
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the stdlib parser is lenient; anything raised is damage
        raise MalformedInput(f"not a readable e-mail ({exc})", path=path) from exc
    if not (msg.get("From") or msg.get("Subject") or msg.get("Date")) and not msg.is_multipart():
        raise MalformedInput("no e-mail headers (From, Subject, Date) found", path=path)
    raw = message_from_email(msg)
    key = _thread_key(raw)
    return Document(kind="message", format="eml", messages=[raw], thread_key=key)


def read_mbox(data: bytes, path: str | None, limits: Limits) -> Iterator[Document | ItemError]:
    chunks = re.split(rb"(?:^|\n)From [^\n]*\n", data)
    index = 0
    for chunk in chunks:
        if not chunk.strip():
            continue
        if index >= limits.max_items:
            yield ItemError(
                index=index,
                error="FileTooLarge",
                message=f"more than {limits.max_items} messages; the rest were skipped",
                hint="Split the mailbox.",
            )
            return
        body = re.sub(rb"(?m)^>(>*From )", rb"\1", chunk)
        try:
            doc = read_eml(body, path)
            doc.format = "mbox"
            doc.index = index
            yield doc
        except MalformedInput as exc:
            yield ItemError(
                index=index, error=type(exc).__name__, message=exc.detail, hint=exc.hint
            )
        index += 1
    if index == 0:
        raise MalformedInput("no messages found in the mailbox", path=path)


def message_from_email(msg: Message) -> RawMessage:
    name, addr = parseaddr(str(msg.get("From", "") or ""))
    to = [a or n for n, a in getaddresses([str(v) for v in msg.get_all("To", []) or []]) if a or n]
    date = None
    if msg.get("Date"):
        try:
            date = parsedate_to_datetime(str(msg.get("Date"))).isoformat()
        except (TypeError, ValueError, IndexError):
            date = None
    body = clean_text(_body(msg))
    subject = clean_text(str(msg.get("Subject", "") or "")) or None
    split, forward = split_message(body, subject)
    refs = str(msg.get("References", "") or "").split()
    raw = RawMessage(
        body=split.body,
        quoted=split.quoted,
        signature=split.signature,
        sender=name.strip() or None,
        sender_email=addr.strip().lower() if "@" in addr else None,
        to=to,
        date=date,
        subject=subject,
        direction="inbound",
        attachments=_attachments(msg),
        message_id=str(msg.get("Message-ID", "") or "").strip() or None,
        in_reply_to=str(msg.get("In-Reply-To", "") or "").strip() or None,
        references=refs,
    )
    if forward is not None:
        apply_forward(raw, forward)
    return raw


def apply_forward(raw: RawMessage, forward: Forward) -> None:
    """Make `raw` the forwarded message: its sender, subject and date; the forwarder noted."""
    raw.forwarded = True
    raw.forwarded_by = raw.sender or raw.sender_email
    raw.forward_note = forward.note or None
    raw.sender, raw.sender_email = forward.sender, forward.sender_email
    raw.sender_profile_url = None  # a profile link in the header was the forwarder's
    raw.subject = forward.subject or forward_subject(raw.subject)
    if forward.date:
        with contextlib.suppress(TypeError, ValueError, IndexError):
            # "Tue, 4 Mar 2025 at 10:12" is not RFC 2822: the forward's own date is kept
            raw.date = parsedate_to_datetime(forward.date).isoformat()


def _thread_key(raw: RawMessage) -> str:
    if raw.references:
        return f"email:{raw.references[0]}"
    if raw.in_reply_to:
        return f"email:{raw.in_reply_to}"
    if raw.message_id and not normalise_subject(raw.subject):
        return f"email:{raw.message_id}"
    return f"subject:{normalise_subject(raw.subject)}|{raw.sender_email or ''}"


def _body(msg: Message) -> str:
    plain: str | None = None
    html: str | None = None
    for part in msg.walk() if msg.is_multipart() else [msg]:
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype not in {"text/plain", "text/html"}:
            continue
        text = _part_text(part)
        if ctype == "text/plain" and plain is None:
            plain = text
        elif ctype == "text/html" and html is None:
            html = text
    if plain and plain.strip():
        return plain
    if html:
        return html_to_text(html)
    return ""


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if part.get_content_charset() is None and isinstance(payload, bytes) and not payload.isascii():
        # no charset declared (a pasted mail saved as text, a careless sender): the email
        # package would turn every non-ASCII byte into U+FFFD ("kr 55 000" became "55")
        return decode_bytes(payload)[0]
    if isinstance(part, EmailMessage):
        try:
            content = part.get_content()
            if isinstance(content, str):
                return content
        except (LookupError, UnicodeError, ValueError, AssertionError, KeyError):
            pass
    if isinstance(payload, bytes):
        return decode_bytes(payload)[0]
    return str(part.get_payload() or "")


def _attachments(msg: Message) -> list[str]:
    names = []
    for part in msg.walk():
        if part.get_content_disposition() == "attachment":
            names.append(part.get_filename() or "attachment")
    return names
