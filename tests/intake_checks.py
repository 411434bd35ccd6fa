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


def company_found(text: str) -> str | None:
    """The company the text's phrasings name (`find_company`), or None."""
    from sidedoor.intake.extract.company import find_company

    found = find_company(text)
    return found.value if found else None


def pasted_item(text: str) -> ParsedItem:
    """The first item of ``text`` parsed as a pasted file (no evidence check: some rounds'
    cases quote what a message's evidence does not)."""
    from sidedoor.intake import parse_bytes

    item = parse_bytes(text.encode(), name="m.txt").items[0]
    assert isinstance(item, ParsedItem)
    return item


def benefit_names(text: str) -> set[str]:
    """The vocabulary names of the benefits ``text`` names."""
    from sidedoor.intake.extract.benefits import find_benefits

    return {b.name for b in find_benefits(text)}
