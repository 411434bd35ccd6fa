"""Fill one Position from its segment of text, the shared text, and any structured data."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from sidedoor.intake.extract import title_tail
from sidedoor.intake.extract.agency import is_agency_name
from sidedoor.intake.extract.benefits import find_benefits
from sidedoor.intake.extract.company import (
    Finding,
    company_after_dash,
    company_after_title,
    company_cjk,
    company_cjk_legal,
    company_from_url,
    company_in_subject,
    company_near_title,
    domain_key,
    find_company,
    find_company_size,
    find_industry,
)
from sidedoor.intake.extract.company_rank import mail_hosts
from sidedoor.intake.extract.locations import country_of, find_locations
from sidedoor.intake.extract.pay import (
    BONUS,
    EQUITY,
    SIGN_ON,
    UNDISCLOSED,
    PayMention,
    annualise,
    country_currency,
    find_pay,
)
from sidedoor.intake.extract.positions import Segment, specialty_tail, words_key
from sidedoor.intake.extract.title import (
    MODIFIERS,
    find_employment_type,
    find_titles,
    seniority_from_title,
)
from sidedoor.intake.extract.workplace import WorkplaceFinding, find_workplace
from sidedoor.intake.models import Benefit, Evidence, Origin, Pay, Position
from sidedoor.intake.readers.base import StructuredPosting
from sidedoor.intake.textutil import content_id, minus_spans

Span = tuple[int, int]
T = TypeVar("T")

_COUNTRY_CURRENCY = {
    "US": "USD",
    "UK": "GBP",
    "DE": "EUR",
    "IN": "INR",
    "CA": "CAD",
    "AU": "AUD",
    "IE": "EUR",
    "NL": "EUR",
    "FR": "EUR",
    "ES": "EUR",
    "PT": "EUR",
    "AT": "EUR",
    "IT": "EUR",
    "BE": "EUR",
    "FI": "EUR",
    "CH": "CHF",
    "PL": "PLN",
    "SE": "SEK",
    "DK": "DKK",
    "NO": "NOK",
    "SG": "SGD",
    "HK": "HKD",
    "NZ": "NZD",
    "AE": "AED",
}


def _ev(text: str, span: Span) -> Evidence:
    return Evidence.span(text, span[0], span[1])


def _locate(text: str, value: str, origin: Origin) -> Evidence:
    index = text.lower().find(value.lower()) if value else -1
    if index >= 0:
        return Evidence(
            start=index,
            end=index + len(value),
            text=text[index : index + len(value)],
            origin=origin,
        )
    return Evidence(start=None, end=None, text=value, origin=origin)


def _first(order: list[Span], find: Callable[[int, int], T | None]) -> T | None:
    for start, end in order:
        found = find(start, end)
        if found:
            return found
    return None


def fill_position(
    text: str,
    seg: Segment,
    order: list[Span],
    signatures: list[Span],
    sp: StructuredPosting | None,
    multi: bool = False,
    posting: bool = False,
    own: list[Span] | None = None,
    listed: bool = False,
) -> Position:
    """`order`: the spans to read, the position's own first; `own`: those own spans, when the
    message names several positions (then place and workplace come from them first);
    `listed`: those positions are a list's items told apart by their fields
    (`listed_by_field`)."""
    order = minus_spans(order, signatures)
    origin: Origin = sp.origin if sp else "text"
    position = Position(key="")
    ev = position.evidence
    if sp and sp.title:
        position.title = sp.title
        ev["title"] = _locate(text, sp.title, origin)
    elif seg.title:
        if not posting:
            seg = _with_specialty_tail(text, seg, order, listed)
        title = seg.title
        assert title is not None
        span = _heading_line(text, title) if posting else (title.start, title.end)
        position.title = text[span[0] : span[1]] if span != (title.start, title.end) else title.text
        ev["title"] = _ev(text, span)
    _company(text, seg, order, sp, position, posting, multi)
    if seg.title and not (sp and sp.title) and not posting:
        _tail(text, position)
    if position.title:
        _without_gender_tag(text, position)
    _workplace(text, order, sp, position)
    _locations(text, order, sp, position, own)
    _pay(text, order, sp, position, multi)
    _benefits(text, order, sp, position)
    if sp and sp.employment_type:
        position.employment_type = sp.employment_type
        ev["employment_type"] = Evidence(
            start=None, end=None, text=sp.employment_type, origin=origin
        )
    else:
        found = _first(order, lambda s, e: find_employment_type(text, s, e))
        if found:
            position.employment_type = found[0]
            ev["employment_type"] = _ev(text, (found[1], found[2]))
    if position.title:
        position.seniority = seniority_from_title(position.title)
        if position.seniority and "title" in ev:
            ev["seniority"] = ev["title"]
    if sp and sp.industry:
        position.industry = sp.industry
        ev["industry"] = _locate(text, sp.industry, origin)
    else:
        industry = _first(order, lambda s, e: find_industry(text, s, e))
        if industry:
            position.industry = industry.value
            ev["industry"] = _ev(text, (industry.start, industry.end))
    if sp and sp.company_size:
        position.company_size = sp.company_size
        ev["company_size"] = _locate(text, sp.company_size, origin)
    else:
        size = _first(order, lambda s, e: find_company_size(text, s, e))
        if size:
            position.company_size = size.value
            ev["company_size"] = _ev(text, (size.start, size.end))
    if sp:
        position.date_posted, position.valid_through, position.url = (
            sp.date_posted,
            sp.valid_through,
            sp.url,
        )
    first_location = position.locations[0] if position.locations else None
    position.key = content_id(position.title, position.company, first_location)
    return position


# a gender tag: "(m/w/d)", "(w/m/div)", "(H/F)", "(K/M)", "(m/v/x)", "(m/ž)", "(all genders)";
# bare at the end: "Comptable H/F"
_GENDER_TAG = re.compile(
    r"\s*\(\s*(?:[mwfdxhvkMWFDXHVK](?:\s*[/|,]\s*(?:[mwfdxhvkžMWFDXHVKŽ*]|div\.?|DIV\.?)){1,3}"
    r"|all genders|alle geschlechter|gn|genderneutral)\s*\)"
    r"|\s+(?:[HFMhfm]/[HFMhfm]|[mw]/[wm]/d)$"
)


def _without_gender_tag(text: str, position: Position) -> None:
    """The title without its gender tag ("Maschinenbediener (m/w/d)" → "Maschinenbediener"),
    as the user reads a title; the evidence ends before a tag that ends it."""
    assert position.title is not None
    title = _GENDER_TAG.sub("", position.title).strip()
    if not title or title == position.title:
        return
    position.title = title
    span = position.evidence.get("title")
    if span is None or span.start is None or span.end is None:
        return
    tag = _GENDER_TAG.search(text, span.start, span.end)
    if tag is not None and tag.end() == span.end:
        position.evidence["title"] = _ev(text, (span.start, tag.start()))


def _tail(text: str, position: Position) -> None:
    """The title taking the speciality after it when the fitted model reads it as one
    (`title_tail`): after the company the position's text names is found, one of the things
    it weighs (the fallbacks to a signature's or the subject's name come later)."""
    span = position.evidence.get("title")
    if position.title is None or span is None or span.start is None or span.end is None:
        return
    grown = title_tail.extended(text, span.start, span.end, position.title, position.company)
    if grown is not None:
        position.title = grown[1]
        position.evidence["title"] = _ev(text, (span.start, grown[0]))


_ROLE_WORD_AFTER = re.compile(r" (?:opening|role|position|vacancy|job|req|hire|search|mandate)\b")
_TAIL_AFTER_SEPARATOR = re.compile(r"(?:[-–—]|,) $")
_NAME_GOES_ON = re.compile(r" [A-Z][\w.]")  # ("Officine Bertolazzi S.p.A.")
# what may stand before a title that heads a list's item: a bullet or a number
_ITEM_START = re.compile(r"[ \t]*(?:[-*•·▪►▸‣→–—✅✔👉]|\d{1,2}[.)]|[A-Za-z][.)])?[ \t]*")


def listed_by_field(text: str, segments: list[Segment]) -> bool:
    """Are the roles a list whose items are told apart by what follows their titles: each title
    heading its item's line, two or more of them with different words after a dash or comma
    ("► Audit Assistant – Asset Management", "► Audit Supervisor – Banking")?"""
    tails = set()
    for seg in segments:
        title = seg.title
        if title is None or not _ITEM_START.fullmatch(
            text, text.rfind("\n", 0, title.start) + 1, title.start
        ):
            continue
        found = specialty_tail(text, title, seg.end)
        if found is not None:
            tails.add(found[1].lstrip(" -–—,").lower())
    return len(tails) >= 2


def _with_specialty_tail(text: str, seg: Segment, order: list[Span], listed: bool) -> Segment:
    """The segment with its title taking the team or speciality written after it ("Operations
    Manager - Last Mile", "Senior Manager, Energy Regulation") when that cannot be the company
    or a place ("Backend Engineer - Lumen Health", "Analyst – Leeds"): a role word follows it
    ("a Registered Nurse - CVICU opening"), it is written twice, each time after the title, or
    it follows a comma, or ``listed``: the roles are a list's items told apart by what follows
    their titles ("► Audit Assistant – Asset Management", "► Audit Supervisor – Banking"); never
    when the rules or the mail domains name it as the company."""
    assert seg.title is not None
    found = specialty_tail(text, seg.title, seg.end)
    if found is None:
        return seg
    end, written = found
    tail = written.lstrip(" -–—,")
    if not tail.isupper() and re.search(
        rf"\b(?:in|at|near|around|outside|out of)[ ](?:the[ ])?{re.escape(tail)}\b", text
    ):  # "Transport Planner, Avonmouth" with "their site in Avonmouth": a place (not a unit
        # in capitals: "Registered Nurse - CVICU", "work in CVICU")
        return seg
    spots = [m.start() for m in re.finditer(re.escape(tail), text)]
    # (each time whole: "Fernleigh Housing" is not the tail of "Hi Kate, Fernleigh Housing
    # Association need …")
    twice = len(spots) >= 2 and all(
        _TAIL_AFTER_SEPARATOR.search(text, max(0, at - 3), at)
        and not _NAME_GOES_ON.match(text, at + len(tail))
        for at in spots
    )
    comma = written.startswith(",")
    # "AVP - Treasury Operations", "Senior Analyst - Infrastructure": words of a field of work
    field = all(w.lower() in MODIFIERS for w in tail.split())
    if not (twice or listed or comma or field) and not _ROLE_WORD_AFTER.match(text, end):
        return seg  # behind a dash, a place or a company as often as a speciality
    if any(domain_key(tail) == host.replace("-", "") for host in mail_hosts(text, None)):
        return seg
    other = company_after_title(text, end, seg.end) or _first(
        order, lambda s, e: find_company(text, s, e)
    )
    if other is not None and words_key(other.value) == words_key(tail):
        return seg
    title = replace(seg.title, end=end, text=seg.title.text + written)
    return replace(seg, title=title)


def _heading_line(text: str, title: object) -> Span:
    """A posting's title is its whole heading line ("Account Executive - Mid Market")."""
    start, end = title.start, title.end  # type: ignore[attr-defined]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if (
        start - line_start <= 2
        and len(line) <= 70
        and not re.search(r"[$£€₹]|\d{2,}|\s[|·•]\s", line)
    ):
        return line_start + (len(line) - len(line.lstrip())), line_start + len(line.rstrip(" .:"))
    return start, end


