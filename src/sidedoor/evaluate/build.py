"""Building the evaluate report of a stored opportunity from the store and the knowledge store.

    with open_store(url) as store:
        report = build_report(store, 7, knowledge=knowledge_or_none)

The four sections come in the product's order: practice, pleasant-surprise comparison,
other doors, another industry. Each holds what is known from the message, the user's store
and the public data; with ``settings`` the engines (compare, practice, doors, pivot) add
their content (`evaluate.engines`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sidedoor.evaluate.market import market_pay, position_pay
from sidedoor.evaluate.models import (
    AnotherIndustrySection,
    ComparisonSection,
    CurrentJob,
    Door,
    EvaluationReport,
    KnowledgeInfo,
    OccupationFacts,
    OpportunityHeader,
    OtherDoorsSection,
    PracticePosition,
    PracticeSection,
)
from sidedoor.opportunities.models import ItemOutcome, OpportunityDetail, PayRange, PositionRecord
from sidedoor.opportunities.normalise import company_key
from sidedoor.opportunities.read import get_with
from sidedoor.store import Store
from sidedoor.store.schema import jobs_held, opportunities, positions
from sidedoor.store.types import utcnow

if TYPE_CHECKING:
    from sidedoor.knowledge.models import OccupationReport
    from sidedoor.knowledge.store import Knowledge
    from sidedoor.settings import Settings

TitleCoderFn = Callable[[str], Sequence[tuple[str, str, float]]]
MAX_DOORS = 20

REASONS = {
    "practice": "Practice your interviewing skills",
    "comparison": "You may be pleasantly surprised",
    "other_doors": "It may open doors to another position",
    "another_industry": "You may fall into another industry",
}
COMING = {
    "practice": (
        "Practice sessions built from this opportunity: questions from its description, the "
        "occupation's real tasks and skills and your résumé; typed answers with feedback, a "
        "bank of reusable STAR stories, history and measured progress. Not built yet."
    ),
    "comparison": (
        "A comparison with your current job: total pay (base, bonus, equity, benefits valued), "
        "pay against the market for this occupation where the job is, commute time and cost, "
        "flexibility, benefits and growth, updated as answers come in. Not built yet; below "
        "is what the opportunity already tells."
    ),
    "other_doors": (
        "The recruiter's other roles (and any list or feed) ranked against your experience, "
        "skills, aspirations and deal-breakers, with an explanation per position. Not built "
        "yet; below are the other roles already known."
    ),
    "another_industry": (
        "Occupations in other fields your skills reach: why (shared skills, knowledge, "
        "technologies, tasks), what is missing, the pay and outlook difference and how big a "
        "step it is. Not built yet."
    ),
}
NO_DATA = "No knowledge data installed: run `sidedoor data install` for occupations and wages."


def build_report(
    store: Store,
    opportunity_id: int,
    *,
    knowledge: Knowledge | None = None,
    knowledge_note: str | None = None,
    title_coder: TitleCoderFn | None = None,
    intake: ItemOutcome | None = None,
    settings: Settings | None = None,
) -> EvaluationReport:
    """The report for one stored opportunity (OpportunityNotFound if there is none).

    With ``settings`` the engines (compare, practice, doors, pivot) fill the sections
    (`evaluate.engines.wire`); without, the sections hold only what is already known."""
    with store.connect() as conn:
        opp = get_with(conn, opportunity_id)
        current = _current_job(conn)
        doors = _doors(conn, opp)
    text = "\n\n".join(m.body for m in opp.messages if m.body) or None
    occupations = _occupations(opp.positions, knowledge, title_coder, text)
    reports = _occupation_reports(knowledge, occupations)
    info = KnowledgeInfo(
        installed=knowledge is not None,
        release=knowledge.release_key if knowledge is not None else None,
        note=None if knowledge is not None else (knowledge_note or NO_DATA),
    )
    credits: list[str] = []
    for rep in reports.values():
        credits += [c for c in rep.credits if c not in credits]
    report = EvaluationReport(
        opportunity=_header(opp),
        intake=intake,
        knowledge=info,
        sections=[
            _practice(opp, occupations, reports, info),
            _comparison(opp, occupations, reports, current, info),
            _other_doors(opp, doors),
            _another_industry(opp, occupations, reports, info),
        ],
        credits=credits,
        generated_at=utcnow(),
    )
    if settings is not None:
        from sidedoor.evaluate.engines import wire

        wire(report, settings, store, opp, knowledge)
    return report


def _header(opp: OpportunityDetail) -> OpportunityHeader:
    r = opp.recruiter
    dates = [m.sent_at or m.created_at for m in opp.messages]
    return OpportunityHeader(
        id=opp.id,
        title=opp.title,
        company=opp.company,
        recruiter=r.name if r else None,
        recruiter_org=(f"{r.agency} (agency)" if r.agency else r.company) if r else None,
        stage=opp.stage,
        positions=len(opp.positions),
        messages=len(opp.messages),
        first_message_at=min(dates) if dates else None,
        last_message_at=max(dates) if dates else None,
        next_action=opp.next_action,
    )


def _occupations(
    ps: list[PositionRecord], knowledge: Knowledge | None, coder: TitleCoderFn | None,
    text: str | None = None,
) -> dict[int, OccupationFacts]:
    """Each position's occupation: as stored by intake, else coded now when data is installed."""
    out: dict[int, OccupationFacts] = {}
    for p in ps:
        if p.occupation_code:
            title = _candidate_title(p) or p.occupation_code
            out[p.id] = OccupationFacts(position_id=p.id, position_title=p.title,
                                        code=p.occupation_code, title=title,
                                        match_score=p.occupation_confidence)
        elif knowledge is not None and coder is not None:
            from sidedoor.opportunities.language import LazyTitleCoder

            # The message text helps the title coder choose (intake's hook passes only titles).
            found = list(coder(p.title, context=text) if isinstance(coder, LazyTitleCoder)
                         and text else coder(p.title))
            if found:
                code, title, score = found[0]
                out[p.id] = OccupationFacts(position_id=p.id, position_title=p.title, code=code,
                                            title=title, match_score=score, coded_by="evaluate")
    return out


