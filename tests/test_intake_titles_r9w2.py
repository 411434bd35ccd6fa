"""Round 9, wave 2: titles, workplace and benefits fixes (read from held-out 37-45's misses),
tested on wording of our own: other titles, companies, countries and languages."""

from __future__ import annotations

import pytest

from intake_checks import benefit_names, parse_checked
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace


def _titles(text: str) -> list[str | None]:
    return [p.title for p in parse_checked(text).positions]


# --- the shape of a title ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Italian, French and Portuguese writers put the stack and the level after the noun
        (
            "stiamo cercando un Frontend Developer React da inserire nel team",
            "Frontend Developer React",
        ),
        ("nous recrutons un Lead Engineer Kotlin pour notre équipe", "Lead Engineer Kotlin"),
        ("temos uma vaga de Dev Android Pleno, 100% remoto", "Dev Android Pleno"),
        ("buscamos un Developer PHP Semi Senior para el equipo", "Developer PHP Semi Senior"),
        # job nouns that were missing
        ("We are hiring a Shift Overseer for our smelter in Witbank.", "Shift Overseer"),
        ("Position: Clinical Coder (oncology account)", "Clinical Coder"),
    ],
)
def test_a_title_is_read_with_its_stack_and_level(text: str, title: str) -> None:
    assert title in [t.text for t in find_titles(text)]


def test_a_word_after_the_title_that_is_no_stack_stays_out() -> None:
    titles = [t.text for t in find_titles("we need a Backend Developer Monday to Friday in Lyon")]
    assert titles == ["Backend Developer"]


def test_fields_listed_before_a_title_belong_to_it() -> None:
    text = "We are recruiting a Research, Policy and Advocacy Manager for our Nairobi office."
    assert "Research, Policy and Advocacy Manager" in [t.text for t in find_titles(text)]
    subject = "Invitation – Health, Safety and Environment Coordinator (Muscat)"
    assert "Health, Safety and Environment Coordinator" in [t.text for t in find_titles(subject)]


def test_names_listed_before_a_title_do_not_join_it() -> None:
    # a sentence about people ("met Oskar, Priya and Data Engineer …") is no list of fields
    text = "Last week I met Oskar, Priya and Marketing Analyst candidates at the fair."
    assert all("Oskar" not in t.text for t in find_titles(text))
    # a list of job nouns is several roles, not one title
    roles = "We also hire Welder, Fitter and Crane Operator staff."
    assert all(t.text != "Welder, Fitter and Crane Operator" for t in find_titles(roles))


# --- which title the message offers --------------------------------------------------------


def test_the_advertised_gendered_title_wins_over_the_subjects_function() -> None:
    text = (
        "Betreff: Schichtleitung Verpackung in Kassel\n\nHallo Frau Yilmaz,\n\nwir suchen einen "
        "Schichtleiter Verpackung (m/w/d) für unser Werk in Kassel. Sie führen 14 Mitarbeitende."
        "\n\n- 52.000 – 58.000 € brutto im Jahr\n- 30 Tage Urlaub\n\nHätten Sie Zeit für ein "
        "Telefonat?\n\nViele Grüße\nJonas Weber"
    )
    assert _titles(text) == ["Schichtleiter Verpackung"]


def test_the_writers_own_title_named_in_the_body_and_signature_is_not_the_role() -> None:
    text = (
        "Guten Tag Frau Brandt\n\nAls Leiter Personal der Rheintal Kraftwerke AG wende ich mich "
        "vertraulich an Sie. Wir besetzen die Funktion des Chief Financial Officer neu, mit "
        "Berichtslinie an den Verwaltungsrat.\n\nWir bieten CHF 240'000 bis 280'000 im Jahr.\n\n"
        "Dürfte ich Sie anrufen?\n\nFreundliche Grüsse\nMarkus Frei\nLeiter Personal\n"
        "Rheintal Kraftwerke AG"
    )
    assert _titles(text) == ["Chief Financial Officer"]


def test_a_founder_hiring_a_role_is_not_offering_his_own_title() -> None:
    text = (
        "Hey Sam 👋\n\nI'm Ola, co-founder & CEO at **Fjordlight** — we make solar forecasts "
        "for grid operators. We just raised our seed and I'm hiring our **Founding Data "
        "Engineer**.\n\n- $150k – $180k base\n- 1% equity\n- Remote (EU time zones)\n\n"
        "Up for a call?"
    )
    assert _titles(text) == ["Founding Data Engineer"]