def weak_company(
    text: str, position: Position, subject: Span | None, regions: list[Span], posting: bool
) -> None:
    """The last resorts for a position's company, after the text's phrasings and the recruiter's
    own company: a careers-site link, then a name in the subject line (not one that names the
    roles)."""
    if position.company is not None:
        return
    # a careers-site link first ("careers.summitspine.com/jobs/4471"), then the subject
    found = _first(regions, lambda s, e: company_from_url(text, s, e))
    if found is None and subject and not posting:
        title = position.evidence.get("title")
        span = None
        if title is not None and title.start is not None and title.end is not None:
            span = (title.start, title.end)
        found = company_in_subject(text, subject, span)
        if found is not None and _names_roles(text, found.value, found.start, found.end):
            found = None  # "2 x Telco roles – JHB – Network Planning & RF Optimisation"
    if found is None and not posting:
        found = _first(regions, lambda s, e: company_cjk_legal(text, s, e))
    if found:
        position.company = found.value
        position.evidence["company"] = _ev(text, (found.start, found.end))


def _names_roles(text: str, name: str, start: int, end: int) -> bool:
    """The subject's part shares two words with a title the text names elsewhere ("Network
    Planning & RF Optimisation" and "1) Network Planning Engineer"): roles, not a company."""
    if re.search(r"\w/\w", name):
        return True  # "Med/Surg, L&D, RT": specialities, not a company
    if find_pay(name):
        return True  # "R1.1m – R1.35m CTC": the pay
    listed = re.match(r",[ ]?([A-Z][\w&/]*)(?:,|[ ]?(?:[-–—|]|\n|$))", text[end : end + 30])
    if listed and not find_locations(listed.group(1)):
        return True  # "travel contracts – Tele, Onc": a list of specialities (not "X, Geneva")
    words = set(re.findall(r"\w+", name.lower())) - {"and", "of", "the"}
    return any(
        len(words & set(re.findall(r"\w+", t.text.lower()))) >= 2
        for t in find_titles(text)
        if t.end <= start or t.start >= end
    )


