"""Round 8, company: a team or a department in a signature is never the recruiter's company
("Director, Talent Acquisition", "Resourcing Team", "R&D", "HR Department of X" is X); an
in-house recruiter who speaks for the employer ("we", "nous", "unser") works for it; the fuller
form of a name the text writes ("X Games" for "X", a parent company's note dropped, the name a
domain's initials spell); an agency's process "para a X" names its client."""

from __future__ import annotations

from intake_checks import assert_spans
from sidedoor.intake import parse_bytes
from sidedoor.intake.extract.agency import agency_cue, is_agency_name, speaks_for_employer
from sidedoor.intake.extract.company import clean_name, find_company, is_department
from sidedoor.intake.models import ParsedItem


def _item(text: str) -> ParsedItem:
    item = parse_bytes(text.encode(), name="mail.txt").items[0]
    assert_spans(item)
    return item


def test_departments_are_no_companies() -> None:
    for name in (
        "Technical Recruiting",
        "Field Leadership",
        "Resourcing Team",
        "Crewing",
        "R&D",
        "L&D",
        "Talent Lead",
        "Direction des Ressources Humaines",
        "Dirección de Recursos Humanos",
    ):
        assert is_department(name), name
    for name in ("Quarry Lane Outfitters", "Ostrava Steelworks", "Fieldhouse Analytics"):
        assert not is_department(name), name


def test_parent_note_and_hr_department_of_are_dropped() -> None:
    assert clean_name("Pebble Ridge Foods (a Marrow Holdings company)") == "Pebble Ridge Foods"
    assert clean_name("Pebble Ridge Foods (part of Marrow Holdings)") == "Pebble Ridge Foods"
    assert clean_name("HR Department of Tan Phu Ceramics") == "Tan Phu Ceramics"
    assert clean_name("Crewing & HR Department of Aegean Bulk Carriers") == "Aegean Bulk Carriers"
    # a bracket that is no parent's note stays
    assert clean_name("Orbis Freight (Asia)") == "Orbis Freight (Asia)"


def test_signature_team_line_gives_way_to_the_agency() -> None:
    item = _item(
        "Hi Sam,\n\nI'm a Director of Technical Recruiting at Brackenfield Talent Partners and "
        "we've been engaged by our client Quillon Freight to hire a Staff Platform Engineer "
        "(remote, $190,000 - $210,000).\n\nWould you be open to a call on Friday?\n\n"
        "Best regards,\n\nMarta Olsen\nDirector, Technical Recruiting\n"
        "Brackenfield Talent Partners\n"
    )
    assert item.recruiter.company == "Brackenfield Talent Partners"
    assert item.recruiter.agency is True


def test_inhouse_title_with_team_gives_the_employer() -> None:
    item = _item(
        "Sam -\n\nI'm a Senior Recruiter with Kettlewood Mercantile. We're opening 9 new shops "
        "next year and I'm hiring a Regional Manager based in Leeds, £62,000 - £70,000 plus "
        "bonus.\n\nOpen to a call this week?\n\nThanks,\nPriya Lund\n"
        "Senior Recruiter, Field Leadership\n"
    )
    assert item.recruiter.company == "Kettlewood Mercantile"
    assert item.recruiter.agency is False


def test_next_line_after_a_department_part_is_the_company() -> None:
    item = _item(
        "Hi Robin,\n\nWe're building a new biologics unit and I'm looking for a Principal "
        "Scientist, Cell Line Development. The range is $180,000-$210,000 plus bonus.\n\n"
        "Open to a chat next week?\n\nThanks,\nAmara Quist\nSenior Talent Partner, R&D\n"
        "Vellacott Biosciences\n"
    )
    assert item.recruiter.company == "Vellacott Biosciences"


