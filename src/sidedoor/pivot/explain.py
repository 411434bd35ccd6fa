"""Why a route, and what it takes: the bridge, the gaps, the pay and the kind of move.

Computed only for the routes shown. The bridge lists what carries over, most specific first
(a shared "React" before a shared "Microsoft Excel"), its kinds ordered by how much each
family added to this route's score. The gaps name concrete things: technologies the target
uses that the source does not (ubiquitous office software left out, hot and in-demand ones
first), skills and knowledge rated clearly higher in the target, the education step and the
job-zone step.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from sidedoor.pivot.features import HOT, IN_DEMAND
from sidedoor.pivot.features import row_cells as cells
from sidedoor.pivot.models import BridgeItem, Gap, JobZoneStep, Move, Pay, PayFigure, Route

if TYPE_CHECKING:
    from sidedoor.pivot.engine import PivotEngine, Query, Scores

TOP_PER_KIND = 5
TOP_TECH_GAPS = 6
TOP_SKILL_GAPS = 4
UBIQUITOUS_SHARE = 0.25  # technologies in more occupations than this are not named as gaps
SKILL_GAP_MIN = 0.75  # level points (0-7) before a skill counts as a gap
SKILL_IMPORTANCE_MIN = 3.0  # importance (1-5) in the target before it counts at all
JOB_ZONES = {
    1: "little or no preparation", 2: "some preparation", 3: "medium preparation",
    4: "considerable preparation", 5: "extensive preparation",
}
# Which bridge kinds each family's contribution speaks for.
BRIDGE_FAMILIES = {
    "technology": ("technology", "tech_class"), "tool": ("tools",),
    "skill": ("skills",), "knowledge": ("skills",), "activity": ("activities", "tasks"),
}


def explain_route(engine: PivotEngine, query: Query, scores: Scores, i: int) -> Route:
    f = engine.features
    step = _step(query.job_zone, int(f.job_zones[i]))
    combined = float(scores.combined[i])
    return Route(
        code=f.codes[i], title=f.titles[i], score=engine.to_score(combined),
        move=_move(query.soc, f.socs[i], step),
        bridge=_bridge(engine, query, scores, i), gaps=_gaps(engine, query, i, step),
        wage_delta=_wage_delta(engine, query.row, i), pay=_pay(engine, query.row, i),
        job_zone=_job_zone(query.job_zone, int(f.job_zones[i]), step,
                           float(scores.penalty[i])),
        evidence={name: round(float(sims[i]), 3) for name, sims in scores.similarity.items()
                  if engine.has[name][i]},
    )


# ---------------------------------------------------------------- bridge


def _bridge(engine: PivotEngine, query: Query, scores: Scores, i: int) -> list[BridgeItem]:
    kinds: dict[str, list[BridgeItem]] = {
        "technology": _shared_technologies(engine, query, i),
        "tool": _shared_tools(engine, query, i),
        "activity": _shared_activities(engine, query, i),
    }
    skills = _shared_elements(engine, query, i)
    kinds["skill"] = [b for b in skills if b.kind == "skill"]
    kinds["knowledge"] = [b for b in skills if b.kind == "knowledge"]

    def weight(kind: str) -> float:
        return max((float(scores.contribution[fam][i]) for fam in BRIDGE_FAMILIES[kind]
                    if fam in scores.contribution), default=-math.inf)

    out: list[BridgeItem] = []
    for kind in sorted(kinds, key=lambda k: -weight(k)):
        out += kinds[kind][:TOP_PER_KIND]
    return out


def _tech_label(engine: PivotEngine, j: int, flag: int) -> str:
    commodity = engine.features.tech_commodity[j]
    marks = [m for m, bit in (("hot technology", HOT), ("in demand", IN_DEMAND)) if flag & bit]
    return " · ".join([commodity, *marks]) if commodity else " · ".join(marks)


def _shared_technologies(engine: PivotEngine, query: Query, i: int) -> list[BridgeItem]:
    f = engine.features
    fam = f.families["technology"]
    shared = [(j, int(flag)) for j, flag in cells(f.tech_flags, i) if j in query.technologies]
    shared.sort(key=lambda jf: (-fam.idf[jf[0]] * (1 + bool(jf[1] & HOT)), fam.terms[jf[0]]))
    return [BridgeItem(kind="technology", name=fam.terms[j],
                       detail=_tech_label(engine, j, flag)) for j, flag in shared[:TOP_PER_KIND]]


def _shared_tools(engine: PivotEngine, query: Query, i: int) -> list[BridgeItem]:
    f = engine.features
    fam = f.families["tools"]
    n_tools = len(f.tool_commodity)
    common = math.log((len(f.codes) + 1.0) / (UBIQUITOUS_SHARE * len(f.codes) + 0.5))
    shared = sorted((j for j, _ in cells(fam.matrix, i)
                     if j < n_tools and j in query.tools and fam.idf[j] > common),
                    key=lambda j: (-fam.idf[j], fam.terms[j]))
    return [BridgeItem(kind="tool", name=fam.terms[j], detail=f.tool_commodity[j])
            for j in shared[:TOP_PER_KIND]]


def _shared_activities(engine: PivotEngine, query: Query, i: int) -> list[BridgeItem]:
    f = engine.features
    idf = f.families["activities"].idf
    shared = [(j, min(c, query.dwas[j])) for j, c in cells(f.dwa_counts, i) if j in query.dwas]
    shared.sort(key=lambda jc: (-idf[jc[0]] * (1 + math.log(max(jc[1], 1.0))), jc[0]))
    return [BridgeItem(kind="activity", name=f.dwa_titles[j].rstrip("."))
            for j, _ in shared[:TOP_PER_KIND]]


def _element_z(engine: PivotEngine, importance: np.ndarray, level: np.ndarray) -> np.ndarray:
    f = engine.features
    return np.asarray((importance * level - f.skill_mean) / f.skill_std, dtype=np.float64)


def _shared_elements(engine: PivotEngine, query: Query, i: int) -> list[BridgeItem]:
    f = engine.features
    if query.importance is None or query.level is None or f.importance[i].sum() == 0:
        return []
    zq = _element_z(engine, query.importance, query.level)
    zt = _element_z(engine, f.importance[i], f.level[i])
    keep = ((zq > 0) & (zt > 0) & (query.importance >= SKILL_IMPORTANCE_MIN)
            & (f.importance[i] >= SKILL_IMPORTANCE_MIN))
    order = sorted(np.flatnonzero(keep).tolist(), key=lambda j: -zq[j] * zt[j])[:2 * TOP_PER_KIND]
    return [
        BridgeItem(kind="knowledge" if f.element_kinds[j] == "knowledge" else "skill",
                   name=f.element_names[j],
                   detail=f"level {query.level[j]:.1f} carried; {f.level[i][j]:.1f} used there")
        for j in order
    ]


# ---------------------------------------------------------------- gaps


def _gaps(engine: PivotEngine, query: Query, i: int, step: int | None) -> list[Gap]:
    gaps = _technology_gaps(engine, query, i) + _element_gaps(engine, query, i)
    education = _education_gap(engine, query, i)
    if education is not None:
        gaps.append(education)
    if step is not None and step > 0:
        f = engine.features
        target = int(f.job_zones[i])
        gaps.append(Gap(
            kind="job_zone", name=f"Job zone {query.job_zone} → {target}",
            detail=f"{JOB_ZONES[target]} usually needed" + (
                f"; a jump of {step} job zones, ranked lower for it" if step >= 2 else "")))
    return gaps


def is_generic(name: str) -> bool:
    """'Scheduling software', 'Web server software': a kind of software, not a product."""
    words = name.split()
    return len(words) >= 2 and all(w.islower() for w in words[1:]) and not any(
        ch.isdigit() for ch in name)


def _technology_gaps(engine: PivotEngine, query: Query, i: int) -> list[Gap]:
    """Technologies the target uses and the source does not. Ranked: in demand, then hot,
    then generic kinds ("Scheduling software") last; within that, those that belong to the
    target's field (the share of the occupations using it that are in the target's SOC major
    group) and are widely used there, a product of a kind the source already uses later.
    At most two of one kind are named."""
    f = engine.features
    fam = f.families["technology"]
    limit = UBIQUITOUS_SHARE * len(f.codes)
    major = engine.major_of[i]
    known: dict[str, list[str]] = {}
    for j in sorted(query.technologies, key=lambda j: -fam.idf[j]):
        known.setdefault(f.tech_commodity[j], []).append(fam.terms[j])

    def rank(j: int, flag: int) -> tuple[int, float, str]:
        df = float(engine.tech_df[j])
        tier = -1 if is_generic(fam.terms[j]) else 2 * bool(flag & IN_DEMAND) + bool(flag & HOT)
        field = float(engine.tech_by_major[j, major]) / df * math.log1p(df)
        if f.tech_commodity[j] in known:
            field *= 0.5
        return -tier, -field, fam.terms[j]

    missing = [(j, int(flag)) for j, flag in cells(f.tech_flags, i)
               if j not in query.technologies and engine.tech_df[j] <= limit]
    missing.sort(key=lambda jf: rank(*jf))
    gaps: list[Gap] = []
    per_kind: dict[str, int] = {}
    for j, flag in missing:
        kind = f.tech_commodity[j]
        if per_kind.get(kind, 0) >= 2:
            continue
        per_kind[kind] = per_kind.get(kind, 0) + 1
        detail = _tech_label(engine, j, flag)
        if known.get(kind):
            detail += f"; you use the same kind: {', '.join(known[kind][:2])}"
        gaps.append(Gap(kind="technology", name=fam.terms[j], detail=detail))
        if len(gaps) == TOP_TECH_GAPS:
            break
    return gaps


def _element_gaps(engine: PivotEngine, query: Query, i: int) -> list[Gap]:
    f = engine.features
    if query.level is None or f.importance[i].sum() == 0:
        return []
    gap = f.level[i] - query.level
    keep = (gap >= SKILL_GAP_MIN) & (f.importance[i] >= SKILL_IMPORTANCE_MIN)
    order = sorted(np.flatnonzero(keep).tolist(), key=lambda j: -f.importance[i][j] * gap[j])
    return [
        Gap(kind="knowledge" if f.element_kinds[j] == "knowledge" else "skill",
            name=f.element_names[j], level_gap=round(float(gap[j]), 2),
            detail=f"level {f.level[i][j]:.1f} needed (importance {f.importance[i][j]:.1f}/5); "
                   f"{query.level[j]:.1f} now")
        for j in order[:TOP_SKILL_GAPS]
    ]


def typical_education(shares: np.ndarray) -> int | None:
    """The median education category (1-12) of the workers' answers; None without data."""
    total = float(shares.sum())
    if total <= 0:
        return None
    cumulative = np.cumsum(shares) / total
    return int(np.searchsorted(cumulative, 0.5)) + 1


