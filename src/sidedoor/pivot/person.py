"""A pivot query from what a person brings, weighted like the occupation rows.

Technology and tool names are matched to O*NET's examples case-insensitively (ids from the
skill extractor, ``onet:technology/Python``, are accepted). Skill and knowledge levels given
on O*NET's 0-7 scale are read as importance x level with a middling importance; elements
not given count as average (z = 0), so a short list is not read as "no skills at all".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from sidedoor.pivot import text
from sidedoor.pivot.engine import (
    Query,
    classification_vector,
    family_vector,
    text_counts,
)
from sidedoor.pivot.models import PersonFeatures, Source

if TYPE_CHECKING:
    from sidedoor.pivot.engine import PivotEngine

ASSUMED_IMPORTANCE = 3.5  # O*NET 1-5 importance assumed for an element a person lists
PREFIXES = ("onet:technology/", "onet:tool/", "onet:")


def _name(value: str) -> str:
    for prefix in PREFIXES:
        if value.startswith(prefix):
            return value[len(prefix):]
    return value


def person_query(engine: PivotEngine, person: PersonFeatures) -> Query:
    f = engine.features
    fams = f.families
    vectors: dict[str, sparse.csr_matrix] = {}
    notes: list[str] = []

    # Technologies and tools, and their commodity classes.
    tech: set[int] = set()
    tools: set[int] = set()
    unknown: list[str] = []
    for raw in person.technologies:
        key = _name(raw).strip().lower()
        if key in engine.tech_lower:
            tech.add(engine.tech_lower[key])
        elif key in engine.tool_lower:
            tools.add(engine.tool_lower[key])
        else:
            unknown.append(raw)
    if unknown:
        notes.append("Not in O*NET's technology or tool lists, left out: "
                     + ", ".join(sorted(set(unknown))[:10]) + ".")
    vectors["technology"] = family_vector(fams["technology"], dict.fromkeys(tech, 1.0), False)
    classes: dict[int, float] = {}
    class_index = engine.term_index["tech_class"]
    for j in tech:
        c = class_index.get(f.tech_commodity[j])
        if c is not None:
            classes[c] = classes.get(c, 0.0) + 1.0
    vectors["tech_class"] = family_vector(fams["tech_class"], classes)
    tool_counts: dict[int, float] = dict.fromkeys(tools, 1.0)
    tool_index = engine.term_index["tools"]
    for j in tools:
        c = tool_index.get("class:" + f.tool_commodity[j])
        if c is not None:
            tool_counts[c] = tool_counts.get(c, 0.0) + 1.0
    vectors["tools"] = family_vector(fams["tools"], tool_counts)

    # Activities: DWAs given, and those of the tasks given.
    dwas: dict[int, float] = {}
    for d in [*person.dwa_ids, *(d for t in person.task_ids for d in f.task_dwa.get(t, []))]:
        column = engine.dwa_col.get(d)
        if column is not None:
            dwas[column] = dwas.get(column, 0.0) + 1.0
    act_index = engine.term_index["activities"]
    act: dict[int, float] = dict(dwas)
    for j, w in dwas.items():
        for parent in (f.dwa_iwa[j], f.dwa_gwa[j]):
            c = act_index.get(parent)
            if c is not None:
                act[c] = act.get(c, 0.0) + w
    vectors["activities"] = family_vector(fams["activities"], act)

    # Skills and knowledge.
    importance = level = None
    if person.elements:
        col = {e: j for j, e in enumerate(f.element_ids)}
        z = np.zeros(len(col))
        level = np.zeros(len(col), dtype=np.float32)
        importance = np.zeros(len(col), dtype=np.float32)
        for raw, value in person.elements.items():
            e = col.get(_name(raw))
            if e is None:
                continue
            lv = min(max(float(value), 0.0), 7.0)
            level[e], importance[e] = lv, ASSUMED_IMPORTANCE
            z[e] = (ASSUMED_IMPORTANCE * lv - f.skill_mean[e]) / f.skill_std[e]
        norm = float(np.linalg.norm(z))
        vectors["skills"] = sparse.csr_matrix((z / norm if norm else z).astype(np.float32))
        if not norm:
            importance = level = None

    # Task text (free text and the statements of the task ids) and titles.
    statements = [*person.tasks, *(f.task_text[t] for t in person.task_ids if t in f.task_text)]
    vectors["tasks"] = family_vector(fams["tasks"],
                                     text_counts(engine.term_index["tasks"], statements))
    vectors["titles"] = family_vector(
        fams["titles"], text_counts(engine.term_index["titles"], person.titles,
                                    text.TITLE_STOP_WORDS))

    # The current occupation anchors the SOC group, job zone and pay.
    row = None
    soc = ""
    zone = person.job_zone or 0
    if person.occupation:
        row = engine.resolve(person.occupation)
        soc = f.socs[row]
        zone = zone or int(f.job_zones[row])
        vectors["classification"] = classification_vector(engine, soc)
    if all(v.nnz == 0 for v in vectors.values()):
        notes.append("Nothing in this profile matched O*NET's technologies, skills, tasks or "
                     "titles, so there are no routes to show.")
    return Query(
        vectors=vectors,
        source=Source(kind="profile", code=f.codes[row] if row is not None else None,
                      title=person.label, job_zone=zone or None),
        row=row, job_zone=zone, soc=soc, importance=importance, level=level,
        technologies=tech, tools=tools, dwas=dwas, notes=notes,
    )

