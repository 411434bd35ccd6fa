"""Company names from a second colleague's blind set, as general rules: "On behalf of X" at a
sentence's start, a client named in French or Spanish, "X (ABBR) is recruiting", joint names
with possessives, a role "going with" a company, people and descriptions that are no company,
signature lines with practice areas, units, regions and phone labels, and a group's formal
name where the text uses the short one."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.agency import agency_cue
from sidedoor.intake.extract.company import (
    clean_name,
    company_near_title,
    find_company,
    is_department,
)

_item = parse_checked  # every span of evidence points at the text it claims


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On behalf of Thyssen Marine Systems we are looking for two welders in Kiel.",
            "Thyssen Marine Systems",
        ),
        (
            "Bonjour Claire, je recrute actuellement pour Crédit Agricole (Banque de détail) un "
            "Contrôleur de gestion à Lyon.",
            "Crédit Agricole",
        ),
        (
            "Hola Pablo, estoy reclutando para Grupo Bimbo un Gerente de Planta en Querétaro.",
            "Grupo Bimbo",
        ),
        (
            "Dear Amina,\n\nThe Norwegian Refugee Council (NRC) is recruiting a Logistics "
            "Officer for our Somalia programme.",
            "Norwegian Refugee Council",
        ),
        (
            "Barts and St Mary's Health Partnership is recruiting Band 6 midwives.",
            "Barts and St Mary's Health Partnership",
        ),
        (
            "Got a Project Manager role going with Balfour Beatty on the new rail depot in Derby.",
            "Balfour Beatty",
        ),
    ],
)
def test_hiring_company_phrasings(text: str, want: str) -> None:
    found = find_company(text)
    assert found is not None and found.value == want
    assert text[found.start : found.end] == want


@pytest.mark.parametrize(
    "text",
    [
        # a person, not a company
        "I am writing on behalf of Professor Martin Okonjo, who read your thesis on soil carbon.",
        # a description after a label, not a name
        "Position: Java Developer\nClient: Korean electronics company, office in Hanoi\n",
    ],
)
def test_no_company_from_a_person_or_a_description(text: str) -> None:
    assert find_company(text) is None


def test_possessive_name_alone_still_cut() -> None:
    assert clean_name("Acme's Berlin") == "Acme"
    assert clean_name("Guy's and St Thomas' NHS Trust") == "Guy's and St Thomas' NHS Trust"


def test_a_persons_behalf_is_no_agency_cue() -> None:
    assert agency_cue("I contact you on behalf of Dr. Lena Vogt, head of the lab.") is None
    assert agency_cue("I contact you on behalf of Lumen Robotics, a Series A startup.")


def test_units_of_an_organisation_are_departments() -> None:
    for unit in ("Faculty of Engineering", "School of Nursing", "Exploration Division"):
        assert is_department(unit)
    for name in ("University of Otago", "Vale Base Metals", "London School of Economics"):
        assert not is_department(name)


def test_greeting_line_is_no_company_under_a_title() -> None:
    text = "Lagerleiter (m/w/d)\n\nLiebe Frau Novak,\n\nwir suchen Sie."
    assert company_near_title(text, len("Lagerleiter (m/w/d)")) is None


# (case, message, hiring company, recruiter's company, agency)
CASES = [
    (
        "a practice area after the title; the firm on the line below",
        "Bonjour Julien,\n\nJe recrute actuellement pour Groupama un Actuaire Senior à Paris. "
        "Rémunération : 70 - 80 K€ brut annuel.\n\nBien cordialement,\nCamille Girard\n"
        "Consultante Senior - Assurance & Finance\nPerrault Conseil\n12 avenue Kléber, Paris\n",
        "Groupama",
        "Perrault Conseil",
        True,
    ),
    (
        "a job title, then the agency on one signature line",
        "Hi Sam,\n\nI'm running search for Voltaic Grid, a Series A energy company, for a "
        "Power Electronics Engineer in Austin, $150k-$180k.\n\nOpen to a chat?\n\nRaj Mehta\n"
        "Principal | Oakridge Search Partners\n",
        "Voltaic Grid",
        "Oakridge Search Partners",
        True,
    ),
    (
        "a unit above the organisation's line, which starts with 'The'",
        "Dear Dr Lin,\n\nThe Department is recruiting a Lecturer in Hydrology, full-time on "
        "campus, $110,000 - $125,000 p.a.\n\nKind regards,\nMia Clarke\nTalent Acquisition "
        "Partner | Faculty of Engineering\nThe University of Otago\n",
        "University of Otago",
        "University of Otago",
        False,
    ),
    (
        "a region after the title; the hiring company named in the body",
        "Dear Kofi,\n\nThe World Food Programme (WFP) is recruiting a Supply Chain Officer for "
        "our Ghana country office. USD 4,000 per month, office-based in Accra.\n\nKind "
        "regards,\nAma Owusu\nHR Lead - West Africa\n",
        "World Food Programme",
        "World Food Programme",
        False,
    ),
    (
        "a phone label is no company; the e-mail's domain names the agency",
        "Hi Priya,\n\nI'm partnering with a regional bank on a Data Engineering Lead hire in "
        "Kuala Lumpur, RM 25,000 per month, hybrid.\n\nInterested?\n\nBest regards,\nAaron Lim\n"
        "Senior Consultant, Technology\nDID: +60 3 2181 5500\naaron.lim@harbour-talent.my\n",
        None,
        "Harbour Talent",
        True,
    ),
    (
        "a group's formal name in the signature, the short name in the body",
        "Hi Arjun,\n\nWe are hiring a Site Reliability Engineer at Freshworks for our Chennai "
        "office, work from office, CTC 20 to 28 LPA.\n\nThanks & Regards,\nDivya\n"
        "HR - Freshworks Corporation\n",
        "Freshworks",
        "Freshworks",
        False,
    ),
    (
        "an agency in a text-message style intro",
        "Hey Jordan! It's Brooke w/ Lakeside Nurse Staffing - got a 13-wk Travel ER RN "
        "contract at Mercy General in Sacramento, $2,900/wk. Interested?",
        "Mercy General",
        "Lakeside Nurse Staffing",
        True,
    ),
    (
        "'Name here from Agency' and a role going with the client",
        "Alright Sophie, Tom here from Granite Recruitment. Got a Quantity Surveyor role going "
        "with Kier Group on a school build in Leeds, £55-60k + car. Any good?",
        "Kier Group",
        "Granite Recruitment",
        True,
    ),
    (
        "a consultant who leads a practice at a search firm, client unnamed",
        "Good morning Anna,\n\nI lead the Technology practice at Ashdown Lyle Associates and I am "
        "partnering with a FTSE 250 retailer on an important appointment: Chief Data Officer, "
        "£180,000 - £210,000, hybrid in Manchester.\n\nKind regards,\nTom Ashdown\n",
        None,
        "Ashdown Lyle Associates",
        True,
    ),
]


@pytest.mark.parametrize(("case", "text", "company", "recruiter", "agency"), CASES)
def test_messages(
    case: str, text: str, company: str | None, recruiter: str, agency: bool | None
) -> None:
    item = _item(text)
    assert item.positions, case
    assert item.positions[0].company == company, case
    assert item.recruiter.company == recruiter, case
    assert item.recruiter.agency is agency, case
