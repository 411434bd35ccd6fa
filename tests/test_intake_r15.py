"""Round 15: the classes of miss that new blind sets showed (messages in our own wording)."""

from __future__ import annotations

from intake_checks import parse_checked
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.company import LEGAL_FORM, clean_name, place_like, strip_legal
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.workplace import find_workplace
from sidedoor.intake.models import ParsedItem


def _one(text: str) -> ParsedItem:
    return parse_checked(text)  # every field's evidence checked against the text


# --- pay


def test_a_company_size_in_billions_is_not_pay() -> None:
    text = ("I'm with the talent team at Westmark Savings, a $12B lender in Tulsa. We're hiring"
            " a Senior Credit Analyst.\nSalary: $90,000 – $105,000\nRemote within the US.")
    item = _one(text)
    (position,) = item.positions
    assert position.pay is not None
    assert (position.pay.min, position.pay.max, position.pay.period) == (90000, 105000, "year")
    assert [m.min for m in find_pay("Eine Bank mit rund CHF 25 Mrd. verwalteten Vermögen.")] == []


def test_basic_plus_allowances_is_the_pay_not_an_extra() -> None:
    (mention,) = find_pay("Basic + allowances: SAR 40,000 – 48,000 / month")
    assert (mention.min, mention.max, mention.currency, mention.period) == (
        40000, 48000, "SAR", "month")
    assert mention.extra is False


def test_a_bank_called_austral_in_santiago_pays_in_pesos_by_the_month() -> None:
    text = ("Hola Camila, te escribo por un cargo de Analista de Riesgo en Banco Austral"
            " (oficinas en Las Condes).\n- Renta: $2.500.000 líquidos mensuales\n¿Conversamos?")
    mentions = find_pay(text)
    assert [(m.min, m.currency, m.period) for m in mentions] == [(2500000, "CLP", "month")]


# --- workplace


def test_no_office_or_remote_option_is_on_site() -> None:
    text = "The role is fully on site (no office/remote option), Monday to Friday."
    assert find_workplace(text).workplace == "onsite"


# --- signatures in more languages, and a notice under them


def test_czech_and_danish_sign_offs_end_the_body() -> None:
    czech = _one(
        "Dobrý den, we are hiring a Process Engineer for a plant near Plzeň, 65 000 Kč gross"
        " monthly.\n\nS pozdravem,\nKarolína Nováková\nRecruitment Consultant – Automotive\n"
        "Moravia Talent s.r.o.\n+420 777 000 111"
    )
    assert czech.recruiter.company is not None
    assert czech.recruiter.company.startswith("Moravia Talent")
    danish = _one(
        "Hi Søren, a client of ours is hiring a Biostatistician in Aarhus, DKK 52.000 per"
        " month.\n\nVenlig hilsen / Best regards\nMads Holm\nPartner\nKattegat Life Science"
        " Search\n+45 20 00 00 00"
    )
    assert danish.recruiter.company == "Kattegat Life Science Search"


def test_a_privacy_notice_under_the_signature_does_not_hide_it() -> None:
    item = _one(
        "Buongiorno, we are looking for a Maintenance Engineer for a plant near Brescia, RAL"
        " 45-50k.\n\nCordiali saluti,\nMarta Conti\nSenior Recruiter – Energy & Utilities\n"
        "Lombarda Talent Srl\n\nAi sensi del Regolamento UE 2016/679 (GDPR), i Suoi dati personali"
        " sono trattati esclusivamente per finalità di ricerca e selezione del personale."
    )
    (message,) = item.messages
    assert message.signature is not None and "Lombarda Talent Srl" in message.signature
    assert item.recruiter.company is not None
    assert item.recruiter.company.startswith("Lombarda Talent")


def test_a_spanish_consultant_title_before_the_firm() -> None:
    item = _one(
        "Hola Diego, busco un Gerente de Planta para una empresa de alimentos en León.\n\n"
        "Saludos cordiales,\nRocío Salas\nConsultora Senior | Talento Centro Consultores\n"
        "León, Gto."
    )
    assert item.recruiter.company == "Talento Centro Consultores"
    assert item.recruiter.title == "Consultora Senior"


