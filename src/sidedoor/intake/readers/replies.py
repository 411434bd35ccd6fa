"""Separate a message's new text from the quoted reply below it and the signature.

A small line-based splitter (see docs/intake.md for why not a library): it knows reply
headers in English, German, French, Spanish and Dutch ("On … wrote:", "Am … schrieb"),
Outlook's "From:/Sent:" blocks and "-----Original Message-----", ">"-quoted lines,
the "-- " signature delimiter, mobile footers and common sign-offs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidedoor.intake.textutil import AFTER_NAME, SIGN_OFF

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


# Forwarded mail: Gmail "---------- Forwarded message ---------", Thunderbird "-------- Forwarded
# Message --------", Apple Mail "Begin forwarded message:", German / French / Spanish / Dutch forms
_FORWARD_MARK = re.compile(
    r"^(?:-{2,}\s*(?:Forwarded message|Forwarded Message|Weitergeleitete Nachricht"
    r"|Message transféré|Mensaje reenviado|Doorgestuurd bericht)\s*-{0,}"
    r"|Begin forwarded message\s*:|Anfang der weitergeleiteten Nachricht\s*:"
    r"|Début du message réexpédié\s*:)\s*$",
    re.IGNORECASE,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^\*?(?P<key>From|Von|De|Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha|To|An|À|Para|Cc"
    r"|Subject|Betreff|Objet|Asunto|Onderwerp|Reply-To)\s*:\*?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_FROM_KEYS = frozenset({"from", "von", "de"})
_SUBJECT_KEYS = frozenset({"subject", "betreff", "objet", "asunto", "onderwerp"})
_DATE_KEYS = frozenset({"sent", "date", "gesendet", "datum", "envoyé", "enviado", "fecha"})
# a forwarder's note that says it passes something on (for an Outlook block with no marker)
_FORWARD_NOTE = re.compile(
    # ("put you forward", "look forward", "moving forward" forward nothing)
    r"\b(?:(?<!look )(?<!looking )(?<!moving )(?<!going )(?<!you )forward(?:ed|ing)?"
    r"|fyi|see below|passing (?:this|it) on|sending (?:this|it) (?:on|over)"
    r"|thought (?:of you|you might|you'd)|weitergeleitet|weiterleitung"
    # "Alex - one for you?", "might be up your street", "worth a look?"
    r"|one for you|for you\?|(?:up|right up) your (?:street|alley)|(?:worth|have|take) a look"
    r"|might (?:be of )?interest(?: to)? you|could be (?:interesting|good|right) for you"
    # "this came into the shared inbox, meant for you"
    r"|meant for you|intended for you|addressed to you|(?:came|landed|arrived) (?:in|to|into)"
    r" (?:the|our|my) (?:\w+ )?inbox"
    # "for you" in other languages: "asta e pentru tine", "esto es para ti", "das ist was für
    # dich", "c'est pour toi", "iets voor jou", "fa per te", "coś dla ciebie", "isso é pra você"
    r"|pentru tine|para ti|para vos|für dich|pour toi|voor jou|per te|dla ciebie|pra você"
    r"|para você|te reenv[ií]o|je te transf[eè]re|ti inoltro|ich leite dir)\b",
    re.IGNORECASE,
)


# cheap pre-check (substrings, no regex): every form above has one of these
_MAYBE_FORWARD = (
    "orwarded",
    "From:",
    "FROM:",
    "from:",
    "Von:",
    "De:",
    "Original Message",
    "Ursprüngliche",
    "Message d'origine",
    "_" * 10,
    "eitergeleitet",
    "réexpédié",
    "reenviado",
    "oorgestuurd",
)


@dataclass
class Forward:
    """A forwarded message found inside another: the forwarder's note and the original."""

    note: str  # what the forwarder wrote above the forwarded message ("" when nothing)
    body: str  # the forwarded message, below its header block
    sender: str | None
    sender_email: str | None
    subject: str | None
    date: str | None  # the header's date as written


