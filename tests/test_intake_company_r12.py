"""Round 12 of the hiring company (and what it leans on): agencies that say so only in passing
("a retained … search", "the client is one of …", an index-listed client), a recruiter's first
message quoted under an Outlook header with no address, a group's company named before what it
is to the group, firms named for their profession, and subject parts that are regions."""

from __future__ import annotations

import pytest

from intake_checks import company_found as _company
from intake_checks import pasted_item as _item
from sidedoor.intake.extract.agency import agency_cue, is_agency_name
from sidedoor.intake.extract.company import clean_name, is_country, is_department


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a client named as one of the sender's clients
        (
            "Priya from Fernhill Search here. One of my oldest clients, Gorsebank Dental Group, "
            "is opening a new practice and needs an associate dentist.",
            "Gorsebank Dental Group",
        ),
        # "to hire a … for X" with the ticker after the name
        (
            "Quick one - I'm recruiting a Head of Tax for Brenmoor plc (LSE: BRNM), the cement "
            "producer.",
            "Brenmoor",
        ),
        # supporting the employer "with" a requirement
        (
            "Tallis Interim here - I'm supporting the Borough of Ashcote with an urgent interim "
            "requirement for a Head of Housing.",
            "Borough of Ashcote",
        ),
        # Italian, French and German phrasings for the client that engaged the sender
        (
            "La contatto perché Vetta Executive è stata incaricata in esclusiva da Fonderie "
            "Lariane S.p.A. per la ricerca di un Direttore di Stabilimento.",
            "Fonderie Lariane S.p.A",
        ),
        (
            "Im Auftrag der Elbwerk Digital GmbH, der IT-Tochter der Elbwerk Versicherung, "
            "suche ich einen Platform Engineer (m/w/d).",
            "Elbwerk Digital GmbH",
        ),
        (
            "Aktuell unterstütze ich die Rheinfels Data GmbH – die Tochter der Rheinfels Bank – "
            "bei der Besetzung einer Position als Data Engineer.",
            "Rheinfels Data GmbH",
        ),
        # a group's company, then what it is to the group
        (
            "Soy Marta, del equipo de Talento de Grupo Alcor. Te escribo porque Alcor Redes, "
            "nuestra filial de telecomunicaciones, está buscando un ingeniero.",
            "Alcor Redes",
        ),
        (
            "I'm the in-house recruiter for Brightwater Media. I'm hiring a Senior Editor for "
            "Kestle Books, our travel imprint in Leeds.",
            "Kestle Books",
        ),
        # Polish: the client named after "naszego klienta, firmy"
        (
            "Na zlecenie naszego klienta, firmy Lipa Transport, poszukujemy osoby na stanowisko "
            "Kierownik Zmiany.",
            "Lipa Transport",
        ),
        # French: "Chez X, on construit …"
        ("Salut Léa ! Chez Pollen.ai, on construit des outils pour les apiculteurs.", "Pollen.ai"),
        # "for" inside a body's name
        (
            "Dear Amina,\n\nGreetings from the Society for Coastal Fisheries and Livelihoods! We "
            "are an NGO working along the Tana delta.",
            "Society for Coastal Fisheries and Livelihoods",
        ),
        # a firm's verb for its client, in the third person
        (
            "Le cabinet Morvan Conseil accompagne le groupe Hôtels Serac & Cie dans le recrutement "
            "de son Directeur d'Hébergement.",
            "Hôtels Serac & Cie",
        ),
        # a group's company named after what it is to the group
        (
            "Te escribo desde el equipo de Talento de Grupo Corvera. Nuestra filial de energía "
            "solar, Sol de Corvera, busca un Director de Planta.",
            "Sol de Corvera",
        ),
        # a renamed employer
        (
            "You may still know us as Halden Pharma - since March we operate under our new name "
            "Quorva, and our email addresses have changed too.",
            "Quorva",
        ),
        # one of an agency's clients, with any adjective
        (
            "I'm a Technical Recruiter with Keel Workforce Solutions. One of our long-time "
            "clients, Ostrava Precision Castings, is adding a Quality Engineer.",
            "Ostrava Precision Castings",
        ),
        # Polish: "Rekrutuję do X"
        ("Cześć Ola! Rekrutuję do Żuraw (fintech, ~80 osób). Szukamy Tech Leada.", "Żuraw"),
        # "At X (NASDAQ: …) we're …": the sentence's "At" is no part of the name
        (
            "Hi Owen,\n\nAt Marrow Payroll (NASDAQ: MRWP) we're scaling our sales team.",
            "Marrow Payroll",
        ),
        # a unit "at" its university
        (
            "On behalf of the Office of Research Computing at Whitlow University, I am writing "
            "to invite you to apply.",
            "Whitlow University",
        ),
        (
            "I am writing on behalf of the School of Computing at the Ardfert Institute of "
            "Technology and Design, Galway, where we are recruiting.",
            "Ardfert Institute of Technology and Design",
        ),
    ],
)
def test_the_employer_is_found(text: str, want: str) -> None:
    assert _company(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # "24-hour" is a number's compound, not a name
        "This is an on-site leadership position with 24-hour accountability for the ward.",
        # "our King's Cross office" is a place of ours, not a company's office
        "It's hybrid, two days a week in our King's Cross office, the rest from home.",
        # a client "– Chennai" after a dash is a place
        "Subject: Opening for Plant Accountant with our client - Chennai\n\nDear Ravi,",
        # a standard's code, not a company
        "I found your profile while looking for people with DO-178C and HIL test experience.",
        # a place of ours: "our … team at <airport>"
        "We're recruiting a Ramp Supervisor to lead our turnaround team at Cork Airport.",
    ],
)
def test_no_company_is_read_from(text: str) -> None:
    assert _company(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dana - leading a retained CTO search for a healthtech in Austin. Worth a call?",
        "The client is one of the three largest insurers in the Nordics; I can name them later.",
        "I'm working on two live vacancies for a FTSE 250 housebuilder in the North West.",
        "I'm working with Harrow & Lyle, the employment law firm, on a newly created Practice "
        "Manager post in their Leeds office.",
        # an unnamed client engaged "on an exclusive basis"
        "We have been engaged on an exclusive basis by a well-established Lloyd's syndicate to "
        "appoint a Class Underwriter.",
        # Italian and Spanish unnamed clients
        "Per una prestigiosa maison del lusso (cliente riservato) stiamo ricercando due figure.",
        "Estamos trabajando en exclusiva con una aseguradora líder en el mercado español.",
        "Je me permets de vous contacter dans le cadre d'une mission confiée par un grand groupe "
        "de luxe coté.",
        "Le Cabinet Rivaud Conseil accompagne actuellement un acteur majeur de l'assurance dans "
        "le recrutement de son Responsable Comptable.",
        "I'm recruiting for one of Australia's largest private health funds.",
    ],
)
def test_a_search_firm_says_so(text: str) -> None:
    assert agency_cue(text) is not None


