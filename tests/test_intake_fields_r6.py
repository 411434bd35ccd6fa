"""Round 6: benefits as other countries write them, pay read with "monthly" after a range,
workplace from where the work is done, titles ("Shift Leader", "für" tails, "for" tails) and
signatures with no sign-off line. The examples are our own: different wording, countries and
amounts from the labelled benchmark sets."""

from __future__ import annotations

import pytest

from sidedoor.intake import parse_text
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.title import find_titles, seniority_from_title
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.readers.replies import split_reply


def names(text: str) -> set[str]:
    return {b.name for b in find_benefits(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 13th / 14th month, as Latin America, Southern Europe and East Asia write it
        ("Paquete: sueldo base, aguinaldo de 30 días y vales de despensa", "thirteenth_salary"),
        ("€2.300 brutos al mes en 14 pagas", "thirteenth_salary"),
        ("paid as 15 monthly salaries", "thirteenth_salary"),
        ("NT$75,000 a month, 15 months a year guaranteed", "thirteenth_salary"),
        ("salário de R$ 9.000 mais décimo terceiro", "thirteenth_salary"),
        ("a 14th-month salary paid in December", "thirteenth_salary"),
        # meals
        ("tickets restaurant worth €9 a day", "meals"),
        ("a subsidised canteen on site", "meals"),
        ("hot lunch is provided every shift", "meals"),
        ("Sodexo lunch vouchers each month", "meals"),
        ("vale refeição e plano de saúde", "meals"),
        # sport and wellbeing
        ("a MultiSport pass for you and your partner", "wellness"),
        ("friskvårdsbidrag of 5 000 kr a year", "wellness"),
        ("ePassi sport benefit", "wellness"),
        ("a sport card and private medical care", "wellness"),
        # retirement
        ("EPF and gratuity as per law", "retirement_plan"),
        ("employer CPF contributions", "retirement_plan"),
        ("a retirement annuity with 7% employer top-up", "retirement_plan"),
        ("Betriebsrente mit Arbeitgeberzuschuss", "retirement_plan"),
        # equity
        ("£95k + shares in the business", "equity"),
        ("a generous employee share scheme", "equity"),
        ("base, bonus and stock", "equity"),
        ("$210k plus a stock package that vests over four years", "equity"),
        # health cover
        ("a medical aid subsidy and a car allowance", "health_insurance"),
        ("HMO for you and two dependents", "health_insurance"),
        ("health and vision from your start date", "health_insurance"),
        ("medical from your first day", "health_insurance"),
        ("private healthcare through Vitality", "health_insurance"),
        ("Health care plan with a $250 deductible", "health_insurance"),
        ("plano de saúde Bradesco", "health_insurance"),
        ("$31/hr plus benefits and a pension", "health_insurance"),
        # time off
        ("four weeks' holiday plus bank holidays", "pto"),
        ("28 Tagen Urlaub im Jahr", "pto"),
        ("six weeks paid vacation", "pto"),
        ("25 days plus public holidays", "pto"),
        ("22 días de vacaciones", "pto"),
        # bonus in many shapes
        ("£72k plus bonus", "bonus"),
        ("$140k + bonus + RSUs", "bonus"),
        ("a year-end incentive bonus of up to 20%", "bonus"),
        ("a retention bonus after 12 months", "bonus"),
        ("variable pay of 12% of base", "bonus"),
        ("There is a bonus of 8% on top.", "bonus"),
        # employee discounts
        ("a 25% team member discount", "employee_discount"),
        ("associate discount in all our stores", "employee_discount"),
        ("discounts on our products and free coffee", "employee_discount"),
        ("parental pay enhanced to 20 weeks", "parental_leave"),
        ("ten sick days a year", "paid_sick_leave"),
    ],
)
def test_benefits_in_many_countries_phrasings(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Experience with Terraform is a bonus.", "bonus"),
        ("Spanish would be a huge bonus", "bonus"),
        ("As a bonus, the office has a rooftop terrace", "bonus"),
        ("Collect bonus points with every order", "bonus"),
        ("a $5,000 sign-on bonus", "bonus"),
        ("The Electoral Commission is hiring an analyst", "bonus"),
        ("She shares her notes with the wider team.", "equity"),
        ("You'll own stock control and stock levels in the warehouse", "equity"),
        ("a private equity-backed manufacturer", "equity"),
        ("an Equity Research Associate role", "equity"),
        ("We don't offer a pension on this contract", "retirement_plan"),
        ("There is no health insurance for contractors", "health_insurance"),
        ("a fast-growing health insurance provider", "health_insurance"),
        ("a consultancy with medical and biotech clients", "health_insurance"),
        ("a digital health plan for clinics", "health_insurance"),
        ("health and safety training", "health_insurance"),
        ("a Dental Nurse for a family practice", "dental"),
        ("Computer Vision Engineer, Haifa", "vision"),
        ("a 13-month fixed-term contract", "thirteenth_salary"),
        ("we have 14 engineers and 15 salaries to review", "thirteenth_salary"),
        ("a team of 13 payments engineers", "thirteenth_salary"),
        ("lunch and learn sessions", "meals"),
        ("You must have your own car and a full licence", "company_car"),
    ],
)
def test_benefit_words_in_other_senses_are_not_benefits(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_sign_on_bonus_is_not_also_a_bonus_but_a_later_bonus_is() -> None:
    found = names("A $10k signing bonus, then an annual bonus of 10%")
    assert {"sign_on_bonus", "bonus"} <= found
    assert names("A $10k signing bonus") == {"sign_on_bonus"}


def test_benefit_details_with_new_phrasings() -> None:
    found = {b.name: b.detail for b in find_benefits("six weeks paid vacation, 5 days off")}
    assert found["pto"] == "six weeks" or found["pto"] is None
    found = {b.name: b.detail for b in find_benefits("30 Tagen Urlaub")}
    assert found["pto"] is None or "30" in found["pto"]


def test_each_role_keeps_its_own_benefits_and_shares_the_common_ones() -> None:
    (item,) = parse_text(
        "Hi Lena,\n\nI'm a recruiter at Bergmann Retail Group in Vienna, hiring for two roles:\n\n"
        "1. Store Manager - €4,100 - €4,600 gross per month, plus bonus and a company car\n"
        "2. Visual Merchandiser - €2,700 - €3,000 gross per month\n\n"
        "Both roles come with 14 salaries, a 30% team member discount and lunch vouchers.\n\n"
        "Would either suit you?\n\nBest regards,\nJonas Huber"
    ).items
    store, visual = item.positions
    assert (store.title, visual.title) == ("Store Manager", "Visual Merchandiser")
    own = {b.name for b in store.benefits}
    other = {b.name for b in visual.benefits}
    shared = {"thirteenth_salary", "employee_discount", "meals"}
    assert shared <= own and shared <= other
    assert {"bonus", "company_car"} <= own
    assert not {"bonus", "company_car"} & other


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HKD 38,000 - 45,000 monthly, double pay", (38000, 45000, "HKD", "month")),
        ("₱60,000 - 75,000 monthly plus HMO", (60000, 75000, "PHP", "month")),
        ("SGD 96,000 - 120,000 yearly", (96000, 120000, "SGD", "year")),
    ],
)
def test_a_range_followed_by_an_adverb_of_period(
    text: str, expected: tuple[float, float, str, str]
) -> None:
    (m,) = find_pay(text)
    assert (m.min, m.max, m.currency, m.period) == expected


