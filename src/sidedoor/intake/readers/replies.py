"""Separate a message's new text from the quoted reply below it and the signature.

A small line-based splitter (see docs/intake.md for why not a library): it knows reply
headers in English, German, French, Spanish and Dutch ("On … wrote:", "Am … schrieb"),
Outlook's "From:/Sent:" blocks and "-----Original Message-----", ">"-quoted lines,
the "-- " signature delimiter, mobile footers and common sign-offs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_REPLY_HEADER = re.compile(
    r"^(?:On\b.{0,300}\bwrote:|Am\b.{0,300}\bschrieb\b.{0,100}:|Le\b.{0,300}\ba écrit ?:"
    r"|El\b.{0,300}\bescribió:|Op\b.{0,300}\bschreef\b.{0,100}:)\s*$",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}"
    r"|_{10,})\s*$",
    re.IGNORECASE,
)
_OUTLOOK_FROM = re.compile(r"^\*?(?:From|Von|De)\s*:\*?\s+\S", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(r"^\*?(?:Sent|Date|Gesendet|Datum|Envoyé)\s*:\*?\s+\S", re.IGNORECASE)
_MOBILE = re.compile(
    r"^(?:Sent from my \w+|Get Outlook for \w+|Sent from Mail for Windows|Von meinem \w+ gesendet)",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes)|thanks (?:&|and) (?:best |kind"
    r" )?regards|cheers|thanks(?: again)?"
    r"|thank you|many thanks|best|all the best|sincerely|yours sincerely|talk soon|speak soon"
    r"|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|cordialement"
    r"|saludos|met vriendelijke groet|looking forward to hearing from you)\s*[,.!]?\s*$",
    re.IGNORECASE,
)


@dataclass
class Split:
    body: str
    quoted: str | None
    signature: str | None


def split_reply(text: str) -> Split:
    """Split `text` (already cleaned, `\\n` newlines) into new body, quoted part and signature."""
    lines = text.split("\n")
    cut = _quote_start(lines)
    head, tail = lines[:cut], lines[cut:]
    quoted_inline = [ln for ln in head if ln.startswith(">")]
    head = [ln for ln in head if not ln.startswith(">")]
    quoted_parts = [*quoted_inline, *tail]
    quoted = "\n".join(quoted_parts).strip() or None
    body, signature = _split_signature(head)
    return Split(body=body, quoted=quoted, signature=signature)


def _quote_start(lines: list[str]) -> int:
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        joined = stripped if i + 1 >= len(lines) else f"{stripped} {lines[i + 1].strip()}"
        if _REPLY_HEADER.match(stripped) or (
            stripped.lower().startswith(("on ", "am ", "le ", "el ", "op "))
            and _REPLY_HEADER.match(joined)
        ):
            return i if i > 0 else _nonempty_after(lines, i)
        if _ORIGINAL.match(stripped):
            return i
        if (
            _OUTLOOK_FROM.match(stripped)
            and i > 0
            and any(_OUTLOOK_SENT.match(x.strip()) for x in lines[i + 1 : i + 5])
        ):
            return i
        if stripped.startswith(">") and all(not x.strip() or x.startswith(">") for x in lines[i:]):
            return i
    return len(lines)


def _nonempty_after(lines: list[str], i: int) -> int:
    # A reply header on the very first line means the whole text is quoted; keep it as body.
    return len(lines)


def _split_signature(lines: list[str]) -> tuple[str, str | None]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    n = len(lines)
    for i, line in enumerate(lines):
        if line.rstrip() in {"--", "-- "} or _MOBILE.match(line.strip()):
            return _join(lines[:i]), _join(lines[i:]) or None
    # A sign-off within the last 12 lines, followed by at most 10 short lines (name, title…).
    for i in range(max(0, n - 12), n):
        if _SIGN_OFF.match(lines[i].strip()) and i > 0:
            rest = [x for x in lines[i + 1 :] if x.strip()]
            if len(rest) <= 10 and all(len(x) <= 120 for x in rest):
                return _join(lines[:i]), _join(lines[i:]) or None
    return _join(lines), None


def _join(lines: list[str]) -> str:
    return "\n".join(lines).strip()