def _candidate_title(p: PositionRecord) -> str | None:
    for c in p.facts.get("occupation_candidates") or []:
        if isinstance(c, dict) and c.get("code") == p.occupation_code:
            return str(c.get("title"))
    return None


def _occupation_reports(
    knowledge: Knowledge | None, occupations: dict[int, OccupationFacts]
) -> dict[str, OccupationReport]:
    from sidedoor.errors import UnknownOccupation

    reports: dict[str, OccupationReport] = {}
    if knowledge is None:
        return reports
    for occ in occupations.values():
        if occ.code in reports:
            continue
        try:
            reports[occ.code] = knowledge.occupation(occ.code)
        except UnknownOccupation:
            continue
    for occ in occupations.values():
        rep = reports.get(occ.code)
        if rep is not None:
            occ.title = rep.title
            if rep.job_zone is not None:
                occ.job_zone = rep.job_zone.zone
                occ.job_zone_name = rep.job_zone.name
                occ.education = rep.job_zone.education
                occ.experience = rep.job_zone.experience
                occ.training = rep.job_zone.job_training
    return reports


def _practice(opp: OpportunityDetail, occupations: dict[int, OccupationFacts],
              reports: dict[str, OccupationReport], info: KnowledgeInfo) -> PracticeSection:
    section = PracticeSection(reason=REASONS["practice"], coming=COMING["practice"],
                              next_step=opp.next_action)
    for p in opp.positions:
        occ = occupations.get(p.id)
        rep = reports.get(occ.code) if occ else None
        section.positions.append(PracticePosition(
            position_id=p.id,
            title=p.title,
            occupation_title=occ.title if occ else None,
            skills_named=list(dict.fromkeys(str(s.get("label")) for s in p.skills
                                            if s.get("label"))),
            occupation_tasks=[t.task for t in rep.tasks[:5]] if rep else [],
            occupation_skills=[s.name for s in rep.skills[:5]] if rep else [],
        ))
    if not info.installed:
        section.notes.append("The occupation's tasks and skills need the knowledge data: "
                             "run `sidedoor data install`.")
    section.notes.append("Your résumé is not in the store yet (the profile comes in a later "
                         "issue), so questions cannot draw on it.")
    return section


