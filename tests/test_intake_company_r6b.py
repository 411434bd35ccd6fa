"""Company names that generalise: names with small words and legal forms ("Sdn. Bhd.",
"Pvt. Ltd."), a domain-rebuilt name spelled as the text spells it, places and departments that
are no company, the signature's company line under a title, the client named by an agency in
French or German, a group company named by its parent, an in-house recruiter's company."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.company import (
    company_after_title,
    company_in_subject,
    company_near_title,
    domain_key,
    find_company,
    is_department,
    split_domain,
)

_item = parse_checked  # every span of evidence points at the text it claims


# (case, message, hiring company, recruiter's company)
CASES = [
    (
        "small words inside a name, from the body and the signature",
        "Dear Priya,\n\nI'm the Studio Manager at Pemberton and Rowe Engineers in Leeds. We're "
        "hiring a Structural Engineer: £48,000–£55,000, hybrid.\n\nKind regards,\nTom Avery\n"
        "Studio Manager\nPemberton and Rowe Engineers\n",
        "Pemberton and Rowe Engineers",
        "Pemberton and Rowe Engineers",
    ),
    (
        "greetings from an institute whose name has 'of'",
        "Respected Dr. Menon,\n\nGreetings from Vellore College of Pharmacy, Katpadi.\n\nWe "
        "invite you to apply for the post of Assistant Professor, ₹9 LPA to ₹11 LPA, full-time "
        "on campus.\n\nWith regards,\nDr. K. Anand\nPrincipal\nVellore College of Pharmacy\n",
        "Vellore College of Pharmacy",
        "Vellore College of Pharmacy",
    ),
    (
        "a phone line under the title is no company; the domain names it",
        "Dear Eng. Ahmed,\n\nWe have vacancy for Port Captain for our terminal. Salary 60,000 "
        "EGP monthly.\n\nBest Regards\nHany Fouad\nHR Specialist\nTel: +20 2 555 0101\n"
        "hany.fouad@red-sea-terminals.com\n",
        "Red Sea Terminals",
        "Red Sea Terminals",
    ),
    (
        "a department after the title, the company in the body",
        "Hi Sam,\n\nI'm a Lead Recruiter at Korvath Aerospace. Our propulsion group is hiring a "
        "Test Engineer, on-site in Mojave, $120,000 – $140,000.\n\nThanks,\nRiley Moss\n"
        "Lead Recruiter | Talent Acquisition\n",
        "Korvath Aerospace",
        "Korvath Aerospace",
    ),
    (
        "a region after the title, the company on the next line",
        "Dear Khun Nok,\n\nPosition: Executive Chef, on property, THB 150,000 per month.\n\n"
        "Best regards,\nSomchai Dee\nArea HR Manager – Lanna\nTeak Garden Hotels & Resorts\n",
        "Teak Garden Hotels & Resorts",
        "Teak Garden Hotels & Resorts",
    ),
    (
        "a legal form with full stops and a country before it",
        "Hi Wei,\n\nThis is Mei from the Talent Acquisition team at KOPISOFT. We're hiring a "
        "Data Engineer in Kuala Lumpur, RM 8,000 – RM 11,000 per month, onsite.\n\nMei Ling\n"
        "Talent Acquisition, KOPISOFT Malaysia Sdn. Bhd.\n",
        "KOPISOFT",
        "KOPISOFT",
    ),
    (
        "a town the text names as a place is no company",
        "Dear Mr. Karim,\n\nGreetings from Narayanganj! We are looking for a Production Manager "
        "for our dyeing plant. Job location is the plant in Narayanganj, on site. Salary: BDT "
        "1,20,000 per month.\n\nRegards,\nAnwar Hossain\nHead of HR\n"
        "hr@padmadyeing.com.bd\n",
        None,
        "Padma Dyeing",
    ),
]


@pytest.mark.parametrize(("case", "text", "company", "recruiter"), CASES, ids=[c[0] for c in CASES])
def test_company_and_recruiter_company(
    case: str, text: str, company: str | None, recruiter: str | None
) -> None:
    item = _item(text)
    assert item.positions, case
    if company is not None:
        assert item.positions[0].company == company, case
    assert item.recruiter.company == recruiter, case


def test_domain_name_takes_the_texts_spelling() -> None:
    item = _item(
        "Dear Ana,\n\nWe are recruiting a Programme Officer for our Lisbon office, €2,800 gross "
        "per month, hybrid.\n\nKind regards,\nInês Costa\nRecursos Humanos\nAssociação Mar "
        "da Esperança\nines.costa@associacao-mar-esperanca.org\n"
    )
    assert item.recruiter.company == "Associação Mar da Esperança"
    assert domain_key("Fondation Lumière du Sahel") == "fondationlumieresahel"


def test_domain_split_by_a_word_of_the_text() -> None:
    assert split_domain("padmadyeing", "our dyeing plant") == "Padma Dyeing"
    assert split_domain("padmadyeing", "nothing to go on") == "Padmadyeing"


def test_departments_are_no_companies() -> None:
    for name in ("Talent Acquisition", "Executive Search", "HR & GA Department", "Human Resources"):
        assert is_department(name), name
    for name in ("Korvath Aerospace", "Andes Talent Partners Ltd", "Teak Garden Hotels"):
        assert not is_department(name), name


def test_agency_signature_line_with_a_practice_after_it() -> None:
    item = _item(
        "Dear Mr. Jansen,\n\nOur client Baltic Dredging, a Gdańsk-based contractor, is hiring a "
        "Dredge Master, €7,000 per month, ship-based.\n\nMet vriendelijke groet,\nEva Smit\n"
        "Schelde Maritime Staffing B.V. | Crewing & Offshore Recruitment\n"
    )
    assert item.positions[0].company == "Baltic Dredging"
    assert item.recruiter.company == "Schelde Maritime Staffing"  # without its legal form


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Je recrute pour le compte de Verdane Robotique, start-up nantaise, un(e) Ingénieur "
            "Vision.",
            "Verdane Robotique",
        ),
        (
            "ich unterstütze die Elbtal Sensorik GmbH bei der Besetzung einer Position als "
            "Hardware Engineer.",
            "Elbtal Sensorik GmbH",
        ),
        (
            "I am contacting you about a position at our group company, Kuroshio Ferry Co., "
            "Ltd., which runs ferries from Osaka.",
            "Kuroshio Ferry Co., Ltd",
        ),
        ("Hi Ana, at Tidepool.ai we build forecasting tools, and we're hiring.", "Tidepool.ai"),
    ],
)
def test_client_and_group_company_phrasings(text: str, want: str) -> None:
    found = find_company(text)
    assert found is not None and found.value == want
    assert text[found.start : found.end] == want


def test_on_behalf_of_a_committee_is_no_agency() -> None:
    item = _item(
        "Respected Dr. Rao,\n\nGreetings from Tirupati Institute of Management.\n\nOn behalf of "
        "the Selection Committee, I invite you to apply for the post of Associate Professor, "
        "₹18 LPA, full-time on campus.\n\nWith warm regards,\nDr. P. Reddy\nRegistrar\n"
        "Tirupati Institute of Management\n"
    )
    assert item.recruiter.agency is not True
    assert item.positions[0].company == "Tirupati Institute of Management"


def test_title_for_company_only_before_a_description() -> None:
    text = "We are hiring a Category Manager for Kalakar Media, one of India's largest studios."
    found = company_after_title(text, text.index(" for"), len(text))
    assert found is not None and found.value == "Kalakar Media"
    for other in (
        "We're hiring a Backend Engineer for Mercado Pagos. Remote.",
        "hiring a Product Manager for Trail Running at our HQ",
    ):
        assert company_after_title(other, other.index(" for"), len(other)) is None


def test_subject_name_with_a_place_in_brackets() -> None:
    text = "Subject: Lowongan Plant Manager – PT Sinar Tebu Makmur (Lampung)\n\nDear Sir,"
    found = company_in_subject(text, (9, text.index("\n")), (18, 31))
    assert found is not None and found.value == "PT Sinar Tebu Makmur"


def test_near_title_keeps_a_comma_list_and_skips_a_department_line() -> None:
    text = "Policy Officer\nMinistry of Fisheries, Forestry and Water Affairs\nWellington"
    found = company_near_title(text, len("Policy Officer"))
    assert found is not None and found.value == "Ministry of Fisheries, Forestry and Water Affairs"
    text = "Mill Planner\nTechnical Services · Globe, Arizona\nFull-time"
    assert company_near_title(text, len("Mill Planner")) is None
