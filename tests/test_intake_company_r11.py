"""Round 11 of the hiring company (and what it leans on): a group's recruiter for one of its
companies, HR teams named before their organisation, clients named only in a quoted earlier
message or in a forwarded one, subject lines that describe rather than name, and agencies
whose names carry a legal form."""

from __future__ import annotations

import re

import pytest

from intake_checks import company_found as _company
from intake_checks import pasted_item as _item
from sidedoor.intake.extract.agency import agency_cue, is_agency_name
from sidedoor.intake.extract.company import without_unit


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a group's recruiter for one of its companies
        (
            "I'm on the people team at Brackwell Group, recruiting for one of our brands, Tamsin "
            "Living, which sells garden furniture online.",
            "Tamsin Living",
        ),
        (
            "Je suis chargé de recrutement au Groupe Ardoise. Notre filiale Ardoise Rail Services "
            "recrute un technicien.",
            "Ardoise Rail Services",
        ),
        (
            "Hi Sam, I'm hiring for our payments subsidiary, Quayline Pay, which runs card "
            "acquiring.",
            "Quayline Pay",
        ),
        (
            "Estamos apoyando a Grupo Serrano en la búsqueda de un Actuario para su aseguradora, "
            "Serrano Seguros, con oficinas en Monterrey.",
            "Serrano Seguros",
        ),
        # the parent named after "subsidiary of" is not the employer
        (
            "I lead engineering hiring at Tobira Pay Inc., a wholly owned subsidiary of Tobira "
            "Holdings (TSE: 4411).",
            "Tobira Pay Inc",
        ),
        # an HR team named before its organisation
        (
            "I am Aoki from Human Resources Department of Minato Kisen K.K., a ship operator.",
            "Minato Kisen K.K",
        ),
        (
            "Saat ini saya Rina dari tim rekrutmen PT Kopi Lereng Nusantara, membuka posisi baru.",
            "PT Kopi Lereng Nusantara",
        ),
        # a store's manager, a gig with a client, a client the agency works with exclusively
        (
            "hiya, I manage the Larkspur Books store at the retail park and need a supervisor",
            "Larkspur Books",
        ),
        (
            "Got a Site Supervisor gig going with Tallow Creek Mining at their gold op.",
            "Tallow Creek Mining",
        ),
        (
            "I'm Ruth at Pelham Search. I'm working exclusively with Saltcote Building Society on "
            "a Credit Risk Analyst vacancy.",
            "Saltcote Building Society",
        ),
        # other languages: the employer's own words and the agency's
        ("A Lavoura Digital está contratando! Somos uma agtech de Londrina.", "Lavoura Digital"),
        (
            "Tengo una vacante de Analista de Datos para la Cooperativa Arrayán, en Cali.",
            "Cooperativa Arrayán",
        ),
        (
            "La contratación sería directamente por Conservas Albarrán, en Vigo.",
            "Conservas Albarrán",
        ),
        (
            "Per conto di Vetreria Montalto, azienda di Murano, cerchiamo un tecnico.",
            "Vetreria Montalto",
        ),
        (
            "Nuestro cliente, el despacho Ibarra & Soler Abogados, busca un asociado senior.",
            "Ibarra & Soler Abogados",
        ),
        (
            "Je me permets de vous contacter dans le cadre d'une mission que nous a confiée le "
            "Groupe Castelnau Hôtels, qui exploite neuf hôtels.",
            "Groupe Castelnau Hôtels",
        ),
        # a name joined by "pour" and an elided article
        (
            "I've been retained by Fondation Horizon pour l'Enfance, a foundation in Lausanne, to "
            "find a Grants Officer.",
            "Fondation Horizon pour l'Enfance",
        ),
    ],
)
def test_phrasings_name_the_employer(text: str, want: str) -> None:
    assert _company(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Je recrute pour l'un de nos clients, une scale-up lyonnaise, un Lead Developer.",
        "We pay £95/hr via Ltd. Fully on site.",
        "I lead the Insurance & Actuarial practice at Carrow Blake and have a search on.",
    ],
)
def test_no_employer_in_a_sentence_of_the_sender(text: str) -> None:
    assert _company(text) is None


def test_a_unit_before_its_organisation() -> None:
    assert without_unit("Programmes Directorate of Friends of the Lake Basin") == (
        "Friends of the Lake Basin"
    )
    assert without_unit("Finance Division of Harrow Energy") == "Harrow Energy"
    # a department that is itself the employer, or a unit of an area, stays whole
    assert without_unit("Department of Veterans Affairs") == "Department of Veterans Affairs"
    assert without_unit("Office of the Registrar") == "Office of the Registrar"


