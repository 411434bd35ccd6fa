"""Round 6, second wave: pay in more currencies and local multipliers (juta, triệu, millones,
만원), signs several countries share read from the places named, ranges written with the period
twice; the writer's own title never a role, numbered "Title: pay" lines as separate roles,
titles in Spanish / Portuguese / French; workplace from estates, ships, campuses, rotations and
other languages; benefits as more countries name them, with their false friends. The examples
are our own: different wording, countries and amounts from the labelled benchmark sets."""

from __future__ import annotations

import pytest

from sidedoor.intake import parse_text
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.pay import country_currency, find_pay, shared_currency
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace


def one_pay(text: str) -> tuple[float | None, float | None, str | None, str | None]:
    (found,) = find_pay(text)
    return found.min, found.max, found.currency, found.period


# --- pay ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local words for a million or a thousand
        ("Gaji Rp 12 – 18 jt per bulan (gross)", (12e6, 18e6, "IDR", "month")),
        ("Salary: 40 - 55 juta/bulan", (40e6, 55e6, "IDR", "month")),
        ("Lương 18tr - 22tr/tháng, thưởng Tết", (18e6, 22e6, "VND", "month")),
        ("Mức lương: 35 – 45 triệu VND net/tháng", (35e6, 45e6, "VND", "month")),
        ("Sueldo de COP 7,5 millones mensuales", (7.5e6, 7.5e6, "COP", "month")),
        ("salário de R$ 14 mil por mês", (14_000, 14_000, "BRL", "month")),
        ("연봉 7000만원", (70e6, 70e6, "KRW", "year")),
        # signs and codes of Morocco, Peru, South Asia, Ghana, Romania, Egypt, Ukraine, Africa
        ("Rémunération : 15 000 à 19 000 DH net par mois", (15_000, 19_000, "MAD", "month")),
        ("Sueldo: S/ 9,500 – S/ 12,000 brutos mensuales", (9_500, 12_000, "PEN", "month")),
        ("Package: PKR 450,000 - 600,000 per month", (450_000, 600_000, "PKR", "month")),
        ("Offer: LKR 350,000 monthly", (350_000, 350_000, "LKR", "month")),
        ("Salary Tk 95,000 - 1,20,000 per month", (95_000, 120_000, "BDT", "month")),
        ("৳ 70,000 per month", (70_000, 70_000, "BDT", "month")),
        ("GH₵ 9,000 - 11,500 per month", (9_000, 11_500, "GHS", "month")),
        ("Salariu: 9.000 – 12.000 lei net pe lună", (9_000, 12_000, "RON", "month")),
        ("RON 14.500 brut lunar", (14_500, 14_500, "RON", "month")),
        ("E£ 45,000 monthly", (45_000, 45_000, "EGP", "month")),
        ("LE 60,000 per month", (60_000, 60_000, "EGP", "month")),
        ("UAH 90 000 per month", (90_000, 90_000, "UAH", "month")),
        ("KSh 280,000 gross per month", (280_000, 280_000, "KES", "month")),
        ("₦1,200,000 per month", (1_200_000, 1_200_000, "NGN", "month")),
        ("N300,000 - N420,000 monthly, Ikeja, Lagos", (300_000, 420_000, "NGN", "month")),
        ("800 000 FCFA par mois", (800_000, 800_000, "XOF", "month")),
        ("SR 18,000 per month", (18_000, 18_000, "SAR", "month")),
        ("KWD 1,350 per month", (1_350, 1_350, "KWD", "month")),
        ("ZMW 22,000 per month", (22_000, 22_000, "ZMW", "month")),
        ("₽ 180 000 в месяц", (180_000, 180_000, "RUB", "month")),
        ("SFr. 110'000 pro Jahr", (110_000, 110_000, "CHF", "year")),
        # periods in more languages
        ("RAL 38.000 € lordi annui", (38_000, 38_000, "EUR", "year")),
        ("€ 3.100 bruto per maand", (3_100, 3_100, "EUR", "month")),
        ("₺60.000 brüt aylık", (60_000, 60_000, "TRY", "month")),
        ("Salaire : 2 800 € brut par mois", (2_800, 2_800, "EUR", "month")),
        ("₹75,000 p.m. + PF", (75_000, 75_000, "INR", "month")),
        ("£2,900 pcm", (2_900, 2_900, "GBP", "month")),
    ],
)
def test_pay_in_more_currencies(text: str, expected: tuple[float, float, str, str]) -> None:
    assert one_pay(text) == expected


