"""Round 13 of the hiring company (and what it leans on): a headhunter who asks the reader's
advice as well, a recruiter's "hiring manager at X" that is the client's, a unit and its
employer on one signature line, a consultancy's own talent team, and names that a domain or a
subject write short."""

from __future__ import annotations

import pytest

from intake_checks import company_found as _company
from intake_checks import pasted_item as _item
from sidedoor.intake.extract.agency import agency_cue, consultancy_name, is_agency_name
from sidedoor.intake.extract.company import clean_name, is_department, split_domain


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Brazilian Portuguese "pra" for "para", after the role
        (
            "Oi Bruno! Tenho uma vaga bem bacana de Engenheiro de Dados Pleno pra Cafezal "
            "Logística, operadora de Campinas.",
            "Cafezal Logística",
        ),
        # Spanish "en representación de"
        (
            "Le escribo de Selecta Norte; en representación de Cervecería Tlaloc buscamos un "
            "Jefe de Mantenimiento.",
            "Cervecería Tlaloc",
        ),
        # a group's recruiter for "our insurer, X"
        (
            "Soy parte de Atracción de Talento de Grupo Ceiba. Buscamos un Actuario para nuestra "
            "aseguradora, Ceiba Seguros, en Guadalajara.",
            "Ceiba Seguros",
        ),
    ],
)
def test_the_employer_is_found(text: str, want: str) -> None:
    assert _company(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a rank after "at", not a company
        "They need a Quant Developer at VP level for the rates desk.",
        # "Vaga pra" and a title: the role, not the employer
        "Tô com uma vaga pra Dev Backend Pleno, stack Go.",
        # a saint's name before a hospital: the site's own name
        "Hybrid, with two days a week on the St Brigid's Hospital site.",
    ],
)
def test_no_company_is_read_from(text: str) -> None:
    assert _company(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a headhunter's mandate, then the reader's advice asked on others
        (
            "Subject: Finance Director – Ambleside Ferries – in confidence\n\n"
            "Dear Robin,\n\nWe have been retained by Ambleside Ferries to appoint a Finance "
            "Director. The package is £140,000 – £160,000 base plus a 30% bonus, hybrid from "
            "Kendal.\n\nIf the role is not for you, I would value your advice on who else we "
            "should approach.\n\nKind regards,\nMarcus Dell\nPartner, Fellgate Search\n",
            "Ambleside Ferries",
        ),
        # a studio's recruiter who thanks the reader for connecting first
        (
            "Subject: [Moriyama Studio] Senior Gameplay Engineer – Osaka\n\nHi Daichi-san,\n\n"
            "Thank you for connecting. I'm Rina from the recruiting team, and I'd like to tell "
            "you about our Senior Gameplay Engineer opening.\n\n- Annual salary: ¥9,000,000 – "
            "¥12,000,000\n- Hybrid, 3 days a week in the studio\n\nBest regards,\nRina\n",
            "Moriyama Studio",
        ),
    ],
)
def test_a_networking_or_advice_phrase_does_not_outweigh_the_pitch(text: str, want: str) -> None:
    item = _item(text)
    assert item.is_recruiter_outreach
    assert item.positions[0].company == want


def test_the_hiring_manager_at_the_client_is_not_the_recruiters_company() -> None:
    item = _item(
        "Hi Dana,\n\nI went back to the hiring manager at Orchard Mutual after our call and "
        "they've raised the band to $150,000–$170,000.\n\nBest,\nJess\n\n"
        "Jess Lane | Senior Recruiter\nCopperline Partners\njlane@copperline-partners.com\n"
    )
    assert item.recruiter.company == "Copperline Partners"
    assert item.recruiter.agency is True
    assert item.positions[0].company == "Orchard Mutual"


def test_the_sender_who_is_the_hiring_manager_names_their_company() -> None:
    item = _item(
        "Hi Sam,\n\nI'm the hiring manager at Pellucid Labs and we're hiring a Staff Data "
        "Engineer, fully remote, $190k–$220k.\n\nCheers,\nAna\n"
    )
    assert item.recruiter.company == "Pellucid Labs"


def test_a_unit_and_its_employer_on_one_signature_line() -> None:
    item = _item(
        "Hi Jo,\n\nThe range for the Transit Planner role is $88,000 - $101,000 and it is "
        "hybrid.\n\nThanks,\nLena\n\nLena Park | Talent Acquisition Specialist\n"
        "Human Resources | Town of Millbrook\nlpark@millbrook.ca\n"
    )
    assert item.recruiter.company == "Town of Millbrook"
    assert item.recruiter.agency is False


def test_a_long_trust_name_under_a_workforce_unit_in_the_signature() -> None:
    assert is_department("Workforce & Organisational Development")
    item = _item(
        "Hi Kim,\n\nWe're recruiting a Senior Information Analyst (Band 7) to join our "
        "performance team, hybrid with two days on the St Oswald's Hospital site.\n\nThanks,\n\n"
        "Omar Reid\nRecruitment Business Partner\nWorkforce & Organisational Development\n"
        "Calderbrook and District Community Healthcare NHS Trust\nTel: 01632 960 111\n"
    )
    assert item.positions[0].company == "Calderbrook and District Community Healthcare NHS Trust"


