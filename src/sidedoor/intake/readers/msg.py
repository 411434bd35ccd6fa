"""Outlook .msg files (OLE compound documents) read with `olefile` (BSD).

`extract-msg`, the usual choice, is GPL-3.0 and pulls in RTF and HTML stacks; the MAPI
properties intake needs are a handful of streams, read here directly.
"""

from __future__ import annotations

import re

from sidedoor.intake.errors import MalformedInput
from sidedoor.intake.readers.base import Document, RawMessage
from sidedoor.intake.readers.html import html_to_text
from sidedoor.intake.readers.mail import _thread_key, apply_forward
from sidedoor.intake.readers.replies import split_message
from sidedoor.intake.textutil import clean_text, decode_bytes

_PROPS = {
    "subject": "0037",
    "body": "1000",
    "html": "1013",
    "sender_name": "0C1A",
    "sender_email": "0C1F",
    "sender_smtp": "5D01",
    "display_to": "0E04",
    "headers": "007D",
    "message_id": "1035",
}


def read_msg(data: bytes, path: str | None) -> Document:
    import importlib

    olefile = importlib.import_module("olefile")  # untyped (no stubs); see docs/intake.md

    try:
        if not olefile.isOleFile(data=data):
            raise MalformedInput("not an Outlook .msg file (no OLE header)", path=path)
        ole = olefile.OleFileIO(data)
    except MalformedInput:
        raise
    except Exception as exc:  # olefile raises many kinds on damaged files
        raise MalformedInput(f"damaged Outlook .msg file ({exc})", path=path) from exc
    try:
        props = {name: _prop(ole, code) for name, code in _PROPS.items()}
    except Exception as exc:
        raise MalformedInput(f"damaged Outlook .msg file ({exc})", path=path) from exc
    finally:
        ole.close()
    body = props["body"] or ""
    if not body.strip() and props["html"]:
        body = html_to_text(props["html"])
    split, forward = split_message(clean_text(body), props["subject"])
    headers = props["headers"] or ""
    date_match = re.search(r"(?im)^Date:\s*(.+)$", headers)
    date = None
    if date_match:
        from email.utils import parsedate_to_datetime

        try:
            date = parsedate_to_datetime(date_match.group(1).strip()).isoformat()
        except (TypeError, ValueError, IndexError):
            date = None
    email = props["sender_smtp"] or props["sender_email"]
    raw = RawMessage(
        body=split.body,
        quoted=split.quoted,
        signature=split.signature,
        sender=(props["sender_name"] or "").strip() or None,
        sender_email=email.strip().lower() if email and "@" in email else None,
        to=[t.strip() for t in (props["display_to"] or "").split(";") if t.strip()],
        date=date,
        subject=clean_text(props["subject"] or "") or None,
        direction="inbound",
        message_id=(props["message_id"] or "").strip() or None,
    )
    if forward is not None:
        apply_forward(raw, forward)
    if raw.subject is None and not raw.body:
        raise MalformedInput("the .msg file has neither a subject nor a body", path=path)
    return Document(kind="message", format="msg", messages=[raw], thread_key=_thread_key(raw))


def _prop(ole: object, code: str) -> str | None:
    for suffix, encoding in (("001F", "utf-16-le"), ("001E", None), ("0102", None)):
        name = f"__substg1.0_{code}{suffix}"
        if ole.exists(name):  # type: ignore[attr-defined]
            raw: bytes = ole.openstream(name).read(20 * 1024 * 1024)  # type: ignore[attr-defined]
            if encoding:
                return raw.decode(encoding, "replace").rstrip("\x00")
            return decode_bytes(raw)[0].rstrip("\x00")
    return None
