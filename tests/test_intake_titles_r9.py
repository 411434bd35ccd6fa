"""Round 9's title, multi-role and workplace fixes (read from held-out 26-39's misses), tested
on wording of our own: other titles, companies, countries."""

from __future__ import annotations

import pytest

from intake_checks import parse_checked
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace


def _titles(text: str) -> list[str | None]:
    return [p.title for p in parse_checked(text).positions]


# --- several roles -------------------------------------------------------------------------


def test_a_numbered_list_of_labelled_roles_is_one_position_each() -> None:
    text = (
        "Subject: Openings at Kaveri Mutual Assurance - Pune\n\nDear Candidate,\n\n"
        "We have immediate openings at our Pune branch. Details below:\n\n"
        "1) Position: Loss Adjuster\nExp: 4-7 yrs\nCTC: 9 LPA to 12 LPA\n\n"
        "2) Position: Reinsurance Analyst\nExp: 2-4 yrs\nCTC: 6 - 8 LPA\n\n"
        "Work from office, 6 days a week.\n\nInterested candidates may share their CV with "
        "CTC details.\n\nRegards,\nPooja Nair\nHR - Talent Acquisition"
    )
    item = parse_checked(text)
    assert [(p.title, p.workplace) for p in item.positions] == [
        ("Loss Adjuster", "onsite"),
        ("Reinsurance Analyst", "onsite"),
    ]
    assert [p.pay.min for p in item.positions] == [900_000, 600_000]


def test_a_bulleted_label_names_the_role_after_it() -> None:
    text = (
        "Hi Ruth, two roles at Pellham Foods, both in Leicester:\n\n"
        "- Role: Production Planner, £38k-£42k\n- Role: Shift Supervisor, £34k-£37k\n\n"
        "Fancy a chat?"
    )
    assert _titles(text) == ["Production Planner", "Shift Supervisor"]


# --- the title the message offers ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a word cut short in the subject, written out in the body
            "Subject: Clinical Pharm Specialist role - Leeds\n\nHi Ade, we're hiring a Clinical "
            "Pharmacology Specialist for our early-phase unit. £52k-£60k, on site. Chat?",
            "Clinical Pharmacology Specialist",
        ),
        (  # two words cut short
            "Subject: Quant dev opening - Zurich\n\nHi Lea, we're looking for a Quantitative "
            "Developer (Rust) for our rates desk. CHF 160k-190k. Free for a call?",
            "Quantitative Developer",
        ),
        (  # initials in the subject, the words in the body, written as a plural
            "Subject: ER RN roles - days - $12k sign-on\n\nHi Sam, we have openings for "
            "ER Registered Nurses on our day shift in Omaha, $45-$58/hr. Quick call?",
            "ER Registered Nurse",
        ),
        (  # a bare acronym in the subject, the specific title in the body
            "Subject: PM opportunity - Osaka\n\nHi Ken, we're looking for a Localization "
            "Program Manager for our games studio, on-site in Osaka, ¥9M-¥11M. Interested?",
            "Localization Program Manager",
        ),
        (  # the title after "our position", though "you are" comes before it
            "Dear Linh, I think you are a good fit for our position Senior Golang Developer. "
            "Salary up to 55,000,000 VND gross/month. Please send me your CV.",
            "Senior Golang Developer",
        ),
        (  # a field of work behind a dash, written once
            "Subject: VP - Credit Operations | Kuala Lumpur\n\nHi Aziz, we have an opening "
            "for this role at our head office. RM 25k-30k a month. Let me know.\n\nNadia\n"
            "Talent Acquisition, Selat Bank",
            "VP - Credit Operations",
        ),
        (  # a team after a comma in a bold list item
            "Hi Jun, Ardent Talent here. Two roles at Meranti Pay, Singapore:\n\n"
            "**1. Staff Data Engineer (Spark)**\nSGD 11k - 14k / month\n\n"
            "**2. Product Manager, Merchant Risk**\nSGD 12k - 15k / month\n\nInterested?",
            "Product Manager, Merchant Risk",
        ),
    ],
)
def test_the_offered_title_is_read_in_full(text: str, title: str) -> None:
    assert title in _titles(text)


def test_a_title_named_with_their_boss_is_not_the_role() -> None:
    text = (
        "Hi Noor,\n\nThe client approved $150K-$165K base and full relocation to Denver. It is "
        "fully on-site.\n\nShall I book a call with their COO next week?\n\nBest,\nDana"
    )
    assert _titles(text) in ([None], [])


def test_a_place_before_a_slash_is_no_part_of_the_title() -> None:
    spans = find_titles("Subject: Nordkraft söker tekniker i Kiruna / Maintenance Engineer")
    assert [t.text for t in spans] == ["Maintenance Engineer"]
    assert [t.text for t in find_titles("a Finance / HR Business Partner")] == [
        "Finance / HR Business Partner"
    ]