def unwrap_forward(text: str, subject: str | None = None) -> Forward | None:
    """The forwarded message inside `text`, or None when `text` forwards nothing.

    A forward is a marker line ("Forwarded message", "Begin forwarded message:") followed by a
    header block, or an Outlook "From: / Sent: / To: / Subject:" block (or "-----Original
    Message-----") when the subject is "FW:" / "Fwd:" or the note above it says it forwards
    ("see below", "FYI", "forwarding"). A reply's quoted block is not a forward.
    """
    for needle in _MAYBE_FORWARD:
        if needle in text:
            break
    else:
        return None
    lines = text.split("\n")
    forward_subject = bool(subject and _FORWARD_SUBJECT.match(subject))
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _FORWARD_MARK.match(stripped):
            return _forward_at(lines, i + 1, "\n".join(lines[:i]).strip())
        if not forward_subject and i == 0 and _FORWARD_SUBJECT.match(stripped):
            forward_subject = True  # a pasted "FW: …" subject line
            continue
        if _ORIGINAL.match(stripped) or (
            _OUTLOOK_FROM.match(stripped)
            and any(_OUTLOOK_SENT.match(x.strip()) for x in lines[i + 1 : i + 5])
        ):
            note = "\n".join(lines[:i]).strip()
            if forward_subject or (note and _FORWARD_NOTE.search(note)):
                start = i + 1 if _ORIGINAL.match(stripped) else i
                return _forward_at(lines, start, note)
            return None
        if _REPLY_HEADER.match(stripped):
            return None
    return None


def _forward_at(lines: list[str], start: int, note: str) -> Forward | None:
    """Read the header block from `start` (blank lines before it allowed) and the body under it."""
    headers: dict[str, str] = {}
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        match = _HEADER_LINE.match(lines[i].strip())
        if match is None:
            break
        key = match.group("key").lower()
        for group, keys in (("from", _FROM_KEYS), ("subject", _SUBJECT_KEYS), ("date", _DATE_KEYS)):
            if key in keys and group not in headers:
                headers[group] = match.group("value").strip()
        i += 1
    body = "\n".join(lines[i:]).strip()
    if not body:
        return None
    sender, email = _address(headers.get("from", ""))
    return Forward(
        note=note,
        body=body,
        sender=sender,
        sender_email=email,
        subject=headers.get("subject") or None,
        date=headers.get("date") or None,
    )


def _address(value: str) -> tuple[str | None, str | None]:
    """ "Priya Nair <priya@x.com>", "priya@x.com", "Nair, Priya [mailto:priya@x.com]"."""
    email_match = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
    email = email_match.group(0).lower() if email_match else None
    name = re.sub(r"<[^>]*>|\[mailto:[^\]]*\]|\([^)]*@[^)]*\)", "", value)
    if email:
        name = name.replace(email_match.group(0) if email_match else "", "")
    name = name.strip(" \"'<>*")
    return name or None, email


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
    # ">> Lead Process Engineer" with no line quoted once: a list's marker, not a second
    # level of quoting
    marker = ">" if any(_QUOTED_ONCE.match(ln) for ln in head) else ">>"
    listed = _listed_after_colon(head) if cut == len(lines) else set()
    quoted_inline = [
        ln for i, ln in enumerate(head)
        if ln.startswith(">") and not _list_arrow(ln, marker) and i not in listed
    ]
    head = [
        ln for i, ln in enumerate(head)
        if not ln.startswith(">") or _list_arrow(ln, marker) or i in listed
    ]
    quoted_parts = [*quoted_inline, *tail]
    quoted = "\n".join(quoted_parts).strip() or None
    body, signature = _split_signature(head)
    return Split(body=body, quoted=quoted, signature=signature)


_QUOTED_ONCE = re.compile(r">(?!>)")


