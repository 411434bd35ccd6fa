"""Practice targets and profiles read from the user's store.

    target = opportunity_target(store, knowledge, 12, extractor=ex, coder=coder)
    profile = load_profile(store, extractor=ex)

Reads ``opportunities``, ``positions`` and their linked ``source_messages`` (through the
store's schema, not another engine), and ``profile``, ``profile_skills`` and ``jobs_held``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from sidedoor.practice.errors import NoSuchOpportunity, UnknownRole
from sidedoor.practice.target import (
    PracticeTarget,
    ProfileFacts,
    Requirement,
    SkillExtractor,
    TitleCoder,
    company_name,
    facts_from_row,
    occupation_target,
    requirements_from_text,
)
from sidedoor.store.schema import (
    jobs_held,
    opportunities,
    opportunity_messages,
    positions,
    profile,
    profile_skills,
    source_messages,
)

if TYPE_CHECKING:
    from sidedoor.knowledge.store import Knowledge
    from sidedoor.store import Store


def opportunity_target(store: Store, knowledge: Knowledge, opportunity_id: int, *,
                       position_id: int | None = None, occupation: str | None = None,
                       extractor: SkillExtractor | None = None,
                       coder: TitleCoder | None = None) -> PracticeTarget:
    """A target from a stored opportunity (its first position, or ``position_id``)."""
    with store.connect() as conn:
        opp = conn.execute(select(opportunities).where(
            opportunities.c.id == opportunity_id)).one_or_none()
        if opp is None:
            raise NoSuchOpportunity(f"No opportunity {opportunity_id} in your store.")
        query = select(positions).where(positions.c.opportunity_id == opportunity_id)
        if position_id is not None:
            query = query.where(positions.c.id == position_id)
        pos = conn.execute(query.order_by(positions.c.id)).first()
        bodies = [str(r[0]) for r in conn.execute(
            select(source_messages.c.body)
            .join(opportunity_messages, opportunity_messages.c.message_id == source_messages.c.id)
            .where(opportunity_messages.c.opportunity_id == opportunity_id)
            .order_by(source_messages.c.id)) if r[0]]
    row: dict[str, Any] = dict(pos._mapping) if pos is not None else {}
    description = row.get("description") or ""
    text = "\n\n".join(dict.fromkeys([description, *bodies])).strip()
    title = row.get("title") or opp.title
    code = occupation or row.get("occupation_code")
    if code is None and coder is not None:
        matches = coder.code(title, context=text[:4000] or None).matches
        code = matches[0].code if matches else None
    if code is None:
        raise UnknownRole(f"Cannot tell the occupation of opportunity {opportunity_id} "
                          f"({title!r}).")
    target = occupation_target(knowledge, code, title=title)
    target.company = company_name(row.get("company") or opp.company)
    target.opportunity_id = opportunity_id
    target.position_id = row.get("id")
    target.posting = facts_from_row(row, text)
    stored = [Requirement(str(s.get("label")), str(s.get("kind") or "skill"), s.get("required"),
                          s.get("code"))
              for s in row.get("skills") or [] if isinstance(s, dict) and s.get("label")]
    target.requirements = stored or requirements_from_text(text, extractor)
    return target


def load_profile(store: Store, *, extractor: SkillExtractor | None = None,
                 coder: TitleCoder | None = None) -> ProfileFacts | None:
    """The first profile in the store, or None when there is none."""
    with store.connect() as conn:
        person = conn.execute(select(profile).order_by(profile.c.id)).first()
        if person is None:
            return None
        skills = conn.execute(select(profile_skills.c.label, profile_skills.c.code).where(
            profile_skills.c.profile_id == person.id)).all()
        jobs = conn.execute(select(jobs_held).where(jobs_held.c.profile_id == person.id).order_by(
            jobs_held.c.is_current.desc(), jobs_held.c.start_date.desc(), jobs_held.c.id.desc()
        )).all()
    parts = [person.resume_text or "", person.summary or "", person.headline or ""]
    parts += [f"{j.title} {j.description or ''}" for j in jobs]
    facts = profile_from_text("\n".join(p for p in parts if p), extractor)
    facts.skills |= {str(s.label).lower() for s in skills}
    facts.skills |= {str(s.code).lower() for s in skills if s.code}
    if jobs:
        facts.current_title = jobs[0].title
        facts.current_code = jobs[0].occupation_code
        if facts.current_code is None and coder is not None:
            matches = coder.code(jobs[0].title).matches
            facts.current_code = matches[0].code if matches else None
    return facts


def profile_from_text(text: str, extractor: SkillExtractor | None) -> ProfileFacts:
    """A profile from résumé text alone (``--cv FILE``)."""
    facts = ProfileFacts(text=text.lower())
    if extractor is not None and text:
        for m in extractor.extract_skills(text):
            facts.skills.add(m.label.lower())
            if m.id:
                facts.skills.add(m.id.lower())
    return facts
