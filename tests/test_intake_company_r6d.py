"""Round 6, company wave 4: client verbs, practice-area signature lines, agency suffixes, the
subject's company known before the recruiter, and subject lines in other languages."""

from __future__ import annotations

from intake_checks import assert_spans
from sidedoor.intake import parse_bytes
from sidedoor.intake.extract.agency import inhouse_team_line, is_agency_name
from sidedoor.intake.extract.company import find_company
from sidedoor.intake.models import ParsedItem


def _item(text: str) -> ParsedItem:
    return parse_bytes(text.encode(), name="mail.txt").items[0]


_spans_ok = assert_spans


def test_client_verbs_name_the_client() -> None:
    cases = {
        "We have been appointed by Vantor Reinsurance, the Bermuda carrier, to find a Cat"
        " Modeller.": "Vantor Reinsurance",
        "We have been instructed by Keldara Foods to find a Plant Controller.": "Keldara Foods",
        "We've been asked by Brightwater Utilities to help on a Grid Analyst hire.": (
            "Brightwater Utilities"
        ),
        "I hope you're well. We've been retained by Qorvane Minerals to find a Pit"
        " Superintendent.": "Qorvane Minerals",
        "We are commissioned by Halvorsen Shipping for the role of Fleet Manager.": (
            "Halvorsen Shipping"
        ),
    }
    for text, want in cases.items():
        found = find_company(text)
        assert found is not None, text
        assert found.value == want
        assert text[found.start : found.end] == want


def test_client_with_an_aside_before_the_role() -> None:
    text = (
        "I'm with Kestrel Talent Partners, and we're supporting Norvik (OSE: NRV) – formerly"
        " Norvik Subsea and Bergen Offshore – on a Lead Pipeline Engineer hire."
    )
    found = find_company(text)
    assert found is not None and found.value == "Norvik"
    text2 = "We are mandated by Tarsa Motors Ltd. (Tractor Division) for the position of COO."
    found2 = find_company(text2)
    assert found2 is not None and found2.value.startswith("Tarsa Motors")


def test_the_reader_still_blocks_a_duty_phrase() -> None:
    assert find_company("Loved your work with Kafka on the streaming platform.") is None


def test_agency_suffixes() -> None:
    for name in ("Kaveri HR Solutions", "Meridian Workforce Solutions", "Halden Consulting"):
        assert is_agency_name(name), name
    assert not is_agency_name("Boston Consulting Group")
    assert not is_agency_name("Nordwind Software Solutions")


def test_agency_greeting_is_not_the_hiring_company() -> None:
    item = _item(
        "Subject: Plant Head opportunity – Pune\n\nDear Arjun,\n\nGreetings from Sahyadri HR"
        " Solutions!\n\nWe are mandated by Deccan Tractors Ltd. (Farm Division) for the"
        " position of Plant Head at their plant in Pune. CTC: ₹40 – 50 LPA.\n\nKindly share"
        " your CV.\n\nWarm regards,\nNeha Kulkarni\nSenior Consultant – Manufacturing"
        " Practice\nSahyadri HR Solutions, Pune\n"
    )
    assert item.positions and item.positions[0].company is not None
    assert item.positions[0].company.startswith("Deccan Tractors")
    assert item.recruiter.company == "Sahyadri HR Solutions"
    assert item.recruiter.agency is True
    _spans_ok(item)


def test_practice_area_signature_is_no_company() -> None:
    item = _item(
        "Subject: Senior Process Engineer – Kwinana refinery\n\nHi Liam,\n\nWe've been"
        " retained by Tallis Lithium to find a Senior Process Engineer for the Kwinana"
        " refinery. AUD 180,000 – 210,000 plus super. Site-based.\n\nCould we speak this"
        " week?\n\nMegan Shaw\nSenior Consultant – Chemicals & Minerals\n+61 400 123 456\n"
        "megan.shaw@ridgeway-resourcing.com\n"
    )
    assert item.positions[0].company == "Tallis Lithium"
    assert item.recruiter.company == "Ridgeway Resourcing"
    _spans_ok(item)


def test_team_line_signature_takes_the_body_company() -> None:
    item = _item(
        "Hi Aditi,\n\nGreetings from Harapan Agro (formerly Harapan Plantations)! I'm Siti from"
        " the Group Talent Acquisition team. We are hiring a Remote Sensing Analyst for our"
        " estates.\n\n- RM 9,000 – 11,000 per month\n- Hybrid, 2 days in Shah Alam\n\nThank"
        " you,\nSiti Rahman\nGroup Talent Acquisition\n"
    )
    assert item.recruiter.company == "Harapan Agro"
    assert item.positions[0].company == "Harapan Agro"
    _spans_ok(item)


def test_subject_company_reaches_an_inhouse_recruiter() -> None:
    item = _item(
        "Subject: Kyokuto Semicon | Etch Process Engineer - Kumamoto\n\nHi Ren,\n\nWe would"
        " like to invite you to consider the Etch Process Engineer opening at the Kumamoto"
        " fab. The annual package is ¥8,000,000 - ¥10,000,000.\n\nBest regards,\nYui Sato\n"
        "Talent Acquisition\n"
    )
    assert item.positions[0].company == "Kyokuto Semicon"
    assert item.recruiter.company == "Kyokuto Semicon"
    _spans_ok(item)


def test_subject_company_without_a_team_line_is_not_the_recruiters() -> None:
    item = _item(
        "Subject: Kyokuto Semicon - Etch Process Engineer, Kumamoto\n\nHi Ren,\n\nWe're hiring"
        " an Etch Process Engineer for our Kumamoto fab. ¥8M - ¥10M a year.\n\nRegards,\nYui\n"
    )
    assert item.positions[0].company == "Kyokuto Semicon"
    assert item.recruiter.company is None


def test_inhouse_team_line() -> None:
    assert inhouse_team_line("Best,\nAna\nTalent Acquisition\n")
    assert inhouse_team_line("Rina\nHR & GA Department")
    assert inhouse_team_line("Sam\nSenior Talent Acquisition Partner | Lumen") is None


def test_subject_lines_in_other_languages() -> None:
    for label in (
        "Betreff:",
        "Objet :",
        "Asunto:",
        "Assunto:",
        "Oggetto:",
        "Onderwerp:",
        "Ämne:",
        "Temat:",
        "Emne:",
    ):
        text = (
            f"{label} Senior Data Engineer bei Ostwind Logistik\n\nHallo Jonas,\n\nich bin"
            " Recruiterin bei Ostwind Logistik und suche einen Senior Data Engineer (m/w/d)."
            " Gehalt: 70.000 – 85.000 € brutto im Jahr. Hast du Zeit für ein kurzes Gespräch?"
            "\n\nViele Grüße\nLena\n"
        )
        item = _item(text)
        assert item.kind == "message", label
        assert item.messages[0].subject == "Senior Data Engineer bei Ostwind Logistik", label
        assert not item.text.startswith(label)