def _listed_after_colon(lines: list[str]) -> set[int]:
    """The lines of a list marked with ">" ("What we offer:\n> Salary £80,000 – £95,000\n>
    Pension …") in a message that quotes nothing: runs of "> " lines right after a line of
    the writer's own that ends in a colon, with the writer's own text after them."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        if not lines[i].startswith("> ") or i == 0 or not lines[i - 1].rstrip().endswith(":"):
            i += 1
            continue
        if lines[i - 1].startswith(">"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].startswith("> "):
            j += 1
        if any(ln.strip() and not ln.startswith(">") for ln in lines[j:]):
            out.update(range(i, j))
        i = j
    return out


def _list_arrow(line: str, marker: str) -> bool:
    return marker == ">>" and line.startswith(">> ") and not line.startswith(">>>")


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
        if SIGN_OFF.fullmatch(lines[i].strip()) and i > 0:
            rest = [x for x in _above_disclaimer(lines[i + 1 :]) if x.strip()]
            if len(rest) <= 10 and all(len(x) <= 120 for x in rest):
                return _join(lines[:i]), _join(lines[i:]) or None
    block = _name_block(lines)
    if block is not None:
        return _join(lines[:block]), _join(lines[block:]) or None
    return _join(lines), None


def _above_disclaimer(lines: list[str]) -> list[str]:
    """The signature's lines above a closing disclaimer: a last paragraph of long lines after a
    blank line ("This e-mail is confidential …", "Ai sensi del Regolamento UE 2016/679 …")."""
    for i, line in enumerate(lines):
        if len(line) > 120:
            if i >= 2 and not lines[i - 1].strip() and _DISCLAIMER.search(" ".join(lines[i:])):
                return lines[:i]
            break
    return lines


# the words of the notices mailers put under a signature
_DISCLAIMER = re.compile(
    r"(?i:confidential|intended (?:solely )?for|privileged|gdpr|privacy|data protection"
    r"|personal data|dati personali|datos personales|données personnelles|datenschutz"
    r"|personenbezogen|persoonsgegevens|dane osobowe|osobní údaje|unsubscribe|disclaimer"
    r"|2016/679|vertraulich|riservat|confidencial)"
)


# A person's name on a line of its own: "James Whitfield", "Mary-Jane O'Neil", "J. R. Smith",
# "Łukasz Wójcik", "Anna van der Berg"
_PARTICLES = frozenset(
    ["van", "von", "de", "da", "del", "der", "den", "di", "du", "la", "le", "bin", "al"]
)
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")


def _is_name_line(line: str) -> bool:
    line = AFTER_NAME.sub("", line)
    words = line.split()
    if not 2 <= len(words) <= 4 or not words[-1][:1].isupper():
        return False
    for word in words:
        if word in _PARTICLES or (len(word) == 2 and word[0].isupper() and word[1] == "."):
            continue
        if not (_NAME_WORD.fullmatch(word) and word[0].isupper() and not word.isupper()):
            return False
    return True


_NOT_NAME = re.compile(
    r"\b(?:Regards|Thanks|Best|Cheers|Hello|Dear|Kind|Warm|Many|Hi|Hey|Greetings|Sincerely"
    r"|Team|Group|Recruitment|Talent|Search|Partners|Solutions|Consulting|Limited|Ltd|Inc"
    r"|Engineer|Manager|Director|Recruiter|Consultant|Partner|Specialist|Lead|Head|Officer"
    r"|Analyst|Developer|Nurse|Associate|Executive|Advisor|Adviser|Assistant|Coordinator"
    # headings of a last paragraph ("Next Steps", "Key Skills", "Job Details")
    r"|Steps|Skills|Details|Benefits|Requirements|Responsibilities|Package|Salary|Location"
    r"|Summary|Overview|About|Role|Position|Job|Contact|Apply|Information|Notes|Perks)\b"
)


def _name_block(lines: list[str]) -> int | None:
    """A signature with no sign-off line: a last paragraph of two to six short lines whose
    first is a person's name ("James Whitfield / Partner / Sterling Cross Search"), below a
    body of its own. The line index where it starts, or None."""
    start = len(lines)
    while start > 0 and lines[start - 1].strip():
        start -= 1
    block = [x.strip() for x in lines[start:]]
    if not (2 <= len(block) <= 6) or not any(x.strip() for x in lines[:start]):
        return None
    first = block[0]
    if not _is_name_line(first) or _NOT_NAME.search(first):
        return None
    if any(len(x) > 80 or x.endswith(("?", "!")) for x in block[1:]):
        return None
    return start


def _join(lines: list[str]) -> str:
    return "\n".join(lines).strip()


def split_message(text: str, subject: str | None = None) -> tuple[Split, Forward | None]:
    """`split_reply` of the message to analyse: the forwarded one when `text` forwards one."""
    forward = unwrap_forward(text, subject)
    if forward is None:
        return split_reply(text), None
    if _own_message(forward):
        # "Hi Leila, I'm Grace, a recruiter on … Quick summary of the role: …" above a colleague's
        # forwarded note: the forwarder wrote the message; what they forward is quoted
        split = split_reply(forward.note)
        end = text.find(forward.note) + len(forward.note)
        rest = text[end:].strip()
        split.quoted = "\n\n".join(q for q in (split.quoted, rest) if q) or None
        return split, None
    return split_reply(forward.body), forward


_GREETING_START = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hola|bonjour|hallo|ciao|olá|oi"
    r"|hej|hei)\b",
    re.IGNORECASE,
)


def _own_message(forward: Forward) -> bool:
    """The note above a forwarded message is a whole message to the reader, longer than what it
    forwards: it opens with a greeting and runs on for several lines."""
    note = forward.note
    return (
        len(note) > 400
        and len(note) > len(forward.body)
        and _GREETING_START.match(note) is not None
    )


def forward_subject(subject: str | None) -> str | None:
    """ "Fwd: Data Engineer" -> "Data Engineer"."""
    if subject is None:
        return None
    return re.sub(r"^(?:\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:\s*)+", "", subject, flags=re.I) or None
