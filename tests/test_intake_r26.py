"""Round 26: the outreach weights fitted to the labelled messages, and the cues the fit split
(messages in our own words)."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract import outreach
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.models import ParsedItem


def _one(text: str) -> ParsedItem:
    return parse_checked(text)  # every field's evidence checked against the text


def _cues(text: str) -> dict[str, str]:
    return {f.name: f.text for f in outreach.score(text)[2]}


def test_the_weights_in_use_are_the_fitted_ones_and_the_rest_hand_set() -> None:
    data = resources.files("sidedoor.intake.extract").joinpath("outreach_weights.json")
    fitted = json.loads(data.read_text("utf-8"))
    assert fitted["bias"] == outreach.BIAS
    for name, hand in outreach.PRIOR_WEIGHTS.items():
        assert outreach.fired_by_caller(name, None, None, "").weight == fitted["weights"].get(
            name, hand
        )


def test_the_confidence_is_recomputed_from_the_cues_in_the_output() -> None:
    item = _one(
        "Hi Dana, I'm a recruiter at Fenwick Search. My client is hiring a Brand Manager in "
        "Cape Town, R650k-R720k, hybrid. Open to a 15-minute call this week?"
    )
    total = outreach.BIAS + sum(c.weight for c in item.cues)
    assert item.is_recruiter_outreach
    assert item.confidence == pytest.approx(1 / (1 + math.exp(-total)), abs=0.001)


def test_positions_are_skipped_only_where_no_title_could_make_outreach() -> None:
    pitch = "Would you like a demo of our sourcing platform? Book a slot on my calendar."
    fired = outreach.score(pitch)[2]
    assert outreach.best_with_a_title(fired) < 0
    assert _one(pitch).positions == []
    # a vacancy met at a careers fair: the networking cue, and a role worth reading
    fair = _one(
        "Thank you for connecting with us at the Careers Fair. I'm getting in touch about our"
        " Broadcast Journalist vacancy in the Cardiff newsroom. Salary: £31,500 - £36,900."
        " Benefits: pension, 25 days annual leave."
    )
    assert fair.is_recruiter_outreach
    assert [p.title for p in fair.positions] == ["Broadcast Journalist"]


def test_a_listing_is_hiring_is_not_the_senders_hiring() -> None:
    digest = (
        "This week's picks\n- Maple Dairy is hiring a QA Lead (Hamilton)\n- Kōwhai Foods is"
        " hiring a Plant Manager (Tauranga)\n- Rua Orchards is hiring an Agronomist (Nelson)"
    )
    assert "many_listings" in _cues(digest)
    assert "hiring_statement" not in _cues(digest)
    # one "is hiring" alone is the sender's news
    assert "hiring_statement" in _cues("Maple Dairy is hiring a QA Lead in Hamilton.")


@pytest.mark.parametrize(
    ("text", "cue", "not_cue"),
    [
        (
            "Priya gave your name as a referee - could we do a quick reference call on Tuesday?",
            "reference_check",
            "referral_ask",
        ),
        ("If it's not for you, do you know anyone who'd fit?", "referral_ask", "reference_check"),
        ("Hi Tom, quick favour - could you share our launch post?", "favour_ask", None),
        ("We pay a referral bonus of $1,500 for any hire.", "referral_bonus", "benefits_terms"),
    ],
)
def test_the_cues_the_fit_split(text: str, cue: str, not_cue: str | None) -> None:
    fired = _cues(text)
    assert cue in fired
    if not_cue:
        assert not_cue not in fired


def test_a_favour_of_the_role_is_no_favour_asked() -> None:
    assert "favour_ask" not in _cues("The package is in favour of a strong performer.")
    assert "benefits_terms" in _cues("Annual bonus of 15% and a pension.")


# --- workplace: farms, food plants, studios; Dutch, Italian, Portuguese, Indonesian ----------


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("The job is based at the brewery in Nelson, early starts.", "onsite"),
        ("Full-time at the orchard near Hastings, Monday to Saturday in season.", "onsite"),
        ("Work location: at the farm in Bao Loc (staff housing provided).", "onsite"),
        ("It's an on-station role, shearing gang of six.", "onsite"),
        ("We need you in the office full time for the first year.", "onsite"),
        ("Weekend presenter, in-studio every Saturday.", "onsite"),
        ("Een thuiswerkfunctie is het niet: je werkt op onze locatie in Emmen.", "onsite"),
        ("Deze baan is natuurlijk op het bedrijf, met dienstwoning.", "onsite"),
        ("Serve presenza quotidiana in cantina durante la vendemmia.", "onsite"),
        ("Lavoro in caseificio, rigorosamente in presenza.", "onsite"),
        ("Attività svolta interamente in stabilimento, non è previsto smart working.", "onsite"),
        ("The manager is resident on the estate, cottage included.", "onsite"),
        ("Kantor di Senopati, WFH setiap Jumat.", "hybrid"),
        ("Office in Shoreditch, WFH Fridays.", "hybrid"),
        ("Em resumo: remoto, salário de R$ 12 mil.", "remote"),
        ("📌 Remoto, com viagens trimestrais a Curitiba", "remote"),
    ],
)
def test_workplace_phrasings_of_round_26(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace
