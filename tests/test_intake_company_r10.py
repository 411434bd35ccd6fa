"""Round 10 of the hiring company: an agency's words for its client in five languages, the
fuller name a text also writes, companies without their legal forms, and the ranker that
weighs the rules' pick among every name of the message."""

from __future__ import annotations

import pytest

from intake_checks import company_found as _company
from intake_checks import pasted_item as _item
from sidedoor.intake.extract.company import strip_legal


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bonjour Hugo,\n\nJe suis consultant chez Orient Conseil RH. Nous accompagnons Maison "
            "Castelbrac, groupe de boulangeries artisanales, dans le recrutement d'un Directeur "
            "des Opérations.",
            "Maison Castelbrac",
        ),
        (
            "Bonjour Léa, j'accompagne le groupe pharmaceutique Laboratoires Vercors dans sa "
            "recherche d'un Responsable Qualité.",
            "Laboratoires Vercors",
        ),
        (
            "Hola Pablo, soy reclutadora en Norte Talento. Estamos apoyando a Frutas del Sauce, "
            "exportadora de cítricos, en la búsqueda de un Jefe de Planta.",
            "Frutas del Sauce",
        ),
        (
            "Hola Marta! Estamos buscando para Pinar Logística un/a Coordinador/a de Transporte.",
            "Pinar Logística",
        ),
        (
            "Beste Daan,\n\nVoor onze opdrachtgever Kanaalzicht Installatietechniek zoek ik een "
            "ervaren Projectleider.",
            "Kanaalzicht Installatietechniek",
        ),
        (
            "Guten Tag Frau Roth,\n\nim Auftrag unseres Mandanten, der Elbufer Anlagenbau, suche "
            "ich einen Leiter Konstruktion (m/w/d).",
            "Elbufer Anlagenbau",
        ),
        (
            "Bonjour,\n\nPour le compte de notre client, les Salines de Brévent, nous recherchons "
            "un Ingénieur Procédés.",
            "Salines de Brévent",
        ),
        (
            "Dear Kiran,\n\nWe are hiring for our esteemed client Marwar Solar Systems for the "
            "role of Plant Manager.",
            "Marwar Solar Systems",
        ),
        (
            "Hola Diego, soy Paula de Capital Humano de Conservas Altamar. Tenemos una vacante de "
            "Supervisor de Producción.",
            "Conservas Altamar",
        ),
    ],
)
def test_an_agencys_words_for_its_client_in_other_languages(text: str, want: str) -> None:
    assert _company(text) == want


def test_an_undisclosed_client_after_the_agencys_verb_is_no_name() -> None:
    text = (
        "Hola Ana, estamos apoyando a una empresa Tier 1 del sector aeronáutico en la búsqueda "
        "de un Ingeniero de Calidad."
    )
    assert _company(text) is None


def test_a_short_name_takes_the_fuller_name_the_text_also_writes() -> None:
    item = _item(
        "Hi Sam,\n\nI'm a recruiter with Redcliff Vet Partners, writing on behalf of Bramwell "
        "Animal Clinics, one of our practices - you would be employed directly by Bramwell.\n\n"
        "They need an Associate Veterinarian in Boise, $130,000 - $150,000.\n\nBest,\nJo\n"
        "Redcliff Vet Partners\n"
    )
    assert [p.company for p in item.positions] == ["Bramwell Animal Clinics"]


def test_a_signature_line_writes_the_name_in_full_without_its_legal_form() -> None:
    item = _item(
        "Hi Alex,\n\nAt Drossel we have built harvesting machines since 1961, and we are hiring "
        "a Product Owner for our telematics software in Ulm (hybrid, 2 days).\n\n"
        "Would you be open to a call?\n\nMaren Kolb\nTalent Acquisition | Drossel Erntetechnik "
        "GmbH\n"
    )
    (position,) = item.positions
    assert position.company == "Drossel Erntetechnik"
    ev = position.evidence["company"]
    assert ev.start is not None and item.text[ev.start : ev.end].startswith("Drossel")


@pytest.mark.parametrize(
    "tail",
    [
        "Italia",  # a national arm, named in its own language
        "Holdings",  # the parent group
        "Twin Towers",  # a building
    ],
)
def test_a_name_is_not_extended_by_a_place_or_a_parent(tail: str) -> None:
    item = _item(
        f"Hi Sam,\n\nWe at Quellaro are hiring a Store Manager in Milan, EUR 45k.\n\nQuellaro "
        f"{tail}\n"
    )
    assert [p.company for p in item.positions] == ["Quellaro"]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Falcon & Pearl Insurance PJSC", "Falcon & Pearl Insurance"),
        ("SELCOM Berhad", "SELCOM"),
        ("Vöhringer Agrartechnik GmbH", "Vöhringer Agrartechnik"),
        ("Compañía Minera Andina S.A.A.", "Compañía Minera Andina"),
        ("Hofer Logistik GmbH & Co. KG", "Hofer Logistik"),
        ("Acme", "Acme"),
        ("GmbH", "GmbH"),  # only a legal form: stays as written
    ],
)
def test_strip_legal(name: str, want: str) -> None:
    assert strip_legal(name) == want


def test_a_ranked_company_is_never_written_with_its_legal_form() -> None:
    text = (
        "Hi Omar,\n\nI'm with Dune Talent. The CFO of Qasira Foods PJSC approved the Head of "
        "Treasury role in Dubai, AED 60,000 a month.\n\nInterested?\n\nBest,\nLina\nDune "
        "Talent\n"
    )
    assert [p.company for p in _item(text).positions] == ["Qasira Foods"]