@pytest.mark.parametrize(
    ("sign", "text", "currency"),
    [
        ("Rs", "a fintech in Lahore", "PKR"),
        ("Rs", "our Colombo office", "LKR"),
        ("Rs", "Kathmandu, Nepal", "NPR"),
        ("Rs", "Pune or Bengaluru", "INR"),
        ("Rs", "no place at all", "INR"),
        ("dirhams", "Casablanca, Morocco", "MAD"),
        ("dirhams", "Dubai Marina", "AED"),
        ("DH", "no place at all", "MAD"),
        ("pesos", "Makati, Philippines", "PHP"),
        ("pesos", "Santiago, Chile", "CLP"),
        ("pesos", "Guadalajara", "MXN"),
        ("riyals", "Doha, Qatar", "QAR"),
        ("dinars", "Amman, Jordan", "JOD"),
        ("FCFA", "Douala, Cameroun", "XAF"),
        ("lei", "Chișinău, Moldova", "MDL"),
    ],
)
def test_shared_signs_read_from_places(sign: str, text: str, currency: str) -> None:
    assert shared_currency(sign.lower(), text) == currency


def test_rupees_and_dollars_in_context() -> None:
    assert one_pay("Salary Rs. 280,000 per month at our Islamabad office")[2] == "PKR"
    assert one_pay("Rs 1.8 lakh per month, Lahore")[:3] == (180_000, 180_000, "PKR")
    # a bare "$" in a Latin American city: pesos when the figure is a peso figure
    assert one_pay("Salario $ 5.200.000 mensuales en Medellín")[2] == "COP"
    assert one_pay("ARS $ 1.800.000 por mes, Buenos Aires")[2] == "ARS"
    # … and dollars when it is a dollar figure
    assert one_pay("$3,500 per month, remote from Bogotá")[2] == "USD"


def test_range_with_the_period_written_twice() -> None:
    assert one_pay("MYR 9,000.00/month - MYR 12,500.00/month") == (9_000, 12_500, "MYR", "month")
    # a period, then a new line and a list dash, is no range
    found = find_pay("Salary 4.100 € brutto/Monat\n- 28 Tage Urlaub")
    assert [(m.min, m.max) for m in found] == [(4_100, 4_100)]


def test_not_pay() -> None:
    assert find_pay("Experience with S/4HANA and SAP FI") == []
    assert find_pay("I'll call you at 4 p.m. on Friday") == []
    assert find_pay("RON 95 and diesel pumps") == []
    assert find_pay("We have 3 trucks and 12 tr") == []


def test_currency_from_the_country_named() -> None:
    assert country_currency("Our plant in Penang, Malaysia") == "MYR"
    assert country_currency("Offices in Nairobi and Lagos") is None  # two countries: no guess
    (item,) = parse_text(
        "Hi Siti,\n\nWe're hiring a Process Engineer for our Penang plant in Malaysia. "
        "Salary 9,000 - 11,000 per month.\n\nRegards,\nAmir"
    ).items
    assert item.positions[0].pay.currency == "MYR"


# --- positions and titles ---------------------------------------------------------------------


def test_writers_own_title_is_not_a_role_and_numbered_roles_have_their_own_pay() -> None:
    text = """Hi Morgan,

I'm the Studio Director at Larkspur Landscape Design in Leeds. We're taking on two people:

1. Part 1 Landscape Assistant: £26,000–£29,000
2. Senior Landscape Architect (CMLI, 6+ years): £48,000–£55,000

Both roles work from our Leeds studio with two home-working days a week, and everyone gets
28 days' holiday and a CPD allowance.

Best,
Priya Raman
Studio Director"""
    (item,) = parse_text(text).items
    got = [(p.title, p.pay.min, p.pay.max, p.pay.currency) for p in item.positions]
    assert got == [
        ("Part 1 Landscape Assistant", 26_000, 29_000, "GBP"),
        ("Senior Landscape Architect", 48_000, 55_000, "GBP"),
    ]
    for position in item.positions:  # the shared text applies to both
        assert position.workplace == "hybrid"
        assert {"pto", "learning_budget"} <= {b.name for b in position.benefits}


