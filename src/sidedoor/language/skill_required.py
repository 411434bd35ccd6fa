"""Required or nice-to-have: from section headers and cue phrases in the same clause.

A clause's own cue wins ("German is a plus" -> nice to have, "CPA licence required" ->
required); otherwise the section it sits under ("Requirements:", "Nice to have:", "Bonus
points"); otherwise null: the text does not say. Hand-written cue lists.
"""

from __future__ import annotations

import bisect
import re

from sidedoor.language.skill_text import Segment, segments

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
    """Answers "required?" for any character offset of one text.

    The sections are read when it is made (a header's state carries down); a sentence is cut
    into clauses, and a clause's cues read, only when an offset in it is asked about (a text
    has a few skills and many sentences)."""

    def __init__(self, text: str, segs: list[Segment] | None = None) -> None:
        self._text = text
        # the sentences that are not headers: where each starts and ends, and its section
        self._starts: list[int] = []
        self._sentences: list[tuple[int, int, bool | None]] = []
        self._clauses: dict[int, tuple[list[int], list[bool | None]]] = {}
        section: bool | None = None
        for seg in segments(text) if segs is None else segs:
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
            self._starts.append(seg.start)
            self._sentences.append((seg.start, seg.end, section))

    def at(self, offset: int) -> bool | None:
        """The clause's own cue, else its section's state (None before the first sentence; an
        offset in a header or between sentences belongs to the last clause before it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        if i not in self._clauses:
            start, end, section = self._sentences[i]
            body = self._text[start:end]
            starts: list[int] = []
            values: list[bool | None] = []
            last = 0
            for m in [*_CLAUSE.finditer(body), None]:
                cut = m.start() if m else len(body)
                starts.append(start + last)
                values.append(_clause_state(body[last:cut], section))
                last = m.end() if m else last
            self._clauses[i] = (starts, values)
        starts, values = self._clauses[i]
        return values[bisect.bisect_right(starts, offset) - 1]


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
