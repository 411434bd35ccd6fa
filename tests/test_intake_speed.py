"""The shortcuts that make a big import fast give exactly the answers of the plain code."""

from __future__ import annotations

from pathlib import Path

from sidedoor.intake.extract import outreach

LABELLED = Path(__file__).parents[1] / "benchmarks" / "intake" / "labelled"


def _plain_gate_words(low: str) -> set[str]:
    return {word for word in outreach._GATE_WORDS if word in low}


def test_one_pass_finds_the_gate_substrings_testing_each_finds() -> None:
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(LABELLED.glob("*.txt"))]
    assert texts
    # overlapping and nested substrings: a word inside a longer one, one starting another
    texts += [
        "hiring manager", "the hiring manag", "apply now; we are hiring", "working on it",
        "req", "requirements", "cv", "your cv and your resume", "→ apply", "", "a",
    ]
    for low in texts:
        assert outreach.gate_words(low) == _plain_gate_words(low)
    assert len(outreach.gate_words(texts[0])) > 10  # the labelled sets hold many


def test_the_scan_finds_the_longest_gate_word_and_the_ones_it_begins_with() -> None:
    words = {"hiring", "hiring manager", "apply"} & outreach._GATE_WORDS
    assert words == {"hiring", "hiring manager", "apply"}
    found = outreach.gate_words("our hiring manager asked me to apply")
    assert words <= found
    near_miss = outreach.gate_words("the hiring manag")  # a longer word begun, not finished
    assert "hiring" in near_miss
    assert "hiring manager" not in near_miss
