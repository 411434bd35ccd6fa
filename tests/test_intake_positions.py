"""Per-position fields in multi-role messages, the hiring company, office days, size phrases,
the recruiter's agency and profile URL, and pay basis: realistic messages of several kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from sidedoor.intake import parse_path, parse_text
from sidedoor.intake.extract.company import find_company_size
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.models import ParsedItem, Position

FIX = Path(__file__).parent / "fixtures" / "intake"


def assert_evidence(item: ParsedItem) -> None:
    for position in item.positions:
        for ev in position.evidence.values():
            if ev.start is not None:
                assert item.text[ev.start : ev.end] == ev.text
    for ev in item.recruiter.evidence.values():
        if ev.start is not None:
            assert item.text[ev.start : ev.end] == ev.text


def benefits(p: Position) -> set[str]:
    return {b.name for b in p.benefits}


def test_lead_example_message_is_read_position_by_position() -> None:
    # a copy of examples/recruiter-message.eml, the lead's sample
    (item,) = parse_path(FIX / "lead_two_roles.eml").items
    assert item.is_recruiter_outreach
    backend, data = item.positions
    # (the role is written the same way twice, its language in brackets: the title keeps it)
    assert (backend.title, data.title) == (
        "Senior Backend Engineer (Python)", "Staff Data Engineer")
    assert backend.company == data.company == "Lumen Health"
    assert backend.company_size == data.company_size == "400-person"
    assert (backend.workplace, backend.office_days_per_week) == ("hybrid", 2)
    assert backend.locations == ["Austin, TX"]
    assert (backend.pay.min, backend.pay.max, backend.pay.basis) == (165000, 190000, "base")
    assert backend.pay.bonus == "10% target bonus" and backend.pay.equity == "RSUs"
    assert (data.workplace, data.office_days_per_week) == ("remote", None)
    assert data.locations == [] and data.remote_from == ["US"]
    assert (data.pay.min, data.pay.max, data.pay.basis) == (185000, 215000, "base")
    assert data.pay.bonus is None and data.pay.equity is None
    assert "bonus" in benefits(backend) and "bonus" not in benefits(data)
    shared = {"health_insurance", "dental", "vision", "retirement_plan", "pto", "parental_leave"}
    assert shared <= benefits(backend) and shared <= benefits(data)
    r = item.recruiter
    assert (r.company, r.agency) == ("Northpeak Talent", True)
    assert r.profile_url == "https://www.linkedin.com/in/danawhitfield"
    assert_evidence(item)


UK_TWO_ROLES = """Subject: Two roles at Orbit Freight - Manchester

Hi Sam,

I'm a consultant at Redpath Recruitment working on behalf of Orbit Freight, a 1,200-employee \
logistics group, on two roles:

1. Senior Data Engineer - hybrid, 3 days a week in their Manchester office.
Salary £70,000-£80,000 base plus a 15% bonus.
2. Analytics Engineer - fully remote (UK only), £55k-£65k.

Both come with 25 days holiday and a 6% pension.

Would you be open to a chat this week?