def test_resourcing_team_at_and_department_of() -> None:
    item = _item(
        "Dear Ms Brandt,\n\nI am a Recruitment Officer in the Resourcing Team at Fennick "
        "Borough Council. Our Planning service is recruiting a Senior Planning Officer "
        "(£44,000 - £47,500 per annum, hybrid).\n\nYours sincerely,\n\nOwen Price\n"
        "Recruitment Officer\nResourcing Team\n"
    )
    assert item.recruiter.company == "Fennick Borough Council"
    item = _item(
        "Dear Mr. Duarte,\n\nI am writing from the Crewing & HR department of Kassos Bulk "
        "Shipping. We are looking for an experienced Marine Superintendent to join our "
        "technical department, based in Limassol, €6.000 - 7.000 net per month.\n\n"
        "Best regards,\nIrini Kosta\nHR Manager\n"
    )
    assert item.recruiter.company == "Kassos Bulk Shipping"
    assert item.positions[0].company == "Kassos Bulk Shipping"
    item = _item(
        "Dear Anh Quang,\n\nI am Mai from HR Department of Tan Phu Ceramics. We need a Quality "
        "Manager for our factory in Dong Nai, salary 40,000,000 - 50,000,000 VND gross/month."
        "\n\nThank you and best regards,\nTran Thi Mai\nHR Department\n"
    )
    assert item.recruiter.company == "Tan Phu Ceramics"
    assert item.positions[0].company == "Tan Phu Ceramics"


def test_speaks_for_employer() -> None:
    for text in ("We're a 90-person team", "nous recrutons", "unser Team wächst", "our studio"):
        assert speaks_for_employer(text), text
    for text in ("Head of Data at Lindqvist Foods, hybrid, £120k. Worth a chat?", "in the US"):
        assert not speaks_for_employer(text), text


def test_inhouse_recruiter_without_company_line_takes_the_employer() -> None:
    item = _item(
        "Hi Jamie,\n\nAt Pelliston Robotics we build warehouse pickers, and we need a Senior "
        "Controls Engineer for our Leeds site (onsite, £70,000 - £80,000).\n\n"
        "If the timing's right, I'd love 20 minutes this week.\n\nBest,\nNell Hart\n"
        "Recruiting Lead\n"
    )
    assert item.positions[0].company == "Pelliston Robotics"
    assert item.recruiter.company == "Pelliston Robotics"


def test_terse_third_person_pitch_names_no_recruiter_company() -> None:
    item = _item(
        "Alex - Head of Analytics at Lindqvist Foods, hybrid from Malmö, SEK 75-85k/month. "
        "Worth a chat?"
    )
    assert item.positions[0].company == "Lindqvist Foods"
    assert item.recruiter.company is None


def test_french_recruiter_title_reads_the_signature() -> None:
    item = _item(
        "Subject: RE: Analyste Crédit Senior\n\nBonjour Louis,\n\nJe me permets de vous "
        "relancer – notre directeur des risques serait disponible jeudi.\n\nBien à vous,\n\n"
        "Margaux Ferrand\nChargée de recrutement\nBelcourt Prévoyance\n"
        "12 rue de la Paix, 75002 Paris\n"
    )
    assert item.recruiter.company == "Belcourt Prévoyance"


def test_fuller_name_of_an_inhouse_employer() -> None:
    item = _item(
        "Hi Alex, em là Thu, HR at Sông Hồng Studios 😊\n\nAt Sông Hồng we make mobile games "
        "and now we need a Senior Unity Developer, working at office in District 3, HCMC. "
        "Salary 40,000,000 - 55,000,000 VND gross/month.\n\nThanks anh!\n"
    )
    assert item.recruiter.company == "Sông Hồng Studios"
    assert item.positions[0].company == "Sông Hồng Studios"


def test_name_spelled_by_a_domains_initials() -> None:
    item = _item(
        "Da: Dott. Marco Ferri <m.ferri@ilbg.it>\n\nGentile Dott.ssa Bianchi,\n\nl'Istituto "
        "Lombardo di Biologia Genetica di Pavia ha aperto una posizione di Ricercatore in "
        "Genomica (36 mesi), 36.000 EUR lordi annui. Ho pensato a Lei.\n\nCordiali saluti,\n"
        "Marco Ferri\nIstituto Lombardo di Biologia Genetica\n"
    )
    assert item.recruiter.company == "Istituto Lombardo di Biologia Genetica"


def test_spanish_and_portuguese_talent_agencies() -> None:
    for name in ("Puente Talentos", "Cima Talento", "Talento Sur"):
        assert is_agency_name(name), name
    assert agency_cue("Estamos trabajando en nombre de Grupo Hotelero Cala Azul para su apertura")
    found = find_company(
        "Aqui é a Bruna, da Rota Talentos. Estamos conduzindo um processo para a Cooperativa "
        "Vale do Sol, uma das maiores cooperativas do Paraná."
    )
    assert found is not None and found.value == "Cooperativa Vale do Sol"
