"""Round 28: agency or in-house decided by a fitted model where no phrase says which (messages
in our own words)."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import pytest

from intake_checks import parse_checked
from sidedoor.intake import parse_bytes
from sidedoor.intake.extract import agency_model, workplace_model

_AGENCY_NAMES = re.compile(
    r"(?:first|last|title|before|w):.+|title_none|name_words=[1-4]|mentions=[0-3]|where=[0-2]"
    r"|domain_spells|domain_other|we|they|client|unnamed|candidate"
)

# an agency's consultant whose firm's name has no agency word, and who names no client
_AGENCY = (
    "Subject: Contract - Senior Platform Engineer - tier-1 bank - $1,050 per day\n\n"
    "Hi Priya,\n\nHope you're keeping well. I'm working on a 9-month contract with one of the "
    "big retail banks in Sydney. They're moving their payments platform to AWS and need a "
    "Senior Platform Engineer who knows Terraform and EKS.\n\nRate: $1,000 - $1,050 per day "
    "plus super\nHybrid, 3 days in their Barangaroo office\n\nAre you free for a quick call? "
    "Send me your latest CV and rate.\n\nCheers,\nMarcus Lindqvist\nSenior Consultant - Cloud "
    "& Infrastructure\nBrightwell Partners\n"
)
# the same role from the employer's own head of platform
_IN_HOUSE = (
    "Subject: Senior Platform Engineer at Brightwell Analytics\n\nHi Priya,\n\nI lead the "
    "platform group at Brightwell Analytics in Sydney. We're moving our payments platform to AWS"
    " and I need a Senior Platform Engineer who knows Terraform and EKS.\n\nSalary: $180,000 - "
    "$200,000 plus super\nHybrid, 3 days in our Barangaroo office\n\nAre you free for a quick "
    "call next week?\n\nCheers,\nMarcus Lindqvist\nHead of Platform\nBrightwell Analytics\n"
)


def test_an_agency_that_names_no_client_recruits_for_none_of_its_own() -> None:
    item = parse_checked(_AGENCY)
    assert item.recruiter.company == "Brightwell Partners"
    assert item.recruiter.agency is True
    assert [(p.title, p.company) for p in item.positions] == [("Senior Platform Engineer", None)]


def test_the_model_is_what_calls_it_an_agency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(agency_model, "ENABLED", False)
    item = parse_checked(_AGENCY)
    assert item.recruiter.agency is False
    assert [p.company for p in item.positions] == ["Brightwell Partners"]


def test_an_employers_own_sender_still_recruits_for_it() -> None:
    item = parse_checked(_IN_HOUSE)
    assert item.recruiter.agency is False
    assert [p.company for p in item.positions] == ["Brightwell Analytics"]


def test_features_say_how_the_sender_speaks_and_signs() -> None:
    item = parse_checked(_AGENCY)
    feats = agency_model.features(_AGENCY, item.recruiter)
    for name in ("they", "unnamed", "title:consultant", "last:partners", "first:brightwell",
                 "name_words=2", "mentions=1", "w:contract"):
        assert feats.get(name) == 1.0, name
    assert "we" not in feats
    own = agency_model.features(_IN_HOUSE, parse_checked(_IN_HOUSE).recruiter)
    assert own.get("we") == 1.0 and "unnamed" not in own and "they" not in own


def test_the_trainer_records_the_sender_and_nothing_is_decided() -> None:
    agency_model.RECORD = []
    try:
        item = parse_bytes(_AGENCY.encode(), name="agency.txt").items[0]
        seen = agency_model.RECORD
    finally:
        agency_model.RECORD = None
    assert [company for _, company in seen] == ["Brightwell Partners"]
    assert item.recruiter.agency is False  # the rules' default, while recording


_WORKPLACE_NAMES = re.compile(
    r"(?:w|t|b):.+|period:(?:hour|day|week|month|year|none)"
    r"|type:(?:full_time|part_time|contract|contract_to_hire|temporary|internship|per_diem|none)"
    r"|places=[0-2]"
)

# a plant's shift work; no phrase names where the work is done
_PLANT = (
    "Hello Tunde,\n\nWe have an opening for a Process Operator at our fertiliser plant in Onne, "
    "Rivers State. Salary ₦450,000 monthly plus shift allowance; 12-hour shifts, days and "
    "nights. Staff bus from Port Harcourt is provided.\n\nAre you interested? Please send your "
    "CV.\n\nRegards,\nAmaka Obi\nHR Officer\nDeltaGrow Fertilisers\n"
)
_DESK = (
    "Subject: Senior Data Engineer\n\nHi Lena,\n\nI'm looking for a Senior Data Engineer for a "
    "fintech client. Salary €85,000 - €95,000 a year plus bonus. Stack is Spark, dbt and "
    "Snowflake.\n\nWould you be open to a chat?\n\nThanks,\nJonas\nTalentbrook\n"
)


@pytest.mark.parametrize(
    ("model", "names"),
    [(agency_model, _AGENCY_NAMES), (workplace_model, _WORKPLACE_NAMES)],
    ids=["agency", "workplace"],
)
def test_every_weight_is_one_the_features_can_give(model: Any, names: re.Pattern[str]) -> None:
    file = f"{model.__name__.rsplit('.', 1)[1]}.json"
    data = resources.files("sidedoor.intake.extract").joinpath(file)
    fitted = json.loads(data.read_text("utf-8"))
    assert fitted["weights"], "the trainer wrote no weights"
    for name in fitted["weights"]:
        assert names.fullmatch(name), name
    bias, weights = model.weights()
    assert bias == fitted["bias"] and weights == fitted["weights"]


def test_shift_work_at_a_plant_is_on_site_with_the_word_that_says_it() -> None:
    (position,) = parse_checked(_PLANT).positions  # evidence checked against the text
    assert position.workplace == "onsite"
    evidence = position.evidence["workplace"]
    assert evidence.origin == "text" and evidence.text.lower() in _PLANT.lower()
    assert workplace_model.weights()[1][f"w:{evidence.text.lower()}"] > 0


def test_the_workplace_model_is_what_places_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workplace_model, "ENABLED", False)
    (position,) = parse_checked(_PLANT).positions
    assert position.workplace == "unknown" and "workplace" not in position.evidence


def test_a_desk_role_that_says_nothing_of_where_stays_unknown() -> None:
    (position,) = parse_checked(_DESK).positions
    assert position.workplace == "unknown"


def test_the_workplace_features_are_the_words_pay_and_places() -> None:
    item = parse_checked(_PLANT)
    feats = workplace_model.features(item.text, item.positions[0])
    for name in ("w:plant", "w:shifts", "t:process", "t:operator", "period:month",
                 "b:shift_allowance"):
        assert feats.get(name) == 1.0, name
    assert sum(1 for name in feats if name.startswith("period:")) == 1


def test_the_workplace_trainer_records_and_nothing_is_placed() -> None:
    workplace_model.RECORD = []
    try:
        item = parse_bytes(_PLANT.encode(), name="plant.txt").items[0]
        seen = workplace_model.RECORD
    finally:
        workplace_model.RECORD = None
    assert [title for _, title in seen] == ["Process Operator"]
    assert item.positions[0].workplace == "unknown"


def _roles(text: str) -> list[str | None]:
    return [p.title for p in parse_checked(text).positions]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (  # a bullet list: the second item's noun is in no list of job nouns
            "Oi Carla,\n\nAbrimos duas vagas na Lumiar Engenharia:\n\n"
            "- Engenheiro de Projetos Elétricos — R$ 11 mil/mês\n"
            "- Orçamentista Sênior — R$ 8.500/mês\n\n"
            "As duas são remotas. Tem interesse?\n\nAbs,\nPedro\nLumiar Engenharia\n",
            ["Engenheiro de Projetos Elétricos", "Orçamentista Sênior"],
        ),
        (  # numbered items with their particulars on the lines under them
            "Gentile Sara,\n\nle scrivo per due posizioni presso Edizioni Pervinca:\n\n"
            "1) Impaginatore\n   - InDesign, 20 titoli l'anno\n   - RAL 28-31k\n\n"
            "2) Social Media Manager\n   - Instagram e TikTok\n   - RAL 30-33k\n\n"
            "Cordiali saluti,\nMarta Ricci\nEdizioni Pervinca\n",
            ["Impaginatore", "Social Media Manager"],
        ),
        (  # Markdown headings of one level
            "Hi Tom,\n\nTwo openings at Pixelwharf Studios:\n\n## Environment Artist\n"
            "- Blender and Substance\n- £38-44k\n\n## Rigger\n- Maya, facial rigs\n- £40-46k\n\n"
            "Both hybrid in Dundee. Interested?\n\nAmy\nPixelwharf Studios\n",
            ["Environment Artist", "Rigger"],
        ),
    ],
)
def test_an_item_of_a_list_of_roles_is_a_role_though_no_noun_vouches(
    text: str, titles: list[str]
) -> None:
    assert _roles(text) == titles


def test_a_list_of_requirements_that_holds_a_title_is_no_list_of_roles() -> None:
    text = (
        "Dear Ana,\n\nWe are hiring a Staff Pharmacist for Al Safa Hospital in Jeddah.\n\n"
        "• Pharmacist (Hospital) – 2 years or more\n• Prometric Exam – passed\n"
        "• Salary: SAR 7,000/month\n• Free accommodation\n\nReply with your CV.\n\n"
        "Regards,\nJoy Santos\nPrimeCare Manpower\n"
    )
    assert _roles(text) == ["Staff Pharmacist"]


def test_a_bullet_of_a_number_or_a_particular_is_no_role() -> None:
    text = (
        "Hi Sam,\n\nA Proposal Manager role at Fairlead Systems:\n\n• Proposal Manager – remote\n"
        "• 401(k) with match\n• $115,000–$135,000\n\nThoughts?\n\nJo\nFairlead Systems\n"
    )
    assert _roles(text) == ["Proposal Manager"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("1. Freelance Art Director – €550/day", "Art Director"),
        ("1. Contract Manager – £60k", "Contract Manager"),
    ],
)
def test_terms_before_a_listed_title_are_not_the_title_unless_they_are_its_word(
    line: str, title: str
) -> None:
    text = (
        f"Hi Léa,\n\nWe're staffing up at Atelier Nord:\n\n{line}\n"
        "2. Senior Copywriter – €500/day\n\nInterested?\n\nBen\nAtelier Nord\n"
    )
    assert _roles(text) == [title, "Senior Copywriter"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Hei Jon!\n\nVi trenger elektrikere til et oppdrag på Mongstad fra uke 12. Timelønn "
            "330 kr + overtid. Er du ledig?\n\nMvh Kari\nVestbemanning\n",
            ["elektriker"],
        ),
        (
            "Hei! Vi søker sveisere til verftet i Ulsteinvik, oppstart i mars. Timelønn 305 kr. "
            "Interessert? Mvh Per, Sunnmøre Bemanning\n",
            ["sveiser"],
        ),
    ],
)
def test_a_norwegian_plural_after_we_need_or_we_seek_is_the_role(
    text: str, titles: list[str]
) -> None:
    item = parse_checked(text)
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == titles


def test_the_readers_own_unsolicited_application_is_no_job_seekers_message() -> None:
    text = (
        "Gentile Luca,\n\nsono Marta Gallo, ufficio personale di Radio Levante. Abbiamo "
        "ricevuto la sua candidatura spontanea e la ricontatto: si è liberato un posto da "
        "montatore per la redazione. Retribuzione di 1.600 € netti mensili.\n\nSe è "
        "interessato mi chiami al 080 555 1234.\n\nDistinti saluti,\nMarta Gallo\n"
    )
    item = parse_checked(text)
    assert "job_seeker" not in [c.name for c in item.cues]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Buscamos un camarógrafo para el noticiero de Canal Sur. $900.000 mensuales.",
         ["camarógrafo"]),
        ("Cerchiamo un fotografo di scena per un film a Lecce. 200 € al giorno.",
         ["fotografo di scena"]),
    ],
)
def test_romance_nouns_of_media_work_are_titles(text: str, titles: list[str]) -> None:
    assert _roles(f"Hola,\n\n{text}\n\nSaludos,\nAna\n") == titles


def test_a_listed_title_before_an_arrow_keeps_its_capitalised_words() -> None:
    text = (
        "Hola Juli,\n\nTres búsquedas para una agencia digital:\n\n"
        "- Community Manager Sr → $1.800.000 brutos mensuales\n"
        "- Diseñador UI → $2.200.000 brutos mensuales\n"
        "- Redactor Creativo → a convenir\n\n¿Te interesa?\n\nFlor\nHunters Creativos\n"
    )
    assert _roles(text) == ["Community Manager Sr", "Diseñador UI", "Redactor Creativo"]


def test_a_dimension_after_a_listed_title_is_the_titles() -> None:
    text = (
        "Hola Fer,\n\nVacantes en Nopal Interactive:\n\n"
        "• Artista 3D (props) — entre 35 y 42 mil pesos mensuales\n"
        "• Technical Artist — sueldo a tratar\n\nSaludos,\nAndrea\nNopal Interactive\n"
    )
    assert _roles(text) == ["Artista 3D", "Technical Artist"]


def test_wanted_after_a_title_in_capitals_is_not_the_titles() -> None:
    text = (
        "Ämne: SVETSARE SÖKES – Skellefteå\n\nHej Mikael!\n\nVi söker svetsare till vår kund i "
        "Skellefteå, 210 kr/tim.\n\nHälsningar,\nAnna\nBemanning Norr\n"
    )
    assert _roles(text) == ["SVETSARE"]


def test_a_long_list_is_not_read_as_roles() -> None:
    """Thirteen items or more are a list of something else (and reading each as a role would
    make a huge pasted list slow)."""
    items = "".join(f"- Widget{i} Bracket – part {i}\n" for i in range(13))
    text = f"Hi,\n\nWe're hiring:\n\n- Data Engineer – €70k\n{items}\nThanks,\nAna\nOrbis\n"
    assert _roles(text) == ["Data Engineer"]
    shorter = "".join(f"- Widget{i} Bracket – part {i}\n" for i in range(2))
    text = f"Hi,\n\nWe're hiring:\n\n- Data Engineer – €70k\n{shorter}\nThanks,\nAna\nOrbis\n"
    assert _roles(text) == ["Data Engineer", "Widget0 Bracket", "Widget1 Bracket"]
