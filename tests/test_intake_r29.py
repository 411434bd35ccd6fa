"""Round 29: the word-boundary-led alternatives of a pattern joined under one boundary (the same
matches, faster), and the rules read on round 29's development sets (messages in our own
words)."""

from __future__ import annotations

import re

import pytest

from sidedoor.intake.extract import outreach
from sidedoor.intake.textutil import alternatives, word_led

# texts in several languages and layouts that the outreach cues' expressions are run on
_TEXTS = [
    "Hi Ana, we're hiring a Senior Data Engineer - are you free for a quick call this week?",
    "¿Hablamos? Tengo una posición de Jefe de Planta en Monterrey. ¿15 minutos mañana?",
    "Vi har nettopp lyst ut en stilling som prosjektleder. Rakk du å se på meldingen min?",
    "Wir suchen ab sofort eine Pflegefachkraft (m/w/d). Melden Sie sich gerne telefonisch!",
    "Kami sedang mencari Jurutera Mekanikal. Jawatan kosong di Shah Alam, untuk temuduga.",
    "Thanks for your application for the Warehouse Supervisor role. Unfortunately we have...",
    "Join our webinar on hiring trends: register now, seats are limited! Unsubscribe here.",
    "Hey! Long time no see, are you free for coffee on Friday? Let me know either way.",
    "我们正在招聘高级工程师，薪资面议。ご興味がございましたら、ご連絡ください。통화 가능하세요?",
    "I'm a recruiter at Hays. My client is looking for a Site Manager, £60k + car. Open to "
    "a chat? Any thoughts on the Project Manager role I sent over?",
]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\ba|\bb|c", r"\b(?:a|b)|c"),
        (r"c|\ba|\bb|d|\be", r"c|\b(?:a|b)|d|\be"),
        (r"\b(?:\ba|\bb(?:x|y)|c)", r"\b(?:a|b(?:x|y)|c)"),
        (r"\ba[|(]|\bb", r"\b(?:a[|(]|b)"),  # a bracket or bar in a class is no structure
        (r"\ba\||\bb", r"\b(?:a\||b)"),  # an escaped bar is no alternative
        (r"(?i)\ba|\bb", r"(?i)\ba|\bb"),  # inline flags: left as it is
        (r"\ba(|\bb", r"\ba(|\bb"),  # unbalanced: left as it is
        (r"\b(?:a)(?:b)", r"\b(?:a)(?:b)"),  # the group does not span the pattern
    ],
)
def test_word_led_joins_runs_of_boundary_led_alternatives(pattern: str, expected: str) -> None:
    assert word_led(pattern) == expected


def test_alternatives_split_at_the_top_level_only() -> None:
    assert alternatives(r"a|b(c|d)|[]|]e|\|f") == ["a", "b(c|d)", "[]|]e", r"\|f"]
    assert alternatives("a)|b") is None


def test_outreach_expressions_match_as_written() -> None:
    """Every cue's compiled expression finds the spans its written expression finds."""
    checked = 0
    written_cues = [c for c in outreach.CUES if c[2]]
    for cue, (name, _, parts) in zip(outreach._COMPILED, written_cues, strict=True):
        assert cue.name == name
        for part, (_, written) in zip(cue.parts, parts, strict=True):
            plain = re.compile(written)
            for text in _TEXTS:
                low = text.lower()
                want = [m.span() for m in plain.finditer(low)]
                assert [m.span() for m in part.lower.finditer(low)] == want, (name, written[:40])
                checked += bool(want)
    assert checked > 20  # the texts exercise many of the expressions
