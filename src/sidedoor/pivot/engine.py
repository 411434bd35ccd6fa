"""The pivot engine: which occupations a set of skills, technologies and tasks transfers to.

    engine = load_engine(knowledge_dir)          # cached matrices, about 0.3 s to load
    report = engine.routes("15-1254.00", limit=10)
    report = engine.routes_from_features(PersonFeatures(technologies=["Python"], ...))

A query is one vector per feature family (see :mod:`sidedoor.pivot.features`). Scoring is one
sparse product per family, then per family a z-score over all occupations (so a family whose
similarities run high does not drown the others), then a weighted mean over the families both
sides have data for, minus a penalty for large job-zone jumps. Only the top routes are
explained (:mod:`sidedoor.pivot.explain`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse

from sidedoor.errors import UnknownOccupation
from sidedoor.knowledge.store import normalise_code
from sidedoor.pivot import text
from sidedoor.pivot.features import (
    FAMILIES,
    SOC_LEVELS,
    Family,
    PivotFeatures,
    row_cells,
    soc_terms,
)
from sidedoor.pivot.models import PersonFeatures, PivotReport, Source

# Family weights, tuned on our own evaluation set (benchmarks/pivot/related_eval.txt).
WEIGHTS: dict[str, float] = {
    "technology": 1.0, "tech_class": 1.5, "tools": 1.0, "activities": 1.0, "skills": 2.0,
    "interests": 0.25, "tasks": 4.0, "titles": 3.0, "classification": 0.25,
}
# Subtracted from the combined z-score for a job-zone jump of 0, 1, 2, 3 or more; a target
# without a job zone counts as a jump of 1.
JOB_ZONE_PENALTY: tuple[float, ...] = (0.0, 0.25, 1.0, 2.0)
PENALISED_STEP = 2  # from here on the route says it was ranked lower for the jump
SCORE_SCALE = 4.0
FloatVec = npt.NDArray[np.float64]


@dataclass
class Query:
    """One side of a comparison: a vector per family and what explanations need."""

    vectors: dict[str, sparse.csr_matrix]
    source: Source
    row: int | None = None  # the source occupation's row, left out of the results
    job_zone: int = 0
    soc: str = ""
    importance: npt.NDArray[np.float32] | None = None
    level: npt.NDArray[np.float32] | None = None
    technologies: set[int] = field(default_factory=set)  # technology columns
    tools: set[int] = field(default_factory=set)  # tool example columns
    dwas: dict[int, float] = field(default_factory=dict)  # DWA column -> weight
    notes: list[str] = field(default_factory=list)


@dataclass
class Scores:
    combined: FloatVec  # after the penalty; -inf for the source and unscorable rows
    similarity: dict[str, FloatVec]  # raw cosine per family
    contribution: dict[str, FloatVec]  # weighted z per family (before renormalising)
    penalty: FloatVec


class PivotEngine:
    """Routes from an occupation or a person to other occupations. Never prints."""

    def __init__(self, features: PivotFeatures, weights: dict[str, float] | None = None,
                 penalty: tuple[float, ...] = JOB_ZONE_PENALTY) -> None:
        self.features = features
        self.weights = dict(WEIGHTS if weights is None else weights)
        self.penalty = penalty
        self.row = features.index
        self.has = {name: fam.has_data() for name, fam in features.families.items()}
        self.term_index = {name: {t: j for j, t in enumerate(fam.terms)}
                           for name, fam in features.families.items()}
        tech_terms = features.families["technology"].terms
        self.tech_lower = {t.lower(): j for j, t in enumerate(tech_terms)}
        tool_terms = features.families["tools"].terms[: len(features.tool_commodity)]
        self.tool_lower = {t.lower(): j for j, t in enumerate(tool_terms)}
        self.dwa_col = {d: j for j, d in enumerate(
            features.families["activities"].terms[: len(features.dwa_titles)])}
        # Per technology: how many occupations use it, in all and per SOC major group.
        majors = sorted({soc[:2] for soc in features.socs})
        self.major_of = np.array([majors.index(soc[:2]) for soc in features.socs])
        n = len(features.codes)
        onehot = sparse.csr_matrix((np.ones(n), (np.arange(n), self.major_of)),
                                   shape=(n, len(majors)))
        presence = features.tech_flags.astype(np.float64)
        presence.data[:] = 1.0
        self.tech_by_major = np.asarray((presence.T @ onehot).todense())
        self.tech_df = self.tech_by_major.sum(axis=1)

    # ------------------------------------------------------------ queries

    def resolve(self, code: str) -> int:
        """The row of an O*NET-SOC code ('15-1252', '15-1252.00'); UnknownOccupation if none."""
        normal = normalise_code(code)
        if normal is not None:
            if normal in self.row:
                return self.row[normal]
            siblings = [c for c in self.features.codes if c.startswith(normal[:7])]
            if "." not in code and len(siblings) == 1:
                return self.row[siblings[0]]
        near = [(c, t) for c, t in zip(self.features.codes, self.features.titles, strict=True)
                if normal and c.startswith(normal[:5])][:5]
        raise UnknownOccupation(code.strip(), near)

    def occupation_query(self, row: int) -> Query:
        f = self.features
        rated = bool(f.importance[row].sum() > 0)
        flags = row_cells(f.tech_flags, row)
        counts = row_cells(f.dwa_counts, row)
        n_tools = len(f.tool_commodity)
        tools = row_cells(f.families["tools"].matrix, row)
        return Query(
            vectors={name: fam.matrix[row] for name, fam in f.families.items()},
            source=Source(kind="occupation", code=f.codes[row], title=f.titles[row],
                          job_zone=int(f.job_zones[row]) or None),
            row=row, job_zone=int(f.job_zones[row]), soc=f.socs[row],
            importance=f.importance[row] if rated else None,
            level=f.level[row] if rated else None,
            technologies={j for j, _ in flags},
            tools={j for j, _ in tools if j < n_tools},
            dwas=dict(counts),
        )

    def person_query(self, person: PersonFeatures) -> Query:
        """A query from a person's technologies, skill levels, tasks and titles."""
        from sidedoor.pivot.person import person_query

        return person_query(self, person)

    # ------------------------------------------------------------ scoring

    def score(self, query: Query) -> Scores:
        f = self.features
        n = len(f.codes)
        num = np.zeros(n)
        den = np.zeros(n)
        similarity: dict[str, FloatVec] = {}
        contribution: dict[str, FloatVec] = {}
        for name in FAMILIES:
            weight = self.weights.get(name, 0.0)
            vector = query.vectors.get(name)
            if vector is None or vector.nnz == 0:
                continue
            dense = np.zeros(vector.shape[1], dtype=np.float32)
            dense[vector.indices] = vector.data
            sims = np.asarray(f.families[name].matrix @ dense, dtype=np.float64)
            similarity[name] = sims
            if weight <= 0:
                continue
            has = self.has[name].copy()
            if query.row is not None:
                has[query.row] = False
            if has.sum() < 2:
                continue
            mean, std = sims[has].mean(), sims[has].std()
            z = (sims - mean) / (std if std > 0 else 1.0)
            contribution[name] = weight * z * has
            num += contribution[name]
            den += weight * has
        combined = np.full(n, -np.inf)
        ok = den > 0
        combined[ok] = num[ok] / den[ok]
        penalty = self.job_zone_penalty(query.job_zone)
        combined -= penalty
        if query.row is not None:
            combined[query.row] = -np.inf
        return Scores(combined, similarity, contribution, penalty)

    def job_zone_penalty(self, zone: int) -> FloatVec:
        zones = self.features.job_zones
        if zone <= 0:
            return np.zeros(len(zones))
        steps = np.abs(zones - zone)
        steps[zones == 0] = 1
        steps = np.minimum(steps, len(self.penalty) - 1)
        return np.asarray(self.penalty, dtype=np.float64)[steps]

    def top(self, scores: Scores, limit: int) -> list[int]:
        finite = np.isfinite(scores.combined)
        k = min(limit, int(finite.sum()))
        if k <= 0:
            return []
        part = np.argpartition(-np.where(finite, scores.combined, -1e18), k - 1)[:k]
        return sorted(part.tolist(), key=lambda i: (-scores.combined[i], i))

    @staticmethod
    def to_score(combined: float) -> float:
        """The combined z-score squashed to 0-1 (1 - exp(-z / SCORE_SCALE))."""
        return round(1.0 - math.exp(-max(combined, 0.0) / SCORE_SCALE), 4)

    # ------------------------------------------------------------ reports

    def routes(self, source: str, limit: int = 10) -> PivotReport:
        """Routes from an occupation's O*NET profile, best first."""
        return self.report(self.occupation_query(self.resolve(source)), limit)

    def routes_from_features(self, person: PersonFeatures, limit: int = 10) -> PivotReport:
        """Routes from what a person brings (technologies, skills, tasks, titles)."""
        return self.report(self.person_query(person), limit)

    def report(self, query: Query, limit: int = 10) -> PivotReport:
        from sidedoor.pivot.explain import explain_route

        scores = self.score(query)
        routes = [explain_route(self, query, scores, i) for i in self.top(scores, limit)]
        notes = list(query.notes)
        if query.importance is None and query.source.kind == "occupation":
            notes.append("O*NET has no skill or knowledge ratings for this occupation: routes "
                         "rest on its tasks, technologies, activities and titles.")
        return PivotReport(source=query.source, routes=routes, notes=notes, credits=CREDITS)


