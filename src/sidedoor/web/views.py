"""Turning engine records into what templates show: text cut into plain and marked pieces.

Only presentation: which characters to wrap in <mark>, in what order. Templates escape
every piece (autoescape), so user text is never rendered as HTML.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sidedoor.opportunities.models import MessageRecord, OpportunityDetail
from sidedoor.practice.models import Feedback, Mark

#: Labels shown for feedback marks, in the order they win when marks overlap.
MARK_LABELS = {
    "filler": "filler word", "hedge": "hedge", "restart": "restart", "cliche": "cliché",
    "repeated": "repeated word", "outcome": "outcome", "number": "number", "scale": "scale",
    "tool": "named tool", "term": "job term", "i_action": "your action",
    "we_action": "team action", "talking_point": "talking point",
}
#: Marks whose label is the word itself (filler "um", action "led"), worth showing.
_WORDED = frozenset({"filler", "hedge", "repeated", "term", "i_action", "we_action"})


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str | None = None  # None: plain text
    label: str | None = None  # what the mark means (shown as its title and to screen readers)


def pieces(text: str, spans: list[tuple[int, int, str, str]]) -> list[Piece]:
    """``text`` cut at the spans (start, end, kind, label); overlapping later spans lose."""
    out: list[Piece] = []
    pos = 0
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, kind, label in spans:
        if not 0 <= start < end <= len(text):
            continue
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, kind, label))
    for start, end, kind, label in sorted(chosen):
        if start > pos:
            out.append(Piece(text[pos:start]))
        out.append(Piece(text[start:end], kind, label))
        pos = end
    if pos < len(text):
        out.append(Piece(text[pos:]))
    return out


def feedback_spans(fb: Feedback) -> list[tuple[int, int, str, str]]:
    """The feedback's marks as spans, most important first (delivery habits, then content)."""
    ins = fb.insights
    groups: list[tuple[str, list[Mark]]] = [
        ("filler", ins.fillers.spans), ("hedge", ins.hedges.spans),
        ("restart", ins.repetition.restarts.spans), ("cliche", ins.specificity.cliches),
        ("repeated", [m for r in ins.repetition.overused for m in r.spans]),
        ("outcome", ins.specificity.outcomes), ("number", ins.specificity.numbers),
        ("scale", ins.specificity.scale), ("tool", ins.specificity.tools),
        ("term", [m for t in ins.terms.used for m in t.spans]),
        ("i_action", ins.ownership.i_actions), ("we_action", ins.ownership.we_actions),
    ]
    spans = []
    for kind, marks in groups:
        for m in marks:
            worded = kind in _WORDED and m.label and m.label != kind
            label = MARK_LABELS[kind] + (f": {m.label}" if worded else "")
            spans.append((m.start, m.end, kind, label))
    return spans


def mark_counts(fb: Feedback) -> dict[str, int]:
    return dict(Counter(kind for _, _, kind, _ in feedback_spans(fb)))


#: How the legend above a marked answer names each kind of mark.
LEGEND = {
    "filler": "filler words", "hedge": "hedges", "restart": "restarts", "cliche": "clichés",
    "repeated": "repeated words", "outcome": "outcomes", "number": "numbers",
    "scale": "scale", "tool": "named tools", "term": "job terms",
    "i_action": "your actions (\u201cI \u2026\u201d)",
    "we_action": "the team\u2019s (\u201cwe \u2026\u201d)", "talking_point": "talking points",
}


def legend(fb: Feedback) -> list[tuple[str, str, int]]:
    """(kind, name, count) of each kind of mark in the answer, for the legend."""
    return [(kind, LEGEND.get(kind, kind.replace("_", " ")), n)
            for kind, n in mark_counts(fb).items()]


# ------------------------------------------------------------------ engine notes


@dataclass(frozen=True)
class Note:
    """An engine note as the web shows it: its text, and the page that does what it asks."""

    text: str
    href: str | None = None
    action: str | None = None


_PRACTICE_START = re.compile(r"`sidedoor practice start (\d+)(?: --position \d+)?`")
_PROFILE_CMD = re.compile(r"`sidedoor profile (?:current|import FILE|edit FILE)`")
#: Known CLI advice in the engines' notes, said the web's way: (pattern, text, href, action).
#: The CLI keeps its own wording; anything not matched keeps its text, with a link to the
#: page that does the same when it names a command the web has.
_KNOWN: list[tuple[re.Pattern[str], str, str, str]] = [
    (re.compile(r"^No practice answers yet, so there is no readiness score: start with "
                r"`sidedoor practice start (?P<id>\d+)`\.$"),
     "No practice answers yet, so there is no readiness score.",
     "/opportunities/{id}/practice", "Start practising"),
    (re.compile(r"^Your current job is not recorded, so the offer is compared with the market "
                r"only: set it with .*$"),
     "Your current job is not recorded, so the offer is compared with the market only.",
     "/profile", "Add your current job to compare pay, commute and flexibility"),
    (re.compile(r"^Routes from your own occupation need your current job: .*$"),
     "Routes from your own occupation need your current job.",
     "/profile", "Add it on the Profile page"),
]


