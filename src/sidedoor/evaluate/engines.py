"""The four engines wired into the evaluate report: compare, practice, doors and pivot.

    wire(report, settings, store, knowledge)

Each engine fills its own section and is guarded: a `SidedoorError` (data not installed, no
occupation, …) becomes a note on that section saying what is missing and how to fix it, and
the other sections still get their content. Nothing here formats; `evaluate.render` does.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sidedoor.errors import SidedoorError
from sidedoor.evaluate.models import (
    AnotherIndustrySection,
    AskThemItem,
    ComparisonSection,
    EvaluationReport,
    ExampleQuestion,
    OtherDoorsSection,
    PivotRoute,
    PracticePreview,
    PracticeReadiness,
    PracticeSection,
    RankedDoor,
    RouteItem,
    RouteSet,
)

if TYPE_CHECKING:
    from sidedoor.knowledge.store import Knowledge
    from sidedoor.opportunities.models import OpportunityDetail
    from sidedoor.pivot.engine import PivotEngine
    from sidedoor.settings import Settings
    from sidedoor.store import Store

MAX_POSITIONS = 5  # positions of one opportunity given a comparison / question set
ROUTES = 5
ROUTE_ITEMS = 3
EXAMPLES = 5
ADD_PROFILE = ("add your profile with `sidedoor profile import FILE` (résumé, LinkedIn "
               "export, JSON Resume) and your current job with `sidedoor profile current`")


def _why(exc: SidedoorError) -> str:
    hint = getattr(exc, "hint", None)
    return f"{exc.message} {hint}".strip() if hint else exc.message


def wire(report: EvaluationReport, settings: Settings, store: Store, opp: OpportunityDetail,
         knowledge: Knowledge | None) -> None:
    """Fill the sections of ``report`` from the engines (each guarded on its own)."""
    profile = _profile(store)
    engine: list[PivotEngine | None] = []

    def pivot() -> PivotEngine | None:
        if not engine:
            engine.append(_pivot_engine(settings.resolved_knowledge_dir, knowledge.release_key)
                          if knowledge else None)
        return engine[0]

    for section in report.sections:
        section.built = True
        section.coming = ""
        if isinstance(section, ComparisonSection):
            _comparison(section, settings, store, opp, profile)
        elif isinstance(section, PracticeSection):
            _guard(section.notes, lambda s=section: _practice(s, settings, store, opp,
                                                               knowledge))
        elif isinstance(section, OtherDoorsSection):
            _guard(section.notes, lambda s=section: _doors(s, settings, store, opp, profile,
                                                                 pivot))
        elif isinstance(section, AnotherIndustrySection):
            _guard(section.notes, lambda s=section: _routes(s, profile, knowledge, pivot))


@lru_cache(maxsize=2)
def _pivot_engine(knowledge_dir: Path, release: str) -> PivotEngine:
    """The pivot engine of a knowledge store, loaded once per process and data release (it
    is read-only; ``release`` is part of the key so a reinstall is picked up)."""
    from sidedoor.pivot import load_engine

    return load_engine(knowledge_dir)


def _guard(notes: list[str], fill: Any) -> None:
    try:
        fill()
    except SidedoorError as exc:
        notes.append(_why(exc))


def _profile(store: Store) -> Any:
    from sidedoor.profile.errors import NoProfile
    from sidedoor.profile.repository import load_profile

    try:
        return load_profile(store)
    except NoProfile:
        return None


# ---------------------------------------------------------------- comparison


def _comparison(section: ComparisonSection, settings: Settings, store: Store,
                opp: OpportunityDetail, profile: Any) -> None:
    from sidedoor.compare.service import compare_target

    for index, pay in enumerate(section.positions[:MAX_POSITIONS], start=1):
        try:
            pay.comparison = compare_target(settings, str(opp.id), position=index, store=store)
        except SidedoorError as exc:
            pay.comparison_note = _why(exc)
    section.notes = [n for n in section.notes if "current job is not recorded" not in n]
    if profile is None or profile.current_job is None:
        section.notes.append("Your current job is not recorded, so the offer is compared with "
                             "the market only: set it with `sidedoor profile current` (or "
                             "`sidedoor profile import FILE`) to compare pay, commute and "
                             "flexibility with it.")
    if len(section.positions) > MAX_POSITIONS:
        section.notes.append(f"Compared the first {MAX_POSITIONS} positions; run `sidedoor "
                             f"compare {opp.id} --position N` for the others.")


# ---------------------------------------------------------------- practice


def _practice(section: PracticeSection, settings: Settings, store: Store,
              opp: OpportunityDetail, knowledge: Knowledge | None) -> None:
    from sidedoor.practice.progress import progress, readiness
    from sidedoor.practice.questions import build_questions
    from sidedoor.practice.stored import load_profile, opportunity_target

    section.notes = [n for n in section.notes if "résumé is not in the store" not in n]
    if knowledge is None:
        section.notes.append("The tailored question set needs the knowledge data: run "
                             "`sidedoor data install`.")
        return
    coder = _PracticeCoder(settings)
    person = load_profile(store, coder=coder)
    report = progress(store)
    for p in opp.positions[:MAX_POSITIONS]:
        start = f"sidedoor practice start {opp.id}" + (
            f" --position {p.id}" if len(opp.positions) > 1 else "")
        try:
            target = opportunity_target(store, knowledge, opp.id, position_id=p.id,
                                        coder=coder)
        except SidedoorError as exc:
            section.notes.append(f"{p.title}: {_why(exc)}")
            continue
        target.profile = person
        qset = build_questions(target)
        counts: dict[str, int] = {}
        for q in qset.questions:
            counts[q.kind] = counts.get(q.kind, 0) + 1
        examples = _examples(qset.questions)
        ready = readiness(qset, report) if report.answers else None
        section.question_sets.append(PracticePreview(
            position_id=p.id, title=p.title, occupation_code=qset.occupation_code,
            occupation_title=qset.occupation_title, total=len(qset.questions), counts=counts,
            examples=[ExampleQuestion(kind=q.kind, text=q.text) for q in examples],
            ask_them=[AskThemItem(topic=a.topic, text=a.text, why=a.why, evidence=a.evidence)
                      for a in qset.ask_them],
            readiness=PracticeReadiness(questions=ready.questions, practised=ready.practised,
                                        score=ready.score, weakest=ready.weakest)
            if ready is not None else None,
            start=start, notes=list(qset.notes)))
    if report.answers == 0:
        section.notes.append("No practice answers yet, so there is no readiness score: start "
                             f"with `sidedoor practice start {opp.id}`.")


def _examples(questions: list[Any]) -> list[Any]:
    """The "why consider a move" question first, then one of each other kind."""
    picked = [q for q in questions if q.kind == "motivation" and "considering a move" in q.text]
    seen = {"motivation"} if picked else set()
    for q in questions:
        if len(picked) >= EXAMPLES:
            break
        if q.kind not in seen and q.kind != "background":
            seen.add(q.kind)
            picked.append(q)
    return picked


class _PracticeCoder:
    """`practice.target.TitleCoder`, loaded only if a title has no stored occupation."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.loaded: Any = None

    def code(self, title: str, *, context: str | None = None, limit: int = 5) -> Any:
        if self.loaded is None:
            from sidedoor.language.titles import TitleCoder

            self.loaded = TitleCoder.from_knowledge_dir(self.settings.resolved_knowledge_dir)
        return self.loaded.code(title, context=context, limit=limit)


