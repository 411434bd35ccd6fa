"""The next step the sender asks for: a call, a meeting, a reply, a CV, an application."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sidedoor.intake.models import NextStepKind
from sidedoor.intake.textutil import Lower

_WHEN = re.compile(
    r"\b(?:today|tomorrow|this (?:week|afternoon|morning|evening|friday|monday|tuesday|wednesday"
    r"|thursday)"
    r"|next (?:week|monday|tuesday|wednesday|thursday|friday)|(?:on )?(?:mon|tues|wednes|thurs"
    r"|fri)day"
    r"(?: (?:morning|afternoon|at \d{1,2}(?::\d{2})?\s?(?:am|pm)?))?|early next week|end of (?:the"
    r" )?week"
    r"|in the coming days|at your convenience|\d{1,2}(?::\d{2})?\s?(?:am|pm)(?: [A-Z]{2,4})?|diese"
    r" woche|nächste woche)\b",
    re.I,
)
_STEPS: tuple[tuple[NextStepKind, Lower], ...] = (
    (
        "call",
        Lower(
            r"\b(?:\d{1,2}[- ]?(?:min(?:ute)?s?|mins?)\s(?:call|chat|phone call|conversation|intro"
            r" call|zoom|teams call)"
            r"|(?:quick|brief|short|informal|exploratory|confidential|intro(?:ductory)?)\s(?:call"
            r"|chat|phone call|conversation|catch[- ]up)"
            r"|(?:hop|jump) on a (?:call|quick call|zoom)|(?:time|free|available) (?:for a call|to"
            r" (?:talk|chat|speak))"
            r"|(?:give you a|have a) (?:call|ring)|speak (?:on the phone|this week|tomorrow)|set"
            r" up a call|schedule a (?:call|chat)"
            r"|open to (?:a )?(?:chat|call|conversation)|happy to (?:chat|talk)|calendly\.com/\S+"
            r"|book (?:a )?(?:time|slot)"
            r"|(?:can|could) (?:we|i) (?:call|chat|speak|talk)|kurzes telefonat|telefonat)\b"
        ),
    ),
    (
        "meeting",
        Lower(
            r"\b(?:meet (?:for (?:a )?coffee|in person|up)|grab (?:a )?coffee|coffee chat"
            r"|interview (?:slot|with)|first[- ]round interview|on-?site interview|video"
            r" interview)\b"
        ),
    ),
    (
        "send_cv",
        Lower(
            r"\b(?:send (?:me |over |through )?(?:your |an? )?(?:updated |latest |current )?(?:cv"
            r"|resume|résumé|lebenslauf)"
            r"|(?:cv|resume|résumé) (?:over|across)|share (?:your |an )?(?:updated |latest "
            r"|current )?(?:cv|resume|résumé))\b"
        ),
    ),
    (
        "apply",
        Lower(
            r"\b(?:apply (?:here|now|via|at|online|through|today)|submit (?:your|an) application"
            r"|application link|bewerben sie sich)\b"
        ),
    ),
    (
        "reply",
        Lower(
            r"\b(?:let me know (?:if|whether|what|when)|(?:drop|send) me a (?:line|message|note)"
            r"|reply (?:to this|here|back)"
            r"|get back to me|(?:are|would) you (?:be )?(?:open|interested)|interested\?|worth a"
            r" conversation"
            r"|thoughts\?|keen to hear|look forward to hearing)\b"
        ),
    ),
)


@dataclass
class StepFinding:
    kind: NextStepKind
    text: str
    when: str | None
    start: int
    end: int


def find_next_step(text: str, start: int = 0, end: int | None = None) -> StepFinding | None:
    """The strongest ask in text[start:end] (call > meeting > CV > apply > reply), as a sentence."""
    end = len(text) if end is None else end
    for kind, pattern in _STEPS:
        match = pattern.search(text, start, end)
        if not match:
            continue
        s, e = _sentence(text, match.start(), match.end(), start, end)
        sentence = text[s:e]
        when = _WHEN.search(sentence)
        if when is None:
            following = text[e : min(end, e + 120)]
            when = _WHEN.search(following.split("\n")[0])
        return StepFinding(kind, sentence, when.group(0) if when else None, s, e)
    return None


def _sentence(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    left = max(
        text.rfind(". ", lo, s),
        text.rfind("\n", lo, s),
        text.rfind("! ", lo, s),
        text.rfind("? ", lo, s),
    )
    left = lo if left < 0 else left + 1
    rights = [
        i
        for i in (
            text.find(". ", e, hi),
            text.find("\n", e, hi),
            text.find("? ", e, hi),
            text.find("! ", e, hi),
        )
        if i >= 0
    ]
    right = min(rights) + 1 if rights else hi
    while left < right and text[left].isspace():
        left += 1
    return left, min(right, hi)
