"""Where doors gets its people and positions: the stored profile, stored positions, a feed
file read by intake (not stored), a folder of résumés (not stored).

    seeker, read = seeker_from_profile(load_profile(store))
    docs = stored_positions(store)                # or feed_positions(path, hooks)
    index = build_index(docs, engine, knowledge_dir)   # with OEWS market percentiles
    rank(seeker, index, engine=engine)

    people, notes = read_people(folder, knowledge_dir)        # the recruiter's side
    found = PeopleIndex.build([person_doc(name, p) for name, p in people], ...)

Shared by `sidedoor doors` and the other-doors section of `sidedoor evaluate`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sidedoor.doors.index import PositionIndex
from sidedoor.doors.models import DealBreakers, Seeker
from sidedoor.doors.places import parse_place

if TYPE_CHECKING:
    from sidedoor.opportunities.models import PositionRecord
    from sidedoor.pivot.engine import PivotEngine
    from sidedoor.profile.models import DealBreaker, ImportedProfile
    from sidedoor.store import Store

PEOPLE_SUFFIXES = (".json", ".pdf", ".docx", ".txt", ".md", ".text")


# ---------------------------------------------------------------- people


def seeker_from_profile(profile: Any, *, deal_breakers: bool = True) -> tuple[Seeker, str]:
    """The doors seeker for a stored profile (``ProfileView``) and a line saying what was
    read from it. With ``deal_breakers``, the profile's typed deal-breakers that doors can
    check become its rules (pay floors, workplace, no relocation)."""
    job = profile.current_job
    skills = [s.label for s in profile.skills if s.kind != "certification"]
    occupation = (job.occupation_code if job else None) or next(
        (w.occupation_code for w in profile.work if w.occupation_code), None)
    floor = None
    if job is not None and job.base_pay and job.pay_period in (None, "year") and (
            job.currency in (None, "USD")):
        floor = float(job.base_pay)
    where = profile.location or (job.location if job else None)
    prefers = job.workplace if job and job.workplace in ("remote", "hybrid", "onsite") else None
    read = [f"{len(skills)} skills"]
    if occupation:
        read.append(f"occupation {occupation}")
    if floor:
        read.append(f"current base {floor:,.0f} USD as the pay floor")
    if where:
        read.append(f"location {where}")
    if prefers:
        read.append(f"your {prefers} workplace")
    aspirations = [a for a in profile.aspirations if str(a).strip()]
    if aspirations:
        read.append(f"{len(aspirations)} aspiration{'s' if len(aspirations) != 1 else ''}")
    rules = DealBreakers()
    if deal_breakers:
        rules, checked = deal_breaker_rules(profile.deal_breakers, where)
        if checked:
            read.append(f"{checked} deal-breaker{'s' if checked != 1 else ''}")
    seeker = Seeker(skills=skills, occupation=occupation, pay_floor=floor, location=where,
                    prefers=prefers, aspirations=aspirations, deal_breakers=rules)
    return seeker, "your profile: " + ", ".join(read)


def deal_breaker_rules(items: Iterable[DealBreaker], location: str | None
                       ) -> tuple[DealBreakers, int]:
    """Doors rules from the profile's typed deal-breakers, and how many were mapped (the
    others — commute, PTO, on-call… — are not stated by positions, so not checked here)."""
    min_pay: float | None = None
    workplaces: list[str] = []
    only_in: list[str] = []
    checked = 0
    for rule in items:
        if rule.kind in ("base_pay", "total_pay") and rule.op == ">=" and isinstance(
                rule.value, int | float) and rule.unit in (None, "USD"):
            min_pay = max(min_pay or 0.0, float(rule.value))
            checked += 1
        elif rule.kind == "workplace" and rule.op == "forbid" and rule.value:
            workplaces.append(str(rule.value))
            checked += 1
        elif rule.kind == "workplace" and rule.op == "require" and rule.value == "remote":
            workplaces += ["onsite", "hybrid"]
            checked += 1
        elif rule.kind == "relocation" and rule.op == "forbid" and location:
            _city, state = parse_place(location)
            if state:
                only_in.append(state)
                checked += 1
    allowed = [w for w in dict.fromkeys(workplaces) if w in ("remote", "hybrid", "onsite")]
    return DealBreakers(min_pay=min_pay, workplaces=allowed,
                        only_in=only_in), checked


def seeker_from_imported(person: ImportedProfile) -> Seeker:
    """A seeker for a résumé or JSON Resume read with `profile.importers` (not stored)."""
    doc = person_doc("", person)
    return Seeker(skills=doc["skills"], occupation=doc["occupation"], location=doc["location"])


def person_doc(name: str, person: ImportedProfile) -> dict[str, Any]:
    """A résumé (read with `profile.importers`) as the people index reads it."""
    skills = [s.label for s in person.skills if s.kind != "certification"]
    current = next((w for w in person.work if w.end is None), None) or (
        person.work[0] if person.work else None)
    occupation = (current.occupation_code if current else None) or next(
        (w.occupation_code for w in person.work if w.occupation_code), None)
    return {"id": name, "name": person.name, "headline": person.headline,
            "current_title": current.title if current else None, "skills": skills,
            "occupation": occupation,
            "location": person.location or (current.location if current else None)}


def read_people(folder: Path, knowledge_dir: Path | None = None
                ) -> tuple[list[tuple[str, ImportedProfile]], list[str]]:
    """Every résumé in ``folder`` (JSON Resume .json, PDF, DOCX, text), read and — with the
    knowledge store — enriched (titles coded, implied skills added); nothing is stored.
    Returns (file name, profile) pairs and notes on files that could not be read."""
    from sidedoor.errors import SidedoorError
    from sidedoor.profile.importers import import_paths

    people: list[tuple[str, ImportedProfile]] = []
    notes: list[str] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in PEOPLE_SUFFIXES:
            continue
        try:
            person = import_paths([path])
        except SidedoorError as exc:
            notes.append(f"{path.name} skipped: {exc.message}")
            continue
        if knowledge_dir is not None:
            from sidedoor.profile.enrich import enrich

            for note in enrich(person, knowledge_dir, classify_skills=False):
                if note not in notes:
                    notes.append(note)
        people.append((path.name, person))
    return people, notes


# ---------------------------------------------------------------- positions


def position_doc(p: PositionRecord, *, company: str | None = None) -> dict[str, Any]:
    """A stored position as the index reads it (``id`` is the position id)."""
    details = p.pay_details or {}
    lo = details.get("annual_min")
    hi = details.get("annual_max")
    if lo is None and hi is None and p.pay.period == "year" and p.pay.currency in (
            None, "USD"):
        lo, hi = p.pay.min, p.pay.max
    facts = p.facts or {}
    return {"id": str(p.id), "title": p.title, "company": p.company or company,
            "occupation": p.occupation_code, "skills": p.skills,
            "pay_min": lo, "pay_max": hi, "locations": p.locations, "workplace": p.workplace,
            "seniority": p.seniority, "industry": _fact(facts.get("industry")),
            "company_size": _fact(facts.get("company_size"))}


def _fact(value: Any) -> Any:
    """A stored fact's value (facts may be stored as {"value": …})."""
    if isinstance(value, dict):
        return value.get("value")
    return value


