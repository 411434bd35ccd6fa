"""Round 25: Norwegian and Turkish messages (plural titles, municipalities, names before
"olarak" or a case ending, benefits, remote and on-site work), Turkish "İ" in lower-cased
text, ranges that write their thousands once, "and" inside a title, specialties after "in",
nursing grades, a council's unit before the council, run-together domains; in our own
wording."""

from __future__ import annotations

import pytest

from intake_checks import company_found, parse_checked
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.company import split_domain
from sidedoor.intake.extract.outreach import score
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.positions import split_positions
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.textutil import lower_in_place, lowered


def _titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a plural after a Nordic verb of hiring is named in the singular
        ("Vi søker sykepleiere til tre sykehjem i Tromsø", "sykepleier"),
        ("Nu söker vi sjuksköterskor till akuten", "sjuksköterska"),
        ("Vi søger sygeplejersker til natholdet", "sygeplejerske"),
        ("Kommunen rekrutterer for tiden avdelingsleder til hjemmetjenesten", "avdelingsleder"),
        ("en fast stilling som vernepleier i bofellesskapet", "vernepleier"),
    ],
)
def test_nordic_titles(text: str, title: str) -> None:
    assert title in _titles(text)


def test_nordic_self_description_is_not_part_of_a_title() -> None:
    assert _titles("Jeg er HR-rådgiver i Fjordhelse og skriver om en ledig stilling") == [
        "HR-rådgiver"
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("We need a Health and Safety Manager for the depot", "Health and Safety Manager"),
        (
            "an Infection Prevention and Control Nurse post",
            "Infection Prevention and Control Nurse",
        ),
        ("Mergers and Acquisitions Analyst, London", "Mergers and Acquisitions Analyst"),
        ("Consultant in Emergency Medicine at the hospital", "Consultant in Emergency Medicine"),
        ("Health Visitor vacancies in the 0-19 team", "Health Visitor"),
        ("a Clinical Nurse Manager 2 post in theatres", "Clinical Nurse Manager 2"),
        ("CNM3 in the emergency department", "CNM3"),
        ("RGN | Coventry | £22/hr", "RGN"),
        ("Sepetix'te Depo Müdürü pozisyonumuz için", "Depo Müdürü"),
    ],
)
def test_titles(text: str, title: str) -> None:
    assert title in _titles(text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a rank after "and" opens a title of its own; a city after "in" is no specialty
        ("Hi Priya and Senior Engineer", "Senior Engineer"),
        ("We have a Consultant in Leeds starting soon", "Consultant"),
        # lower case "visitor" is no job
        ("every visitor to the ward signs in", None),
    ],
)
def test_titles_not_stretched(text: str, title: str | None) -> None:
    assert _titles(text) == ([title] if title else [])


def test_a_count_of_other_things_is_no_list_of_roles() -> None:
    text = (
        "The Chief Executive wants the next director to lead integration with two acute "
        "trusts. We're recruiting a Director of Public Health."
    )
    segments = split_positions(text, [(0, len(text))], [])
    assert len(segments) == 1


def test_grade_acronym_gives_way_to_its_spelled_out_title() -> None:
    text = (
        "Subject: CNM2 – Orthopaedics\n\nHi Aoife, I'm recruiting a Clinical Nurse Manager 2 "
        "for the orthopaedic ward at Shannonside Hospital. €60,000 – €68,000. A quick call?"
    )
    (position,) = parse_checked(text).positions
    assert position.title == "Clinical Nurse Manager 2"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Merhaba Ali Bey,\n\nMavi Köprü Lojistik olarak İzmir deposu için şef arıyoruz.",
            "Mavi Köprü Lojistik",
        ),
        ("Merhaba,\nDemir Yolu Gıda'dan yazıyorum, ekibimiz büyüyor.", "Demir Yolu Gıda"),
        ("Selam, Kargonet'te Operasyon Müdürü pozisyonumuz için yazıyorum.", "Kargonet"),
        (
            "I lead recruitment and retention for Adult Services at Marlow Vale Borough Council.",
            "Marlow Vale Borough Council",
        ),
    ],
)
def test_company_phrasings(text: str, name: str) -> None:
    assert company_found(text) == name


def test_municipality_employs_the_manager_of_its_care_home() -> None:
    text = (
        "Hei Ola,\n\nJeg er virksomhetsleder ved Strand sykehjem i Lunde kommune og har en "
        "ledig stilling som sykepleier hos oss. Lønn fra kr 520 000.\n\nHilsen\nKari Berg"
    )
    item = parse_checked(text)
    assert item.recruiter.company == "Lunde kommune"
    assert item.positions[0].pay.max is None  # "fra": a minimum only


def test_programme_lead_names_the_body_not_the_programme() -> None:
    text = (
        "Hello Gwen,\n\nI'm the Programme Lead for Healthy Weight at Public Health Cymru and we "
        "are about to advertise a Senior Dietitian post. £41,000 – £48,000. Fancy a chat?\n\n"
        "Diolch,\nMererid"
    )
    item = parse_checked(text)
    assert item.positions[0].company == "Public Health Cymru"


