"""Round 7's field fixes (read from held-out 14's misses), tested on wording of our own."""

from __future__ import annotations

import pytest
from tests.intake_checks import parse_checked

from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.locations import country_of
from sidedoor.intake.extract.title import find_titles


def test_a_duty_bullet_starting_with_a_verb_title_is_no_role() -> None:
    text = (
        "Subject: Reserving Actuary – Bristol – £70k-£80k\n\nDear Alex,\n\nOur client, Harbridge "
        "Mutual, is looking to appoint a Reserving Actuary in Bristol.\n\nThe role:\n"
        "- Partner with claims teams on reserve reviews\n- Lead the quarterly IBNR process\n\n"
        "Hybrid, two days a week in the office. Basic salary £70,000 – £80,000.\n\n"
        "Kind regards,\n\nPriya Nair\nConsultant – Actuarial\nHollin Search\n"
    )
    item = parse_checked(text)
    assert [p.title for p in item.positions] == ["Reserving Actuary"]


def test_the_senders_title_under_the_sign_off_is_no_second_role() -> None:
    text = (
        "Hi Jo,\n\nWe're hiring a Site Reliability Engineer for our Leeds office (hybrid).\n\n"
        "Salary £65,000 – £75,000.\n\nBest regards,\n\nTom Reeve\n"
        "Principal Consultant – Platform & Cloud\nNorthgate Talent\n"
    )
    item = parse_checked(text)
    assert [p.title for p in item.positions] == ["Site Reliability Engineer"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "wir suchen einen Abteilungsleiter Qualitätssicherung (m/w/d) in Ulm",
            "Abteilungsleiter Qualitätssicherung",
        ),
        ("als Teamleiter Cloud Plattform (w/m/d) bei uns", "Teamleiter Cloud Plattform"),
        ("un Chef de projet Data (H/F) à Nantes", None),  # lower-case tail: not taken
    ],
)
def test_a_gender_marker_ends_the_title(text: str, want: str | None) -> None:
    titles = [t.text for t in find_titles(text)]
    if want is None:
        assert all("(" not in t for t in titles)
    else:
        assert want in titles


def test_an_italian_ral_range_is_the_salary_even_with_a_bonus_bullet_below() -> None:
    text = (
        "Buongiorno Luca,\n\nper una società di logistica con sede a Torino cerchiamo un "
        "Supply Chain Manager.\n\n- RAL 55-62k\n- bonus annuale\n- auto aziendale\n\n"
        "Possiamo sentirci?\n\nGiulia\n"
    )
    (position,) = parse_checked(text).positions
    assert (position.pay.min, position.pay.max) == (55_000, 62_000)
    assert (position.pay.currency, position.pay.period) == ("EUR", "year")


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("Munich, DE", "DE"),  # the gazetteer's Germany, not Delaware
        ("Wilmington, DE", "US"),
        ("Perth, WA", "AU"),  # Western Australia, not Washington
        ("Spokane, WA", "US"),
        ("Calgary, AB", "CA"),
        ("Bangalore, IN", "IN"),
        ("Fort Wayne, IN", "US"),
    ],
)
def test_the_country_of_a_place(place: str, country: str) -> None:
    assert country_of(place) == country


def test_pay_in_a_german_city_is_in_euros() -> None:
    text = "Hi Kim, Platform Engineer role in Munich, salary 80-95k, hybrid. Open to a chat?"
    (position,) = parse_checked(text).positions
    assert position.pay.currency == "EUR"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("- Income continuance cover from day one", "disability_insurance"),
        ("45 à 50 k€ brut annuel, payés sur 13 mois", "thirteenth_salary"),
        ("Sueldo 38.000 € en 14 pagas", "thirteenth_salary"),
        ("plus a pension and VHI family cover", "health_insurance"),
        ("OPD and IPD cover for spouse and kids", "health_insurance"),
        ("Salaire 15 000 MAD, CIMR et mutuelle", "retirement_plan"),
        ("You'll get a MacBook Air on day one", "tools_provided"),
        ("Salario competitivo y presupuesto para formación", "learning_budget"),
        ("R$ 9.000 + VR + plano de saúde", "meals"),
    ],
)
def test_benefits_as_more_countries_write_them(text: str, want: str) -> None:
    assert want in {b.name for b in find_benefits(text)}


def test_vr_alone_is_no_meal_voucher() -> None:
    assert "meals" not in {b.name for b in find_benefits("Experience with VR and AR headsets.")}


def test_casual_portuguese_outreach_with_its_title() -> None:
    text = (
        "e aí Rafa, tudo certo? aqui é o Léo, do time de recrutamento da Trilha Pay. tô "
        "procurando Analista de Dados Sênior pra nossa área de risco. híbrido em SP, R$ 14.000 "
        "a R$ 17.000/mês + VR + PLR. bora trocar uma ideia?"
    )
    item = parse_checked(text)
    assert item.is_recruiter_outreach
    (position,) = item.positions
    assert position.title is not None and position.title.startswith("Analista de Dados")
    pay = position.pay
    assert (pay.min, pay.currency, pay.period) == (14_000, "BRL", "month")


def test_a_job_seeker_looking_for_work_in_portuguese_is_no_outreach() -> None:
    text = "Oi Ana, tô procurando emprego como Analista de Dados. Vocês têm vagas abertas?"
    assert not parse_checked(text).is_recruiter_outreach