# ---------------------------------------------------------------- doors


def _doors(section: OtherDoorsSection, settings: Settings, store: Store,
           opp: OpportunityDetail, profile: Any, pivot: Any) -> None:
    from sidedoor.doors import rank
    from sidedoor.doors.sources import build_index, position_doc, seeker_from_profile
    from sidedoor.opportunities.read import get_with

    groups = [("this_opportunity", opp.id, p.id) for p in opp.positions] + [
        ("recruiter", d.opportunity_id, d.position_id) for d in section.from_recruiter] + [
        ("company", d.opportunity_id, d.position_id) for d in section.from_company]
    if len(groups) <= 1:
        section.notes.append("This is the only position from this recruiter and company in "
                             "your store, so there is nothing to rank it against yet.")
        return
    if profile is None:
        section.notes.append(f"Not ranked: there is no profile to rank these roles against; "
                             f"{ADD_PROFILE}.")
        return
    records: dict[int, Any] = {p.id: p for p in opp.positions}
    with store.connect() as conn:
        for oid in dict.fromkeys(g[1] for g in groups if g[1] != opp.id):
            records.update({p.id: p for p in get_with(conn, oid).positions})
    docs: list[dict[str, Any]] = []
    origin: dict[str, tuple[str, int]] = {}
    for source, oid, pid in groups:
        if pid not in records or str(pid) in origin:
            continue
        origin[str(pid)] = (source, oid)
        docs.append(position_doc(records[pid], company=opp.company))
    engine = pivot()
    index = build_index(docs, engine, settings.resolved_knowledge_dir)
    seeker, read = seeker_from_profile(profile)
    result = rank(seeker, index, engine=engine, limit=len(docs))
    for fit in result.fits:
        source, oid = origin[fit.position]
        section.ranked.append(RankedDoor(
            opportunity_id=oid, position_id=int(fit.position), title=fit.title,
            company=fit.company or None, source=source,
            score=round(fit.score, 3), label=fit.label, reasons_for=fit.reasons_for[:3],
            reasons_against=fit.reasons_against[:3], deal_breakers=fit.deal_breakers))
    section.ranked_for = read
    section.notes += result.notes
    if engine is None:
        section.notes.append("Occupation closeness left out: run `sidedoor data install`.")


# ---------------------------------------------------------------- pivot


def _routes(section: AnotherIndustrySection, profile: Any, knowledge: Knowledge | None,
            pivot: Any) -> None:
    if knowledge is None:
        section.notes.append("Routes into other occupations need the knowledge data: run "
                             "`sidedoor data install`.")
        return
    engine = pivot()
    starts: list[tuple[str, int | None, str]] = []
    for occ in section.occupations:
        if all(s[2] != occ.code for s in starts):
            starts.append(("position", occ.position_id, occ.code))
    job = profile.current_job if profile is not None else None
    current = (job.occupation_code if job else None) or (next(
        (w.occupation_code for w in profile.work if w.occupation_code), None)
        if profile is not None else None)
    if current and all(s[2] != current for s in starts):
        starts.append(("current_job", None, current))
    elif not current:
        section.notes.append("Routes from your own occupation need your current job: "
                             "`sidedoor profile current` or `sidedoor profile import FILE`.")
    for origin, pid, code in starts:
        try:
            rep = engine.routes(code, limit=ROUTES)
        except SidedoorError as exc:
            section.notes.append(f"{code}: {_why(exc)}")
            continue
        section.routes.append(RouteSet(
            origin=origin, position_id=pid,
            code=rep.source.code or code, title=rep.source.title, notes=list(rep.notes),
            routes=[PivotRoute(code=r.code, title=r.title, move=r.move, score=r.score,
                               wage_delta=r.wage_delta,
                               bridge=[RouteItem(kind=b.kind, name=b.name, detail=b.detail)
                                       for b in r.bridge[:ROUTE_ITEMS]],
                               gaps=[RouteItem(kind=g.kind, name=g.name, detail=g.detail)
                                     for g in r.gaps[:ROUTE_ITEMS]])
                    for r in rep.routes]))
