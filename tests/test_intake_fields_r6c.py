"""Round 6, third wave: roles listed under numbered Markdown headings or bold numbers, titles
ending at Portuguese / Italian contractions or CJK brackets, "TD" as a head noun (never alone),
every weekday at the office as on site, and benefits as more countries name them (pay spread
over 13-14 months, mensilità, gratificaciones, canteens, VR/VA, share rights, medical
subscriptions, rail passes, discounts in the group's hotels, profit participation), with their
false friends. The examples are our own: different wording, countries and amounts from the
labelled benchmark sets."""

from __future__ import annotations

import pytest

from sidedoor.intake import parse_text
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace


def names(text: str) -> set[str]:
    return {b.name for b in find_benefits(text)}


def titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


def positions(text: str) -> list[tuple[str | None, str, float | None]]:
    (item,) = parse_text(text).items
    return [(p.title, p.workplace, p.pay.min) for p in item.positions]


# --- several roles under numbered headings -----------------------------------------------------


def test_markdown_headings_with_keycap_numbers_are_roles() -> None:
    text = (
        "Hi Priya,\n\nWe're hiring for two roles at Lumen Grid in Pune:\n\n"
        "## 1\ufe0f\u20e3 Platform Engineer\n- ₹28,00,000 – ₹34,00,000 per year\n- Fully remote\n\n"
        "## 2\ufe0f\u20e3 Solutions Architect\n- ₹40,00,000 – ₹48,00,000 per year\n"
        "- Hybrid, 3 days in Pune\n\nCheers,\nRavi\n"
    )
    found = positions(text)
    assert [(t, w) for t, w, _ in found] == [
        ("Platform Engineer", "remote"),
        ("Solutions Architect", "hybrid"),
    ]
    assert [p for _, _, p in found] == [2_800_000, 4_000_000]


def test_bold_numbers_are_roles() -> None:
    text = (
        "Hello Tomasz,\n\nTwo openings at Wisła Robotics in Kraków:\n\n"
        "**1. Controls Engineer**\n- 18 000 – 22 000 PLN per month\n- On site in Kraków\n\n"
        "**2. Test Automation Lead**\n- 24 000 – 28 000 PLN per month\n"
        "- Hybrid (2 days office)\n\nBest,\nAnna\n"
    )
    found = positions(text)
    assert [(t, w) for t, w, _ in found] == [
        ("Controls Engineer", "onsite"),
        ("Test Automation Lead", "hybrid"),
    ]


def test_a_single_markdown_heading_is_still_one_role() -> None:
    text = (
        "### Why this matters\nWe are looking for a Site Reliability Engineer in Lisbon, "
        "hybrid, €60,000 – €70,000 a year.\n\nBest,\nRita\n"
    )
    assert [t for t, _, _ in positions(text)] == ["Site Reliability Engineer"]


# --- titles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "estamos contratando um Engenheiro de Dados Pleno pra área de crédito",
            "Engenheiro de Dados Pleno",
        ),
        ("cerchiamo un Ingegnere di Processo nella sede di Bergamo", "Ingegnere di Processo"),
        ("【Kawa Studio】Lighting TD position", "Lighting TD"),
        ("We are seeking an FX TD for the feature", "FX TD"),
    ],
)
def test_titles_end_where_they_should(text: str, expected: str) -> None:
    assert titles(text)[0] == expected


def test_td_alone_is_the_bank_not_a_role() -> None:
    assert titles("I moved my savings to TD last year; TD Securities called too.") == []


# --- workplace ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The job is working at office in Da Nang, Monday to Friday.",
        "You would be in the office Mon–Fri, 8:30 to 17:30.",
        "Monday to Friday at our office in Cebu.",
    ],
)
def test_every_weekday_at_the_office_is_onsite(text: str) -> None:
    assert find_workplace(text).workplace == "onsite"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hybrid: 2 days in the office, core hours Monday to Friday", "hybrid"),
        ("Remote; our office is staffed Monday to Friday if you visit", "remote"),
    ],
)
def test_weekdays_do_not_override_other_modes(text: str, expected: str) -> None:
    assert find_workplace(text).workplace == expected


# --- benefits ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pay spread over more than twelve months
        ("Package: 48 k€ gross per year, paid over 14 months.", "thirteenth_salary"),
        ("Annual salary split into 13 payments.", "thirteenth_salary"),
        ("RAL 38.000 € su 13 mensilità, buoni pasto.", "thirteenth_salary"),
        ("S/ 7,000 monthly plus the two gratificaciones and CTS.", "thirteenth_salary"),
        # meals
        ("Free parking and a company canteen with subsidised prices.", "meals"),
        ("salário CLT + VR/VA + plano odontológico", "meals"),
        # equity
        ("Base plus STI and performance rights vesting over three years.", "equity"),
        ("$140k + super + LTI share rights", "equity"),
        # health
        ("Medical subscription at MedLife for you and your spouse.", "health_insurance"),
        ("abonament medical Sanador, tichete de masă", "health_insurance"),
        # rail passes and travel cost allowances
        ("An OV-chipkaart for your commute and a laptop.", "commuter"),
        ("NS Business Card (also private use)", "commuter"),
        ("We pay your BahnCard 50.", "commuter"),
        # discounts in the group's places
        ("Discounts at all our resorts for you and your family.", "employee_discount"),
        ("discount in the group's restaurants", "employee_discount"),
        # profit sharing in English
        ("plus participation in utilidades each May", "profit_sharing"),
        ("and a share of the profits every year", "profit_sharing"),
    ],
)
def test_more_benefit_phrasings(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The project ran over 13 months and shipped in spring.", "thirteenth_salary"),
        ("We have 14 offices across Europe.", "thirteenth_salary"),
        ("Experience with VR headsets and Unity is a plus.", "meals"),
        ("You will manage the canteen staff rota.", "meals"),
        ("Our clients are in the rights management space.", "equity"),
        ("Voting rights and human rights policy work.", "equity"),
        ("Netflix subscription data pipelines.", "health_insurance"),
        ("Negotiate discounts with suppliers for the hotels.", "employee_discount"),
        ("Report on the group's profits each quarter.", "profit_sharing"),
        ("NS records and OV data feeds", "commuter"),
    ],
)
def test_false_friends(text: str, absent: str) -> None:
    assert absent not in names(text)