def agency_for_client(text: str, company: str) -> bool:
    """The page's employer is an agency that says it recruits for a client."""
    return is_agency_name(company) and _CLIENT.search(text) is not None


_CLIENT = re.compile(r"\b(?:on behalf of (?:our|a|one of our) clients?|our client)\b", re.I)


def _company(
    text: str,
    seg: Segment,
    order: list[Span],
    sp: StructuredPosting | None,
    position: Position,
    posting: bool,
    multi: bool = False,
) -> None:
    if sp and sp.company and not (posting and agency_for_client(text, sp.company)):
        position.company = sp.company
        position.evidence["company"] = _locate(text, sp.company, sp.origin)
        return
    if sp and sp.company:
        # an agency's page: the client it names ("On behalf of our client, Brightwater
        # Energy, …"), or none ("on behalf of our client, a leading 3PL")
        found = _first(order, lambda s, e: find_company(text, s, e))
        if found and not is_agency_name(found.value) and found.value != sp.company:
            position.company = found.value
            position.evidence["company"] = _ev(text, (found.start, found.end))
        return
    found = company_after_title(text, seg.title.end, seg.end) if seg.title else None
    if found is None and seg.title:
        found = _after_another_mention(text, seg)
    if found is None and multi and seg.title:
        found = company_after_dash(text, seg.title.end)
    if found is None and posting and seg.title:
        found = company_near_title(text, seg.title.end)
    if found is None:
        found = _first(order, lambda s, e: find_company(text, s, e))
    if found is None:
        title = (seg.title.start, seg.title.end) if seg.title else None
        found = _first(order, lambda s, e: company_cjk(text, s, e, title))
    if found:
        position.company = found.value
        position.evidence["company"] = _ev(text, (found.start, found.end))


