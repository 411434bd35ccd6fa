"""Required or nice-to-have: from section headers and cue phrases in the same clause.

A clause's own cue wins ("German is a plus" -> nice to have, "CPA licence required" ->
required); otherwise the section it sits under ("Requirements:", "Nice to have:", "Bonus
points"); otherwise null: the text does not say. Hand-written cue lists.
"""

from __future__ import annotations

import bisect
import re

from sidedoor.language.skill_text import segments

_NICE_HEADER = re.compile(
    r"^(?:nice[ -]to[ -]haves?|preferred(?: qualifications| skills| experience)?|bonus(?: points)?"
    r"|pluses|plus|desired(?: skills| qualifications)?|desirable|good[ -]to[ -]haves?"
    r"|extra credit|would be nice|it'?s a plus(?: if)?|even better(?: if)?"
    r"|bonus if you have)\b",
    re.I,
)
_REQUIRED_HEADER = re.compile(
    r"^(?:(?:minimum |basic |required |key |essential )?(?:requirements|qualifications)"
    r"|required(?: skills| experience)?|must[ -]haves?|must have|what you(?:'ll)? need"
    r"|what you bring|what we(?:'re| are) looking for|who you are|you have|you should have"
    r"|essentials?|skills(?: and| &) (?:experience|qualifications)"
    r"|requirements(?: and| &) skills)\b",
    re.I,
)
_NEUTRAL_HEADER = re.compile(
    r"^(?:responsibilities|duties|what you(?:'ll| will) do|about (?:us|the role|the job|you)"
    r"|the role|benefits|perks|we offer|what we offer|overview|summary|description"
    r"|job description|the job|your role|your day|day to day|compensation|salary)\b",
    re.I,
)
_NICE_CUE = re.compile(
    r"\b(?:preferred|prefer|preferably|(?:a |big |huge |strong )plus|nice[ -]to[ -]have"
    r"|bonus|advantage(?:ous)?|desirable|desired|ideally|would be (?:great|nice|helpful)"
    r"|helpful|optional|beneficial|good to have|not required|familiar(?:ity)? with"
    r"|exposure to)\b",
    re.I,
)
_REQUIRED_CUE = re.compile(
    r"\b(?:must|required|require[sd]?|requirements?|mandatory|essential|necessary|minimum"
    r"|need(?:s)? to|needed)\b",
    re.I,
)
_CLAUSE = re.compile(r";|\s[–—]\s|\.\s")


class RequirementMap:
    """Answers "required?" for any character offset of one text."""

    def __init__(self, text: str) -> None:
        self._starts: list[int] = []
        self._values: list[bool | None] = []
        section: bool | None = None
        for seg in segments(text):
            body = text[seg.start : seg.end]
            stripped = body.lstrip(" \t-•*·#>").rstrip()
            head, colon, rest = stripped.partition(":")
            is_header = False
            if colon and len(head.split()) <= 6:
                state = _header_state(head)
                if state != "none":
                    section = None if state is None else state == "required"
                    is_header = not rest.strip()
            elif len(stripped.split()) <= 5 and not stripped.endswith((".", "!", "?")):
                state = _header_state(stripped)
                if state != "none":
                    section = None if state is None else state == "required"
                    is_header = True
            if is_header:
                continue
            last = 0
            for m in [*_CLAUSE.finditer(body), None]:
                cut = m.start() if m else len(body)
                self._starts.append(seg.start + last)
                self._values.append(_clause_state(body[last:cut], section))
                last = m.end() if m else last
        self._starts.append(len(text) + 1)
        self._values.append(None)

    def at(self, offset: int) -> bool | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._values[i] if i >= 0 else None


def _header_state(head: str) -> str | None:
    """'required', 'nice', None for a neutral header, 'none' for no header at all."""
    head = head.strip(" *#_").strip()
    if _NICE_HEADER.match(head):
        return "nice"
    if _REQUIRED_HEADER.match(head):
        return "required"
    if _NEUTRAL_HEADER.match(head):
        return None
    return "none"


def _clause_state(clause: str, section: bool | None) -> bool | None:
    if _NICE_CUE.search(clause):
        return False
    if _REQUIRED_CUE.search(clause):
        return True
    return section