Best,
Ella Ward
Recruitment Consultant | Redpath Recruitment
uk.linkedin.com/in/ella-ward-12345/
"""


def test_uk_agency_two_roles_on_behalf_of_client() -> None:
    (item,) = parse_text(UK_TWO_ROLES).items
    senior, analytics = item.positions
    assert senior.title == "Senior Data Engineer" and analytics.title == "Analytics Engineer"
    assert senior.company == analytics.company == "Orbit Freight"
    assert senior.company_size == "1,200-employee"
    assert (senior.workplace, senior.office_days_per_week) == ("hybrid", 3)
    assert senior.locations == ["Manchester, UK"]
    assert (senior.pay.min, senior.pay.max, senior.pay.currency, senior.pay.basis) == (
        70000,
        80000,
        "GBP",
        "base",
    )
    assert senior.pay.bonus == "15% bonus" and "bonus" in benefits(senior)
    assert (analytics.workplace, analytics.remote_from, analytics.locations) == (
        "remote",
        ["UK"],
        [],
    )
    assert (analytics.pay.min, analytics.pay.max) == (55000, 65000)
    assert analytics.pay.bonus is None and "bonus" not in benefits(analytics)
    assert {"pto", "retirement_plan"} <= benefits(senior) & benefits(analytics)
    r = item.recruiter
    assert (r.company, r.agency) == ("Redpath Recruitment", True)
    assert r.profile_url == "https://www.linkedin.com/in/ella-ward-12345"
    assert_evidence(item)


def test_undisclosed_client_keeps_size_but_no_company() -> None:
    (item,) = parse_text(
        "Hi Jordan, I'm a recruiter with Copperline Search. My client, a Series C fintech in"
        " Chicago, is hiring for:\n"
        "- Backend Engineer (Go) - hybrid, in office Tue-Thu, $150k-$175k\n"
        "- Engineering Manager - onsite in Chicago, $190k-$220k base + 15% bonus\n"
        "Interested in either? Happy to share more."
    ).items
    backend, manager = item.positions
    assert backend.company is None and manager.company is None
    assert backend.company_size == manager.company_size == "Series C"
    assert (backend.workplace, backend.office_days_per_week) == ("hybrid", 3)
    assert backend.pay.bonus is None and backend.pay.basis == "unknown"
    assert manager.workplace == "onsite" and manager.pay.basis == "base"
    assert manager.pay.bonus == "15% bonus"
    assert item.recruiter.company == "Copperline Search" and item.recruiter.agency is True
    assert_evidence(item)


def test_roles_named_in_one_sentence_keep_their_own_details() -> None:
    (item,) = parse_text(
        "Hi Sam, I'm a recruiter at Hays. My client, a Berlin scale-up, has two roles: a Staff"
        " Engineer (remote within the EU, €120k) and an Engineering Manager (hybrid in Berlin,"
        " €130k base). Both come with 30 days holiday and a learning budget. Interested?"
    ).items
    staff, manager = item.positions
    assert (staff.title, staff.workplace, staff.remote_from, staff.locations) == (
        "Staff Engineer",
        "remote",
        ["EU"],
        [],
    )
    assert (staff.pay.min, staff.pay.basis) == (120000, "unknown")
    assert (manager.title, manager.workplace, manager.locations) == (
        "Engineering Manager",
        "hybrid",
        ["Berlin, DE"],
    )
    assert (manager.pay.min, manager.pay.basis) == (130000, "base")
    assert all({"pto", "learning_budget"} <= benefits(p) for p in item.positions)
    assert_evidence(item)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Hi Lee, we're hiring for Acme's payments team in Toronto: a Senior QA Engineer,"
            " hybrid, C$110k-C$125k. Interested?",
            "Acme",
        ),
        (
            "Hello Maya, I'm partnering with Bluefin Robotics, a Series A startup of ~45, on their"
            " first Controls Engineer hire. Open to a chat?",
            "Bluefin Robotics",
        ),
        (
            "Hi Chris, I'm working with Saltmarsh Analytics on a Lead Data Scientist search."
            " Remote (US), $200k. Worth a call?",
            "Saltmarsh Analytics",
        ),
        (
            "Hi Ana, I'm recruiting on behalf of Oakhurst Dental Group, who are looking for a"
            " Dental Hygienist in Leeds. £38,000 plus 28 days holiday. Would you be interested?",
            "Oakhurst Dental Group",
        ),
        (
            "Hallo Herr Braun, ich bin Recruiter am Universitätsklinikum Heidelberg und wir suchen"
            " einen Fachkrankenpfleger (m/w/d) für die Anästhesie. Hätten Sie Interesse?",
            "Universitätsklinikum Heidelberg",
        ),
        (
            "Hi Jo, I'm a nurse recruiter with the Pacific Coast Health Network. Harborview"
            " Children's Hospital is hiring a Registered Nurse for its NICU, $58-$70/hr. Are you"
            " open to a call?",
            "Harborview Children's Hospital",
        ),
    ],
)
def test_hiring_company_phrasings(text: str, company: str) -> None:
    (item,) = parse_text(text).items
    assert item.is_recruiter_outreach
    assert item.positions and item.positions[0].company == company
    assert_evidence(item)


@pytest.mark.parametrize(
    ("text", "workplace", "days"),
    [
        ("Hybrid: 3 days onsite / 2 from home", "hybrid", 3),
        ("hybrid, in office Tue-Thu", "hybrid", 3),
        ("We're in the office Mondays and Wednesdays", "hybrid", 2),
        ("Mon, Wed & Fri in the office, the rest from home", "hybrid", 3),
        ("hybrid (60% office)", "hybrid", 3),
        ("Hybrid, 40% remote", "hybrid", 3),
        ("hybrid, 2 days a week in their Austin, TX office", "hybrid", 2),
        ("in the office twice a week", "hybrid", 2),
        ("one day per week onsite", "hybrid", 1),
        ("hybrid with 2 days remote per week", "hybrid", 3),
        ("4 days on site and one from home", "hybrid", 4),
        ("5 days in office", "onsite", 5),
        ("We're a remote-first team", "remote", None),
        ("office-based in Leeds", "onsite", None),
        ("50% in office", "hybrid", 2.5),
    ],
)
def test_office_day_phrasings(text: str, workplace: str, days: float | None) -> None:
    found = find_workplace(text)
    assert (found.workplace, found.office_days) == (workplace, days)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("a 400-person health-tech company", "400-person"),
        ("we're 200+ employees across Europe", "200+ employees"),
        ("a small product company with a team of 40", "team of 40"),
        ("a Series B startup of ~80 building payroll software", "Series B startup of ~80"),
        ("a 1,200-strong engineering organisation", "1,200-strong"),
        ("ein Maschinenbauer mit 600 Mitarbeitern", "600 Mitarbeitern"),
        ("1. Senior Engineer\n2. Staff Data Engineer", None),
        ("2. Staff Nurse - nights", None),
        ("You'll lead 5 engineers and report to the CTO", None),
        ("Must have 5+ years of backend experience", None),
    ],
)
def test_company_size_is_a_real_size_phrase(text: str, size: str | None) -> None:
    found = find_company_size(text)
    assert (found.value if found else None) == size


def test_remote_is_not_ote() -> None:
    (item,) = parse_text(
        "I'm a recruiter at Hays. My client is hiring a Platform Engineer, fully remote (EU),"
        " €90k-€110k. Interested?"
    ).items
    (p,) = item.positions
    assert p.pay.bonus is None and "bonus" not in benefits(p)
    (ote,) = parse_text(
        "I'm a recruiter at Hays hiring an Account Executive: $90k base, $180k OTE, remote (US)."
    ).items
    (p,) = ote.positions
    assert p.title == "Account Executive" and (p.pay.min, p.pay.basis) == (90000, "base")
    assert p.pay.bonus is not None and "180k" in p.pay.bonus


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("Base $165,000-$190,000 plus bonus", "base"),
        ("Base salary: £80,000 - £90,000", "base"),
        ("$140k-$160k base + equity", "base"),
        ("OTE $250k (50/50 split)", "total"),
        ("Salary £50,000", "unknown"),
    ],
)
def test_pay_basis(text: str, basis: str) -> None:
    (item,) = parse_text(f"I'm a recruiter at Hays hiring a Data Engineer. {text}.").items
    assert item.positions[0].pay.basis == basis


@pytest.mark.parametrize(
    ("signature", "company", "url"),
    [
        (
            "Dana Whitfield\nSenior Technical Recruiter | Northpeak Talent\nlinkedin.com/in/dana-w",
            "Northpeak Talent",
            "https://www.linkedin.com/in/dana-w",
        ),
        (
            "Priya Nair\nTalent Partner, Brightlane Recruiting\nwww.linkedin.com/in/priyanair/",
            "Brightlane Recruiting",
            "https://www.linkedin.com/in/priyanair",
        ),
        (
            "Tom Reyes\nRecruiter at Fernway\nhttps://ca.linkedin.com/in/tomreyes?trk=sig",
            "Fernway",
            "https://www.linkedin.com/in/tomreyes",
        ),
    ],
)
def test_recruiter_company_and_profile_from_signature(
    signature: str, company: str, url: str
) -> None:
    (item,) = parse_text(
        "Hi Alex,\n\nWe're hiring a Senior Data Engineer, remote (US), $180k. Interested in a"
        f" quick call?\n\nBest,\n{signature}"
    ).items
    assert (item.recruiter.company, item.recruiter.profile_url) == (company, url)
    assert_evidence(item)


def test_recruiter_with_agency_in_body() -> None:
    (item,) = parse_text(
        "Hi Alex, I'm a recruiter with Northpeak Talent and I'm working on a Staff Engineer role"
        " at a Series B healthtech, $220k base, remote. Open to a chat? Dana"
    ).items
    assert (item.recruiter.company, item.recruiter.agency) == ("Northpeak Talent", True)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hallo, für unsere Kinderklinik suchen wir eine Gesundheits- und Kinderkrankenpflegerin"
            " (m/w/d) in Vollzeit, 3.800 € brutto/Monat. Ich bin Recruiterin am Klinikum Köln.",
            "Gesundheits- und Kinderkrankenpflegerin",
        ),
        (
            "Guten Tag, als Personalberater suche ich für einen Kunden eine Fachkraft für"
            " Lagerlogistik (m/w/d) in Hamburg, 3.100 € brutto im Monat. Interesse?",
            "Fachkraft für Lagerlogistik",
        ),
        (
            "Hi Sam, I'm a recruiter at Tradesmen International. We're hiring certified Welders"
            " for a shipyard in Mobile, AL, $28-32/hr. Interested?",
            "Welder",
        ),
        (
            "Hello, I'm a legal recruiter at Taylor Root. A regional firm is looking for a"
            " Conveyancer in Bristol, £35,000. Would you like to hear more?",
            "Conveyancer",
        ),
        (
            "Hi Kate, I'm a recruiter at Medacs. An NHS trust in Leeds is hiring a Band 6"
            " Physiotherapist, £37,338 - £44,962. Open to a chat?",
            "Physiotherapist",
        ),
    ],
)
def test_titles_missing_before(text: str, title: str) -> None:
    (item,) = parse_text(text).items
    assert item.positions and item.positions[0].title == title
    for cue in item.cues:  # the job_title cue quotes the text ("Welders"), not the title
        if cue.evidence.start is not None:
            assert item.text[cue.evidence.start : cue.evidence.end] == cue.evidence.text


@pytest.mark.parametrize(
    "text",
    [
        "Hi Alex, congrats on the Series A! I noticed Acme has six open engineering roles. We"
        " specialise in placing senior engineers and currently have two strong React candidates"
        " on the market. Can I send their profiles over? No fee unless you hire.",
        "Dear hiring manager, I'm a recruiter at a boutique agency. We'd love to support your"
        " hiring needs this quarter - our fee is 15% with a 90-day guarantee. Would you be open"
        " to a quick call?",
        "Hi Alex, I lead the IT staffing desk at Nexon Staffing. If you have any contract"
        " requirements for Java or DevOps engineers, I have consultants who can start"
        " immediately. Do you have open requirements you need help with?",
    ],
)
def test_agency_pitching_candidates_to_the_user_is_not_outreach(text: str) -> None:
    (item,) = parse_text(text).items
    assert not item.is_recruiter_outreach
    assert "pitching_candidates" in {c.name for c in item.cues}


def test_real_outreach_mentioning_the_hiring_manager_is_still_outreach() -> None:
    (item,) = parse_text(
        "Hi Luis, I'm a technical sourcer at Microsoft. We have an opening for a Software"
        " Engineer II in Redmond, $120,000 - $185,000. If you're open to it, send me your resume"
        " and I'll get you in front of the hiring manager. They're interviewing candidates this"
        " month."
    ).items
    assert item.is_recruiter_outreach
    assert "pitching_candidates" not in {c.name for c in item.cues}


def test_list_of_three_roles_with_a_line_about_all_of_them() -> None:
    (item,) = parse_text(
        "Subject: Staff Engineer - remote - $220k\n\nHi Alex,\n\nWe're hiring at Quanta Labs"
        " for:\n- Staff Engineer - remote (US), $200k-$220k\n- Senior SRE - hybrid, 3 days a"
        " week in our Denver office, $170k-$190k\n- Data Platform Lead, onsite in Denver\nAll"
        " roles include equity and 401k match.\n\nInterested?\nSam"
    ).items
    staff, sre, lead = item.positions
    assert {p.company for p in item.positions} == {"Quanta Labs"}
    assert (staff.workplace, staff.locations, staff.pay.max) == ("remote", [], 220000)
    assert (sre.workplace, sre.office_days_per_week, sre.pay.min) == ("hybrid", 3, 170000)
    assert (lead.workplace, lead.pay.disclosed) == ("onsite", False)
    assert all({"equity", "retirement_plan"} <= benefits(p) for p in item.positions)
    assert_evidence(item)


def test_role_headings_with_their_details_on_the_next_line() -> None:
    (item,) = parse_text(
        "Hi Priya, two openings at Meridian Bank in Toronto:\n\nRole 1: Risk Analyst\nHybrid, 2"
        " days in office. C$85,000 - C$95,000 plus bonus.\n\nRole 2: Quant Developer\nFully"
        " remote within Canada. C$130,000 base.\n\nLet me know if either is of interest. Thanks,"
        " Jo"
    ).items
    risk, quant = item.positions
    assert risk.company == quant.company == "Meridian Bank"
    assert (risk.workplace, risk.office_days_per_week, risk.locations) == (
        "hybrid",
        2,
        ["Toronto, CA"],
    )
    assert (risk.pay.min, risk.pay.max, risk.pay.currency) == (85000, 95000, "CAD")
    assert risk.pay.bonus == "bonus" and quant.pay.bonus is None
    assert (quant.workplace, quant.remote_from, quant.locations) == ("remote", ["Canada"], [])
    assert (quant.pay.min, quant.pay.basis) == (130000, "base")
    assert_evidence(item)
