"""An opportunity's terms, read from a stored position or an intake position, with what-ifs
applied on top. Each value remembers where it came from (posting, what-if, learned)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_MONEY = re.compile(r"(?P<cur>[$€£]|usd|eur|gbp)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
                    r"(?P<mult>k|m|million|thousand)?\b", re.I)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_YEARS = re.compile(r"(?:over|across|vest(?:ing|s|ed)?(?: over)?)\s*(\d+)\s*(?:years?|yrs?)",
                    re.I)
_DAYS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:days?|d\b)", re.I)


class OfferTerms(BaseModel):
    """What is known of one position's terms (None: not stated)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    title: str
    company: str | None = None
    occupation_code: str | None = None
    occupation_title: str | None = None
    workplace: str | None = None  # remote | hybrid | onsite (None: not stated)
    office_days: float | None = None
    employment_type: str | None = None
    locations: list[str] = Field(default_factory=list)
    relocation: bool | None = None
    remote_from: list[str] = Field(default_factory=list)
    base_min: float | None = None  # annual
    base_max: float | None = None
    currency: str | None = None
    pay_period: str | None = None  # as stated, before annualising
    pay_basis: str | None = None  # base | total | unknown
    pay_phrase: str | None = None  # "competitive", when pay is withheld
    bonus_percent: float | None = None
    bonus_amount: float | None = None
    bonus_phrase: str | None = None
    equity_grant: float | None = None
    equity_years: float | None = None
    equity_phrase: str | None = None
    sign_on: float | None = None
    sign_on_phrase: str | None = None
    retirement_match: float | None = None  # percent of base
    health_premium: float | None = None  # employee's monthly premium
    pto_days: float | None = None
    unlimited_pto: bool = False
    on_call: bool | None = None
    hours_per_week: float | None = None
    commute_mode: str | None = None
    travel: str | None = None
    team_size: str | None = None
    interview_process: str | None = None
    benefits: list[str] = Field(default_factory=list)  # names as intake read them
    benefit_details: dict[str, str] = Field(default_factory=dict)
    sources: dict[str, str] = Field(default_factory=dict)  # field -> posting | what-if | learned

    def source_of(self, name: str) -> str:
        return self.sources.get(name, "posting")


def money(text: str | None) -> float | None:
    """'$20k' -> 20000, '1.2m' -> 1200000, '20,000' -> 20000; None without a number."""
    if not text:
        return None
    found = _MONEY.search(text)
    if not found:
        return None
    value = float(found.group("num").replace(",", ""))
    mult = (found.group("mult") or "").lower()
    return value * {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}.get(mult, 1.0)


def percent(text: str | None) -> float | None:
    found = _PERCENT.search(text or "")
    return float(found.group(1)) if found else None


def read_bonus(terms: OfferTerms, phrase: str | None) -> None:
    if not phrase:
        return
    terms.bonus_phrase = phrase
    pct = percent(phrase)
    if pct is not None:
        terms.bonus_percent = pct
    elif re.search(r"\d", phrase):
        terms.bonus_amount = money(phrase)


def read_equity(terms: OfferTerms, phrase: str | None) -> None:
    if not phrase:
        return
    terms.equity_phrase = phrase
    if _PERCENT.search(phrase):
        return  # a share of the company: no value without a valuation
    amount = money(phrase) if re.search(r"[$€£]|\d\s*(?:k|m)\b|usd|eur|gbp", phrase, re.I) else None
    if amount:
        terms.equity_grant = amount
        years = _YEARS.search(phrase)
        terms.equity_years = float(years.group(1)) if years else None


