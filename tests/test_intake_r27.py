"""Round 27: the speciality after a title (in brackets, behind a dash, a comma or "in") taken
into it or left out by a fitted model (messages in our own words)."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from intake_checks import parse_checked
from sidedoor.intake import parse_bytes
from sidedoor.intake.extract import title_tail
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.title_tail import features, tail_after

_NAMES = re.compile(
    r"k=(?:paren|dash|comma|in)|subject|line_start|(?:paren|dash|comma|in):(?:n=[1-4]"
    r"|title_n=[1-4]|comma_in|digit|slash|lower_start|lower_word|allcaps_acr|nonlatin|city"
    r"|nottail|head|modifier_all|modifier_any|stack|stack_all|company|legal|after_end|after_sep"
    r"|after_role|after_lower|after_terms|twice|tail_in_text_else|generic_head)"
)

_NAMED_TWICE = (
    "Hi Noor,\n\nI'm recruiting a Principal Scientist (Protein Engineering) for Brackenfield Bio "
    "in Cambridge: the Principal Scientist (Protein Engineering) will lead a team of four. "
    "£85-95k.\n\nWorth a chat?\n\nTess Harlow\nTalent Partner, Brackenfield Bio"
)


def _titles(text: str) -> list[str | None]:
    return [p.title for p in parse_checked(text).positions]  # evidence checked against the text


def test_every_weight_is_one_the_features_can_give() -> None:
    data = resources.files("sidedoor.intake.extract").joinpath("title_tail.json")
    fitted = json.loads(data.read_text("utf-8"))
    assert fitted["weights"], "the trainer wrote no weights"
    for name in fitted["weights"]:
        assert _NAMES.fullmatch(name), name
    bias, weights = title_tail.weights()
    assert bias == fitted["bias"] and weights == fitted["weights"]


def test_a_speciality_named_twice_with_its_title_is_the_titles() -> None:
    assert _titles(_NAMED_TWICE) == ["Principal Scientist (Protein Engineering)"]


def test_the_model_is_what_takes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(title_tail, "ENABLED", False)
    assert _titles(_NAMED_TWICE) == ["Principal Scientist"]


def test_a_team_behind_a_dash_goes_with_the_title() -> None:
    text = (
        "Hi Omar,\n\nI'm hiring a Staff Engineer – Developer Experience at Quillon in Lisbon. "
        "€90-105k, hybrid two days a week.\n\nFancy a call on Thursday?\n\nInês Duarte\nQuillon"
    )
    assert _titles(text) == ["Staff Engineer – Developer Experience"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the stack
            "Hi Dave,\n\nWe're hiring a Senior Backend Engineer (Go, Postgres) for our Leeds "
            "team. £70-80k, hybrid. Fancy a chat?\n\nAmy\nBrightwell",
            "Senior Backend Engineer",
        ),
        (  # the shift
            "Hi Sara,\n\nWe need a Warehouse Supervisor (nights) at our Daventry depot. £36k plus "
            "shift allowance. Can we talk this week?\n\nGareth\nNorthgate Logistics",
            "Warehouse Supervisor",
        ),
        (  # the place
            "Hi Ben,\n\nI'm recruiting a Project Manager – Manchester for a fit-out contractor, "
            "£60-65k. Interested?\n\nDan Rowe\nKeystone Recruitment",
            "Project Manager",
        ),
    ],
)
def test_what_only_looks_like_a_speciality_stays_out(text: str, title: str) -> None:
    assert _titles(text) == [title]


def test_a_tail_ends_before_the_space_of_what_follows() -> None:
    text = "Research Scientist – NLP (Tel Aviv)"
    tail = tail_after(text, len("Research Scientist"))
    assert tail is not None
    assert (tail.kind, tail.written, tail.words) == ("dash", " – NLP", "NLP")
    assert text[: tail.end] == "Research Scientist – NLP"


def test_features_name_the_kind_and_what_the_tail_is() -> None:
    text = "Subject: Analyst – Leeds\n\nHi, an Analyst role in Leeds."
    start = text.index("Analyst")
    tail = tail_after(text, start + len("Analyst"))
    assert tail is not None
    found = features(text, start, start + len("Analyst"), "Analyst", tail, None)
    assert {"k=dash", "subject", "dash:city", "dash:n=1"} <= set(found)
    assert all(_NAMES.fullmatch(name) for name in found)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Betreff: Maschinenbediener (m/w/d) – Werk Kassel\n\nHallo Herr Brandt, wir suchen "
            "für unser Werk in Kassel einen Maschinenbediener (m/w/d), 17,80 € pro Stunde, "
            "Dreischicht. Haben Sie Interesse?\n\nViele Grüße\nJana Vogt\nKasseler Kunststoffwerk",
            "Maschinenbediener",
        ),
        (
            "Temat: Recepcjonista (K/M) – Hotel Wisła\n\nDzień dobry, szukamy osoby na stanowisko "
            "Recepcjonista (K/M) w Hotelu Wisła w Krakowie, 5 200 zł brutto. Czy jest Pani "
            "zainteresowana?\n\nAnna Nowak\nHotel Wisła",
            "Recepcjonista",
        ),
        (
            "Objet : Comptable H/F\n\nBonjour Claire, nous recrutons un Comptable H/F pour un "
            "cabinet à Lyon, 38-42 k€. Seriez-vous disponible pour un échange ?\n\nMarc Petit",
            "Comptable",
        ),
    ],
)
def test_the_title_is_read_without_its_gender_tag(text: str, title: str) -> None:
    item = parse_checked(text)
    assert [p.title for p in item.positions] == [title]
    evidence = item.positions[0].evidence["title"].text
    assert evidence.startswith(title) and "/" not in evidence


def test_a_bracket_of_letters_that_is_no_gender_tag_stays() -> None:
    posting = {
        "@context": "https://schema.org", "@type": "JobPosting",
        "title": "Online Maths Teacher (AP/IB) (m/w/d)",
        "hiringOrganization": {"@type": "Organization", "name": "Brightpath Tutors"},
        "description": "Evening classes for AP and IB students.",
    }
    html = (
        '<html><head><script type="application/ld+json">' + json.dumps(posting)
        + "</script></head><body><h1>Online Maths Teacher (AP/IB) (m/w/d)</h1></body></html>"
    )
    (item,) = parse_bytes(html.encode(), name="posting.html").items
    assert [p.title for p in item.positions] == ["Online Maths Teacher (AP/IB)"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Bună ziua, revin cu privire la postul de Stivuitorist din depozitul nostru de la "
            "Pitești – 4.200 lei net, trei ture. Mai sunteți interesat?\n\nCu stimă,\nMaria – HR",
            "Stivuitorist",
        ),
        (
            "Subiect: Angajăm Bucătar – Restaurant Dunărea, Galați\n\nBună ziua, domnule Ionescu, "
            "căutăm un Bucătar pentru restaurantul nostru, 4.800 lei net/lună, masă gratuită. "
            "Vă putem suna mâine?\n\nAndreea Pavel\nRestaurant Dunărea",
            "Bucătar",
        ),
    ],
)
def test_romanian_job_nouns_are_titles(text: str, title: str) -> None:
    item = parse_checked(text)
    assert item.is_recruiter_outreach
    assert [p.title for p in item.positions] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hi Marcus, Ridgeline Foods is hiring an Order Selector for our Joliet warehouse, "
            "$21.50/hr plus a $1.50 night differential. Can you start Monday?\n\nTanya, Ridgeline "
            "Foods HR",
            "Order Selector",
        ),
        (
            "Hi Dee, we need an Overnight Receiver at our Tulsa store, $18/hour, 10pm-6:30am. "
            "Interested? Text me back.\n\nCarl\nBrightmart",
            "Overnight Receiver",
        ),
    ],
)
def test_warehouse_and_store_job_nouns_are_titles(text: str, title: str) -> None:
    assert _titles(text) == [title]


def test_a_receiver_needs_a_word_before_it() -> None:
    found = [t.text for t in find_titles("Dear Receiver, this message is confidential.")]
    assert found == []


def test_a_polish_feminine_ending_after_a_slash_is_the_same_title() -> None:
    text = (
        "Temat: Praca: Kelner/ka – sezon letni – Gdynia\n\nCześć Ola! Szukamy ludzi na sezon "
        "na stanowisko Kelner/ka w naszej restauracji, 31 zł netto/h + napiwki. Daj znać, czy "
        "jesteś chętna!\n\nMarta\nRestauracja Przystań"
    )
    assert _titles(text) == ["Kelner"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Hledáme pro našeho klienta Vedoucí výroby do závodu v Plzni.", "Vedoucí výroby"),
        ("Pozice: Technolog lakovny, Kolín", "Technolog lakovny"),
        ("Ponúkame miesto Vedúci skladu – Trnava", "Vedúci skladu"),
        # a verb after the noun is no field of it
        ("Konstruktér hledáme do týmu v Brně", "Konstruktér"),
    ],
)
def test_a_czech_or_slovak_title_keeps_its_field_in_the_genitive(text: str, title: str) -> None:
    assert [t.text for t in find_titles(text)] == [title]


def test_the_trainer_sees_each_title_as_the_model_would_and_none_is_extended(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[str, int, int, str, str | None]] = []
    monkeypatch.setattr(title_tail, "RECORD", seen)
    assert _titles(_NAMED_TWICE) == ["Principal Scientist"]
    ((text, start, end, title, company),) = seen
    # (the company as the position's own text names it: here only the signature does, read
    # later, after the title)
    assert (text[start:end], title, company) == ("Principal Scientist", "Principal Scientist", None)


def test_post_before_a_title_is_still_english() -> None:
    # (Romanian "postul de …" is the post's; "Post" before an English title is part of it)
    found = find_titles("We are hiring a Post Production Supervisor for our London studio")
    assert [t.text for t in found] == ["Post Production Supervisor"]


@pytest.mark.parametrize(
    "text",
    [
        "Data Engineer,  (x)",
        "Data Engineer ( )",
        "Data Engineer, Analytics Engineer and ML Engineer",
    ],
)
def test_an_empty_tail_or_a_second_role_is_no_tail(text: str) -> None:
    assert tail_after(text, len("Data Engineer")) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Wij zoeken een Projectarchitect voor ons bureau in Utrecht.", "Projectarchitect"),
        ("Vacature: Aankoopmakelaar – regio Haarlem", "Aankoopmakelaar"),
        ("Voor Woonwaard zoeken wij een Senior Projectontwikkelaar.", "Senior Projectontwikkelaar"),
    ],
)
def test_dutch_compounds_on_architect_makelaar_ontwikkelaar_are_titles(
    text: str, title: str
) -> None:
    assert [t.text for t in find_titles(text)] == [title]