def _after_another_mention(text: str, seg: Segment) -> Finding | None:
    """The company after the title where the text names it again: the subject's "Vacature
    Teeltmanager tomaat", the body's "een Teeltmanager voor Van der Lugt Glasgroenten, een
    familiebedrijf"."""
    assert seg.title is not None
    name = seg.title.text
    for lo, hi in [(seg.start, seg.end), *seg.extra]:
        at = text.find(name, lo, hi)
        while at >= 0:
            if at != seg.title.start and not text[at + len(name) : at + len(name) + 1].isalnum():
                found = company_after_title(text, at + len(name), hi)
                if found is not None:
                    return found
            at = text.find(name, at + 1, hi)
    return None


def _workplace(
    text: str, order: list[Span], sp: StructuredPosting | None, position: Position
) -> None:
    ev = position.evidence
    findings = [find_workplace(text, s, e) for s, e in order]
    known = [f for f in findings if f.workplace != "unknown"]
    best = known[0] if known else WorkplaceFinding()
    days = next((f for f in findings if f.office_days is not None), None)
    if sp and sp.remote:
        position.workplace = "remote"
        ev["workplace"] = (
            _locate(text, "remote", sp.origin)
            if "remote" in text.lower()
            else Evidence(start=None, end=None, text="TELECOMMUTE", origin=sp.origin)
        )
        if best.workplace == "hybrid":
            position.workplace = "hybrid"
            ev["workplace"] = _ev(text, best.span) if best.span else ev["workplace"]
    elif best.workplace != "unknown" and best.span:
        position.workplace = best.workplace
        ev["workplace"] = _ev(text, best.span)
    if days and days.office_span and position.workplace in {"hybrid", "onsite"}:
        position.office_days_per_week = days.office_days
        ev["office_days_per_week"] = _ev(text, days.office_span)
    if position.workplace == "hybrid" and position.office_days_per_week is None:
        pass
    remote_from = sp.remote_from if sp and sp.remote_from else []
    if remote_from:
        position.remote_from = remote_from
        ev["remote_from"] = _locate(text, remote_from[0], sp.origin if sp else "text")
    else:
        rf = next((f for f in findings if f.remote_from), None)
        if rf and rf.remote_from_span and position.workplace in {"remote", "hybrid"}:
            position.remote_from = rf.remote_from
            ev["remote_from"] = _ev(text, rf.remote_from_span)
    reloc = next((f for f in findings if f.relocation is not None), None)
    if reloc and reloc.relocation_span:
        position.relocation = reloc.relocation
        ev["relocation"] = _ev(text, reloc.relocation_span)