# --- titles in other languages -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Dzień dobry,\n\nposzukujemy osoby na stanowisko: Kierownik Magazynu w naszym "
            "centrum dystrybucyjnym w Poznaniu. Oferujemy 10 000 - 12 500 zł brutto "
            "miesięcznie.\n\nCzy byłaby Pani zainteresowana rozmową?\n\nPozdrawiam\n"
            "Ewa Kowal\nSpecjalista ds. rekrutacji",
            "Kierownik Magazynu",
        ),
        (
            "Temat: Inżynier utrzymania ruchu - Wrocław\n\nDzień dobry Panie Piotrze,\n\n"
            "rekrutuję dla firmy Odra Metal. Proponujemy 12 000 - 14 000 zł brutto, pracę "
            "w zakładzie.\n\nCzy możemy porozmawiać?",
            "Inżynier utrzymania ruchu",
        ),
        (
            "Gentile Dott.ssa Ferri,\n\nil nostro istituto ha aperto una posizione di "
            "Ricercatrice in Geofisica Applicata a tempo determinato. La retribuzione annua "
            "lorda è di circa 36.000 €.\n\nCordiali saluti",
            "Ricercatrice in Geofisica Applicata",
        ),
        (
            "Betreff: Mechatroniker (m/w/d) für Anlagentechnik - Linz\n\nGrüß Gott Herr Berger,"
            "\n\nwir suchen einen Mechatroniker (m/w/d) für Anlagentechnik. 3.300 € brutto im "
            "Monat.\n\nFreundliche Grüße",
            "Mechatroniker für Anlagentechnik",
        ),
        (  # the German title written whole in the body, short in the subject
            "Subject: Ihre Erfahrung im Einkauf – Gruppenleitung in Bremen\n\nHallo Frau Lenz,"
            "\n\nfür unseren Standort suchen wir eine Gruppenleitung Beschaffung (m/w/d). "
            "70.000 € brutto im Jahr.\n\nViele Grüße",
            "Gruppenleitung Beschaffung",
        ),
    ],
)
def test_titles_in_other_languages(text: str, title: str) -> None:
    assert _titles(text) == [title]


def test_polish_and_german_false_friends_are_not_titles() -> None:
    # the sender's recruiting job is no role; German "Technik" is a field, not a technician
    assert find_titles("Specjalistka ds. Rekrutacji") != [] and _titles(
        "Dzień dobry,\n\nCzy możemy porozmawiać o Pana planach?\n\nPozdrawiam\nAnna Lis\n"
        "Specjalistka ds. Rekrutacji"
    ) in ([None], [])
    # (with "Leiterin" it names her field: "Leiterin Technik", not a second "Technik" role)
    assert [t.text for t in find_titles("Leiterin Technik\nAlpenwerk GmbH")] == ["Leiterin Technik"]
    assert [t.text for t in find_titles("im Bereich Technik und Service")] == []
    assert [t.text for t in find_titles("Ricercatore in Bologna")] == ["Ricercatore"]


# --- workplace -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "workplace"),
    [
        ("The sales floor team works from the office, 5 days per week.", "onsite"),
        ("- Work style: Office work (5 days), the test rigs are in the lab", "onsite"),
        ("- Working at site, Monday to Saturday", "onsite"),
        ("You'd live and work on the vessel for four-week rotations.", "onsite"),
        ("Oferujemy pracę w terenie, w całym województwie.", "onsite"),
        ("勤務地：大阪府（原則出社）", "onsite"),
        ("• Gleitzeit und bis zu drei Tage mobiles Arbeiten pro Woche", "hybrid"),
        ("Twee dagen per week thuiswerken is mogelijk.", "hybrid"),
        ("Sede a Torino, con 2 giorni di smart working a settimana", "hybrid"),
        ("Fully onsite at the depot - no remote or hybrid option, sorry.", "onsite"),
        (  # on sites, and one day at the office: every working day on the premises
            "This is a site-based role across Kent, with one day a week at the Ashford office.",
            "onsite",
        ),
        (  # but a day at home makes it hybrid
            "Site-based mostly, with one day a week working from home.",
            "hybrid",
        ),
        # a "no" further back does not negate it
        ("No relocation is needed, and the role is hybrid.", "hybrid"),
        ("No travel or hybrid days: the role is fully on site in Gdynia.", "onsite"),
    ],
)
def test_workplace_phrasings(text: str, workplace: str) -> None:
    assert find_workplace(text).workplace == workplace


def test_office_days_are_still_hybrid_without_a_site() -> None:
    found = find_workplace("Three days a week in the Utrecht office, the rest as you like.")
    assert (found.workplace, found.office_days) == ("hybrid", 3.0)


def test_workplace_of_a_whole_message() -> None:
    text = (
        "Subject: Site Manager - Bristol\n\nHi Tom, Harwell Build is looking for a Site "
        "Manager. It's a site-based role, with one day a week at our Bristol office. "
        "£60k-£68k + car allowance. Fancy a chat?\n\nKim\nHarwell Build"
    )
    (position,) = parse_checked(text).positions
    assert (position.title, position.workplace) == ("Site Manager", "onsite")


def test_a_bare_acronym_keeps_to_itself_when_the_body_names_the_boss() -> None:
    text = (
        "Subject: RN opening - nights - Tulsa\n\nHi Cole, we have an RN opening on our "
        "surgical floor, $41-$50/hr, on site. You'd report to the Charge Nurse on nights and "
        "work alongside the Unit Manager. Quick call this week?\n\nTia\nTalent Acquisition"
    )
    assert _titles(text) == ["RN"]