CREDITS = [
    "This product includes information from the O*NET 29.3 Database by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license.",
    "Pay: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, "
    "May 2025.",
]


def load_engine(knowledge_dir: Path) -> PivotEngine:
    """The engine over the installed store's cached features (built on first use)."""
    from sidedoor.pivot.cache import load_or_build

    return PivotEngine(load_or_build(knowledge_dir))


def family_vector(family: Family, counts: dict[int, float], sublinear: bool = True
                  ) -> sparse.csr_matrix:
    """A query row weighted like the family's rows: TF (1 + log) x IDF, per-block L2 with
    the family's block shares, then L2 overall."""
    d = len(family.terms)
    x = np.zeros(d)
    for j, c in counts.items():
        if c > 0:
            x[j] = (1.0 + math.log(c)) if (sublinear and c >= 1) else c
    x *= family.idf
    blocks = family.block if family.block is not None else np.zeros(d, dtype=np.int32)
    for b, share in enumerate(family.shares):
        mask = blocks == b
        norm = float(np.linalg.norm(x[mask]))
        if norm > 0:
            x[mask] *= math.sqrt(share) / norm
    norm = float(np.linalg.norm(x))
    if norm > 0:
        x /= norm
    return sparse.csr_matrix(x.astype(np.float32))


def text_counts(index: dict[str, int], texts: list[str], stop: frozenset[str] = text.STOP_WORDS,
                weight: float = 1.0) -> dict[int, float]:
    counts: dict[int, float] = {}
    for term in text.all_terms(texts, stop):
        j = index.get(term)
        if j is not None:
            counts[j] = counts.get(j, 0.0) + weight
    return counts


def classification_vector(engine: PivotEngine, soc: str) -> sparse.csr_matrix:
    index = engine.term_index["classification"]
    d = len(index)
    x = np.zeros(d, dtype=np.float32)
    for level, term in soc_terms(soc):
        j = index.get(f"L{level}:{term}")
        if j is not None:
            x[j] = math.sqrt(SOC_LEVELS[level])
    return sparse.csr_matrix(x)