def _locations(
    text: str,
    order: list[Span],
    sp: StructuredPosting | None,
    position: Position,
    own: list[Span] | None,
) -> None:
    if sp and sp.locations:
        for i, loc in enumerate(sp.locations[:10]):
            position.locations.append(loc)
            position.evidence[f"locations.{i}"] = _locate(text, loc.split(",")[0], sp.origin)
        return
    if own and position.workplace == "remote" and _within(position.evidence["workplace"], own):
        order = own  # one of several roles, remote by its own text: no office from the others
    for s, e in order:
        places = find_locations(text, s, e)
        if places:
            for i, place in enumerate(places[:10]):
                position.locations.append(place.name)
                position.evidence[f"locations.{i}"] = _ev(text, (place.start, place.end))
            return


def _within(ev: Evidence, spans: list[Span]) -> bool:
    return ev.start is not None and any(s <= ev.start < e for s, e in spans)


def _currency_from_places(position: Position) -> str | None:
    for loc in position.locations + position.remote_from:
        code = country_of(loc)
        if code in _COUNTRY_CURRENCY:
            return _COUNTRY_CURRENCY[code]
    return None


def _choose(mentions: list[PayMention]) -> tuple[PayMention | None, PayMention | None]:
    salary = [m for m in mentions if not m.extra]
    base = next((m for m in salary if m.basis == "base"), None)
    total = next((m for m in salary if m.basis == "total"), None)
    if base:
        return base, total
    if total:
        return total, None
    return (salary[0] if salary else None), None


def _mentions(
    text: str, order: list[Span], multi: bool, title: str | None = None
) -> list[PayMention]:
    if multi:
        found = (
            _first(order, lambda s, e: [m for m in find_pay(text, s, e) if not m.extra] or None)
            or []
        )
        return _labelled_for(text, found, title) or found
    return [m for s, e in order for m in find_pay(text, s, e) if not m.extra]


_LABEL_EDGE = re.compile(r"^[\s•*·▪►–—-]+|[\s:：–—-]+$")


def _labelled_for(text: str, found: list[PayMention], title: str | None) -> list[PayMention]:
    """Of pay lines labelled by role ("• Process Engineers: PLN 14–18k", "• Lean Manager: PLN
    20–24k"), those whose label names this position's title (its words, a plural's too)."""
    if title is None or len(found) < 2:
        return []
    words = {w.removesuffix("s") for w in words_key(title).split()}
    labelled: list[tuple[PayMention, list[str]]] = []
    for m in found:
        line = text[text.rfind("\n", 0, m.start) + 1 : m.start]
        label = _LABEL_EDGE.sub("", line)
        if label and len(label) <= 60 and line.rstrip().endswith((":", "：", "–", "-")):
            labelled.append((m, [w.removesuffix("s") for w in words_key(label).split()]))
    if len(labelled) < 2:
        return []
    return [m for m, label in labelled if label and all(w in words for w in label)]


def _range_ending_at(text: str, order: list[Span], single: PayMention) -> PayMention:
    """ "bis 85.000 €" in the subject, "72.000 – 85.000 € brutto" in the body: the range that
    ends at a single amount ("up to …") is the pay."""
    for start, end in order:
        for m in find_pay(text, start, end):
            if (
                not m.extra
                and m.min is not None
                and m.max is not None
                and m.min < m.max
                and single.max is not None
                and abs(m.max - single.max) <= 0.01 * single.max
                # ("Up to 55K" in the subject names no currency: the body's range gives it)
                and (single.currency is None or m.currency in (single.currency, None))
            ):
                return m
    return single


def _only_currency(text: str) -> str | None:
    """The one currency the text's amounts are in ("1.000 € Homeoffice-Budget" beside a bare
    "70–85k"), if they are in one."""
    found = {m.currency for m in find_pay(text) if m.currency}
    return found.pop() if len(found) == 1 else None


