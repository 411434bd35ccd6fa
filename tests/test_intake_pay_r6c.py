"""Pay misreadings on job pages: a ZIP code taken for dollars across a line break, a reference
number taken for a range, and sales targets taken for salary. The examples are our own."""

from __future__ import annotations

import pytest

from sidedoor.intake import parse_text
from sidedoor.intake.extract.pay import PayMention, find_pay


def _salary(text: str) -> list[tuple[float | None, float | None, str | None, str | None]]:
    return [(m.min, m.max, m.currency, m.period) for m in find_pay(text) if not m.extra]


# 1. a trailing currency sign does not reach across a line; a ZIP code after a state is not pay


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dayton, OH 45402\n$21.75 - $26.40 an hour", [(21.75, 26.40, "USD", "hour")]),
        ("Boise, ID 83702\n$31 an hour", [(31.0, 31.0, "USD", "hour")]),
        # on one line, the sign belongs to the amount it touches
        ("Tacoma, WA 98402 $58,000 - $64,000 per year", [(58000.0, 64000.0, "USD", "year")]),
        # a ZIP+4 code, and a pay word on the line before the ZIP
        ("Pay and location: Reno, NV 89501-2210\n$24 an hour", [(24.0, 24.0, "USD", "hour")]),
    ],
)
def test_zip_code_is_not_pay(text: str, expected: list[tuple[float, float, str, str]]) -> None:
    assert _salary(text) == expected


def test_trailing_sign_on_the_same_line_still_reads() -> None:
    assert _salary("Vergütung 61.000 € brutto im Jahr") == [(61000.0, 61000.0, "EUR", "year")]
    assert _salary("Lønn 640 000 NOK per år") == [(640000.0, 640000.0, "NOK", "year")]
    # a sign on the next line is not the first amount's currency
    (mention,) = [m for m in find_pay("Shift allowance 4,200\n€ is not stated") if m.min == 4200]
    assert mention.currency is None


def test_five_digits_after_other_capitals_are_still_pay() -> None:
    # "EUR" is a currency, not a state: the amount after it reads as before
    assert _salary("Salary EUR 52000 per year") == [(52000.0, 52000.0, "EUR", "year")]


def test_zip_then_pay_on_a_whole_page() -> None:
    (item,) = parse_text(
        "Warehouse Associate\nNorthgate Logistics\nDayton, OH 45402\n$21.75 - $26.40 an hour\n"
        "Full-time, on site. Pick, pack and ship orders."
    ).items
    (pos,) = item.positions
    assert (pos.pay.min, pos.pay.max, pos.pay.currency, pos.pay.period) == (
        21.75,
        26.40,
        "USD",
        "hour",
    )


# 2. a range with no currency, no multiplier and no pay word or period near it is not pay


@pytest.mark.parametrize(
    "text",
    [
        "Salary information below.\nReference\n2026-40417",
        "Competitive pay. Requisition ID 2023-9981",
        "Salary band on request. Vacancy 31-774",
        "Salary range\nJob no. 7731-2\nApply by Friday",
        # a range with pay words only two lines up
        "Compensation\nDepartment of Works\n2019-2024 project history",
    ],
)
def test_reference_numbers_are_not_pay(text: str) -> None:
    assert _salary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Salary range:\n48,000 - 56,000", [(48000.0, 56000.0, None, "year")]),
        ("Gehalt\n68.000 bis 74.000 brutto", [(68000.0, 74000.0, None, "year")]),
        ("52000 - 58000 per year", [(52000.0, 58000.0, None, "year")]),
        ("Pay: 2100-2600 monthly", [(2100.0, 2600.0, None, "month")]),
        ("Base 90-110k", [(90000.0, 110000.0, None, "year")]),
        ("CTC 12-15 lakhs, Pune office", [(1200000.0, 1500000.0, "INR", "year")]),
    ],
)
def test_bare_ranges_with_pay_words_still_read(
    text: str, expected: list[tuple[float, float, str | None, str]]
) -> None:
    assert _salary(text) == expected


def test_reference_next_to_real_pay() -> None:
    text = "Ref: 2025-61120\nSalary £41,500 - £46,000 per annum"
    assert _salary(text) == [(41500.0, 46000.0, "GBP", "year")]


# 3. sales targets are amounts, not salary


@pytest.mark.parametrize(
    "text",
    [
        "You will own a GWP target of ₹62 crore across the region.",
        "Hit an annual sales target of €3.4M.",
        "The role carries a quota of $1.8M.",
        "Territory target: $2.2M in new bookings.",
        "Own a €2.7M sales target in DACH.",
    ],
)
def test_sales_targets_are_extras(text: str) -> None:
    mentions = find_pay(text)
    assert mentions
    assert all(m.extra for m in mentions)


def test_salary_beside_a_sales_target() -> None:
    text = "Salary $96,000 - $104,000 a year. You'll carry a sales target of $2.1M."
    mentions = find_pay(text)
    assert [(m.min, m.max, m.extra) for m in mentions] == [
        (96000.0, 104000.0, False),
        (2100000.0, 2100000.0, True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On-target earnings of $165k", (165000.0, "total")),
        ("OTE $140k (60/40 split)", (140000.0, "total")),
        ("Target salary of $118k", (118000.0, "unknown")),
    ],
)
def test_on_target_earnings_are_still_salary(text: str, expected: tuple[float, str]) -> None:
    mention: PayMention
    (mention,) = find_pay(text)
    assert not mention.extra
    assert (mention.min, mention.basis) == expected


def test_sales_target_page_keeps_salary() -> None:
    (item,) = parse_text(
        "Account Executive at Brightwell Insurance, Mumbai. Fixed salary ₹18 LPA."
        " You will be measured against a GWP target of ₹40 crore."
    ).items
    (pos,) = item.positions
    assert (pos.pay.min, pos.pay.max, pos.pay.currency, pos.pay.period) == (
        1800000,
        1800000,
        "INR",
        "year",
    )
