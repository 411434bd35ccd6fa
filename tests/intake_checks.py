"""Checks shared by the intake tests: every span of evidence points at the text it claims."""

from __future__ import annotations

from sidedoor.intake import parse_text
from sidedoor.intake.models import ParsedItem


def assert_spans(item: ParsedItem) -> None:
    """Each evidence span of the positions and the recruiter is the text it quotes."""
    evidence = [ev for p in item.positions for ev in p.evidence.values()]
    evidence += list(item.recruiter.evidence.values())
    for ev in evidence:
        if ev.start is not None:
            assert item.text[ev.start : ev.end] == ev.text


def parse_checked(text: str) -> ParsedItem:
    """The one item of pasted ``text``, its evidence spans checked."""
    (item,) = parse_text(text).items
    assert_spans(item)
    return item


def benefit_names(text: str) -> set[str]:
    """The vocabulary names of the benefits ``text`` names."""
    from sidedoor.intake.extract.benefits import find_benefits

    return {b.name for b in find_benefits(text)}