def read_benefits(terms: OfferTerms, benefits: list[dict[str, Any]]) -> None:
    for b in benefits:
        name = str(b.get("name") or "")
        detail = str(b.get("detail") or "") or None
        if not name:
            continue
        terms.benefits.append(name)
        if detail:
            terms.benefit_details[name] = detail
        if name == "retirement_plan" and detail and terms.retirement_match is None:
            terms.retirement_match = percent(detail)
        elif name == "pto" and detail and terms.pto_days is None:
            days = _DAYS.search(detail)
            terms.pto_days = float(days.group(1)) if days else None
        elif name == "unlimited_pto":
            terms.unlimited_pto = True
        elif name == "bonus" and terms.bonus_phrase is None:
            read_bonus(terms, detail)
        elif name == "equity" and terms.equity_phrase is None:
            read_equity(terms, detail or "equity")
        elif name == "sign_on_bonus" and terms.sign_on is None:
            terms.sign_on = money(detail)


def _annual(pay: dict[str, Any]) -> tuple[float | None, float | None]:
    low, high = pay.get("annual_min"), pay.get("annual_max")
    if low is None and high is None and pay.get("period") in (None, "year"):
        low, high = pay.get("min"), pay.get("max")
    return low, high


def offer_from_fields(*, title: str, company: str | None, occupation_code: str | None,
                      occupation_title: str | None, workplace: str | None,
                      office_days: float | None, employment_type: str | None,
                      locations: list[str], relocation: bool | None, remote_from: list[str],
                      pay: dict[str, Any], benefits: list[dict[str, Any]]) -> OfferTerms:
    low, high = _annual(pay)
    terms = OfferTerms(
        title=title, company=company, occupation_code=occupation_code,
        occupation_title=occupation_title,
        workplace=workplace if workplace in ("remote", "hybrid", "onsite") else None,
        office_days=office_days, employment_type=employment_type, locations=locations,
        relocation=relocation, remote_from=remote_from, base_min=low, base_max=high,
        currency=pay.get("currency"), pay_period=pay.get("period"),
        pay_basis=pay.get("basis"),
    )
    if low is None and high is None and pay.get("disclosed") is False:
        terms.pay_phrase = pay.get("phrase") or "not disclosed"
    read_bonus(terms, pay.get("bonus"))
    read_equity(terms, pay.get("equity"))
    if pay.get("sign_on"):
        terms.sign_on_phrase = pay["sign_on"]
        terms.sign_on = money(pay["sign_on"])
    read_benefits(terms, benefits)
    if terms.workplace == "onsite" and terms.office_days is None:
        terms.office_days = 5.0
    if terms.workplace == "remote":
        terms.office_days = 0.0
    return terms


def offer_from_record(p: Any) -> OfferTerms:
    """From ``sidedoor.opportunities.models.PositionRecord`` (a stored position)."""
    pay = dict(p.pay_details or {})
    for key in ("min", "max", "currency", "period"):
        pay.setdefault(key, getattr(p.pay, key))
    relocation = p.facts.get("relocation")
    return offer_from_fields(
        title=p.title, company=p.company, occupation_code=p.occupation_code,
        occupation_title=None, workplace=p.workplace, office_days=p.office_days,
        employment_type=p.employment_type, locations=list(p.locations),
        relocation=relocation if isinstance(relocation, bool) else None,
        remote_from=list(p.facts.get("remote_from") or []), pay=pay, benefits=p.benefits)


def offer_from_parsed(p: Any) -> OfferTerms:
    """From ``sidedoor.intake.models.Position`` (a file parsed on the fly)."""
    pay = p.pay.model_dump()
    if not p.pay.disclosed and "pay" in p.evidence:
        pay["phrase"] = p.evidence["pay"].text
    return offer_from_fields(
        title=p.title or "(untitled position)", company=p.company,
        occupation_code=p.occupation.code if p.occupation else None,
        occupation_title=p.occupation.title if p.occupation else None,
        workplace=p.workplace, office_days=p.office_days_per_week,
        employment_type=p.employment_type, locations=list(p.locations),
        relocation=p.relocation, remote_from=list(p.remote_from), pay=pay,
        benefits=[b.model_dump() for b in p.benefits])