def test_an_employer_working_with_a_colleague_is_no_agency() -> None:
    assert agency_cue("I'm working with our design team on a few ideas for next year.") is None


def test_a_follow_up_under_an_outlook_header_without_an_address_names_the_client() -> None:
    item = _item(
        "Subject: RE: Practice Manager - Leeds firm\n\n"
        "Hi Omar,\n\n"
        "Just bumping this up your inbox. The firm has confirmed two office days a week and "
        "moved the top of the band to £61k.\n\n"
        "Any chance of a call on Thursday?\n\n"
        "Thanks,\nBeth\n\n"
        "Beth Holloway\nSenior Consultant - Legal Support\nMarlow Penn\n0113 496 0000\n\n"
        "From: Beth Holloway\n"
        "Sent: 2 June 2025 10:12\n"
        "To: Omar Farouk\n"
        "Subject: Practice Manager - Leeds firm\n\n"
        "Hi Omar,\n\n"
        "I'm working with Harrow & Lyle, the employment law firm, on a newly created Practice "
        "Manager post in their Leeds office.\n\n"
        "- £55,000 - £58,000 base\n- 25 days holiday\n\n"
        "Let me know if you'd be open to a chat.\n\nBeth\n"
    )
    assert item.recruiter.company == "Marlow Penn"
    assert item.recruiter.agency is True
    assert [p.company for p in item.positions] == ["Harrow & Lyle"]


def test_a_founder_names_the_startup_before_here() -> None:
    item = _item(
        "Hey Jo — cofounder of Threadwise.ai here (YC S23, we build scheduling for dye "
        "houses). Hiring our first Founding Backend Engineer: remote (EU), €90k–€120k + "
        "equity. Up for a 20-minute chat?\n\n– Ines"
    )
    assert [p.company for p in item.positions] == ["Threadwise.ai"]


def test_a_firm_named_for_its_profession_is_read_in_full() -> None:
    item = _item(
        "Hi Lee,\n\nI'm one of the partners at Ashgrove & Pike Architects. At Ashgrove & Pike "
        "we mostly design schools, and we're looking to add a Project Architect to the "
        "studio.\n\n$90,000 to $105,000 a year, hybrid.\n\nBest,\nRuth"
    )
    assert [p.company for p in item.positions] == ["Ashgrove & Pike Architects"]


