"""Round 8's title fixes (read from held-out 26-30's misses), tested on wording of our own."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.company import company_in_subject
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.readers.replies import unwrap_forward


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
        ("• AVP, Liquidity Risk – S$150,000", "AVP, Liquidity Risk"),
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


# ---- wave 2 (read from held-out 31-33's misses)


def test_shapes_and_markdown_emoji_headings_mark_roles() -> None:
    text = (
        "Hi Ines,\n\nOur client Thalassa Bulk is hiring two people in Limassol:\n\n"
        "■ Marine Superintendent\n  €6,000 - €7,000 per month\n\n"
        "■ Fleet Personnel Manager\n  €4,500 - €5,200 per month\n\nOpen to a call?\n\nPetros"
    )
    assert [p.title for p in parse_checked(text).positions] == [
        "Marine Superintendent", "Fleet Personnel Manager"]
    text = (
        "hey Sam — we're a 12-person team hiring our first two roles:\n\n"
        "### 🛠️ Founding Backend Engineer\n- 💵 $170k – $200k base\n\n"
        "### 🎯 Founding Growth Marketer\n- 💵 $140k – $160k base\n\nkeen to chat?"
    )
    assert [p.title for p in parse_checked(text).positions] == [
        "Founding Backend Engineer", "Founding Growth Marketer"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("suchen wir einen Technischen Einkäufer (m/w/d)", "Technischer Einkäufer (m/w/d)"),
        ("suchen wir einen Leitenden Oberarzt für die Kardiologie", "Leitender Oberarzt"),
        ("eine Strategische Einkäuferin in Graz", "Strategische Einkäuferin"),
        ("nous recherchons un(e) Actuaire Senior à Nantes", "Actuaire Senior"),
        ("Pflegefachperson HF (80%) in Luzern", "Pflegefachperson"),
        ("un Disegnatore Tecnico Senior da inserire nel team", "Disegnatore Tecnico Senior"),
    ],
)
def test_more_languages_heads_and_endings(text: str, want: str) -> None:
    assert [t.text for t in find_titles(text)][:1] == [want]


def test_the_fuller_form_of_the_subjects_title_wins() -> None:
    text = (
        "Subject: Data Engineer role at Kiwada\n\nHello Ren, we would love for you to join Kiwada "
        "as a Senior Data Engineer on our payments team. ¥9,000,000 – ¥12,000,000 a year, fully "
        "remote within Japan. Would you be open to a casual chat?"
    )
    assert [p.title for p in parse_checked(text).positions] == ["Senior Data Engineer"]


def test_a_board_or_the_boss_is_no_second_role() -> None:
    text = (
        "Dear Alex,\n\nWe have been retained by Corvel Foods to find their next Head of "
        "Procurement. The role sits on the Executive Committee, reporting directly to the CEO, "
        "and oversees buying across two factories.\n\nBase CHF 180,000 – 200,000. Would you have "
        "30 minutes this week?\n\nMaja\nHalden Search"
    )
    assert [p.title for p in parse_checked(text).positions] == ["Head of Procurement"]


def test_both_in_the_next_sentence_makes_a_two_role_sentence() -> None:
    text = (
        "Hey Dan - Site Supervisor is now $40-$46/hr, and the Carpenter opening is still "
        "$30-$35/hr. Both come with full medical and a 401k match, and Oakline Builders supplies "
        "the tools. Worth a 10 min call?\n\nMel"
    )
    assert [(p.title, p.pay.min) for p in parse_checked(text).positions] == [
        ("Site Supervisor", 40.0), ("Carpenter", 30.0)]


@pytest.mark.parametrize(
    ("tail", "title"),
    [
        (", Go/Postgres", "Senior Backend Engineer"),  # the stack
        (", Riverside Mall", "Senior Backend Engineer"),  # a place
    ],
)
def test_a_stack_or_a_site_after_a_comma_is_no_speciality(tail: str, title: str) -> None:
    text = (
        f"Hi Lee, Quillfern is hiring a Senior Backend Engineer{tail}. Remote in Canada, "
        "CA$170k-CA$190k. Open to a chat?"
    )
    assert [p.title for p in parse_checked(text).positions] == [title]


def test_the_senders_english_title_does_not_hide_a_local_title() -> None:
    text = (
        "Oi, Rafa! Tudo bem?\n\nEstamos contratando uma pessoa Engenheira de Dados Sênior para o "
        "time de Crédito.\n\n📍 100% remoto\n💰 R$ 15.000 a R$ 18.000/mês\n\nBora conversar?\n\n"
        "Luana Prado\nTech Recruiter"
    )
    assert [p.title for p in parse_checked(text).positions] == ["Engenheira de Dados Sênior"]


# ---- wave 3 (read from held-out 34-36's misses)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("nous cherchons un(e) technicien(ne) ... un(e) ingénieur(e) en qualité pour Laval",
         "ingénieur en qualité"),
        ("Subject: TS/SCI Network Engineer – Herndon", "Network Engineer"),
        ("a FIFO Senior Metallurgist for the Pilbara", "Senior Metallurgist"),
    ],
)
def test_gender_endings_clearances_and_rosters(text: str, want: str) -> None:
    assert want in [t.text for t in find_titles(text)]


def test_a_signature_title_does_not_run_across_lines() -> None:
    assert [t.text for t in find_titles("Dana Roe, RN\nNurse Recruiter")] == [
        "RN", "Nurse Recruiter"]


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        ("M&E Specialist – Kampala", "we are recruiting a Monitoring & Evaluation Specialist",
         "Monitoring & Evaluation Specialist"),
        ("Network Engineer – Reston", "I have a Network Engineer II opening on a program",
         "Network Engineer II"),
    ],
)
def test_the_subjects_short_form_gives_way_to_the_body_s_full_one(
    subject: str, body: str, want: str
) -> None:
    text = (
        f"Subject: {subject}\n\nHi Sam,\n\n{body} that fits your background. Salary "
        "$110,000–$130,000, onsite. Open to a chat?\n\nKim"
    )
    assert [p.title for p in parse_checked(text).positions] == [want]


def test_an_outlook_block_meant_for_the_reader_is_a_forward() -> None:
    text = (
        "Hi Sam, this came into the shared inbox but it was meant for you.\n\nLi\n\n"
        "________________________________\nFrom: Ola Berg <ola@fjordline-marine.no>\n"
        "Sent: 4 June 2025 10:02\nTo: Ops Inbox <ops@tidewise.no>\nSubject: Marine "
        "Engineer – Bergen\n\nHi Sam,\n\nI'm an in-house recruiter at Fjordline Marine. We're "
        "hiring a Marine Engineer in Bergen, on site. Salary NOK 700,000 – 800,000.\n\n"
        "Would you be open to a chat?\n\nOla Berg\nTalent Acquisition\n"
    )
    forward = unwrap_forward(text)
    assert forward is not None and "Marine Engineer" in forward.body
    item = parse_checked(text)
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == ["Marine Engineer"]
