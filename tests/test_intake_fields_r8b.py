"""Round 8, wave 2: field fixes (outreach, pay, workplace, benefits) read from held-out 31–33's
misses and tested here on wording, names and countries of our own."""

from __future__ import annotations

import pytest

from intake_checks import benefit_names, parse_checked
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.workplace import find_workplace

# --- outreach ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a job seeker asking a hiring manager for a role: her certificate, her portfolio
        "Hello Marta,\n\nI hope this finds you well. I read that Quillmark is expanding its "
        "analytics team and I'd love to be considered for any data analyst openings you might "
        "have.\n\nI recently completed a Data Analytics bootcamp and spent six months "
        "volunteering for a food bank in Porto.\n\nWould you be open to a 10-minute call?\n\n"
        "Many thanks,\nTiago Ferreira",
        # the same ask with only the portfolio and "positions you may have"
        "Hi Jordan,\n\nSorry for the cold message! I'm a motion designer and my portfolio is at "
        "tiagomoves.art. Are there any positions you may have on the brand team? Happy to "
        "jump on a quick call.\n\nBest,\nInês",
    ],
)
def test_a_job_seeker_asking_for_a_role_is_not_outreach(text: str) -> None:
    assert not parse_checked(text).is_recruiter_outreach


def test_a_role_the_reader_may_have_seen_is_still_outreach() -> None:
    text = (
        "Hi Jonas,\n\nI'm a recruiter at Fernhill Partners. Beyond the roles you might have "
        "seen on our site, we're hiring a Staff Site Reliability Engineer for a payments client "
        "in Oslo, NOK 950k base.\n\nOpen to a quick chat this week?\n\nBest,\nHelle"
    )
    assert parse_checked(text).is_recruiter_outreach


# --- pay ---------------------------------------------------------------------------------------


def test_millions_without_a_sign_are_the_named_countrys_currency() -> None:
    (mention,) = find_pay(
        "Cargo en Cali, Colombia. Sueldo entre 6.000.000 y 8.000.000 mensuales más prima."
    )
    assert (mention.min, mention.max, mention.currency, mention.period) == (
        6_000_000.0,
        8_000_000.0,
        "COP",
        "month",
    )


def test_millions_without_a_sign_or_a_country_are_still_no_pay() -> None:
    assert find_pay("The budget for the programme is between 7.000.000 and 9.000.000.") == []


def test_ral_is_in_euros() -> None:
    (mention,) = find_pay("Offriamo RAL 38-44k e buoni pasto, sede a Padova.")
    assert (mention.min, mention.max, mention.currency) == (38000.0, 44000.0, "EUR")


def test_hourly_in_the_sentence_before_is_not_the_salarys_period() -> None:
    text = (
        "Weekend call-outs are paid separately at an hourly rate.\n\n"
        "£52,000 – £58,000 depending on experience, plus pension."
    )
    (mention,) = find_pay(text)
    assert (mention.min, mention.period) == (52000.0, "year")


def test_daily_in_the_amounts_own_clause_still_gives_the_period() -> None:
    (mention,) = find_pay("Daily rate for this contract £2,100 inside IR35")
    assert mention.period == "day"
    (other,) = find_pay("Travel expenses are reimbursed daily.\nSalary: £4,200")
    assert other.period == "month"


@pytest.mark.parametrize(
    "text",
    [
        "Mindestgehalt laut Kollektivvertrag € 2.980,- brutto pro Monat, Überzahlung möglich",
        "A minimum salary of $3,100 per month, reviewed after probation",
    ],
)
def test_a_minimum_salary_has_no_maximum(text: str) -> None:
    (mention,) = find_pay(text)
    assert mention.min is not None and mention.max is None


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "Salary range: $71,000 - $80,500 per annum. Benefits include the OMERS pension and "
            "extended health.",
            "CAD",
        ),
        ("$31.50 an hour plus KiwiSaver, based in Napier. Ngā mihi, Aroha", "NZD"),
    ],
)
def test_a_bare_dollar_from_local_cues(text: str, currency: str) -> None:
    assert find_pay(text)[0].currency == currency