def _comparison(opp: OpportunityDetail, occupations: dict[int, OccupationFacts],
                reports: dict[str, OccupationReport], current: CurrentJob | None,
                info: KnowledgeInfo) -> ComparisonSection:
    agency = bool(opp.recruiter and opp.recruiter.agency)
    section = ComparisonSection(reason=REASONS["comparison"], coming=COMING["comparison"],
                                current_job=current)
    for p in opp.positions:
        pay = position_pay(p, agency=agency)
        occ = occupations.get(p.id)
        rep = reports.get(occ.code) if occ else None
        if occ is None:
            pay.market_note = ("The occupation is unknown, so there is no market figure: "
                               + ("run `sidedoor data install`." if not info.installed
                                  else "the title could not be coded."))
        elif rep is None or rep.wages is None:
            notes = rep.notes if rep else []
            pay.market_note = " ".join(notes) or f"No OEWS wages for {occ.code}."
        else:
            pay.market, note = market_pay(p, p.pay_details or {}, rep.wages, occ.code, occ.title)
            pay.market_note = note
        section.positions.append(pay)
    if current is None:
        section.notes.append("Your current job is not recorded yet (the profile comes in a "
                             "later issue), so the offer is not compared with it.")
    return section


def _other_doors(opp: OpportunityDetail, doors: tuple[list[Door], list[Door]]
                 ) -> OtherDoorsSection:
    section = OtherDoorsSection(reason=REASONS["other_doors"], coming=COMING["other_doors"],
                                recruiter=opp.recruiter.name if opp.recruiter else None)
    if len(opp.positions) > 1:
        section.in_this_opportunity = [
            Door(opportunity_id=opp.id, position_id=p.id, title=p.title, company=p.company,
                 pay=p.pay if p.pay.min is not None or p.pay.max is not None else None,
                 workplace=p.workplace, stage=opp.stage)
            for p in opp.positions
        ]
    section.from_recruiter, section.from_company = doors
    if opp.recruiter is None:
        section.notes.append("No recruiter is known for this opportunity.")
    elif not section.from_recruiter:
        section.notes.append(f"No other roles from {opp.recruiter.name} in your store yet.")
    return section


def _another_industry(opp: OpportunityDetail, occupations: dict[int, OccupationFacts],
                      reports: dict[str, OccupationReport], info: KnowledgeInfo
                      ) -> AnotherIndustrySection:
    section = AnotherIndustrySection(reason=REASONS["another_industry"],
                                     coming=COMING["another_industry"])
    section.occupations = [occupations[p.id] for p in opp.positions if p.id in occupations]
    if not info.installed:
        section.notes.append("Occupations need the knowledge data: run `sidedoor data install`.")
    for p in opp.positions:
        if p.id not in occupations and info.installed:
            section.notes.append(f"{p.title}: the title could not be coded to an occupation.")
    return section


def _current_job(conn: Connection) -> CurrentJob | None:
    row = conn.execute(
        select(jobs_held).where(jobs_held.c.is_current.is_(True)).order_by(jobs_held.c.id)
    ).first()
    if row is None:
        return None
    j = row._mapping
    return CurrentJob(title=j["title"], employer=j["employer"], base_pay=j["base_pay"],
                      pay_period=j["pay_period"], currency=j["currency"],
                      workplace=j["workplace"])


def _doors(conn: Connection, opp: OpportunityDetail) -> tuple[list[Door], list[Door]]:
    """Positions of the recruiter's other opportunities, and other openings at the company."""
    col = positions.c
    query = (  # only the columns a Door shows: the JSON columns cost more than the rest
        select(col.id, col.opportunity_id, col.title, col.company, col.pay_min, col.pay_max,
               col.pay_currency, col.pay_period, col.workplace, opportunities.c.stage,
               opportunities.c.recruiter_id, opportunities.c.company.label("opp_company"))
        .join(opportunities, opportunities.c.id == positions.c.opportunity_id)
        .where(positions.c.opportunity_id != opp.id)
        .order_by(positions.c.id.desc())
    )
    companies = {company_key(c) for c in [opp.company, *(p.company for p in opp.positions)]}
    companies.discard("")
    rid = opp.recruiter.id if opp.recruiter else None
    by_recruiter: list[Door] = []
    by_company: list[Door] = []
    for row in conn.execute(query):
        r = row._mapping
        door = Door(
            opportunity_id=r["opportunity_id"], position_id=r["id"], title=r["title"],
            company=r["company"] or r["opp_company"],
            pay=PayRange(min=r["pay_min"], max=r["pay_max"], currency=r["pay_currency"],
                         period=r["pay_period"])
            if r["pay_min"] is not None or r["pay_max"] is not None else None,
            workplace=r["workplace"], stage=r["stage"],
        )
        if rid is not None and r["recruiter_id"] == rid:
            if len(by_recruiter) < MAX_DOORS:
                by_recruiter.append(door)
        elif companies and company_key(door.company) in companies and len(by_company) < MAX_DOORS:
            by_company.append(door)
    return by_recruiter, by_company