def _with_currency(text: str, order: list[Span], bare: PayMention) -> PayMention:
    """ "DevOps Team Lead | Herzliya | 45-50K" in the subject, "45-50K NIS gross monthly" in
    the body: the same range written with its currency is the pay."""
    for start, end in order:
        for m in find_pay(text, start, end):
            if not m.extra and m.currency and (m.min, m.max) == (bare.min, bare.max):
                return m
    return bare


def _pay(
    text: str, order: list[Span], sp: StructuredPosting | None, position: Position, multi: bool
) -> None:
    pay = Pay()
    ev = position.evidence
    if sp and (sp.pay_min is not None or sp.pay_max is not None):
        pay.min, pay.max, pay.currency, pay.period = sp.pay_min, sp.pay_max, sp.currency, sp.period
        pay.disclosed, pay.basis = True, "base"
        found = _first(order, lambda s, e: [m for m in find_pay(text, s, e) if not m.extra] or None)
        ev["pay"] = (
            _ev(text, (found[0].start, found[0].end))
            if found
            else Evidence(start=None, end=None, text=_pay_text(sp), origin=sp.origin)
        )
    else:
        chosen, total = _choose(_mentions(text, order, multi, position.title))
        if chosen is not None and (chosen.min == chosen.max or chosen.min is None):
            chosen = _range_ending_at(text, order, chosen)  # "up to $92K", then "$80K–$92K"
        if chosen is not None and chosen.currency is None:
            chosen = _with_currency(text, order, chosen)
        if chosen is not None:
            pay.min, pay.max, pay.currency, pay.period = (
                chosen.min,
                chosen.max,
                chosen.currency,
                chosen.period,
            )
            pay.basis, pay.disclosed = chosen.basis, True
            ev["pay"] = _ev(text, (chosen.start, chosen.end))
            if total is not None:
                ev["pay.total"] = _ev(text, (total.start, total.end))
                pay.bonus = f"total {text[total.start : total.end]}"
        else:
            undisclosed = _first(order, lambda s, e: UNDISCLOSED.search(text, s, e))
            if undisclosed:
                ev["pay"] = _ev(text, undisclosed.span())
    if pay.currency is None and pay.disclosed:
        pay.currency = (
            _currency_from_places(position) or country_currency(text) or _only_currency(text)
        )
    if pay.period is None and pay.disclosed:
        top = pay.max or pay.min or 0
        pay.period = (
            "year"
            if top >= 15_000
            else ("month" if top >= 2_000 else ("day" if top >= 300 else "hour"))
        )
    pay.annual_min, pay.annual_max = annualise(pay.min, pay.period), annualise(pay.max, pay.period)
    for name, pattern in (("sign_on", SIGN_ON), ("equity", EQUITY), ("bonus", BONUS)):
        match = _first(order, lambda s, e, p=pattern: p.search(text, s, e))  # type: ignore[misc]
        if match is None:
            continue
        if name == "bonus" and pay.sign_on and re.search(r"sign|joining", match.group(0), re.I):
            continue
        value = text[match.start() : match.end()].strip(" ,.")
        if name == "bonus" and pay.bonus:
            continue
        setattr(pay, name, value)
        ev[f"pay.{name}"] = _ev(text, match.span())
    position.pay = pay


def _pay_text(sp: StructuredPosting) -> str:
    return f"{sp.currency or ''} {sp.pay_min}-{sp.pay_max} per {sp.period or '?'}".strip()


def _benefits(
    text: str, order: list[Span], sp: StructuredPosting | None, position: Position
) -> None:
    seen: dict[str, Benefit] = {}
    for raw in sp.benefits if sp else []:
        for found in find_benefits(raw):
            if found.name not in seen:
                phrase = raw[found.start : found.end]
                seen[found.name] = Benefit(
                    name=found.name,
                    detail=found.detail,
                    evidence=_locate(text, phrase, sp.origin if sp else "text"),
                )
    for s, e in order:
        for found in find_benefits(text, s, e):
            if found.name not in seen:
                seen[found.name] = Benefit(
                    name=found.name,
                    detail=found.detail,
                    evidence=_ev(text, (found.start, found.end)),
                )
    position.benefits = sorted(
        seen.values(), key=lambda b: (b.evidence.start is None, b.evidence.start or 0)
    )
