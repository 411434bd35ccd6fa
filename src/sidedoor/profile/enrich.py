"""What the knowledge store adds to an imported profile: occupations for job titles, the
skills those occupations imply, and a kind for each declared skill — each with provenance.

Implied skills: for each distinct occupation of the three most recent jobs, the O*NET skills
with importance ≥ ``SKILL_IMPORTANCE`` (at most ``MAX_PER_OCCUPATION``, most important first)
and knowledge areas with importance ≥ ``KNOWLEDGE_IMPORTANCE``. Their ``source`` is
"inferred" and ``source_ref`` names the occupation and the importance rating.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sidedoor.profile.models import ImportedProfile, SkillEntry

if TYPE_CHECKING:
    from sidedoor.store import Store

SKILL_IMPORTANCE = 3.5  # O*NET importance, 1-5
KNOWLEDGE_IMPORTANCE = 3.5
MAX_PER_OCCUPATION = 8
RECENT_JOBS = 3


def enrich(profile: ImportedProfile, knowledge_dir: Path, *, classify_skills: bool = True
           ) -> list[str]:
    """Code titles and add implied skills in place; returns notes on what could not run."""
    from sidedoor.knowledge.store import store_path

    if not store_path(knowledge_dir).is_file():
        return ["No knowledge data installed: job titles were not coded to occupations and "
                "no occupation-implied skills were added (run `sidedoor data install`)."]
    notes = code_titles(profile, knowledge_dir)
    notes += add_implied_skills(profile, knowledge_dir)
    if classify_skills:
        notes += classify(profile, knowledge_dir)
    return notes


def code_current_job(store: Store, knowledge_dir: Path) -> str | None:
    """Give the current job an O*NET occupation when it has a title but none yet (a profile
    edited by hand), if the knowledge store is installed. Returns the code set, if any."""
    from sidedoor.knowledge.store import store_path
    from sidedoor.profile.errors import NoProfile
    from sidedoor.profile.repository import load_profile, set_current_job

    try:
        job = load_profile(store).current_job
    except NoProfile:
        return None
    if job is None or job.occupation_code or not job.title.strip():
        return None
    if not store_path(knowledge_dir).is_file():
        return None
    from sidedoor.language.titles import TitleCoder

    result = TitleCoder.from_knowledge_dir(knowledge_dir).code(job.title)
    if not result.matches:
        return None
    code = result.matches[0].code
    set_current_job(store, {"occupation_code": code})
    return code


def code_titles(profile: ImportedProfile, knowledge_dir: Path) -> list[str]:
    try:
        from sidedoor.language.titles import TitleCoder

        coder = TitleCoder.from_knowledge_dir(knowledge_dir)
    except Exception as exc:  # the coder is optional; a profile without codes still works
        return [f"Job titles were not coded ({type(exc).__name__}: {exc})."]
    for job in profile.work:
        result = coder.code(job.title, context=job.description)
        if result.matches:
            best = result.matches[0]
            job.occupation_code, job.occupation_title = best.code, best.title
            job.occupation_score = float(best.score)
    return []


def add_implied_skills(profile: ImportedProfile, knowledge_dir: Path) -> list[str]:
    from sidedoor.errors import SidedoorError
    from sidedoor.knowledge.store import open_knowledge

    recent = sorted(profile.work, key=lambda w: (w.end is None, w.end or "", w.start or ""),
                    reverse=True)[:RECENT_JOBS]
    codes = list(dict.fromkeys(w.occupation_code for w in recent if w.occupation_code))
    have: set[tuple[str, str]] = {(s.kind, s.label.casefold()) for s in profile.skills}
    with open_knowledge(knowledge_dir) as knowledge:
        for code in codes:
            try:
                report = knowledge.occupation(code)
            except SidedoorError:
                continue
            picks = [("skill", r, SKILL_IMPORTANCE) for r in report.skills[:MAX_PER_OCCUPATION]]
            picks += [("knowledge", r, KNOWLEDGE_IMPORTANCE)
                      for r in report.knowledge[:MAX_PER_OCCUPATION // 2]]
            for kind, rating, floor in picks:
                if rating.importance is None or rating.importance < floor:
                    continue
                if (kind, rating.name.casefold()) in have:
                    continue
                have.add((kind, rating.name.casefold()))
                profile.skills.append(SkillEntry(
                    label=rating.name, kind="skill" if kind == "skill" else "knowledge",
                    source="inferred", code=rating.element_id, taxonomy="onet",
                    source_ref=f"O*NET {report.code} {report.title}: importance "
                               f"{rating.importance:.1f}/5"))
    return []


def classify(profile: ImportedProfile, knowledge_dir: Path) -> list[str]:
    """Give each declared skill the kind the skill gazetteer knows it by (technology, tool,
    knowledge, skill); labels it does not know stay "skill"."""
    try:
        from sidedoor.language.skills import skill_extractor

        extractor = skill_extractor(knowledge_dir)
    except Exception as exc:
        return [f"Skill kinds were not classified ({type(exc).__name__}: {exc})."]
    for skill in profile.skills:
        if skill.source == "inferred" or skill.kind in ("language", "certification"):
            continue
        mentions = extractor.extract_skills(skill.label)
        whole = [m for m in mentions if m.start == 0 and m.end == len(skill.label)]
        if whole and whole[0].kind in ("technology", "tool", "knowledge", "skill"):
            skill.kind = whole[0].kind
    return []
