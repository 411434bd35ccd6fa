"""Round 9 of the hiring company: plain namings the rules missed, a company's team named before
it, and the ranker's candidates computed once a place (same candidates, faster)."""

from __future__ import annotations

from sidedoor.intake.extract import company_rank
from sidedoor.intake.extract.company import find_company, load_places
from sidedoor.intake.extract.recruiter import Context, find_recruiter


def _company(text: str) -> str | None:
    found = find_company(text)
    return found.value if found else None


def test_greetings_from_a_company_with_its_legal_form() -> None:
    text = "Dear Applicant,\n\nGreetings from Zorvath Cables Pvt. Ltd.!!\n\nWe have openings."
    found = find_company(text)
    assert found is not None and found.value.startswith("Zorvath Cables")
    assert text[found.start : found.end] == found.value


def test_greetings_from_a_place_is_no_company() -> None:
    load_places()
    assert _company("Greetings from Coimbatore! We are looking for a plant head.") is None
    # a two-word place the text uses as one ("based in …") is no company either
    text = "Greetings from Lake Tarvo! We are a team based in Lake Tarvo and need a welder."
    assert _company(text) is None


def test_capitalised_opportunity_with_in_a_subject() -> None:
    text = "Subject: Career Opportunity with Veltrano Foods - Nagpur\n\nHello,\nPlease apply."
    assert _company(text) == "Veltrano Foods"
    assert _company("Subject: Exciting Role at Kirrabee Mining\n\nHi") == "Kirrabee Mining"


def test_dutch_and_polish_recruiting_for_a_company() -> None:
    assert _company("Hoi Joost, ik werf voor Dwarsdijk Logistiek - we zoeken een planner.") == (
        "Dwarsdijk Logistiek"
    )
    text = "Jestem odpowiedzialna za rekrutację w firmie Bursztyn Energia. Szukamy elektryka."
    assert _company(text) == "Bursztyn Energia"


def test_japanese_legal_form_either_side() -> None:
    assert _company("はじめまして。ORVANTA株式会社 人事部の鈴木です。") == "ORVANTA"
    assert _company("株式会社Petralux 採用担当の田中です。") == "Petralux"
    # no Latin name beside it: nothing to take
    assert _company("山田株式会社の佐藤です。") is None


def test_a_board_or_hr_team_named_before_the_company() -> None:
    text = (
        "We have been retained by the Board of Directors of Caldera Savings Bank, a regional "
        "lender, to find its next CFO."
    )
    found = find_company(text)
    assert found is not None and found.value == "Caldera Savings Bank"
    assert text[found.start : found.end] == "Caldera Savings Bank"
    text = "Te escribo del área de Gestión Humana de Clínica Monte Verde. Buscamos enfermeras."
    assert _company(text) == "Clínica Monte Verde"


def test_the_ranker_offers_no_team_of_a_company_as_a_name() -> None:
    ctx = company_rank.Context(
        text="Un saludo del equipo de Gestión Humana de Textiles Orinoco. Tenemos una vacante."
    )
    names = {c.name for c in company_rank.candidates(ctx)}
    assert "Textiles Orinoco" in names
    assert not any(n.startswith("Gestión Humana de") for n in names)


def test_candidate_features_of_a_place_do_not_depend_on_the_name() -> None:
    # "Nordhavn Freight" and "Nordhavn" start at one place: their place facts agree, and a
    # unit's field after "Department of" is still no candidate
    text = (
        "Hi Mara,\n\nI recruit for Nordhavn Freight, a shipping company. The Department of "
        "Marine Biology at a university is not the employer.\n\nBest,\nOla"
    )
    cands = {c.name: c for c in company_rank.candidates(company_rank.Context(text=text))}
    whole, first = cands["Nordhavn Freight"], cands["Nordhavn"]
    for key in ("b1_for", "people_before", "sentence_start", "after_people_line"):
        assert whole.features.get(key) == first.features.get(key)
    assert whole.features.get("b1_for") == 1.0
    assert "Marine Biology" not in cands
    assert company_rank.not_a_name_here(text, "Marine Biology")
    assert not company_rank.not_a_name_here(text, "Nordhavn Freight")


def test_polish_sign_off_opens_the_signature() -> None:
    text = (
        "Dzień dobry,\n\nszukamy technika do naszego zespołu serwisowego.\n\n"
        "Pozdrawiam serdecznie\nMarta Nowicka\nSpecjalista ds. Rekrutacji\n"
        "Turbiny Bałtyk Sp. z o.o."
    )
    found = find_recruiter(Context(text=text))
    assert found.company is not None and found.company.startswith("Turbiny Bałtyk")