def test_an_acronym_after_the_name_with_the_article() -> None:
    item = _item(
        "Dear Ms. Achieng,\n\nThe Alliance for Rural Water Access (ARWA) is recruiting a "
        "Programme Officer for its Kampala office. The post is on-site.\n\nKind regards,\n"
        "Talent Unit\nAlliance for Rural Water Access"
    )
    assert [p.company for p in item.positions] == ["Alliance for Rural Water Access"]


def test_a_domains_initials_are_the_institute_that_greets() -> None:
    item = _item(
        "Subject: Invitation to apply – Assistant Professor (Civil Engineering)\n\n"
        "Dear Dr. Rao,\n\nGreetings from the Tunga Institute of Science and Technology, "
        "Shivamogga.\n\nOur Department of Civil Engineering invites you to apply for the post "
        "of Assistant Professor. Pay of ₹1,10,000 per month.\n\n"
        "Please send your CV and publications to faculty.recruitment@tist.edu.in.\n\n"
        "Regards,\nDean (Faculty Affairs)"
    )
    assert item.recruiter.agency is False
    assert [p.company for p in item.positions] == ["Tunga Institute of Science and Technology"]


def test_a_subject_region_is_no_company() -> None:
    item = _item(
        "Subject: Senior Site Engineer - West Yorkshire - £58-64k + car\n\n"
        "Hi Tom,\n\nI'm working on a Senior Site Engineer role for a regional contractor. "
        "£58-64k plus car allowance.\n\nCheers,\nJack Pryor\nSenior Consultant\n"
        "Halden Recruitment"
    )
    assert [p.company for p in item.positions] == [None]


def test_french_and_spanish_service_lines_are_departments() -> None:
    assert is_department("Service des ressources humaines")
    assert is_department("Servicio de Recursos Humanos")
    assert not is_department("Servicio Gallego de Salud")


def test_a_group_in_brackets_after_the_company_is_left_out() -> None:
    assert clean_name("PT Nusa Kargo Lestari (Bahari Group)") == "PT Nusa Kargo Lestari"


def test_a_subject_names_the_employer_after_the_title() -> None:
    item = _item(
        "Subject: Invitation to apply - Senior Data Engineer, Harbour Data Authority of "
        "Penang\n\nDear Mr Lee,\n\nWe would like to invite you to apply for the position of "
        "Senior Data Engineer in our Data Platforms Division. The Authority is building a "
        "maritime data exchange.\n\nSalary: RM 9,000 - RM 12,000 per month\n\n"
        "Yours sincerely,\nMs Tan\nTalent Attraction\nHuman Resource Division"
    )
    assert [p.company for p in item.positions] == ["Harbour Data Authority of Penang"]


def test_a_chef_names_the_kitchen_he_runs() -> None:
    item = _item(
        "hey mate, Rob here, head chef at Tidewater Lodge up in Noosa - we need a Sous Chef "
        "asap, full time, on site. paying 80k + super. keen? give us a bell"
    )
    assert item.recruiter.company == "Tidewater Lodge"


def test_a_studio_named_before_here_outranks_its_initials_in_the_signature() -> None:
    item = _item(
        "Hej Ola! Lisek & Kruk Games here (we're the Wrocław team behind Ember Vale). We're "
        "hiring a Senior Gameplay Programmer (Unreal), hybrid in Wrocław. B2B 24 000–30 000 "
        "PLN net / month. Interested?\n— Marta, Talent @ L&K"
    )
    assert item.recruiter.company == "Lisek & Kruk Games"
    assert [p.company for p in item.positions] == ["Lisek & Kruk Games"]


def test_a_locum_agency_is_an_agency() -> None:
    item = _item(
        "Hi Dr Okoro. Tenby Locum Partners here – urgent Locum Consultant Radiologist need at "
        "Castlemere Hospitals NHS Foundation Trust, 3-month rolling, on site. £110–£130/hr. "
        "Any interest?\n\nAnna | Tenby Locum Partners"
    )
    assert is_agency_name("Tenby Locum Partners")
    assert [p.company for p in item.positions] == ["Castlemere Hospitals NHS Foundation Trust"]


def test_our_team_at_a_district_is_a_place() -> None:
    assert _company("We are looking Flutter Developer for our team at District 3, HCMC.") is None


def test_a_former_name_in_brackets_is_left_out() -> None:
    assert clean_name("Veltra (ehemals Kestrel Data Systems)") == "Veltra"


def test_a_careers_address_spells_the_name_the_subject_writes() -> None:
    item = _item(
        "Subject: Tana Water Trust - Invitation to apply: Programme Officer\n\nDear Ms. Achieng,"
        "\n\nWe write to invite you to apply for the position of Programme Officer in our WASH "
        "programme. The post is based in Garissa.\n\nPlease send your CV to "
        "careers@tanawatertrust.org by 28 February.\n\nYours sincerely,\n\nMary Wambui\n"
        "Human Resources & Administration Manager"
    )
    assert [p.company for p in item.positions] == ["Tana Water Trust"]