def test_lettered_roles_and_a_signature_job_line_without_sign_off() -> None:
    text = """Dear Mr Okoro,

We are recruiting for the following posts:

(a) Chief Mate – USD 8,800/month
(b) Third Engineer – USD 5,900/month

Both are 3 months on / 2 months off.

Capt. Mendes
Crewing Superintendent"""
    (item,) = parse_text(text).items
    got = [(p.title, p.pay.min, p.workplace) for p in item.positions]
    assert got == [("Chief Mate", 8_800, "onsite"), ("Third Engineer", 5_900, "onsite")]
    # one role, phrased loosely: the job under the writer's name is not it
    (item,) = parse_text(
        "Hi Dana,\n\nWe have an opening for a Structural Engineer in our Cork office, "
        "€62,000.\n\nMaeve Byrne\nPractice Director"
    ).items
    assert item.positions[0].title == "Structural Engineer"
    (item,) = parse_text(
        "Dear Ms Lee,\n\nOpening on a product tanker, USD 9,100/month, 4 months on / 2 months "
        "off. Interested?\n\nCapt. Sousa\nMarine Personnel Manager"
    ).items
    assert item.positions[0].title != "Marine Personnel Manager"
    assert find_titles("Hi Mate, how are you?") == []


def test_markdown_bold_role_lines_and_prose_pairs() -> None:
    text = """Hi Sam,

**Role 1: Platform Engineer** — €85k–€95k, remote (EU)
**Role 2: Data Engineer** — €80k–€90k, remote (EU)

Ping me if either fits.
Kai"""
    (item,) = parse_text(text).items
    assert [p.title for p in item.positions] == ["Platform Engineer", "Data Engineer"]
    assert [p.pay.min for p in item.positions] == [85_000, 80_000]
    text = (
        "Hello Ana, we are looking for a Service Designer and a UX Researcher for our Porto "
        "studio, both on a hybrid basis at €45,000–€52,000. Interested?"
    )
    (item,) = parse_text(text).items
    assert [p.title for p in item.positions] == ["Service Designer", "UX Researcher"]


def test_titles_from_subject_brackets_and_position_of() -> None:
    (item,) = parse_text(
        "Subject: [Harbour Rail] Timetable Planning Lead\n\nDear Mr. Ito,\n\nI write from "
        "Harbour Rail's HR team about the Timetable Planning Lead opening in Osaka.\n\nKind "
        "regards,\nMika"
    ).items
    assert item.positions[0].title == "Timetable Planning Lead"
    (item,) = parse_text(
        "Subject: Lowongan Plantation Manager – PT Kebun Raya\n\nDear Bapak Hadi,\n\nWe invite "
        "you to apply for the position of Plantation Manager at our estate in Jambi.\n\nHormat "
        "kami,\nDewi"
    ).items
    assert item.positions[0].title == "Plantation Manager"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Buscamos un Ingeniero de Procesos Senior en planta", "Ingeniero de Procesos Senior"),
        ("Vaga: Engenheira Civil – R$ 12.000", "Engenheira Civil"),
        ("Nous recrutons un Chargé de clientèle (H/F) à Nantes", "Chargé de clientèle (H/F)"),
        ("Cerchiamo uno Sviluppatore Python Senior a Torino", "Sviluppatore Python Senior"),
        ("Analista de Riesgos en Santiago", "Analista de Riesgos"),
        ("Junior Data Analyst with SQL", "Junior Data Analyst"),
        ("a Level 2 Support Engineer", "Level 2 Support Engineer"),
        ("Senior Microbiologist, QC lab", "Senior Microbiologist"),
        ("Warehouse Operative (nights)", "Warehouse Operative"),
    ],
)
def test_more_titles(text: str, title: str) -> None:
    assert find_titles(text)[0].text == title


def test_titles_not_taken_from_ordinary_words() -> None:
    assert find_titles("Será responsable de la planta y del seguro médico") == []
    assert [t.text for t in find_titles("the Director approval step")] == ["Director"]
    # English heads that are Spanish words too keep their lower-case English use
    assert [t.text for t in find_titles("hiring a site supervisor and an auditor")] == [
        "site supervisor",
        "auditor",
    ]
    assert [t.text for t in find_titles("Band 6 Occupational Therapist")] == [
        "Occupational Therapist"
    ]


