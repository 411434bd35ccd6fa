"""Round 8 wave 3, company and the recruiter's company: an in-house recruiter who speaks as one
of the employer ("we", "our team") works for it even when signing with a bare name; runs that
name no company (a department's field, a count with its noun, a job board, a job title in the
plural, "our hub at XYZ and are looking"); a unit's line between a signature's title and its
organisation; practice areas and teams in French; an acronym spelled with its "and"; unnamed
clients in French and Spanish."""

from __future__ import annotations

from intake_checks import assert_spans
from sidedoor.intake import parse_bytes
from sidedoor.intake.extract.agency import agency_cue
from sidedoor.intake.extract.company import _job_title_like, find_company, is_department
from sidedoor.intake.extract.company_rank import Context, candidates, not_a_name_here
from sidedoor.intake.models import ParsedItem


def _item(text: str) -> ParsedItem:
    item = parse_bytes(text.encode(), name="mail.txt").items[0]
    assert_spans(item)
    return item


def _companies(item: ParsedItem) -> set[str | None]:
    return {p.company for p in item.positions}


# --- an in-house recruiter's own company --------------------------------------------------


def test_a_first_plural_makes_the_sender_one_of_the_employer() -> None:
    item = _item(
        "Subject: Kestrelmoor Foods | Production Supervisor, Leicester\n\nHi Dev,\n\nWe're "
        "expanding our second bakery line and your shift-lead background stood out. Production "
        "Supervisor, £38k - £42k, fully on site.\n\nFancy a chat this week?\n\nThanks,\n"
        "Priti Desai\n"
    )
    assert _companies(item) == {"Kestrelmoor Foods"}
    assert item.recruiter.company == "Kestrelmoor Foods"


def test_a_bare_first_name_under_a_subject_only_company_signs_for_no_one() -> None:
    item = _item(
        "Subject: Kestrelmoor Foods - Production Supervisor\n\nHi Dev,\n\nWe're expanding "
        "our second bakery line. Production Supervisor, £38k - £42k, on site.\n\nThanks,\n"
        "Priti\n"
    )
    assert _companies(item) == {"Kestrelmoor Foods"}
    assert item.recruiter.company is None


def test_german_in_house_team_names_the_subjects_company() -> None:
    item = _item(
        "Betreff: Elektroingenieur (m/w/d) | Wasserwerke Auental | Kassel\n\nGuten Tag Frau "
        "Brandt,\n\nfür unser Team Leitungsbau suchen wir ab sofort einen Elektroingenieur "
        "(m/w/d). Gehalt ca. 58.000 – 66.000 € brutto im Jahr.\n\nMit freundlichen Grüßen\n\n"
        "Jonas Keller\nPersonalgewinnung\n"
    )
    assert item.recruiter.company == "Wasserwerke Auental"


def test_a_terse_third_person_pitch_leaves_the_recruiter_company_unset() -> None:
    item = _item(
        "Subject: Brightwater Labs | Data Engineer (remote)\n\nHi Kim, your Spark background "
        "looks spot on. Fully remote within Canada, CAD 120-140k. Keen to chat?\n\nLou\n"
    )
    assert _companies(item) == {"Brightwater Labs"}
    assert item.recruiter.company is None


def test_an_agencys_we_does_not_make_the_client_its_own() -> None:
    item = _item(
        "Hi Sam,\n\nWe are recruiting for our client Pellworth Aviation, who are looking for a "
        "Line Maintenance Supervisor at their Bristol base. £52k plus shift allowance.\n\n"
        "Open to a call?\n\nBest regards,\nAbbie Stone\nSenior Consultant\nSkyreach Talent\n"
    )
    assert _companies(item) == {"Pellworth Aviation"}
    assert item.recruiter.company != "Pellworth Aviation"


# --- runs that name no company ------------------------------------------------------------


def test_a_departments_field_is_not_a_company() -> None:
    text = (
        "I chair the Department of Marine Biology at the Instituto Austral de Ciencias, and "
        "we are hiring."
    )
    assert not_a_name_here(text, "Marine Biology")
    assert not not_a_name_here(text, "Instituto Austral de Ciencias")
    assert is_department("Departamento de Biología Marina")
    assert is_department("Dipartimento di Fisica")


def test_a_count_with_its_noun_is_not_a_company() -> None:
    assert not_a_name_here("You would run a fleet of 9 Panamax tankers from Oslo.", "9 Panamax")
    # a name that starts with a number, followed by its verb, stays a candidate
    assert not not_a_name_here("Hello! 42 Harbour is hiring a barista.", "42 Harbour")


def test_a_job_board_is_not_a_company() -> None:
    text = "I found your profile on Jobhaven and we are hiring a Backend Developer."
    assert not_a_name_here(text, "Jobhaven")
    names = {c.name for c in candidates(Context(text=text))}
    assert "Jobhaven" not in names


