"""Round 31: the rules read on round 31's development sets (messages in our own words)."""

from __future__ import annotations

import pytest

from intake_checks import company_found, parse_checked
from sidedoor.intake.extract.title import find_titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a head French or Spanish shares with English takes its field after "de" / "d'"
        ("Poste : Agent d'accueil (H/F) – Namur", ["Agent d'accueil (H/F)"]),
        ("- Supervisor de almacén ...... $18,000 mensuales", ["Supervisor de almacén"]),
        ("On recrute un Chauffeur de car scolaire.", ["Chauffeur de car scolaire"]),
        # ... but an English head keeps its English use
        ("the Director approval step", ["Director"]),
        ("the Supervisor sign-off", ["Supervisor"]),
        # "en renfort" is how, not what
        ("on cherche un Motion Designer en renfort pour deux mois", ["Motion Designer"]),
        # job nouns the read sets' writers used
        ("Nous recherchons un Collaborateur comptable pour notre cabinet.",
         ["Collaborateur comptable"]),
        ("Wij zoeken een Advocaat Ondernemingsrecht", ["Advocaat Ondernemingsrecht"]),
        ("Senior Claims Processor – Manila", ["Senior Claims Processor"]),
        ("Buscamos Ayudante de cocina para el turno de noche", ["Ayudante de cocina"]),
        # a shared-services role's language stays in its title
        ("• Accounts Receivable Specialist with Czech – 8 000 PLN", [
            "Accounts Receivable Specialist with Czech"]),
        ("Analityk finansowy z językiem niemieckim (Kraków)",
         ["Analityk finansowy z językiem niemieckim"]),
        # ... not when the sentence goes on about the language
        ("a Payroll Specialist with German and good Excel", ["Payroll Specialist"]),
        # "(German speaking)" is left out as often as it is kept: left out
        ("Sales Agent (Danish speaking), Lisbon", ["Sales Agent"]),
    ],
)  # fmt: skip
def test_titles_read_on_round_31(text: str, titles: list[str]) -> None:
    assert [t.text for t in find_titles(text)] == titles


def test_a_greeting_line_is_no_company_in_any_language() -> None:
    item = parse_checked(
        "Objet : Poste de chargé de mission\n\nChère Madame Perrin,\n\nJe me permets de vous "
        "écrire au sujet d'un poste de chargé de mission, financé pour deux ans. Le salaire est "
        "de 3 200 € bruts par mois.\n\nSi cela vous intéresse, écrivez-moi.\n\nBien "
        "cordialement,\n\nDr Hugo Lambert\nLaboratoire d'écologie\n"
    )
    assert item.positions
    assert all(p.company != "Chère Madame Perrin" for p in item.positions)
    assert item.recruiter.company != "Chère Madame Perrin"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a government body's remit, listed
        ("Hi Sam,\n\nI'm recruiting for the Department of Housing, Planning and Heritage on a "
         "Senior Policy Officer contract, $900 a day.\n\nThanks,\nMeg\nBlue Gum Talent",
         "Department of Housing, Planning and Heritage"),
        # a firm whose partners are listed, with its legal form after them
        ("Dear Ana,\n\nI look after lateral hiring at Hartley, Moss & Quinn LLP. Our tax "
         "group needs a Senior Tax Associate.\n\nBest,\nRoss Keane\nLegal Recruiting",
         "Hartley, Moss & Quinn"),
    ],
)  # fmt: skip
def test_names_that_list_their_words_are_read_whole(text: str, company: str) -> None:
    item = parse_checked(text)
    assert [p.company for p in item.positions] == [company]


def test_a_signatures_post_before_a_listed_name_is_no_part_of_it() -> None:
    item = parse_checked(
        "Hi Jo,\n\nWe're hiring a Line Cook at Salt & Ember Kitchen, $24/hr.\n\nKeen?\n\n"
        "Priya Nair\nCo-owner, Salt & Ember Kitchen\n"
    )
    assert [p.company for p in item.positions] == ["Salt & Ember Kitchen"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Hey Bec!\n\nWinter's coming 😎 Royal Hobart Hospital have just sent us a few 13-week "
         "contracts.\n\n- Theatre RN – $78/hr\n\nKeen?\n\nJacinta\nSouthern Nursing | Hobart\n",
         "Royal Hobart Hospital"),
        ("Hi Aoife,\n\nWe're recruiting a Clinical Nurse Manager 2 for the Emergency Department "
         "here in Galway University Hospital. It's a permanent post.\n\nKind regards,\nNiamh\n"
         "Nurse Recruitment Officer\nGalway University Hospital, Newcastle Road, Galway\n",
         "Galway University Hospital"),
    ],
)  # fmt: skip
def test_a_bodys_name_keeps_the_place_it_starts_with(text: str, company: str) -> None:
    item = parse_checked(text)
    assert [p.company for p in item.positions] == [company]


def test_an_address_line_under_the_firm_is_no_company() -> None:
    item = parse_checked(
        "Bonjour Monsieur Favre,\n\nNotre client, une fiduciaire genevoise, cherche un "
        "Comptable senior. Salaire : CHF 110'000 brut annuel.\n\nAu plaisir,\n\nLéa Morel\n"
        "Conseil en recrutement\nAv. de Champel 24, 1206 Genève\n"
    )
    assert item.recruiter.company != "Av"
    assert all(p.company != "Av" for p in item.positions)


def test_a_polish_client_and_role_label() -> None:
    assert company_found("Cześć,\nKlient: Nordwise Logistics (spedycja)\n") == (
        "Nordwise Logistics"
    )
    item = parse_checked(
        "Hej Ola,\n\nmam projekt dla Ciebie.\n\nKlient: Nordwise Logistics\nRola: Konsultant "
        "SAP MM\nStawka: 800 – 950 PLN netto/dzień na B2B\n\nPozdrawiam,\nTomek\n"
    )
    assert [(p.title, p.company) for p in item.positions] == [
        ("Konsultant SAP MM", "Nordwise Logistics")
    ]


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("Harrowgate County Human Resources", "Harrowgate County"),
        ("Northfield NHS Staff Bank", "Northfield NHS"),
        ("University of Eastvale Medical School", "University of Eastvale"),
        ("Kestrel HR", "Kestrel HR"),  # an HR firm's own name
        ("Medical School Partners", "Medical School Partners"),
    ],
)
def test_a_unit_written_after_its_organisation_gives_way_to_it(
    name: str, organisation: str
) -> None:
    from sidedoor.intake.extract.company import without_unit

    assert without_unit(name) == organisation