def test_agency_names_with_legal_forms_and_agency_cues() -> None:
    assert is_agency_name("Northquest Consulting Pvt. Ltd.")
    assert is_agency_name("Carpathia Executive Selection")
    assert not is_agency_name("Kestrel Foods Pvt. Ltd.")
    assert agency_cue("Rheinau Partners has been mandated by the Board of a listed company")
    assert agency_cue("We are hiring for one of India's leading fintech unicorns.")
    assert agency_cue("Regards, Tan\nEA Licence No: 19C0001")
    assert agency_cue("one of our Fortune 500 banking client")
    # an IT services firm's own projects are no client of an agency
    assert agency_cue("to lead one of our US healthcare client accounts") is None


def test_on_behalf_of_its_own_company_is_in_house() -> None:
    item = _item(
        "Dear Kofi,\n\nI am writing on behalf of Green Furrow Ghana, a non-profit working with "
        "farmers. We are recruiting a Programme Manager for our Tamale office, GHS 20,000 a "
        "month.\n\nKind regards,\nAma Mensah-Boateng\nHR Manager\nGreen Furrow Ghana"
    )
    assert item.recruiter.agency is False
    assert item.recruiter.name == "Ama Mensah-Boateng"
    assert item.positions[0].company == "Green Furrow Ghana"


def test_an_agency_writing_on_its_own_behalf_still_recruits_for_its_client() -> None:
    item = _item(
        "Subject: Confidential - CFO appointment\n\nDear Mr. Jansen,\n\nI am writing on behalf "
        "of Ashby Vale, where I lead the finance practice.\n\nWe have been retained by Noordkade "
        "Shipping B.V., one of the largest terminal operators in Rotterdam, to identify their "
        "next Chief Financial Officer.\n\nKind regards,\nPieter Smit\nAshby Vale"
    )
    assert item.recruiter.agency is True
    assert item.positions[0].company == "Noordkade Shipping"


def test_a_client_named_only_in_the_quoted_first_message() -> None:
    item = _item(
        "Hi Niamh,\n\nJust bumping this - interviews are next week now. Free Thursday?\n\n"
        "Thanks,\nDara\n\nOn Mon, 3 Feb 2025 at 09:14, Dara Quinn wrote:\n> Hi Niamh,\n>\n"
        "> I'm working with Ardmore Biologics on a QC Microbiologist role at their Cork site. "
        "Salary is €48k–€55k.\n>\n> Dara\n"
    )
    assert item.is_recruiter_outreach
    assert item.positions[0].title == "QC Microbiologist"
    assert item.positions[0].company == "Ardmore Biologics"


def test_a_forward_whose_note_says_for_you_in_another_language() -> None:
    item = _item(
        "Ioana, cred că asta e pentru tine - it came to the team inbox.\nVlad\n\n"
        "________________________________\nFrom: Ana Pop\nSent: Wednesday, April 9, 2025 11:03 "
        "AM\nTo: Studio Team\nSubject: Lead Programmer opportunity at Codru Games\n\nHello "
        "Ioana,\n\nWe're looking for a Lead Programmer for our Cluj studio. 24.000 - 30.000 RON "
        "net per month, hybrid.\n\nAna Pop\nTalent Partner"
    )
    assert item.is_recruiter_outreach
    assert item.positions[0].title == "Lead Programmer"
    assert item.positions[0].company == "Codru Games"


def test_interest_first_then_a_referral_is_still_outreach() -> None:
    item = _item(
        "Hi Marta,\n\nWe're growing our data team and looking for an Analytics Engineer (dbt, "
        "Snowflake).\n\nFully remote within Poland, B2B: 24 000 - 29 000 PLN net per month.\n\n"
        "Let me know if you're interested, or if you know someone who might be!\n\nKasia"
    )
    assert item.is_recruiter_outreach
    assert "referral_ask" not in {c.name for c in item.cues}


def test_a_labelled_position_is_read_even_after_a_greeting_that_sounds_like_networking() -> None:
    item = _item(
        "Dear Mr. Park,\n\nNice to meet you. I am Sato from Human Resources Department of Kaito "
        "Kaiun K.K.\n\nPosition: Fleet Data Analyst\nAnnual salary: 7,000,000 JPY ~ 9,500,000 "
        "JPY\n\nBest regards,\nTakeshi Sato"
    )
    assert item.is_recruiter_outreach
    assert item.positions[0].title == "Fleet Data Analyst"
    assert item.positions[0].company == "Kaito Kaiun"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a description the body writes after "a"
        (
            "Urgent Opening || Network Architect || Gurugram || Tier-1 Telecom MNC",
            "We are hiring for one of our esteemed client, a leading Tier-1 Telecom MNC.",
        ),
        # an industry the body writes in lower case
        ("Quality Engineer role - Galway - Med Devices", "a global medical devices maker."),
        # the title with a word before it, and a gendered title
        ("Urgent Hiring Data Engineer – Galway", "We're looking for a Data Engineer to join us."),
        (
            "Vertrauliche Anfrage – Aktuar/in Lebensversicherung, Wien",
            "Ich suche eine/n Aktuar/in.",
        ),
        ("C2H | Crew Scheduling Analyst | DFW", "a contract-to-hire opening with a large airline"),
    ],
)
def test_subject_parts_that_name_no_company(subject: str, body: str) -> None:
    item = _item(f"Subject: {subject}\n\nHi Alex,\n\n{body}\n\nThanks,\nJo")
    assert all(p.company is None for p in item.positions)