_ADD_PROFILE = re.compile(r"add your profile with `sidedoor profile import FILE` \([^)]*\) and "
                          r"your current job with `sidedoor profile current`")


def web_note(note: str) -> Note:
    """One engine note for a page: CLI commands turned into links (see `_KNOWN`)."""
    if _ADD_PROFILE.search(note):
        return Note(_ADD_PROFILE.sub("add your résumé and current job on the Profile page",
                                     note), "/profile", "Open the Profile page")
    for pattern, text, href, action in _KNOWN:
        found = pattern.match(note)
        if found:
            return Note(text, href.format(**found.groupdict()), action)
    practice = _PRACTICE_START.search(note)
    if practice:
        return Note(note, f"/opportunities/{practice.group(1)}/practice", "Practise here")
    if _PROFILE_CMD.search(note):
        return Note(note, "/profile", "Open the Profile page")
    return Note(note)


def web_notes(notes: list[str] | None) -> list[Note]:
    return [web_note(n) for n in notes or []]


# ------------------------------------------------------------------ evidence


FIELD_LABELS = {
    "title": "title", "company": "company", "workplace": "workplace",
    "office_days_per_week": "office days", "pay": "pay", "pay.bonus": "bonus",
    "pay.equity": "equity", "pay.sign_on": "sign-on", "seniority": "seniority",
    "industry": "industry", "company_size": "company size", "remote_from": "remote from",
    "employment_type": "employment type", "benefits": "benefits",
}


@dataclass
class FieldRow:
    key: str
    label: str
    value: str
    anchor: str | None  # id of the <mark> in the message, when the evidence was found


@dataclass
class MessageView:
    message: MessageRecord
    pieces: list[Piece]


def field_label(key: str) -> str:
    base, _, index = key.partition(".")
    if key in FIELD_LABELS:
        return FIELD_LABELS[key]
    if base == "locations":
        return f"location {int(index) + 1}" if index.isdigit() else "location"
    if base == "benefits":
        return "benefit"
    return key.replace("_", " ").replace(".", " ")


def evidence_views(opp: OpportunityDetail) -> tuple[list[list[FieldRow]], list[MessageView]]:
    """Per position, its extracted fields; per message, its text with the evidence marked.

    Intake's offsets index the text it read (e.g. "Subject: …" then the body), not the body
    alone, so each message's offset is found from the evidence itself, and a span is marked
    only where the message really holds the evidence's words."""
    spans: dict[int, list[tuple[int, int, str, str]]] = {}
    rows: list[list[FieldRow]] = []
    bodies = {m.id: m.body or "" for m in opp.messages}
    for n, p in enumerate(opp.positions, start=1):
        found: list[FieldRow] = []
        evidence = {k: v for k, v in p.evidence.items() if isinstance(v, dict)}
        mid = p.source_message_id if p.source_message_id in bodies else (
            opp.messages[0].id if opp.messages else None)
        body = bodies.get(mid, "") if mid is not None else ""
        shift = _shift(body, evidence.values())
        for key, ev in evidence.items():
            start, end, words = ev.get("start"), ev.get("end"), str(ev.get("text") or "")
            anchor = None
            if isinstance(start, int) and isinstance(end, int) and shift is not None and \
                    mid is not None and body[start - shift:end - shift] == words and words:
                anchor = f"ev-{p.id}-{key.replace('.', '-')}"
                spans.setdefault(mid, []).append((start - shift, end - shift, "evidence",
                                                  f"position {n}: {field_label(key)}"))
            found.append(FieldRow(key, field_label(key), words, anchor))
        rows.append(found)
    views = [MessageView(m, pieces(m.body or "", spans.get(m.id, [])))
             for m in opp.messages]
    return rows, views


def _shift(body: str, evidence: Any) -> int | None:
    """The most common (offset - place in body) over the evidence found in the body."""
    votes: Counter[int] = Counter()
    for ev in evidence:
        start, words = ev.get("start"), str(ev.get("text") or "")
        if isinstance(start, int) and words:
            at = body.find(words)
            while at != -1 and at <= start:
                votes[start - at] += 1
                at = body.find(words, at + 1)
    return votes.most_common(1)[0][0] if votes else None
