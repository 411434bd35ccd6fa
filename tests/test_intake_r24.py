"""Round 24: messages in Russian and Ukrainian (titles, the employer in guillemets, pay in
tenge, roubles and hryvnias, a rotation on site, benefits, what makes them outreach or not), in
our own wording."""

from __future__ import annotations

import pytest

from intake_checks import company_found, parse_checked
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.outreach import decide, score
from sidedoor.intake.extract.pay import find_pay
from sidedoor.intake.extract.title import find_titles
from sidedoor.intake.extract.workplace import find_workplace


def _titles(text: str) -> list[str]:
    return [t.text for t in find_titles(text)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Тема: Вакансия: Ведущий инженер-конструктор, Караганда", "Ведущий инженер-конструктор"),
        ("2. Слесарь КИПиА\n   Оклад: 400 000 тг", "Слесарь КИПиА"),
        ("1) Инженер по ППР (цех переработки)", "Инженер по ППР"),
        (
            "Начальник смены обогатительной фабрики в Жезказгане",
            "Начальник смены обогатительной фабрики",
        ),
        ("Провідний аналітик даних у Львові", "Провідний аналітик даних"),
        # the genitive after "позицию" / "должность" is named in the nominative
        ("рассмотреть позицию механика участка на нашем руднике", "Механик участка"),
        ("на должность инженера-технолога в цех", "Инженер-технолог"),
        # a Latin term after "по" is the title's; a "по" with nothing after it is not
        ("Аналитик по SQL в розничный банк", "Аналитик по SQL"),
        ("Инженер по в цех", "Инженер"),
        # a Latin title after a Cyrillic heading word
        ("Вакансія Game Producer у Київі", "Game Producer"),
    ],
)
def test_cyrillic_titles(text: str, title: str) -> None:
    assert title in _titles(text)


def test_recruiters_own_title_is_no_role() -> None:
    text = (
        "Здравствуйте! Ищем сварщика на завод в Актау, вахта 15/15.\n\n"
        "С уважением,\nАйгерим\nСпециалист по подбору персонала"
    )
    item = parse_checked(text)
    assert all("подбору" not in (p.title or "") for p in item.positions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("для нашего клиента — компании «Балхаш Медь» (обогащение руды)", "Балхаш Медь"),
        ("С уважением,\nОльга\nТОО «Ертіс Энерго»", "Ертіс Энерго"),
        ("горнодобывающее предприятие «Сарыарка Голд» ищет геолога", "Сарыарка Голд"),
    ],
)
def test_employer_in_guillemets(text: str, name: str) -> None:
    assert company_found(text) == name


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("ЗП: 500–650 тыс. тенге/мес. (до вычета)", 500_000, 650_000, "KZT", "month"),
        ("зарплата от 2 000 000 тенге в месяц", 2_000_000, None, "KZT", "month"),
        ("доход до 180 000 руб. в месяц", None, 180_000, "RUB", "month"),
        ("от 1,2 до 1,6 млн тенге в месяц", 1_200_000, 1_600_000, "KZT", "month"),
        ("Оклад 420 000 тг/мес.", 420_000, 420_000, "KZT", "month"),
    ],
)
def test_cyrillic_pay(
    text: str, low: float | None, high: float | None, currency: str, period: str
) -> None:
    (pay,) = find_pay(text)
    assert (pay.min, pay.max, pay.currency, pay.period) == (low, high, currency, period)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Условия: вахта 14/14, проживание в посёлке", "onsite"),
        ("работа непосредственно на руднике, пятидневка", "onsite"),
        ("Формат: полностью удалённо, из любого города", "remote"),
        ("Гібридний формат: два дні в офісі на Подолі", "hybrid"),
    ],
)
def test_cyrillic_workplace(text: str, where: str) -> None:
    assert find_workplace(text).workplace == where


def test_cyrillic_benefits() -> None:
    text = "Предлагаем: ДМС, трёхразовое питание, 13-я зарплата, годовая премия, оплата переезда"
    names = {b.name for b in find_benefits(text)}
    assert {"health_insurance", "meals", "thirteenth_salary", "bonus", "relocation"} <= names


def _outreach(text: str) -> bool:
    return decide(score(text)[2])[0]


def test_russian_pitch_is_outreach() -> None:
    assert _outreach(
        "Добрый день, Марат! Меня зовут Алия, я рекрутер кадрового агентства. Открыта вакансия "
        "главного энергетика, ЗП от 900 тыс. тенге. Если интересно, пришлите резюме."
    )


def test_ukrainian_meetup_invitation_is_not_outreach() -> None:
    assert not _outreach(
        "Запрошуємо тебе на Lviv QA Meetup 12 травня! Після доповідей кілька компаній "
        "розкажуть про свої відкриті вакансії. Потрібна реєстрація."
    )


def test_job_seeker_in_russian_is_not_a_hiring_statement() -> None:
    fired = {c.name for c in score("Здравствуйте! Я инженер-электрик и ищу работу на вахте.")[2]}
    assert "hiring_statement" not in fired
