"""Round 9, wave 2: the hiring company and the recruiter's company where a signature puts a
unit or practice after the title and the organisation on the line under it ("Lead - Oncology
& Haematology" over "X Foundation Trust"), a German compound title alone on its line, a
firm's name before its service line, a region after a title; the client named in Spanish,
German and Polish phrasings; the recruiter's company in Swedish, Polish, Vietnamese and
Indian-English self-introductions; Swedish and Vietnamese outreach; and the look-alikes that
must not become a company (a title's "Chargée de recrutement", "Sr. Associate")."""

from __future__ import annotations

from intake_checks import parse_checked
from sidedoor.intake.extract.agency import is_agency_name
from sidedoor.intake.extract.company import find_company
from sidedoor.intake.extract.recruiter import Context, find_recruiter

_item = parse_checked  # every span of evidence points at the text it claims


def _recruiter_company(text: str, hint: str | None = None) -> str | None:
    lines = text.split("\n")
    # the signature: from the sign-off line to the end
    sign_off = max(i for i, line in enumerate(lines) if line.strip().rstrip(",") in _SIGN_OFFS)
    start = len("\n".join(lines[:sign_off])) + (1 if sign_off else 0)
    found = find_recruiter(Context(text=text, signature=(start, len(text))), hint)
    return found.company


_SIGN_OFFS = {"Best regards", "Kind regards", "Regards", "Saludos", "Cordialement", "Cheers"}


def _company(text: str) -> str | None:
    found = find_company(text)
    return found.value if found else None


def test_unit_after_the_title_gives_way_to_the_organisation_below() -> None:
    text = (
        "Dear Priya,\n\nI'm the recruitment lead for oncology at Northfold Teaching Hospitals "
        "NHS Trust and would like to tell you about a Band 7 post.\n\nKind regards,\n"
        "Grace Obi\nRecruitment Lead - Oncology & Haematology\n"
        "Northfold Teaching Hospitals NHS Trust"
    )
    assert _recruiter_company(text) == "Northfold Teaching Hospitals NHS Trust"


def test_practice_after_the_title_gives_way_to_the_agency_spelled_by_the_domain() -> None:
    text = (
        "From: Omar Haddad <omar.haddad@crestmoor-exec.com>\n\nDear Lina,\n\nI'm handling a "
        "CFO search for a resort group in Muscat.\n\nKind regards,\nOmar Haddad\n"
        "Partner – Travel & Tourism\nCrestmoor Executive\nMuscat"
    )
    item = _item(text)
    assert item.recruiter.company == "Crestmoor Executive"


def test_team_after_the_title_gives_way_to_the_employer_the_body_names() -> None:
    text = (
        "Good morning Sam,\n\nI lead hiring for the space sector at Vardø Orbital Systems and "
        "we are growing our ground segment team.\n\nBest regards,\nTessa Lund\n"
        "Senior Recruiter, Secure Programs Talent\nVardø Orbital Systems"
    )
    assert _recruiter_company(text, "Vardø Orbital Systems") == "Vardø Orbital Systems"


def test_a_practice_the_body_names_stays_the_company() -> None:
    # the part after the title is the name the body uses: no reason to look below
    text = (
        "Hi Ana,\n\nI'm a consultant at Fenwick & Rowe and we place finance leaders.\n\n"
        "Best regards,\nJo Hale\nConsultant – Fenwick & Rowe\nLeeds"
    )
    assert _recruiter_company(text) == "Fenwick & Rowe"


def test_a_recruitment_team_line_is_no_agency() -> None:
    text = (
        "Dear Mr Haas,\n\nOur Cabin Crew Recruitment team would like to invite you to apply "
        "for the position of Purser with Alpenflug.\n\nKind regards,\nNora Baum\n"
        "Cabin Crew Recruitment\nAlpenflug"
    )
    assert _recruiter_company(text) == "Alpenflug"


def test_a_region_after_the_title_is_no_company() -> None:
    text = (
        "Dear Rahul,\n\nWe are hiring Branch Managers at Suraksha General Insurance.\n\n"
        "Regards,\nMeera Iyer\nTalent Acquisition – South Zone"
    )
    assert _recruiter_company(text) is None  # a region of the company, not its name


def test_german_compound_title_alone_on_its_line_is_no_company() -> None:
    text = (
        "Guten Tag Frau Berg,\n\nfür unser Werk suchen wir eine Prozessingenieurin.\n\n"
        "Mit freundlichen Grüßen\n\nJana Vogt\nPersonalreferentin Ausbildung\n"
        "j.vogt@kessler-hydraulik.de"
    )
    item = _item(text)
    assert item.recruiter.company == "Kessler Hydraulik"  # the mail's domain