def test_durations_are_still_not_pay() -> None:
    assert find_pay("a 12 - 18 months contract, 3 - 5 years of experience") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("We're hiring a Shift Leader for our Leeds depot", "Shift Leader"),
        (
            "Wir suchen einen Mechatroniker für Kältetechnik (m/w/d) in Köln",
            "Mechatroniker für Kältetechnik (m/w/d)",
        ),
        ("Gesucht: Kaufmann für Spedition (m/w/d)", "Kaufmann für Spedition (m/w/d)"),
        ("hiring a Category Manager for Home and Garden in Leeds", "Category Manager"),
        ("a Head of Growth for Northern Europe", "Head of Growth"),
        ("our new Director of Clinical Operations", "Director of Clinical Operations"),
        ("the Vice President for Student Affairs", "Vice President for Student Affairs"),
    ],
)
def test_title_tails_and_leader(text: str, title: str) -> None:
    assert [t.text for t in find_titles(text)] == [title]


def test_leader_in_lower_case_is_not_a_title() -> None:
    assert find_titles("a market leader in payments and a thought leader in AI") == []
    assert seniority_from_title("Night Shift Leader") == "lead"


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("You'll be based at our Rotterdam depot, early shifts.", "onsite"),
        ("The job is at their Gdańsk shipyard office.", "onsite"),
        ("Work is in our Manchester warehouse.", "onsite"),
        ("An in-store role with weekend rota.", "onsite"),
        ("This is a fully office position in Seoul.", "onsite"),
        ("Einsatz auf Baustellen im Raum Köln", "onsite"),
        ("We need two Captains based in Cebu.", "onsite"),
        ("The role is based in Aberdeen.", "onsite"),
        ("Puesto presencial en Monterrey", "onsite"),
        # the company, the writer or the reader is what is based there: no cue
        ("Our client, a scale-up based in Lisbon, needs a Data Engineer.", "unknown"),
        ("I'm based in Dublin and recruit Data Engineers.", "unknown"),
        ("Are you still based in Leeds?", "unknown"),
        ("Applicants must be based in Ireland.", "unknown"),
        ("We have exciting things in store for you.", "unknown"),
        ("You will work on the site reliability team.", "unknown"),
        # an explicit remote or hybrid statement wins over a place
        ("Remote within Spain; the role is based in Madrid on paper.", "remote"),
        ("Based in our Leeds office, hybrid.", "hybrid"),
        ("Hybrid, 2 days a week at our Bristol site.", "hybrid"),
    ],
)
def test_workplace_from_where_the_work_is_done(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


def test_signature_without_a_sign_off_line() -> None:
    split = split_reply(
        "Hi Alex,\n\nWe're running a retained search for a Chief Operating Officer. Open to a"
        " chat?\n\nPriya Raman\nPrincipal\nBlackwood Search"
    )
    assert split.signature == "Priya Raman\nPrincipal\nBlackwood Search"
    assert split.body.endswith("Open to a chat?")


@pytest.mark.parametrize(
    "text",
    [
        "Hi Alex,\n\nThe roles:\n\nSenior Data Engineer\nLondon, hybrid",
        "Hi Alex,\n\nCall me?\n\nNext Steps\nSend me your CV by Friday",
        "Priya Raman\nPrincipal\nBlackwood Search",  # nothing above it: not a signature
        "Hi,\n\nDetails below.\n\nMaria Lopez\nWould you be free on Friday for a call?",
    ],
)
def test_last_paragraphs_that_are_not_signatures(text: str) -> None:
    assert split_reply(text).signature is None


def test_the_writers_title_in_a_signature_is_not_the_role() -> None:
    (item,) = parse_text(
        "Sam,\n\nI'm a director at Blackwood Search. We're running a confidential Chief"
        " Operating Officer search for a listed logistics group, Rotterdam, hybrid.\n\n"
        "€210k - €240k base plus a long-term incentive plan.\n\nFree for a call on Thursday?"
        "\n\nPriya Raman\nDirector\nBlackwood Search"
    ).items
    (p,) = item.positions
    assert p.title == "Chief Operating Officer"
    assert (p.pay.min, p.pay.max, p.pay.currency) == (210000, 240000, "EUR")
    assert "bonus" in {b.name for b in p.benefits}