def test_a_numbered_list_with_a_new_job_noun_is_two_positions() -> None:
    text = (
        "Subject: Two roles - Kalgoorlie\n\nHi Tom, I'm filling two positions on site at the "
        "mine:\n\n1) Underground Overseer\n- $190k - $210k + super\n\n2) Senior Geotechnical "
        "Engineer\n- $170k - $185k + super\n\nIf either fits, let me know.\n\nCheers\nAmy Lo"
    )
    assert _titles(text) == ["Underground Overseer", "Senior Geotechnical Engineer"]


# --- workplace -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("Bei dieser Stelle ist mobiles Arbeiten an bis zu 3 Tagen pro Woche möglich.", "hybrid"),
        ("Remote work OK one day per week, the other days at our Osaka office.", "hybrid"),
        ("The work is from our Cairo office, no work from home.", "onsite"),
        ("Urgent requirement, full time at site in Jubail, 2 yrs contract.", "onsite"),
        ("You'd be out in the field every day, visiting customers.", "onsite"),
        ("The engineer works on client sites across Ontario.", "onsite"),
        ("This is a base-located role in Doha.", "onsite"),
        ("Làm việc toàn thời gian tại văn phòng Quận 1.", "onsite"),
    ],
)
def test_workplace_phrasings(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


@pytest.mark.parametrize(
    "text",
    [
        "Our client is a major software vendor with 200 staff.",  # a client, not a place
        "We have 10 years of experience in the field of payments.",  # "in the field" of study
        "Remote work OK for the whole week, fully distributed.",  # no days: stays remote
    ],
)
def test_workplace_phrasings_that_are_not_onsite(text: str) -> None:
    assert find_workplace(text).workplace != "onsite"


# --- benefits ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Perks: medical + 🦷 dental coverage, 20 days leave", "health_insurance"),
        ("AED 14k monthly + housing + medical", "health_insurance"),
        ("MYR 8,000 / month + AWS", "thirteenth_salary"),
        ("Special staff rates at all our lodges", "employee_discount"),
        ("30% discount on dental care for your family", "employee_discount"),
        ("25% off our books and journals", "employee_discount"),
        ("Tuition waiver for graduate courses", "learning_budget"),
        ("Funding and study leave to complete your ACCA qualification", "learning_budget"),
        ("We reimburse exam fees for the CFA levels", "learning_budget"),
        ("NZ$3,000 annual PD budget", "learning_budget"),
        ("12 vacation leaves and 5 sick leaves", "pto"),
        ("pension and a cycle-to-work scheme", "commuter"),
        ("30 Urlaubstage und ein MVV-Ticket", "commuter"),
        ("free coffee & lunch every day", "meals"),
        ("Attractive incentives on monthly targets", "bonus"),
        ("You'd also be eligible for our ESOS.", "equity"),
        ("The contractor supplies all hand tools and PPE.", "tools_provided"),
    ],
)
def test_english_benefit_phrasings(text: str, name: str) -> None:
    assert name in benefit_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ofrecemos: sueldo competitivo, PTU y vales de despensa", "profit_sharing"),
        ("30 Tage Urlaub und eine Zusatzversorgung für das Alter", "retirement_plan"),
        ("un variable de hasta el 10 % por objetivos", "bonus"),
        ("RAL 45k, premio di risultato per il tuo lavoro e buoni pasto", "bonus"),
        ("Salaris €4.000 bruto, plus een 13e maand", "thirteenth_salary"),
        (
            "Vencimento de 2.500 € mensais, pagos 14 vezes por ano (férias e Natal)",
            "thirteenth_salary",
        ),
        ("Seguro de saúde para toda a família", "health_insurance"),
        ("Subsídio de alimentação em cartão", "meals"),
        ("voiture de société et chèques-repas", "company_car"),
        ("Presupuesto anual para cursos de inglés", "learning_budget"),
        ("Te enviamos el portátil el primer día", "tools_provided"),
        ("Tarifas especiales en todos los hoteles de la cadena", "employee_discount"),
        ("Wir bieten fünf Wochen Ferien und eine Pensionskasse", "pto"),
        ("Tháng lương 13 và thưởng theo dự án", "thirteenth_salary"),
        ("Tháng lương 13 và thưởng theo dự án", "bonus"),
    ],
)
def test_benefit_phrasings_of_other_languages(text: str, name: str) -> None:
    assert name in benefit_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We run Python + AWS on our backend", "thirteenth_salary"),  # the cloud, not a bonus
        ("Medical devices + dental implants are our market", "health_insurance"),
        ("Our rates are competitive for clients", "employee_discount"),
        ("Esos son los requisitos del puesto", "equity"),  # Spanish "those"
        ("We provide tools to our customers", "tools_provided"),
        ("free coffee and tea in the kitchen", "meals"),
    ],
)
def test_phrasings_that_are_not_the_benefit(text: str, name: str) -> None:
    assert name not in benefit_names(text)
