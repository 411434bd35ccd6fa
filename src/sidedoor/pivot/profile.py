"""A pivot query from a person: the stored profile or a résumé file read (not stored).

    person = features_from_profile(load_profile(store))        # `sidedoor pivot --profile`
    imported, notes = read_resume(path, knowledge_dir)         # `sidedoor pivot --profile FILE`
    person = features_from_imported(imported, label=path.name)
    engine.routes_from_features(person, limit)

Technologies and tools go in by name (and by extractor id when the skill has one); skills
and knowledge with an O*NET element id go in at ``LISTED_LEVEL``; job titles held and the
work descriptions give the title and task text; the current job's occupation (else the most
recent coded one) anchors job zone, SOC group and pay.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sidedoor.pivot.models import PersonFeatures

if TYPE_CHECKING:
    from sidedoor.pivot.engine import PivotEngine
    from sidedoor.profile.models import ImportedProfile, ProfileView, SkillEntry, WorkEntry

# O*NET 0-7 level assumed for a skill or knowledge area a profile lists (no level is stored):
# a little above the middle, since a listed element is one the person is known for.
LISTED_LEVEL = 4.0
TECH_KINDS = ("technology", "tool")


def _technologies(skills: Iterable[SkillEntry]) -> list[str]:
    out: list[str] = []
    for s in skills:
        if s.kind in TECH_KINDS:
            out.append(s.code if s.code and s.code.startswith("onet:") else s.label)
        elif s.kind == "skill" and not s.code:  # not classified: maybe a technology
            out.append(s.label)
    return list(dict.fromkeys(out))


def _elements(skills: Iterable[SkillEntry]) -> dict[str, float]:
    return {s.code: LISTED_LEVEL for s in skills
            if s.kind in ("skill", "knowledge") and s.code and s.taxonomy in (None, "onet")}


def _features(skills: list[SkillEntry], work: list[WorkEntry], titles: list[str],
              occupation: str | None, label: str) -> PersonFeatures:
    return PersonFeatures(
        technologies=_technologies(skills),
        elements=_elements(skills),
        tasks=[w.description for w in work if w.description],
        titles=list(dict.fromkeys(t for t in titles if t)),
        occupation=occupation,
        label=label,
    )


def features_from_profile(profile: ProfileView) -> PersonFeatures:
    """What the stored profile brings: its skills (kinds and ids), current job's title and
    occupation, past jobs' titles and descriptions."""
    from sidedoor.doors.sources import seeker_from_profile

    seeker, _ = seeker_from_profile(profile, deal_breakers=False)
    job = profile.current_job
    titles = [job.title] if job else []
    titles += [w.title for w in profile.work]
    label = "your profile" + (f" ({job.title})" if job else "")
    return _features(profile.skills, profile.work, titles, seeker.occupation, label)


def features_from_imported(person: ImportedProfile, label: str) -> PersonFeatures:
    """What a résumé read with ``read_resume`` brings (nothing is stored)."""
    from sidedoor.doors.sources import seeker_from_imported

    seeker = seeker_from_imported(person)
    return _features(person.skills, person.work, [w.title for w in person.work],
                     seeker.occupation, label)


def read_resume(path: Path, knowledge_dir: Path) -> tuple[ImportedProfile, list[str]]:
    """A résumé (JSON Resume, PDF, DOCX, text) read and — with the knowledge store — its
    titles coded and implied skills added; returns the person and notes. Not stored."""
    from sidedoor.profile.enrich import enrich
    from sidedoor.profile.importers import import_paths

    person = import_paths([path])
    notes = enrich(person, knowledge_dir)
    return person, notes


def anchor(engine: PivotEngine, person: PersonFeatures) -> list[str]:
    """Ready ``person`` for the engine: drop an occupation code it does not know (an older
    release's code), saying so, and give the skill and knowledge elements the profile does
    not list the current occupation's O*NET levels (else the average occupation's), so a
    gap reads "3.5 needed; 3.1 now" rather than "0.0 now". Listed elements keep at least
    ``LISTED_LEVEL``."""
    import numpy as np

    from sidedoor.errors import SidedoorError

    notes: list[str] = []
    row = None
    if person.occupation:
        try:
            row = engine.resolve(person.occupation)
        except SidedoorError:
            notes.append(f"Occupation {person.occupation} is not in the installed O*NET "
                         "release: routes rest on the skills, technologies and titles alone.")
            person.occupation = None
    if not person.elements:
        return notes
    f = engine.features
    if row is not None and f.importance[row].sum() > 0:
        levels = np.asarray(f.level[row], dtype=float)
    else:
        rated = f.importance.sum(axis=1) > 0
        levels = np.asarray(f.level[rated].mean(axis=0), dtype=float)
    given = {e.removeprefix("onet:"): v for e, v in person.elements.items()}
    person.elements = {
        e: max(given[e], float(levels[j])) if e in given else round(float(levels[j]), 2)
        for j, e in enumerate(f.element_ids)
    }
    return notes
