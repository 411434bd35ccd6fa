"""Round 8's title fixes (read from held-out 26-30's misses), tested on wording of our own."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.company import company_in_subject
from sidedoor.intake.extract.title import find_titles


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (  # a comma: the team is the title's, the company is named in the body
            "Subject: Engineering Manager, Payments Platform\n\nHi Lee, I lead engineering "
            "hiring at Quillfern. We need an Engineering Manager, Payments Platform, remote "
            "in Canada, CA$190k-CA$215k. Open to a chat this week?\n\nMarta\nQuillfern",
            "Engineering Manager, Payments Platform",
            "Quillfern",
        ),
        (  # a dash and a role word after: "a … - PICU opening"
            "Hi Ana, we have a Staff Nurse - PICU opening at Brookhollow Children's Hospital, "
            "on-site in Leeds, £38,000-£44,000. Could we talk on Thursday?\n\nGwen\n"
            "Talent Acquisition\nBrookhollow Children's Hospital",
            "Staff Nurse - PICU",
            "Brookhollow Children's Hospital",
        ),
        (  # a dash, written twice after the title, and no company named: undisclosed
            "Subject: Director - Revenue Assurance - confidential search\n\nHi Omar, I'm "
            "retained by a listed telecoms operator to appoint a Director - Revenue Assurance "
            "in Riyadh, onsite. SAR 60,000-70,000 a month. Open to a call?\n\nFaisal\n"
            "Crescent Bridge Search",
            "Director - Revenue Assurance",
            None,
        ),
    ],
)
def test_a_team_or_speciality_after_the_title_is_the_titles(
    text: str, title: str, company: str | None
) -> None:
    item = parse_checked(text)
    assert [(p.title, p.company) for p in item.positions] == [(title, company)]


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (  # the company behind a dash, named nowhere else
            "Subject: Senior Backend Engineer - Tidewell Robotics\n\nHi Sam, are you open to "
            "new roles? Remote in the US, $170k-$190k. Chat this week?",
            "Senior Backend Engineer",
            "Tidewell Robotics",
        ),
        (  # a place behind a dash
            "Hi Jo, Marlow Search here. My client is hiring a Pricing Analyst - Tunbridge "
            "Wells, hybrid, £50k-£58k. Open to a chat?",
            "Pricing Analyst",
            None,
        ),
        (  # a second role behind the comma
            "Hi Kim, Corvane is hiring a Data Engineer, Analytics Engineer and ML Engineer, all "
            "remote in Germany, €70k-€90k. Interested?",
            "Data Engineer",
            "Corvane",
        ),
    ],
)
def test_a_company_place_or_second_role_after_the_title_is_not(
    text: str, title: str, company: str | None
) -> None:
    item = parse_checked(text)
    assert (item.positions[0].title, item.positions[0].company) == (title, company)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("a 13-week Travel Tele RN contract in Reno", "Travel Tele RN"),
        ("3) Technical Author - 6 months", "Technical Author"),
        ("Role: Head of Clinical Operations\nLocation: Basel", "Head of Clinical Operations"),
        ("nous recrutons un Chef de projet digital (H/F) à Lille", "Chef de projet digital (H/F)"),
        ("Head Chef wanted for our bistro", "Head Chef"),
        ("wir suchen eine Teamleitung Einkauf (m/w/d) in Köln", "Teamleitung Einkauf"),
        ("we are looking for a Senior Aktuar in Zürich", "Senior Aktuar"),
        ("• AVP, Liquidity Risk – S$150,000", "AVP"),
    ],
)
def test_more_job_nouns_and_where_titles_end(text: str, want: str) -> None:
    assert [t.text for t in find_titles(text)][:1] == [want]


def test_the_author_of_a_report_is_no_title() -> None:
    assert find_titles("she is the author of the report") == []


def test_an_opening_for_an_avp_names_no_company() -> None:
    text = (
        "Subject: AVP - Payments Operations | Pune\n\nHi Rohan, we have an opening for AVP - "
        "Payments Operations at our office in Pune. 30-34 LPA. Interested?\n\nMeera\n"
        "Talent Acquisition\nSahyadri Cooperative Bank"
    )
    item = parse_checked(text)
    assert item.positions[0].company != "AVP"


def test_a_subject_part_inside_the_title_is_not_its_company() -> None:
    text = "Subject: Senior Manager - Energy Regulation - London\n\nHi"
    title = (9, 43)  # "Senior Manager - Energy Regulation"
    assert text[slice(*title)] == "Senior Manager - Energy Regulation"
    assert company_in_subject(text, (9, 52), title) is None
    assert company_in_subject(text, (9, 52), (9, 23)) is not None  # the title alone: it is


def test_roles_as_bare_heading_lines_with_their_particulars_under_them() -> None:
    text = (
        "Hi Dana,\n\nWe at Larkspur Animal Hospitals are opening a new clinic in Boise and I'm "
        "hiring for two roles:\n\nRelief Veterinarian\n$130,000 - $150,000 base\n"
        "$15,000 sign-on bonus\n\nPractice Manager\n$70,000 - $82,000 + quarterly bonus\n\n"
        "Both are on-site. Free for a call this week?\n\nJess Ortiz\nTalent Acquisition\n"
        "Larkspur Animal Hospitals"
    )
    item = parse_checked(text)
    assert [(p.title, p.pay.min) for p in item.positions] == [
        ("Relief Veterinarian", 130000.0),
        ("Practice Manager", 70000.0),
    ]


def test_a_short_line_that_is_no_title_is_no_heading() -> None:
    text = (
        "Hi Dana,\n\nWe're hiring a Relief Veterinarian in Boise, on-site, $130,000 - $150,000."
        "\n\nGreat team\nModern equipment and a new building\n\nFree for a call?\n\nJess"
    )
    item = parse_checked(text)
    assert [p.title for p in item.positions] == ["Relief Veterinarian"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("we are looking for a Senior Consultant Grid Modernisation for our Leeds office",
         "Senior Consultant Grid Modernisation"),
        ("we need a Senior Consultant Role for our Leeds office", "Senior Consultant"),
        ("we need a Delivery Manager Manchester in our northern hub", "Delivery Manager"),
    ],
)
def test_capitalised_words_before_for_our_name_the_speciality(sentence: str, want: str) -> None:
    item = parse_checked(f"Hi Jo,\n\n{sentence}. Salary £60k-£70k, hybrid. Interested?")
    assert [p.title for p in item.positions] == [want]


def test_an_up_to_figure_gives_way_to_the_range_that_ends_at_it() -> None:
    text = (
        "Subject: Site Supervisor - up to $88K\n\nHi Lou, Brightwater Builders is hiring a Site "
        "Supervisor in Tulsa, on-site. The range is $76K–$88K plus overtime. Interested?"
    )
    pay = parse_checked(text).positions[0].pay
    assert (pay.min, pay.max) == (76000.0, 88000.0)