def test_spanish_self_introduction_and_english_title_preferred() -> None:
    (item,) = parse_text(
        "Hola Marta,\n\nSoy la Jefa de Talento de Andina Foods. Buscamos una Analista de "
        "Demanda para Lima, sueldo S/ 8,000 mensuales.\n\nSaludos,\nLucía"
    ).items
    assert item.positions[0].title == "Analista de Demanda"
    assert item.positions[0].pay.currency == "PEN"
    (item,) = parse_text(
        "Subject: Jefe de Planta – Trujillo\n\nEstimado Ing. Rojas,\n\nWe have been retained to "
        "find a Plant Manager for a fishmeal producer in Trujillo.\n\nSaludos,\nAna"
    ).items
    assert item.positions[0].title == "Plant Manager"


def test_speciality_after_the_head_noun_when_written_twice() -> None:
    (item,) = parse_text(
        "Subject: ML Engineer Robotics – Munich\n\nHi Jonas, we're hiring an ML Engineer "
        "Robotics for our Munich lab. Let me know!\nEva"
    ).items
    assert item.positions[0].title == "ML Engineer Robotics"
    (item,) = parse_text("Hi Jonas, we're hiring an ML Engineer Munich-based. Eva").items
    assert item.positions[0].title == "ML Engineer"