def test_a_subject_names_the_company_before_its_town() -> None:
    item = _item(
        "Subject: General Manager – The Larch Collection, Edinburgh\n\nDear Morven,\n\nI'm "
        "partnered with a boutique hotel group on the appointment of a General Manager.\n\n"
        "Regards,\nCallum Reid\nThistle Lane Recruitment"
    )
    assert item.positions[0].company == "The Larch Collection"


def test_what_is_never_a_company() -> None:
    item = _item(
        "From: Dana Whit <dana@harbourglass-games.com>\nSubject: Gameplay Engineer\n\nHey Marcus,"
        "\n\nWe're a 60-person studio and I'm looking for a Senior Gameplay Engineer, $150,000 – "
        "$185,000.\n\nDana\n(she/her) | Talent"
    )
    assert item.positions[0].company == "Harbourglass Games"
    item = _item(
        "Dear Candidate,\n\nGreetings from Kesar!\n\nWe are hiring a Senior QA Engineer for our "
        "Pune office. CTC: 16 – 22 LPA.\n\nThanks & Regards,\nRitika Sharma\nHR – Talent "
        "Acquisition\nKesar (Kesar Digital Payments Pvt. Ltd.)"
    )
    assert item.positions[0].company == "Kesar"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Nous recherchons un Directeur d'Hôtel (H/F) pour Annecy.", "Directeur d'Hôtel"),
        ("1. Gerente de Compras y Logística – $45,000 MXN", "Gerente de Compras y Logística"),
        ("Subject: Opportunité Data Engineer (CDI) – Lyon", "Data Engineer"),
        ("We have a Nurse Informaticist opening on our team.", "Nurse Informaticist"),
        (
            "a VP, Quantitative Developer opportunity within their FX desk",
            "VP, Quantitative Developer",
        ),
    ],
)
def test_titles_with_links_grades_and_new_endings(text: str, want: str) -> None:
    from sidedoor.intake.extract.title import find_titles

    assert want in [re.sub(r"\s*\(H/F\)", "", t.text) for t in find_titles(text)]


def test_domains_spelled_as_the_text_writes_them() -> None:
    from sidedoor.intake.extract.company import domain_name, fold, split_domain

    text = "Te escribo desde Ñandú Games, un estudio indie. Mi mail: flor@nandugames.com.ar"
    assert split_domain("nandugames", text) == "Ñandú Games"
    assert domain_name("hotelesmarisol") == "Hoteles Marisol"
    assert fold("Đà Nẵng") == "da nang"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Hi Farid,\n\nWe at Kestrel Air are expanding our line maintenance team at KLIA2 "
            "ahead of new deliveries.",
            "Kestrel Air",
        ),
        (
            "P.S. You asked whether I could name the client - this one is Harwick Mutual "
            "Syndicates, and they're happy for me to say so.",
            "Harwick Mutual Syndicates",
        ),
        ("Our technical department in Piraeus is looking for a Superintendent.", None),
        (
            "Estamos sumando gente al equipo de ingeniería de Tidemark Health, una startup de "
            "Boston.",
            "Tidemark Health",
        ),
        ("We have an urgent opening with a CMMI Level 5 MNC in Pune.", None),
    ],
)
def test_phrasings_of_round_11s_third_check(text: str, want: str | None) -> None:
    assert _company(text) == want


def test_a_group_hiring_for_one_of_its_companies() -> None:
    item = _item(
        "Hi Javier,\n\nI'm a senior consultant in Talentia Consulting. We are helping Grupo "
        "Morales to find a Project Manager for wind farms. To be precise, the position is in "
        "Morales Renovables, the renewables subsidiary of the group. Salary €70,000.\n\nBest,"
        "\nLucía"
    )
    assert item.positions[0].company == "Morales Renovables"
    # the group stays the employer where nothing says one of its companies hires
    item = _item(
        "Hi Sara,\n\nI'm in the talent team at Jumana Group and we're hiring a Front Office "
        "Manager for the Jumana Beach Hotel. AED 25,000 a month.\n\nBest,\nOmar\nJumana Group"
    )
    assert item.positions[0].company == "Jumana Group"


def test_staffing_cues_and_agency_names() -> None:
    assert agency_cue("Rate: $68/hr on C2C. Please share your visa status.")
    assert is_agency_name("Northlake Staffing")
    assert is_agency_name("Sprint IT Rekrutacja")
    assert is_agency_name("Sao Mai HR")
    assert not is_agency_name("Cheshire Foods")
