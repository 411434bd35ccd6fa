"""The hiring company where no rule names it: the learned ranker, and the round-7 rule fixes."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract import company_rank
from sidedoor.intake.extract.company_rank import NONE, Context, best, candidates


def _company(text: str) -> str | None:
    item = parse_checked(text)
    assert item.is_recruiter_outreach
    companies = {p.company for p in item.positions}
    assert len(companies) == 1
    return companies.pop()


# Messages in which no cue of the rules names the employer: the name stands in a phrasing of
# its own (French "Pour X, nous…", a plant director "at X", Spanish "para X, una …"; "the
# hiring manager at X" is a rule's since round 13).
UNCUED = [
    (
        "Bonsoir Théo,\n\nPour Atelier Brunelle, nous ouvrons un poste de Chef de Projet Digital "
        "à Lyon. Poste en présentiel.\n\nSalaire : 52 à 58 k€ brut annuel.\n\nÊtes-vous "
        "disponible jeudi ?\n\nCordialement,\nInès Morel\nChargée de recrutement\n",
        "Atelier Brunelle",
    ),
    (
        "Hi Priya,\n\nQuick update: the plant director at Tidewater Robotics signed off on the "
        "Controls Engineer role for Norfolk, $118,000-$132,000, fully on-site.\n\nFree for a "
        "call on Friday?\n\nBest,\nOwen Hale\nSenior Recruiter | Keystone Staffing\n",
        "Tidewater Robotics",
    ),
    (
        "Hola Sofi! Te escribo porque estamos buscando una Data Analyst para Brindle.io, una "
        "startup de Austin que hace software para veterinarias.\n\n100% remoto desde Uruguay, "
        "USD 3.000 – 3.800 mensuales.\n\n¿Te interesa? Agendamos una call 🙌\n",
        "Brindle.io",
    ),
]


@pytest.mark.parametrize(("text", "want"), UNCUED)
def test_ranker_finds_the_company_no_rule_names(text: str, want: str) -> None:
    assert _company(text) == want


@pytest.mark.parametrize(("text", "want"), UNCUED)
def test_without_the_ranker_the_rules_alone_find_none_of_them(
    text: str, want: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(company_rank, "ENABLED", False)
    assert _company(text) != want


def test_evidence_of_a_ranked_company_is_where_the_text_names_it() -> None:
    item = parse_checked(UNCUED[1][0])
    ev = item.positions[0].evidence["company"]
    assert ev.start is not None and item.text[ev.start : ev.end] == "Tidewater Robotics"


def test_an_undisclosed_client_stays_without_a_company() -> None:
    text = (
        "Hi Marta,\n\nI'm a consultant at Keelson Search. Our client, a fast-growing Nordic "
        "insurer, is hiring a Senior Actuary in Oslo (hybrid, 3 days in the office). NOK "
        "950,000 – 1,100,000 base plus bonus.\n\nOpen to a short call next week?\n\nRegards,\n"
        "Jonas Berg\nKeelson Search\n"
    )
    assert _company(text) is None


def test_candidates_offer_no_company_the_runs_and_the_names_domains_spell() -> None:
    text = (
        "Hi Dana,\n\nWe are growing the platform team and looking for a Site Reliability "
        "Engineer in Leeds.\n\nThanks,\nRuth\nruth.ames@harbourline-freight.co.uk\n"
    )
    offered = candidates(Context(text=text, email="ruth.ames@harbourline-freight.co.uk"))
    names = [c.name for c in offered]
    assert names[0] == NONE
    assert "Harbourline Freight" in names  # spelled by the sender's domain, not in the text
    assert "Site Reliability Engineer" in names and "Leeds" in names
    spelled = next(c for c in offered if c.name == "Harbourline Freight")
    assert spelled.features["sender_domain"] == 1.0 and spelled.features["not_in_text"] == 1.0
    assert spelled.start is not None  # the evidence: where the address spells it
    assert text[spelled.start : spelled.end] == "harbourline-freight"
    leeds = next(c for c in offered if c.name == "Leeds")
    assert leeds.features["city"] == 1.0 and leeds.start == text.index("Leeds")


def test_best_needs_a_clear_margin_over_no_company() -> None:
    text = "Hi Sam,\n\nAre you open to a new Product Designer role? Remote, EU hours.\n"
    weights = {"none": 1.0, "bias": 0.9}  # every name scores 0.9, "no company" 1.0
    assert best(Context(text=text), weights) is None
    weights = {"none": 0.0, "bias": 0.0, "b1_other": 0.0, "words1": 2.0}
    found = best(Context(text=text), weights)
    assert found is not None and len(found.name.split()) == 1


def test_the_weights_name_only_features_the_module_computes() -> None:
    """The weights file and the feature code are one model: a renamed feature would silently
    weigh nothing."""
    data = json.loads(
        resources.files("sidedoor.intake.extract").joinpath("company_rank.json").read_text()
    )
    fixed = {
        "bias", "none", "none_undisclosed", "none_agency", "recruiter", "recruiter_agency",
        "recruiter_inhouse", "from_domain", "only_domain", "sender_domain", "any_domain",
        "person", "greeted", "in_title", "count", "first_pos", "in_first_line", "in_subject",
        "in_signature", "only_signature", "sentence_start", "whole_line", "after_people_line",
        "people_before", "appositive", "not_in_text", "words1", "words2", "words3+", "all_caps",
        "digit", "legal", "org_word", "agency_name", "city", "place_whole", "place", "common",
        "department",
        "greeting_first", "role_word", "time_word", "brandish", "common_first",
    }
    source = resources.files("sidedoor.intake.extract").joinpath("company_rank.py").read_text()
    for name in data["weights"]:
        if name.startswith(("b1_", "a1_", "b2_", "w1=", "w2=", "n1=", "first=", "last=")):
            continue  # the words around a candidate and of its name
        assert name in fixed, name
        assert re.search(rf'"{re.escape(name)}"', source), name
    assert len(data["weights"]) > 40


# --- the rule fixes of round 7 --------------------------------------------------------------


def test_a_capitalised_connector_ends_a_name() -> None:
    text = (
        "Subject: Ops roles – Kopi Van (coffee logistics)\n\nHi Mei,\n\nwe've been engaged by "
        "Kopi Van to hire an Operations Manager in Singapore, S$7,000 – S$8,500 per month.\n\n"
        "Keen to chat?\n\nThanks,\nAlvin\n"
    )
    assert _company(text) == "Kopi Van"


def test_employed_by_names_the_employer_over_the_parent_group() -> None:
    text = (
        "Hi Lars,\n\nI'm a recruiter in the HR team at Nordvik Brands Group, the owner of "
        "several outdoor labels. The role is a Supply Planner, employed by Fjellspor and based "
        "in Bergen (hybrid, 2 days on site).\n\nInterested?\n\nHilsen,\nKari\n"
    )
    item = parse_checked(text)
    assert item.positions[0].company == "Fjellspor"
    assert item.recruiter.company == "Nordvik Brands Group"  # not "HR": a department


def test_a_field_before_talent_acquisition_is_a_team_not_a_company() -> None:
    text = (
        "Hi Dr. Reyes,\n\nMeadowbrook Animal Clinics is looking for an Associate Veterinarian "
        "for our Boise clinic, full-time and on-site. $120,000–$140,000.\n\nCould we talk this "
        "week?\n\nBest,\nTara Quinn\nClinical Talent Acquisition\nMeadowbrook Animal Clinics\n"
    )
    item = parse_checked(text)
    assert item.recruiter.company == "Meadowbrook Animal Clinics"
    assert item.positions[0].company == "Meadowbrook Animal Clinics"


def test_a_building_is_where_the_office_is_not_the_employer() -> None:
    text = (
        "Hi Aziz,\n\nGreetings from KELANA! We are hiring a Process Engineer for our upstream "
        "team at KELANA Harbour Towers, KL. Fully office-based.\n\nSalary: RM 11,000 – RM "
        "14,000 per month.\n\nThank you.\nSiti Rahmah\nTalent Acquisition, KELANA\n"
    )
    assert _company(text) == "KELANA"