def _education_gap(engine: PivotEngine, query: Query, i: int) -> Gap | None:
    f = engine.features
    target = typical_education(f.education[i])
    if target is None:
        return None
    source = typical_education(f.education[query.row]) if query.row is not None else None
    label = f.education_labels[target - 1]
    at_least = float(f.education[i][target - 1:].sum() / max(f.education[i].sum(), 1e-9) * 100)
    if source is None:
        if target < 5:  # below an associate's degree: not worth naming without a comparison
            return None
        return Gap(kind="education", name=label,
                   detail=f"typical level: {at_least:.0f}% of workers say at least this is "
                          "required")
    if target <= source:
        return None
    return Gap(kind="education", name=label,
               detail=f"typical level ({at_least:.0f}% of workers say at least this is "
                      f"required); typical now: {f.education_labels[source - 1]}")


# ---------------------------------------------------------------- moves, pay, job zones


def _step(source: int, target: int) -> int | None:
    return target - source if source > 0 and target > 0 else None


def _move(source_soc: str, target_soc: str, step: int | None) -> Move:
    if source_soc and source_soc[:2] != target_soc[:2]:
        return "change of field"
    if step is None or step == 0:
        return "lateral"
    return "step up" if step > 0 else "step down"


def _job_zone(source: int, target: int, step: int | None, penalty: float) -> JobZoneStep:
    note = ""
    if target == 0:
        note = "O*NET assigns no job zone to this occupation."
    elif source == 0:
        note = "No job zone known for the source: no step computed."
    elif step is not None and abs(step) >= 2:
        way = "up" if step > 0 else "down"
        note = f"A jump of {abs(step)} job zones {way}: ranked lower for it."
    return JobZoneStep(source=source or None, target=target or None, step=step,
                       penalised=penalty > 0, note=note)