def test_a_firm_before_its_service_line_under_the_signers_name() -> None:
    text = (
        "Hola Iker:\n\nEstamos ayudando a una bodega a incorporar un director comercial.\n\n"
        "Saludos\nMaite Urrutia\nCantábrico Talento | Selección de Directivos\nBilbao"
    )
    assert _recruiter_company(text) == "Cantábrico Talento"


def test_a_grade_is_no_firm_before_a_team() -> None:
    text = (
        "Hi Arjun,\n\nHiring for a fintech in Pune.\n\nRegards,\nKavya Rao\n"
        "Sr. Associate – Tech Hiring\nBluepeak Consulting Pvt. Ltd."
    )
    company = _recruiter_company(text)
    assert company is not None and company.startswith("Bluepeak Consulting")


def test_agency_words_in_other_languages_are_a_names_not_a_titles() -> None:
    assert is_agency_name("Lumen Recrutement")
    assert is_agency_name("Sierra Talento Consultores")
    assert is_agency_name("Vale Consultoria")
    assert not is_agency_name("Chargée de recrutement")
    assert not is_agency_name("Consultora de Recrutamento")
    assert not is_agency_name("Consultante recrutement")
    text = (
        "Bonjour Paul,\n\nNous recrutons un développeur pour notre studio.\n\n"
        "Bien cordialement,\nLéa Moreau\nChargée de recrutement – Brumaire Studios"
    )
    assert _item(text).recruiter.company == "Brumaire Studios"


def test_the_client_in_spanish_german_and_polish() -> None:
    text = (
        "Soy consultor en Andes Talento. Nuestro cliente, Conservas del Cantábrico, empresa "
        "familiar, busca un Jefe de Producción."
    )
    assert _company(text) == "Conservas del Cantábrico"
    text = (
        "Im Auftrag unseres langjährigen Kunden Brenner & Moser Fördertechnik suche ich einen "
        "Projektleiter."
    )
    assert _company(text) == "Brenner & Moser Fördertechnik"
    text = (
        "Dla naszego klienta – wrocławskiej firmy Odra Logistics (magazyny) – szukamy "
        "kierownika zmiany."
    )
    assert _company(text) == "Odra Logistics"
    # an English client described in lower case words first: no word of the description
    text = "Our client – a leading Berlin fintech – is hiring a Staff Engineer."
    assert _company(text) != "Berlin"


def test_self_introductions_in_other_languages() -> None:
    cases = [
        (
            "Hej Oskar!\n\nJag jobbar med rekrytering här på Vänern Kraft och vi söker en "
            "elektriker.",
            "Vänern Kraft",
        ),
        ("Hej!\n\nJag leder rekryteringen på Gotland Bygg och söker en platschef.", "Gotland Bygg"),
        ("Cześć Ola, rekrutuję w Pixel Vistula i szukamy grafika.", "Pixel Vistula"),
        (
            "Chào chị Lan, em là Hương, HR của Sông Hàn Software. Bên em đang tuyển tester.",
            "Sông Hàn Software",
        ),
        ("Hi Arun! Divya this side from 99Bricks, we're hiring a Flutter developer.", "99Bricks"),
        (
            "Mi nombre es Ana Ruiz y soy Consultora Senior en Sierra Talento, firma de selección.",
            "Sierra Talento",
        ),
        ("Prezado Rui, sou headhunter da Vale Consultoria e tenho uma vaga.", "Vale Consultoria"),
    ]
    for text, want in cases:
        found = find_recruiter(Context(text=text))
        assert found.company == want, text


def test_swedish_and_vietnamese_outreach() -> None:
    text = (
        "Hej Alex!\n\nJag heter Klara Holm och jobbar med rekrytering här på Vänern Kraft. "
        "Vi söker en Driftingenjör till vårt kraftverk i Trollhättan.\n\n"
        "Lön 45 000–50 000 kr/mån.\n\nHörs vi?\n\nVänliga hälsningar\nKlara Holm"
    )
    item = _item(text)
    assert item.is_recruiter_outreach
    assert item.recruiter.company == "Vänern Kraft"
    text = (
        "Chào anh Nam,\n\nEm là Hương, HR của Sông Hàn Software. Bên em đang tuyển Backend "
        "Developer (Go) làm việc tại Đà Nẵng.\n\n- Lương: 30 - 45 triệu VND/tháng\n\n"
        "Anh quan tâm thì gửi CV cho em nhé."
    )
    item = _item(text)
    assert item.is_recruiter_outreach
    assert item.recruiter.company == "Sông Hàn Software"


def test_a_swedish_job_seeker_is_no_outreach() -> None:
    # "söker" in a candidate's own words: no recruiter, no role offered
    text = "Hej! Jag söker nytt jobb som lärare i Umeå, tips uppskattas. Tack!"
    assert not _item(text).is_recruiter_outreach