def test_a_practice_area_over_an_nhs_trust_in_the_signature() -> None:
    item = _item(
        "Hi Alex,\n\nWe're recruiting a Senior Estates Data Analyst (Band 7), hybrid, £50,952 - "
        "£57,349.\n\nKind regards,\n\nRuth Owens\nRecruitment Business Partner - Digital & "
        "Estates\nEastbrook Teaching Hospitals NHS Foundation Trust\nruth.owens@nhs.net"
    )
    assert item.recruiter.company == "Eastbrook Teaching Hospitals NHS Foundation Trust"


def test_on_the_hunt_for_is_hiring() -> None:
    item = _item(
        "Kia ora Mere!\n\nWe're on the hunt for a Restaurant Manager for our lodge in Wanaka and "
        "I reckon you'd be a great fit (no pressure haha). $70k-$78k, on-site, free meals on shift."
        "\n\nKeen for a korero?\n\nNga mihi,\nAroha - People & Culture, Lakeside Lodges Group"
    )
    assert item.is_recruiter_outreach
    assert [p.company for p in item.positions] == ["Lakeside Lodges Group"]


def test_a_vietnamese_joint_stock_company_loses_its_legal_form() -> None:
    item = _item(
        "Dear Minh,\n\nWe are hiring a Senior Backend Developer (Golang). Salary: 40 - 55 million "
        "VND gross/month, hybrid.\n\nBest regards,\nNguyen Thu Ha\nTalent Acquisition Executive\n"
        "CoralPay Joint Stock Company"
    )
    assert [p.company for p in item.positions] == ["CoralPay"]


def test_a_groups_recruiter_for_the_brand_the_subject_names() -> None:
    item = _item(
        "Subject: Opportunité Chef de projet e-commerce – Maison Sorel\n\nBonjour Camille,\n\n"
        "Je suis chargée de recrutement au sein de l'équipe Talent Acquisition du Groupe "
        "Lavarenne. Je me permets de vous contacter pour un poste de Chef de projet e-commerce "
        "en CDI à Paris, hybride.\n\nBien cordialement,\nJulie Martin"
    )
    assert [p.company for p in item.positions] == ["Maison Sorel"]


def test_a_ranked_name_is_its_spelled_out_whole_and_never_a_country() -> None:
    item = _item(
        "Dear Kofi,\n\nI am writing from the Foundation for Coastal Health and Learning (FCHL), an "
        "NGO working in four West African countries.\n\nWe are recruiting a Country Programme "
        "Manager for Ghana, based in Accra.\n\nKind regards,\nAma Mensah\nHead of People"
    )
    assert [p.company for p in item.positions] == ["Foundation for Coastal Health and Learning"]
    assert is_country("Saudi Arabia") and not is_country("Arabian Gulf Logistics")


def test_a_name_with_a_yoruba_capital_and_a_tax_status_that_is_no_name() -> None:
    item = _item(
        "Hey Alex! Bisi here from Ẹja Pay 😊 got your number from Chidi, hope that's ok\n\n"
        "We're hiring a Product Manager for our payments team in Lagos. Salary: ₦2.5m - ₦3m "
        "per month. Keen to chat?"
    )
    assert [p.company for p in item.positions] == ["Ẹja Pay"]
    assert _company("Salary: $4,500–5,500 per month (gross, contract with FOP).") is None


def test_a_german_follow_up_reads_the_pitch_under_am_schrieb() -> None:
    item = _item(
        "Hi Alex,\n\nthanks for getting back to me! The budget for the role is €70.000 – "
        "€80.000 gross per year.\n\nWould Thursday 14:00 work?\n\nBest regards\nJonas Berg\n"
        "Falke Personalberatung\n\n"
        "Am Mo., 10. März 2025 um 18:22 Uhr schrieb Alex <alex@example.com>:\n"
        "> Hi Jonas, what's the salary range?\n>\n"
        "> Am Mo., 10. März 2025 um 09:05 Uhr schrieb Jonas Berg <j.berg@falke-personal.de>:\n"
        ">> Hallo Alex,\n>>\n"
        ">> ich bin Personalberater bei Falke Personalberatung. Für unseren Mandanten Weidmann "
        "Agrartechnik GmbH, einen Familienbetrieb bei Münster, suche ich einen Produktmanager "
        "(m/w/d).\n"
    )
    assert [p.company for p in item.positions] == ["Weidmann Agrartechnik"]