def _figure(engine: PivotEngine, i: int) -> PayFigure | None:
    f = engine.features
    if not f.wage_soc[i]:
        return None
    annual, hourly = float(f.wage_annual[i]), float(f.wage_hourly[i])
    return PayFigure(soc_code=f.wage_soc[i], basis="broader" if f.wage_basis[i] == "broader"
                     else "exact", annual_median=None if math.isnan(annual) else round(annual),
                     hourly_median=None if math.isnan(hourly) else round(hourly, 2))


def _wage_delta(engine: PivotEngine, row: int | None, i: int) -> float | None:
    if row is None:
        return None
    a, b = float(engine.features.wage_annual[row]), float(engine.features.wage_annual[i])
    return None if math.isnan(a) or math.isnan(b) else float(round(b - a))


def _pay(engine: PivotEngine, row: int | None, i: int) -> Pay:
    f = engine.features
    source = _figure(engine, row) if row is not None else None
    target = _figure(engine, i)
    notes = []
    for side, figure, r in (("source", source, row), ("target", target, i)):
        if r is None:
            continue
        if figure is None:
            notes.append(f"BLS OEWS publishes no wages for the {side} ({f.socs[r]}).")
        elif figure.annual_median is None:
            why = ("top-coded by BLS" if f.wage_topcoded[r] else
                   "BLS publishes only hourly wages for it")
            notes.append(f"No annual median for the {side}: {why}.")
        elif figure.basis == "broader":
            notes.append(f"The {side}'s figure is for the broader SOC group {figure.soc_code}.")
    if source is not None and target is not None and source.soc_code == target.soc_code:
        notes.append(f"Both are in OEWS group {source.soc_code}: BLS publishes one figure for "
                     "them, so the pay difference shows as 0.")
    if row is None:
        notes.append("No current occupation given, so no pay difference.")
    return Pay(source=source, target=target, note=" ".join(notes))