def test_hr_team_after_a_name_is_no_part_of_it() -> None:
    text = (
        "Merhaba Can Bey, Pazaryolu'nda Kategori Müdürü pozisyonumuz için görüşebilir miyiz?\n"
        "Ece – Pazaryolu İK"
    )
    item = parse_checked(text)
    assert item.is_recruiter_outreach
    assert item.positions[0].company == "Pazaryolu"


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("kestrelvirtualcare", "Kestrel Virtual Care"),
        ("importadorasolmar", "Importadora Solmar"),
        ("acmerobotics", "Acme Robotics"),
    ],
)
def test_run_together_domains(domain: str, name: str) -> None:
    assert split_domain(domain, "") == name


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("Lønn: 610–660 000 kr", 610_000, 660_000, "NOK"),
        ("Gehalt 58–64.000 € brutto im Jahr", 58_000, 64_000, "EUR"),
        ("£38-42,000 per annum", 38_000, 42_000, "GBP"),
        ("€ 3-3.400 netto al mese", 3_000, 3_400, "EUR"),
        # a small fee before a bigger one stays as written
        ("£400-1,000 per week", 400, 1_000, "GBP"),
        ("Timelønn fra 455 kr", 455, None, "NOK"),
        ("Sueldo desde 31.000 € brutos anuales", 31_000, None, "EUR"),
    ],
)
def test_pay(text: str, low: float, high: float | None, currency: str) -> None:
    (pay,) = find_pay(text)
    assert (pay.min, pay.max, pay.currency) == (low, high, currency)


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        # India's "/-" after a round amount, a lakh written "L"; Spanish "semanales"
        ("Pay: Rs. 42,000/- to Rs. 48,000/- per month", 42_000, 48_000, "INR", "month"),
        ("CTC 6.5 L to 8 L per annum", 650_000, 800_000, "INR", "year"),
        ("Sueldo: $5,800 a $7,200 semanales", 5_800, 7_200, None, "week"),
    ],
)
def test_pay_forms(
    text: str, low: float, high: float, currency: str | None, period: str
) -> None:
    (pay,) = find_pay(text)
    assert (pay.min, pay.max, pay.period) == (low, high, period)
    if currency:
        assert pay.currency == currency


def test_a_mexican_address_makes_the_dollar_a_peso() -> None:
    text = (
        "De: Recursos Humanos <rh@ferremundo.com.mx>\nAsunto: Vacante Jefe de Almacén\n\n"
        "Sueldo: $24,000 netos mensuales, prestaciones de ley."
    )
    (pay,) = find_pay(text)
    assert pay.currency == "MXN"


def test_norwegian_benefits() -> None:
    text = (
        "Vi tilbyr pensjon i KLP, ubekvemstillegg for kveld og helg og behandlingsforsikring "
        "for alle ansatte på huset."
    )
    names = {b.name for b in find_benefits(text)}
    assert {"retirement_plan", "shift_allowance", "health_insurance"} <= names


def test_turkish_benefits_read_with_a_capital_dotted_i_in_the_text() -> None:
    text = (
        "İstanbul ofisimiz için: yemek kartı, özel sağlık sigortası, şirket servisi, BES ve "
        "yıllık performans primi. Vardiya primi ayrıca ödenir."
    )
    names = {b.name for b in find_benefits(text)}
    assert {"meals", "health_insurance", "commuter", "retirement_plan", "bonus"} <= names
    assert "shift_allowance" in names


def test_customer_service_is_no_shuttle() -> None:
    assert find_benefits("Müşteri servisi uzmanı arıyoruz, İzmir.") == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("İş tamamen uzaktan, Türkiye'nin her yerinden.", "remote"),
        ("Pozisyon depoda, yerinde çalışma gerektiriyor.", "onsite"),
        ("Both posts are in nursing homes and home-based care, on a rota.", "unknown"),
        ("The job is full-time at the factory, five days.", "onsite"),
    ],
)
def test_workplace(text: str, where: str) -> None:
    assert find_workplace(text).workplace == where


def test_a_turkish_demo_is_a_pitch_and_taking_part_in_a_process_is_not() -> None:
    pitch = "İK ekibiniz için ücretsiz demo: 20 dakikalık bir demo ayarlayalım mı?"
    assert "sales_pitch" in {c.name for c in score(pitch)[2]}
    process = "I'd love you to take part in the interview process for our Data Engineer role."
    assert "sales_pitch" not in {c.name for c in score(process)[2]}


def test_a_talk_the_reader_gave_is_no_event_invitation() -> None:
    fired = {c.name for c in score("I heard you speak at the regional nursing conference.")[2]}
    assert "event_invite" not in fired


@pytest.mark.parametrize(
    "text",
    [
        "Merhaba Deniz Hanım, Tedarix'te Satın Alma Uzmanı pozisyonumuz için kısaca "
        "görüşebilir miyiz?",
        "Oi Bruna! Só reforçando o convite para a vaga de Analista de Compras. Conseguimos "
        "falar amanhã?",
    ],
)
def test_short_asks_are_outreach(text: str) -> None:
    assert parse_checked(text).is_recruiter_outreach


def test_lower_in_place_reads_turkish_capital_i() -> None:
    assert lower_in_place("İK Ekibi") == "ik ekibi"
    assert lowered("İzmir") == "izmir"
    assert len(lowered("İSTANBUL İK")) == len("İSTANBUL İK")