def test_a_consultancy_with_its_own_talent_team_is_no_agency() -> None:
    assert is_agency_name("Ferro & Lune Consulting")
    assert consultancy_name("Ferro & Lune Consulting")
    assert not consultancy_name("Talento Bravo Consulting")  # an agency by its other words
    item = _item(
        "Hi Raj,\n\nI'm on the talent team at Ferro & Lune Consulting, a data consultancy of "
        "about 200 people. We're adding a Solution Architect to our Public Sector practice.\n\n"
        "- $150,000–$170,000 base\n- Hybrid in Ottawa\n\nHannah\n"
    )
    assert item.recruiter.agency is False
    assert item.positions[0].company == "Ferro & Lune Consulting"


def test_our_client_team_is_no_agency_cue() -> None:
    assert agency_cue("We are expanding our client team for a new title.") is None
    assert agency_cue("Our client is a listed insurer.") is not None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Te escribo en representación de Vinos Altamira.", True),
        ("Le escribo en representación de la Gerencia de Personas de Minera Sur.", False),
        ("I'm supporting our Estates directorate with a Head of Capital Projects post.", False),
        ("I'm supporting Harrow Borough with a Head of Capital Projects post.", True),
    ],
)
def test_who_the_sender_speaks_for(text: str, cue: bool) -> None:
    assert (agency_cue(text) is not None) is cue


def test_a_dutch_closing_and_greeting_leave_the_signature_company() -> None:
    item = _item(
        "Hoi Sam,\n\nWij zoeken een Planner Binnenvaart voor ons team in Rotterdam. "
        "€3.400 – €4.100 bruto per maand.\n\nGroet,\nFenna de Wit\nRecruiter\n"
        "Van den Berg Rederij\n"
    )
    assert item.positions[0].company == "Van den Berg Rederij"


def test_a_subject_names_the_company_after_an_at_sign() -> None:
    item = _item(
        "Subject: Product Owner Lending @ Kwartel\n\nHi Noor,\n\nWe're looking for a Product "
        "Owner for our lending team in Utrecht, hybrid.\n\nDaan\n"
    )
    assert item.positions[0].company == "Kwartel"


def test_a_region_the_body_writes_before_division_is_no_company() -> None:
    item = _item(
        "Subject: Head of Planning – Cumbria – confidential\n\nHi Chris,\n\nI'm working on a "
        "confidential Head of Planning appointment for a FTSE 250 housebuilder's Cumbria "
        "division. £100,000 – £120,000 basic.\n\nTom\nDirector, Northfell Search\n"
    )
    assert item.positions[0].company is None


def test_company_limited_is_a_legal_form() -> None:
    item = _item(
        "Subject: Opportunity - Actuary | Suryoday Life Insurance | Pune\n\nDear Mr. Rao,\n\n"
        "Greetings from Suryoday Life Insurance Company Limited. Your profile has been "
        "shortlisted for the position of Actuary.\n\nRegards,\nTalent Acquisition\n"
    )
    assert item.positions[0].company == "Suryoday Life Insurance"
    assert clean_name("Suryoday Life Insurance Company Limited") is not None


def test_a_domain_writes_the_last_word_short() -> None:
    text = "Subject: Tarvelo Technologies - Urgent Openings\n\nShare CV to jobs@tarvelotech.com"
    assert split_domain("tarvelotech", text) == "Tarvelo Technologies"


def test_a_funding_round_in_french_is_no_company() -> None:
    item = _item(
        "Salut Camille,\n\nJe m'occupe du recrutement chez Bijou.ai. On vient de boucler notre "
        "Série A et on cherche un Senior Data Engineer, 70–85 k€ brut/an, hybride à Paris.\n\n"
        "Inès\n"
    )
    assert item.positions[0].company != "Série A"


def test_a_follow_up_names_the_client_short_and_the_quoted_pitch_in_full() -> None:
    item = _item(
        "Hi Alex,\n\nGood news - the hiring manager at Larkfield got approval to raise the rate "
        "to $60-65/hr. Still remote.\n\nThanks!\nJordan\n\n"
        "On Tue, Mar 11, 2025 at 9:14 AM Jordan Pike <jpike@tidewaystaffing.com> wrote:\n"
        "> Hi Alex,\n>\n> I'm a recruiter with Tideway Staffing, working on an Epic analyst "
        "contract with Larkfield Health, a 5-hospital system.\n>\n> - $55-60/hr W2\n>\n"
        "> Jordan Pike\n> Senior Recruiter | Tideway Staffing\n"
    )
    assert item.positions[0].company == "Larkfield Health"
    assert item.positions[0].evidence["company"].origin == "quoted"
