"""Pay as it is written across countries: number groupings, currency signs, periods, and what
is not pay. The examples are our own (different wording from the labelled benchmark sets)."""

from __future__ import annotations

import pytest

from sidedoor.intake import parse_text
from sidedoor.intake.extract.pay import find_pay, krone_currency, parse_amount, yen_currency

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaces (plain, no-break, narrow no-break, thin) as thousands separators
        (f"Lønn NOK 720{NBSP}000 per år", (720000, 720000, "NOK", "year")),
        ("lön 42 000–47 000 kr/mån på kontoret i Göteborg", (42000, 47000, "SEK", "month")),
        (f"Rate: 45{NNBSP}000 – 52{NNBSP}000 SEK per month", (45000, 52000, "SEK", "month")),
        (f"62{THIN}500 € brut par an", (62500, 62500, "EUR", "year")),
        ("35 000 – 42 000 zł brutto miesięcznie", (35000, 42000, "PLN", "month")),
        ("95 000 Kč měsíčně", (95000, 95000, "CZK", "month")),
        ("bruttó 950 000 Ft havonta", (950000, 950000, "HUF", "month")),
        ("kr 58 000 i måneden, kontor i Bergen", (58000, 58000, "NOK", "month")),
        # dots, apostrophes, Indian grouping
        ("38.500 kr. om måneden hos os i Aarhus", (38500, 38500, "DKK", "month")),
        ("Gehalt 72.000 € brutto im Jahr", (72000, 72000, "EUR", "year")),
        ("CHF 1’450’000 total package", (1450000, 1450000, "CHF", "year")),
        ("CHF 9'800 pro Monat", (9800, 9800, "CHF", "month")),
        ("₹32,50,000 per annum", (3250000, 3250000, "INR", "year")),
        # the rand with a space, other currencies
        ("R 480k per annum", (480000, 480000, "ZAR", "year")),
        ("R 1 250 000 p.a.", (1250000, 1250000, "ZAR", "year")),
        ("NIS 41,000 a month", (41000, 41000, "ILS", "month")),
        ("₪ 24,000 - 29,000 per month", (24000, 29000, "ILS", "month")),
        ("₺120.000 net salary", (120000, 120000, "TRY", "month")),
        ("TRY 1.450.000 yıllık", (1450000, 1450000, "TRY", "year")),
        ("RMB 480,000 per year", (480000, 480000, "CNY", "year")),
        ("年薪 45万元", (450000, 450000, "CNY", "year")),
        ("月給 40万円", (400000, 400000, "JPY", "month")),
        ("600万〜800万円", (6000000, 8000000, "JPY", "year")),
        ("¥600,000 a month at our Chengdu studio", (600000, 600000, "CNY", "month")),
        ("¥7,500,000 per year, Yokohama office", (7500000, 7500000, "JPY", "year")),
        ("₩65,000,000 per year", (65000000, 65000000, "KRW", "year")),
        ("R$ 14.500 por mês", (14500, 14500, "BRL", "month")),
        ("MX$48,000 mensuales", (48000, 48000, "MXN", "month")),
        ("22,000 riyals a month", (22000, 22000, "SAR", "month")),
        ("AED 40k per month", (40000, 40000, "AED", "month")),
        ("NZ$105,000 plus KiwiSaver", (105000, 105000, "NZD", "year")),
        ("S$7,800 per month", (7800, 7800, "SGD", "month")),
        ("HK$52,000 per month", (52000, 52000, "HKD", "month")),
        ("₱85,000 per month", (85000, 85000, "PHP", "month")),
        ("KSh 350,000 per month", (350000, 350000, "KES", "month")),
        # decimals still read as decimals
        ("$32.50 per hour", (32.5, 32.5, "USD", "hour")),
        ("€3.5k per month", (3500, 3500, "EUR", "month")),
    ],
)
def test_pay_across_countries(text: str, expected: tuple[object, ...]) -> None:
    (m,) = find_pay(text)
    assert (m.min, m.max, m.currency, m.period) == expected
    assert m.start < m.end


def test_period_guess_knows_the_currency() -> None:
    # no period named: a month's pay in SEK or INR is not a year's (the dollar rule would say so)
    (sek,) = find_pay("SEK 52 000 plus pension")
    assert sek.period == "month"
    (inr,) = find_pay("INR 95,000 in hand")
    assert inr.period == "month"
    (inr_year,) = find_pay("INR 14,00,000 fixed")
    assert inr_year.period == "year"
    (jpy,) = find_pay("JPY 9,500,000")
    assert jpy.period == "year"
    (usd,) = find_pay("$650 per day")
    assert usd.period == "day"


def test_what_is_not_pay() -> None:
    assert find_pay("3M is hiring a Process Engineer in St. Paul") == []
    assert find_pay("the platform handles 2M transactions a day") == []
    assert find_pay("5 years of PHP 8 and Laravel, COP 28 volunteer") == []
    assert find_pay("40 hours a week and 3.5 days in the office") == []
    mentions = find_pay("40 hours a week, £32,000 per year")
    assert [(m.min, m.currency) for m in mentions] == [(32000, "GBP")]
    # a phone number with spaces is not a grouped amount
    assert find_pay("Call me on 08 123 456 78") == []


def test_3m_the_company_is_not_pay_but_its_salary_is() -> None:
    (item,) = parse_text(
        "Hi Alex, I'm a recruiter at 3M. 3M is looking for a Materials Scientist at our"
        " Austin lab, onsite. Salary $118,000 - $135,000 plus bonus."
    ).items
    (pos,) = item.positions
    assert (pos.pay.min, pos.pay.max, pos.pay.currency, pos.pay.period) == (
        118000,
        135000,
        "USD",
        "year",
    )


def test_currency_by_country_cues() -> None:
    assert krone_currency("Office in Oslo, Norway") == "NOK"
    assert krone_currency("Our Copenhagen team") == "DKK"
    assert krone_currency("Stockholm HQ") == "SEK"
    assert krone_currency("no place named") == "SEK"
    assert yen_currency("Our Shanghai office pays in RMB") == "CNY"
    assert yen_currency("Tokyo, Japan") == "JPY"
    assert yen_currency("no place named") == "JPY"
    # both named: the one named more often wins
    assert yen_currency("A Japanese firm's Shenzhen and Guangzhou plants in China") == "CNY"


def test_parse_amount_groupings() -> None:
    assert parse_amount(f"1{NBSP}100{NBSP}000") == 1100000
    assert parse_amount("1'200'000") == 1200000
    assert parse_amount("18,00,000") == 1800000
    assert parse_amount("45.000") == 45000
    assert parse_amount("4.500,50") == 4500.5
    assert parse_amount("3.5") == 3.5