def stored_positions(store: Store, *, include_closed: bool = False
                     ) -> list[tuple[int, dict[str, Any]]]:
    """Every stored position (of open opportunities unless ``include_closed``), as
    (opportunity id, index doc) pairs."""
    from sidedoor.opportunities.read import get_with, list_with

    out: list[tuple[int, dict[str, Any]]] = []
    with store.connect() as conn:
        for summary in list_with(conn, include_closed=include_closed):
            opp = get_with(conn, summary.id)
            out += [(opp.id, position_doc(p, company=opp.company)) for p in opp.positions]
    return out


def intake_position_doc(position: Any, n: int) -> dict[str, Any]:
    """An intake ``Position`` (from a parsed feed) as the index reads it."""
    occupation = position.occupation.code if position.occupation else None
    pay = position.pay
    usd = pay is not None and pay.currency in (None, "USD")
    return {"id": str(n), "title": position.title or "", "company": position.company,
            "occupation": occupation,
            "skills": [{"label": s.label, "required": s.required} for s in position.skills],
            "pay_min": pay.annual_min if usd and pay else None,
            "pay_max": pay.annual_max if usd and pay else None,
            "locations": list(position.locations), "workplace": position.workplace,
            "seniority": position.seniority, "industry": position.industry,
            "company_size": position.company_size}


def feed_positions(path: Path, hooks: Any = None) -> tuple[list[dict[str, Any]], list[str]]:
    """The positions of any file intake reads (a CSV/JSON/JSON-LD feed, a posting, a
    recruiter message), numbered 1… in file order; nothing is stored. ``hooks`` is
    ``opportunities.language.language_hooks(...)`` (titles coded, skills extracted)."""
    from sidedoor.intake import parse_path

    result = parse_path(path, title_coder=getattr(hooks, "title_coder", None),
                        skill_extractor=getattr(hooks, "skill_extractor", None))
    docs: list[dict[str, Any]] = []
    for item in result.items:
        for position in item.positions:
            if position.title:
                docs.append(intake_position_doc(position, len(docs) + 1))
    notes = [f"{path.name}: item {e.index} skipped: {e.message}" for e in result.errors
             ] if result.errors else []
    return docs, notes


def build_index(docs: list[dict[str, Any]], engine: PivotEngine | None,
                knowledge_dir: Path | None = None) -> PositionIndex:
    """Index ``docs`` in the pivot engine's occupation space (none: no closeness) and, with
    the knowledge store in ``knowledge_dir``, place their pay in the OEWS market (``notes``
    on the index say what could not be placed; `rank` passes them on)."""
    features = engine.features if engine is not None else None
    index = PositionIndex.build(docs, codes=list(features.codes) if features else None,
                                job_zones=features.job_zones if features else None,
                                key=features.key if features else "")
    if knowledge_dir is not None:
        index.notes += with_market(index, knowledge_dir)
    return index


def with_market(index: PositionIndex, knowledge_dir: Path | None) -> list[str]:
    """Attach OEWS market percentiles to ``index`` from the installed store (the gazetteer
    cache beside it places each position in its OEWS area, as `sidedoor compare` does)."""
    from sidedoor.knowledge.store import open_knowledge, store_path

    if knowledge_dir is None or not store_path(knowledge_dir).is_file():
        return ["Pay against the market left out: run `sidedoor data install`."]
    from sidedoor.doors.market import attach_market
    from sidedoor.places.gazetteer import open_gazetteer

    with open_knowledge(knowledge_dir) as knowledge, open_gazetteer(
            Path(knowledge_dir) / "cache") as gazetteer:
        return attach_market(index, knowledge, gazetteer)