# --- workplace ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("remote work permitted 1 day per week from our Kobe office", "hybrid"),
        ("Homeoffice 1 Tag pro Woche möglich", "hybrid"),
        ("3 dagen thuiswerken per week", "hybrid"),
        ("1 jour de télétravail par semaine", "hybrid"),
        ("télétravail partiel", "hybrid"),
        ("2 días de teletrabajo a la semana", "hybrid"),
        ("modelo híbrido em Lisboa", "hybrid"),
        ("with one remote day a week", "hybrid"),
        ("Trabajo 100% remoto desde Perú", "remote"),
        ("full télétravail depuis la France", "remote"),
        ("This role is on a 21/7 rotation at the mine", "onsite"),
        ("FIFO from Perth, 8 days on / 6 off", "onsite"),
        ("4 weeks on / 4 weeks off, ship-based", "onsite"),
        ("you live and work on board our ferries", "onsite"),
        ("housekeeping staff live on property", "onsite"),
        ("lecturers teach on campus four days a week", "onsite"),
        ("the plant premises in Tema", "onsite"),
        ("Poste 100% présentiel à Lille", "onsite"),
        ("lavoro in sede a Bologna", "onsite"),
        ("op kantoor in Gent", "onsite"),
        ("this post is not suitable for remote working", "onsite"),
        ("Remote working is not an option for this role", "onsite"),
        ("keine Homeoffice-Möglichkeit, kein Homeoffice", "onsite"),
        ("Homeoffice ist leider nicht möglich. Kein Homeoffice möglich.", "onsite"),
        # other senses of "remote" and of "on board"
        ("experience with remote sensing and drone surveys", "unknown"),
        ("a remote location in the Atacama", "unknown"),
        ("we'd love to get you on board", "unknown"),
    ],
)
def test_workplace_cues(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


# --- benefits -----------------------------------------------------------------------------------


def names(text: str) -> set[str]:
    return {b.name for b in find_benefits(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perks: a petrol allowance and the staff bus from the city centre", {"commuter"}),
        ("conveyance allowance of Rs 2,500 a month", {"commuter"}),
        ("We reimburse your public transport pass in full.", {"commuter"}),
        ("Commuting expenses are covered up to ¥50,000 a month.", {"commuter"}),
        ("company shuttle from Ortigas, rice subsidy", {"commuter"}),
        ("flights home paid: travel to and from site covered", {"commuter"}),
        ("a Leap card via the tax saver scheme", {"commuter"}),
        ("transportation provided for night shifts", {"commuter"}),
        ("Certification and tuition reimbursement up to $4,000", {"learning_budget"}),
        ("a $2,500 CME allowance and 4 CME days", {"learning_budget"}),
        ("Spanish lessons during work hours", {"learning_budget"}),
        ("Udemy Business licence for everyone", {"learning_budget"}),
        ("Learning and development budget", {"learning_budget"}),
        ("Continuing education support", {"learning_budget"}),
        ("unsociable hours payments for nights", {"shift_allowance"}),
        ("an on-call allowance of £300 a week", {"shift_allowance"}),
        ("weekend premium of 25%", {"shift_allowance"}),
        ("all safety equipment and workwear supplied", {"tools_provided"}),
        ("work boots provided", {"tools_provided"}),
        ("staff pharmacy discount", {"employee_discount"}),
        ("employee travel discounts", {"employee_discount"}),
        ("company-paid life, AD&D and LTD insurance", {"life_insurance"}),
        ("group life cover at 4x salary", {"life_insurance"}),
        ("an internet allowance for home working", {"remote_stipend"}),
        ("home office set-up budget of $800", {"remote_stipend"}),
        ("two months' AWS on top", {"thirteenth_salary"}),
        ("THR and BPJS Kesehatan", {"thirteenth_salary", "health_insurance"}),
        ("hospitalization insurance for the family", {"health_insurance"}),
        ("union health + pension plan", {"health_insurance", "retirement_plan"}),
        ("Medicover private care and a Multisport card", {"health_insurance", "wellness"}),
        ("SSNIT and a provident fund", {"retirement_plan"}),
        ("employee stock and a year-end bonus", {"equity", "bonus"}),
        ("leased car and fuel card", {"company_car"}),
        ("all meals during shifts", {"meals"}),
        ("Leave: 24 days plus public holidays", {"pto"}),
    ],
)
def test_benefits_more_phrasings(text: str, expected: set[str]) -> None:
    assert expected <= names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nous proposons une mutuelle, des tickets restaurant, 27 jours de congés et une "
            "voiture de fonction pour le poste de Chargé d'affaires.",
            {"health_insurance", "meals", "pto", "company_car"},
        ),
        (
            "Oferecemos vale-refeição, previdência privada, PLR e auxílio creche para todos os "
            "colaboradores da empresa.",
            {"meals", "retirement_plan", "profit_sharing", "childcare"},
        ),
        (
            "Ofrecemos seguro de vida, horario flexible, capacitación continua y reparto de "
            "utilidades de la empresa.",
            {"life_insurance", "flexible_hours", "learning_budget", "profit_sharing"},
        ),
        (
            "Oferujemy prywatną opiekę medyczną, kartę Multisport i budżet szkoleniowy w "
            "wysokości 3 000 zł z naszej firmy.",
            {"health_insurance", "wellness", "learning_budget"},
        ),
        (
            "Wij bieden een leaseauto, pensioenregeling en 8% vakantiegeld voor de functie van "
            "het team.",
            {"company_car", "retirement_plan", "thirteenth_salary"},
        ),
        (
            "Fasilitas: uang makan, uang lembur dan asuransi kesehatan untuk karyawan yang "
            "bergabung dengan kami.",
            {"meals", "overtime_pay", "health_insurance"},
        ),
        (
            "Prime annuelle sur objectifs et intéressement, 10 jours de RTT pour le poste.",
            {"bonus", "profit_sharing", "pto"},
        ),
    ],
)
def test_benefits_in_other_languages(text: str, expected: set[str]) -> None:
    assert expected <= names(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("We build transportation software for logistics companies.", "commuter"),
        ("We are a fuel distribution business with 300 tankers.", "commuter"),
        ("You will teach English lessons to adult learners.", "learning_budget"),
        ("Our Learning and Development Manager leads onboarding.", "learning_budget"),
        ("Experience in learning and development is essential.", "learning_budget"),
        ("You will support learning and development initiatives.", "learning_budget"),
        ("We are a leading transport service provider.", "commuter"),
        ("Our AWS stack runs on Lambda, migrated 2 months ago.", "thirteenth_salary"),
        ("Through three offices across Asia.", "thirteenth_salary"),
        ("Our product gives customers a discount on freight.", "employee_discount"),
        ("Shift patterns include weekend work.", "shift_allowance"),
        ("Specialist medical equipment provided to hospitals.", "tools_provided"),
        ("Strong computer vision and guided by vision robotics.", "vision"),
        ("Data Scientist Vision – Lyon", "vision"),
        ("Brightsmile Dental is a growing group of practices.", "dental"),
        ("The rotation is 2 weeks on / 2 weeks off.", "pto"),
        ("A transport allowance for site visits.", "wellness"),
        ("We offer no company car and no bonus.", "company_car"),
    ],
)
def test_benefit_false_friends(text: str, not_expected: str) -> None:
    assert not_expected not in names(text)