def test_the_jobs_title_with_a_word_before_it_is_not_a_candidate() -> None:
    text = "Subject: TS/SCI Network Engineer - Denver\n\nActive TS/SCI needed. Interested?"
    names = {c.name for c in candidates(Context(text=text, title="Network Engineer"))}
    assert "SCI Network Engineer" not in names


def test_a_job_in_the_plural_is_not_a_company() -> None:
    assert _job_title_like("Pediatric Registered Nurses")
    assert _job_title_like("Night Shift Welders")
    assert not _job_title_like("Harrowgate Partners")  # a firm named for its people
    assert not _job_title_like("Quinta Engineers")
    assert find_company("We have several openings for Pediatric Registered Nurses here.") is None


def test_a_place_before_and_are_looking_is_not_the_subject() -> None:
    text = (
        "We are growing our cargo hub at LHR and are looking for an experienced Load Controller. "
        "This is a shift role."
    )
    assert find_company(text) is None
    found = find_company("Corvane Freight and Stellis Air are hiring load controllers.")
    assert found is not None  # a name joined to another is still read


# --- the signature's organisation ---------------------------------------------------------


def test_a_units_line_between_title_and_organisation() -> None:
    item = _item(
        "Dear Dr. Lindqvist,\n\nI would like to invite you to apply for a Lecturer position in "
        "Marine Ecology at our Valdivia campus. The position is full-time and on campus.\n\n"
        "Yours sincerely,\n\nProf. Carmen Oyarzún\nHead of Department\nDepartamento de Biología "
        "Marina\nUniversidad Austral del Pacífico\n"
    )
    assert item.recruiter.company == "Universidad Austral del Pacífico"
    assert _companies(item) == {"Universidad Austral del Pacífico"}


def test_with_best_regards_opens_the_signature() -> None:
    item = _item(
        "Dear Mr. Okafor,\n\nPlease find below the details of the Marine Superintendent role in "
        "our Limassol office.\n\n- Net monthly salary: EUR 6,000 – 7,000\n- Office-based\n\n"
        "With best regards,\n\nCapt. Andreas Georgiou\nHR & Crewing Manager\nKyrenia Bulk "
        "Carriers Ltd\n12 Makariou Ave, Limassol, Cyprus\nTel: +357 25 555 010\n"
    )
    assert item.recruiter.company == "Kyrenia Bulk Carriers"  # without its legal form
    assert _companies(item) == {"Kyrenia Bulk Carriers"}


def test_french_practice_and_team_lines_are_no_company() -> None:
    assert is_department("Finance & Comptabilité")
    assert is_department("Acquisition de talents")
    assert not is_department("Comptoir Lyonnais")
    item = _item(
        "Bonjour Camille,\n\nJe recrute actuellement, pour le compte d'un groupe industriel "
        "régional, un(e) Contrôleur de Gestion basé(e) à Nantes. Rémunération : 50 à 58 k€ brut "
        "annuel.\n\nBien cordialement,\n\nHugo Lambert\nConsultant – Finance & Comptabilité\n"
        "Orvane Recrutement\n"
    )
    assert item.recruiter.company == "Orvane Recrutement"
    assert item.recruiter.agency is True
    assert _companies(item) == {None}


# --- acronyms and unnamed clients ---------------------------------------------------------


def test_an_acronym_with_its_and_gives_the_full_name() -> None:
    item = _item(
        "Dear Ama,\n\nI lead hiring at the Coastal Health and Nutrition Network (CHANN), a "
        "regional NGO. We are recruiting a Programme Officer for our Accra office, on site, "
        "GHS 8,000 – 10,000 per month.\n\nWarm regards,\nKofi Mensah\nHead of People\nCHANN\n"
    )
    assert item.recruiter.company == "Coastal Health and Nutrition Network"
    assert _companies(item) == {"Coastal Health and Nutrition Network"}


def test_unnamed_clients_are_an_agencys_cues() -> None:
    assert agency_cue("The client is a tier-two logistics operator in the Midlands.")
    assert agency_cue("Soy consultor de selección en una firma de Lima.")
    assert agency_cue("Estamos apoyando a una empresa minera en la búsqueda de un Geólogo.")
    assert agency_cue("je recrute pour le compte d'une banque privée")
    # an employer's own phrasing is none
    assert agency_cue("Whether the client is happy decides our team's bonus.") is None
    assert agency_cue("Estamos apoyando el crecimiento del equipo.") is None


def test_an_agencys_own_name_is_not_the_employer() -> None:
    item = _item(
        "Buenas tardes Lucía,\n\nSoy consultora de selección en Cumbre Talento. Estamos apoyando "
        "a una cadena hotelera en la búsqueda de un Jefe de Mantenimiento para Cusco. "
        "Salario: S/ 6.000 a S/ 7.500 mensuales.\n\n¿Te interesa?\n\nSaludos,\nMarta Quispe\n"
        "Consultora de Selección\nCumbre Talento\n"
    )
    assert item.recruiter.agency is True
    assert _companies(item) == {None}