def test_a_one_word_practice_area_is_not_the_firm() -> None:
    item = _one(
        "Bonjour, je recrute un Ingénieur Qualité pour un client industriel à Lyon, 55-60 k€.\n\n"
        "Bien cordialement,\nJulie Perrin\nConsultante Senior – Ingénierie\nCabinet Perrin"
        " & Associés\n04 00 00 00 00"
    )
    assert item.recruiter.company == "Cabinet Perrin & Associés"


# --- the hiring company


def test_an_agency_writing_on_behalf_of_its_client_in_dutch() -> None:
    item = _one(
        "Dag Tom,\n\nIk contacteer je in naam van Brabantse Verzekeringen, een verzekeraar met"
        " hoofdzetel in Eindhoven. Zij zoeken een Actuaris Schade.\n\n- bruto maandloon tussen"
        " €4.500 en €5.800\n- bedrijfswagen\n- maaltijdcheques\n- 13de maand\n\nMet vriendelijke"
        " groeten,\nLotte Peeters\nSenior Consultant\nKempen Select"
    )
    (position,) = item.positions
    assert position.company == "Brabantse Verzekeringen"
    assert position.title is not None and position.title.startswith("Actuaris")
    assert item.recruiter.company == "Kempen Select" and item.recruiter.agency is True
    assert {"company_car", "meals", "thirteenth_salary"} <= {b.name for b in position.benefits}


def test_an_agency_cooperating_with_a_hotel() -> None:
    item = _one(
        "Dear Maria,\n\nIonian Careers is cooperating with Corfu Bay Hotels for the recruitment"
        " of a Front Office Manager for their property in Kassiopi. Net salary 2.400 € per"
        " month, on-site.\n\nBest regards,\nNikos Pappas\nRecruitment Manager\nIonian Careers"
    )
    (position,) = item.positions
    assert position.company == "Corfu Bay Hotels"
    assert item.recruiter.agency is True


def test_a_region_after_the_title_is_no_company() -> None:
    assert place_like("Eastern Province") and place_like("East Java & Bali")
    assert not place_like("Eastern Bank")
    item = _one(
        "Subject: Drilling Supervisor – Eastern Province, KSA\n\nDear Omar,\n\nWe are"
        " supporting a national oil company with a Drilling Supervisor vacancy based in"
        " Dammam. SAR 48,000 per month.\n\nRegards,\nAli Hassan\nPrincipal Recruiter\nDesert"
        " Energy Talent"
    )
    (position,) = item.positions
    assert position.company != "Eastern Province"


def test_names_lose_a_parent_note_and_belgian_legal_forms() -> None:
    assert clean_name("Kestrel Pharma Limited (A Heron Group Company)") == "Kestrel Pharma Limited"
    assert strip_legal("MOLENVELD scrl") == "MOLENVELD"
    assert LEGAL_FORM.search(" Verhaegen SPRL") is not None


# --- outreach


def test_sharing_the_details_of_a_position_after_connecting_is_outreach() -> None:
    item = _one(
        "Dear Lena,\n\nThank you for connecting with me on LinkedIn. As promised, I'm sharing"
        " the details of the Director of Sales position at our hotel.\n\n• AED 30K – 34K per"
        " month\n• On-site role\n\nWarm regards,\nSara Nasser"
    )
    assert item.is_recruiter_outreach


# --- benefits


def test_benefits_in_more_phrasings() -> None:
    def names(text: str) -> set[str]:
        return {b.name for b in find_benefits(text)}

    assert "flexible_hours" in names("Benefits: family health insurance, flexi timings")
    assert "visa_sponsorship" in names("- Employment visa for family")
    assert "thirteenth_salary" in names("HK$60,000 per month + double pay")
    assert "thirteenth_salary" in names("Gross salary IDR 30 juta per bulan + THR")
    assert "thirteenth_salary" in names("€3.000 gross per month, paid 14x a year")
    assert "meals" in names("lunch scheme and a yearly bonus")
    assert "company_car" in names("Operational car + fuel")