# --- workplace ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Free on-site parking, an onsite gym and a subsidised café.", "unknown"),
        ("This is an on-site role; free onsite parking for all staff.", "onsite"),
        ("Based at the Basel campus, with up to three days of home office per week.", "hybrid"),
        ("Poste basé en atelier à Nantes, du lundi au vendredi.", "onsite"),
        ("Travail en entrepôt, horaires d'équipe.", "onsite"),
        ("You'll be on construction sites across West Yorkshire.", "onsite"),
    ],
)
def test_workplace_phrasings(text: str, want: str) -> None:
    assert find_workplace(text).workplace == want


# --- benefits ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("$38/hr, OT paid at 2x on Sundays.", "overtime_pay"),
        ("Weekend work is at double time.", "overtime_pay"),
        ("Call-outs and out-of-hours cover paid on top of base.", "overtime_pay"),
        ("The contractor supplies all the tools and PPE.", "tools_provided"),
        ("Laptop and home reporting workstation provided.", "tools_provided"),
        ("Cab facility for night shifts.", "commuter"),
        ("Return flights from Darwin every swing.", "commuter"),
        ("FIFO, flights to and from Brisbane covered.", "commuter"),
        ("Breakfast and lunch catered on site.", "meals"),
        ("Two meals a day in the staff restaurant.", "meals"),
        ("Verbilligte Verpflegung im Mitarbeiterrestaurant.", "meals"),
        ("Wellhub membership for you and a partner.", "wellness"),
        ("Psychological support sessions paid by us.", "mental_health"),
        ("An EFAP with free confidential counselling.", "mental_health"),
        ("Korean language lesson support.", "learning_budget"),
        ("Your birthday off and a paid Christmas shutdown.", "pto"),
        ("5 Wochen Ferien und ein 13. Monatslohn", "pto"),
        ("5 Wochen Ferien und ein 13. Monatslohn", "thirteenth_salary"),
        ("Penalty rates apply for weekend shifts.", "shift_allowance"),
        ("Attraktive Nacht- und Sonntagszulagen.", "shift_allowance"),
        ("Schicht- und Bereitschaftszulagen nach Kollektivvertrag.", "shift_allowance"),
        ("Base + AWS and performance bonus.", "thirteenth_salary"),
        ("Lương tháng 13 và bảo hiểm sức khỏe cho gia đình.", "thirteenth_salary"),
        ("Lương tháng 13 và bảo hiểm sức khỏe cho gia đình.", "health_insurance"),
        ("An official vehicle with a driver.", "company_car"),
        ("Dienstfahrzeug auch zur Privatnutzung.", "company_car"),
        ("Company pickup plus a gas card.", "company_car"),
        ("£60k plus variable up to 15%.", "bonus"),
        # other languages
        ("Wynagrodzenie 8 000 zł i premia roczna do 10%.", "bonus"),
        ("Avantages : 20 % de remise sur toute la gamme.", "employee_discount"),
        ("Avantages : une remise de 25 % sur les produits de la maison.", "employee_discount"),
        ("Benefícios: VA + VT e plano de saúde.", "commuter"),
        ("Benefícios: VR de R$ 900 por mês e vale-transporte.", "meals"),
        ("Benefícios: VR de R$ 900 por mês e vale-transporte.", "commuter"),
        ("Ofrecemos transporte de personal desde Saltillo y comedor.", "commuter"),
        ("Oferujemy dofinansowanie dojazdów do pracy.", "commuter"),
        ("Ofrecemos clases de inglés en horario laboral.", "learning_budget"),
        ("Tienes auxilio de educación para tu maestría.", "learning_budget"),
        ("Y un día libre por tu cumpleaños.", "pto"),
        ("Oferujemy dodatek za pracę w porze nocnej.", "shift_allowance"),
    ],
)
def test_benefit_phrasings(text: str, want: str) -> None:
    assert want in benefit_names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Experience with AWS and bonus points for Terraform.", "thirteenth_salary"),
        ("Variable hours, plus variable shifts at peak.", "bonus"),
        ("We provide tools to thousands of tradespeople.", "tools_provided"),
        ("Flights to Lisbon are cheap from here.", "commuter"),
        ("We also run a paid lunch break for every shift.", "pto"),
        ("Roles you might have seen on our careers page", "mental_health"),
    ],
)
def test_benefit_look_alikes_are_not_benefits(text: str, absent: str) -> None:
    assert absent not in benefit_names(text)
