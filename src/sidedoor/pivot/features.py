"""Occupation feature matrices: one L2-normalised sparse matrix per family of evidence.

Families (rows = occupations, in code order; a row with no data is all zeros):

``technology``   example software ("Kubernetes"), weight idf x (1 + hot + in demand)
``tech_class``   the UNSPSC commodity classes of that software ("Development environment")
``tools``        example tools and their commodity classes
``activities``   detailed work activities (DWAs) from tasks, then their IWAs and GWAs
``skills``       skill and knowledge importance x level, each element z-scored across
                 occupations, so the generic profile every job shares cancels out
``interests``    RIASEC interests and work styles, z-scored the same way
``tasks``        TF-IDF of task statements and the description (words and bigrams)
``titles``       TF-IDF of the title, alternate and reported titles
``classification`` the SOC hierarchy: same major / minor / broad group / detailed code

IDF everywhere is ``log((N + 1) / (df + 0.5))``, so an item every occupation has (Microsoft
Excel, "Maintain records") weighs almost nothing. A cosine between two rows of a family is
then a dot product, and a query is one sparse product per family.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from scipy import sparse

from sidedoor.pivot import text
from sidedoor.pivot.read import Catalogue

FEATURE_VERSION = "3"
FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int32]

FAMILIES: tuple[str, ...] = (
    "technology", "tech_class", "tools", "activities", "skills", "interests", "tasks",
    "titles", "classification",
)
HOT, IN_DEMAND = 2, 4  # bit flags in PivotFeatures.tech_flags (1 = present)
SKILL_DOMAINS = ("skill", "knowledge")
RIASEC = ("1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e", "1.B.1.f")
# Share of the squared norm of a row given to each block of a two- or three-block family.
ACTIVITY_BLOCKS = (0.6, 0.3, 0.1)  # DWA, IWA, GWA
TOOL_BLOCKS = (0.6, 0.4)  # examples, commodity classes
INTEREST_BLOCKS = (0.7, 0.3)  # RIASEC, work styles
# SOC hierarchy: squared weights of major, minor, broad, detailed (sum 1), so occupations in
# the same broad group score 0.8, the same minor group 0.5, the same major group 0.2.
SOC_LEVELS = (0.2, 0.3, 0.3, 0.2)
SUPPLEMENTAL_TASK = 0.5
OFFICIAL_TITLE = 3.0


@dataclass
class Family:
    """One family: its L2-normalised matrix, the term of each column and its IDF.

    A family joined from blocks (DWA/IWA/GWA) says which block each column is in and the
    share of the squared norm each block gets, so a query vector is weighted the same way.
    """

    matrix: sparse.csr_matrix
    terms: list[str]
    idf: FloatArray
    block: IntArray | None = None
    shares: tuple[float, ...] = (1.0,)

    def has_data(self) -> npt.NDArray[np.bool_]:
        return np.diff(self.matrix.indptr) > 0


@dataclass
class PivotFeatures:
    """Everything a pivot query and its explanation need, for one data release."""

    key: str
    codes: list[str]
    socs: list[str]
    titles: list[str]
    job_zones: IntArray  # 0 = O*NET assigns none
    families: dict[str, Family]
    # Explanation data.
    tech_flags: sparse.csr_matrix  # occupation x technology example (bit flags)
    tech_commodity: list[str]  # commodity title per technology column
    dwa_counts: sparse.csr_matrix  # occupation x DWA: tasks per DWA (core 1, suppl. 0.5)
    dwa_titles: list[str]  # per DWA column (terms of `activities` start with the DWA ids)
    element_ids: list[str]  # skill then knowledge elements
    element_names: list[str]
    element_kinds: list[str]  # 'skill' | 'knowledge'
    importance: FloatArray  # occupation x element (0 where not rated)
    level: FloatArray
    education: FloatArray  # occupation x category 1..12 (percent; column 0 = category 1)
    education_labels: list[str]
    wage_annual: FloatArray  # NaN = not released
    wage_hourly: FloatArray
    wage_soc: list[str]  # '' = no OEWS row
    wage_basis: list[str]
    wage_topcoded: npt.NDArray[np.bool_]
    tool_commodity: list[str] = field(default_factory=list)  # per tool example column
    dwa_iwa: list[str] = field(default_factory=list)  # per DWA column
    dwa_gwa: list[str] = field(default_factory=list)
    skill_mean: FloatArray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    skill_std: FloatArray = field(default_factory=lambda: np.ones(0, dtype=np.float32))
    task_dwa: dict[int, list[str]] = field(default_factory=dict)  # task id -> DWA ids
    task_text: dict[int, str] = field(default_factory=dict)

    @property
    def index(self) -> dict[str, int]:
        return {code: i for i, code in enumerate(self.codes)}


# ---------------------------------------------------------------- helpers


def row_cells(m: sparse.csr_matrix, i: int) -> list[tuple[int, float]]:
    """(column, value) of row i, straight from the CSR arrays (no sub-matrix built)."""
    lo, hi = int(m.indptr[i]), int(m.indptr[i + 1])
    return list(zip(m.indices[lo:hi].tolist(), m.data[lo:hi].tolist(), strict=True))


def idf_of(df: npt.NDArray[np.float64], n: int) -> FloatArray:
    return np.log((n + 1.0) / (df + 0.5)).astype(np.float32)


def l2_rows(m: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    out: sparse.csr_matrix = sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)
    out.eliminate_zeros()
    return out.astype(np.float32)


def blocks(parts: Iterable[tuple[sparse.csr_matrix, float]]) -> sparse.csr_matrix:
    """Join L2-normalised blocks side by side, block b scaled by sqrt(share_b)."""
    joined = sparse.hstack([l2_rows(m) * math.sqrt(share) for m, share in parts], format="csr")
    return l2_rows(joined)


def counts_matrix(rows: Iterable[tuple[int, str, float]], n: int,
                  min_df: int = 1) -> tuple[sparse.csr_matrix, list[str]]:
    """(row, term, weight) triples summed into an n x terms matrix; terms in fewer than
    ``min_df`` rows dropped, the rest sorted."""
    vocab: dict[str, int] = {}
    r_idx: list[int] = []
    c_idx: list[int] = []
    vals: list[float] = []
    for r, term, weight in rows:
        r_idx.append(r)
        c_idx.append(vocab.setdefault(term, len(vocab)))
        vals.append(weight)
    m = sparse.coo_matrix(
        (np.array(vals, dtype=np.float64),
         (np.array(r_idx, dtype=np.int64), np.array(c_idx, dtype=np.int64))),
        shape=(n, len(vocab))).tocsr()
    m.sum_duplicates()
    df = np.bincount(m.indices, minlength=len(vocab))
    keep = sorted((t for t, j in vocab.items() if df[j] >= min_df))
    order = np.array([vocab[t] for t in keep], dtype=np.int64)
    matrix: sparse.csr_matrix = m[:, order].tocsr() if len(order) else sparse.csr_matrix(
        (n, 0))
    return matrix, keep


def tfidf(counts: sparse.csr_matrix, sublinear: bool = True) -> tuple[sparse.csr_matrix,
                                                                       FloatArray]:
    """Sublinear TF (1 + log tf) times IDF, rows L2-normalised; returns (matrix, idf)."""
    m = counts.tocsr(copy=True).astype(np.float64)
    if sublinear:
        m.data = 1.0 + np.log(np.maximum(m.data, 1e-9)) * (m.data >= 1) + (m.data < 1) * (
            m.data - 1.0)
    df = np.bincount(m.indices, minlength=m.shape[1]).astype(np.float64)
    idf = idf_of(df, m.shape[0])
    weighted: sparse.csr_matrix = sparse.csr_matrix(m @ sparse.diags(idf.astype(np.float64)))
    return l2_rows(weighted), idf


def zscore_dense(values: npt.NDArray[np.float64], present: npt.NDArray[np.bool_]
                 ) -> npt.NDArray[np.float64]:
    """Each column z-scored over the rows that have data; rows without data stay zero."""
    out = np.zeros_like(values)
    if present.any():
        rows = values[present]
        mean, std = rows.mean(axis=0), rows.std(axis=0)
        std[std == 0] = 1.0
        out[present] = (rows - mean) / std
    return out


# ---------------------------------------------------------------- families


def build_features(cat: Catalogue, key: str) -> PivotFeatures:
    n = len(cat.codes)
    row = {code: i for i, code in enumerate(cat.codes)}
    fams: dict[str, Family] = {}

    # Technology: examples (with hot / in-demand flags) and their commodity classes.
    flags: dict[tuple[int, str], int] = {}
    commodity: dict[str, str] = {}
    for t in cat.technologies:
        if t.code in row:
            cell = (row[t.code], t.example)
            flags[cell] = flags.get(cell, 0) | 1 | (HOT if t.hot else 0) | (
                IN_DEMAND if t.in_demand else 0)
            commodity.setdefault(t.example, t.commodity)
    flag_m, tech_terms = counts_matrix(((r, e, float(f)) for (r, e), f in flags.items()), n)
    presence = flag_m.copy()
    presence.data = np.ones_like(presence.data)
    df = np.bincount(presence.indices, minlength=presence.shape[1]).astype(np.float64)
    idf = idf_of(df, n)
    boost = presence.copy()
    codes_ = flag_m.data.astype(np.int64)
    boost.data = 1.0 + 0.5 * ((codes_ & HOT) > 0) + 0.5 * ((codes_ & IN_DEMAND) > 0)
    fams["technology"] = Family(l2_rows(sparse.csr_matrix(boost @ sparse.diags(idf))),
                                tech_terms, idf)
    class_m, class_terms = counts_matrix(
        ((row[t.code], t.commodity, 1.0) for t in cat.technologies
         if t.code in row and t.commodity), n)
    m, idf = tfidf(class_m)
    fams["tech_class"] = Family(m, class_terms, idf)

    # Tools: examples and commodity classes.
    tool_m, tool_terms = counts_matrix(
        ((row[t.code], t.example, 1.0) for t in cat.tools if t.code in row), n, min_df=2)
    tclass_m, tclass_terms = counts_matrix(
        ((row[t.code], t.commodity, 1.0) for t in cat.tools if t.code in row and t.commodity),
        n)
    (m1, idf1), (m2, idf2) = tfidf(tool_m), tfidf(tclass_m)
    fams["tools"] = Family(blocks([(m1, TOOL_BLOCKS[0]), (m2, TOOL_BLOCKS[1])]),
                           tool_terms + ["class:" + t for t in tclass_terms],
                           np.concatenate([idf1, idf2]), _block_ids(m1, m2), TOOL_BLOCKS)
    tool_class = {t.example: t.commodity for t in cat.tools}

    # Activities: DWAs (weighted by the tasks that carry them), IWAs, GWAs.
    core = {(t.code, t.task_id): t.core for t in cat.tasks}
    dwa_rows = [(row[c], d, 1.0 if core.get((c, tid), True) else SUPPLEMENTAL_TASK)
                for c, tid, d in cat.task_dwas if c in row and d in cat.dwas]
    dwa_m, dwa_terms = counts_matrix(dwa_rows, n)
    iwa_m, iwa_terms = counts_matrix(((r, cat.dwas[d].iwa_id, w) for r, d, w in dwa_rows), n)
    gwa_m, gwa_terms = counts_matrix(
        ((r, cat.dwas[d].element_id, w) for r, d, w in dwa_rows if cat.dwas[d].element_id), n)
    parts = [tfidf(dwa_m), tfidf(iwa_m), tfidf(gwa_m)]
    fams["activities"] = Family(
        blocks([(p[0], share) for p, share in zip(parts, ACTIVITY_BLOCKS, strict=True)]),
        dwa_terms + iwa_terms + gwa_terms, np.concatenate([p[1] for p in parts]),
        _block_ids(dwa_m, iwa_m, gwa_m), ACTIVITY_BLOCKS)

    # Skills and knowledge: importance x level, z-scored per element.
    elements = sorted({(r.domain, r.element_id, r.name) for r in cat.ratings
                       if r.domain in SKILL_DOMAINS},
                      key=lambda e: (SKILL_DOMAINS.index(e[0]), e[1]))
    ecol = {e[1]: j for j, e in enumerate(elements)}
    importance = np.zeros((n, len(elements)), dtype=np.float32)
    level = np.zeros((n, len(elements)), dtype=np.float32)
    for r in cat.ratings:
        if r.element_id in ecol and r.code in row:
            importance[row[r.code], ecol[r.element_id]] = r.importance or 0.0
            level[row[r.code], ecol[r.element_id]] = r.level or 0.0
    rated = importance.sum(axis=1) > 0
    product = importance.astype(np.float64) * level
    z = zscore_dense(product, rated)
    skill_mean = product[rated].mean(axis=0) if rated.any() else np.zeros(len(elements))
    skill_std = product[rated].std(axis=0) if rated.any() else np.ones(len(elements))
    skill_std[skill_std == 0] = 1.0
    fams["skills"] = Family(l2_rows(sparse.csr_matrix(z)), [e[1] for e in elements],
                            np.ones(len(elements), dtype=np.float32))

    # Interests (RIASEC) and work styles.
    styles = sorted({r.element_id for r in cat.ratings if r.domain == "work_style"})
    interest = np.zeros((n, len(RIASEC)))
    style = np.zeros((n, len(styles)))
    for r in cat.ratings:
        if r.code not in row:
            continue
        if r.domain == "interest" and r.element_id in RIASEC:
            interest[row[r.code], RIASEC.index(r.element_id)] = r.value or 0.0
        elif r.domain == "work_style":
            style[row[r.code], styles.index(r.element_id)] = r.importance or 0.0
    zi = zscore_dense(interest, interest.sum(axis=1) > 0)
    zs = zscore_dense(style, style.sum(axis=1) > 0)
    fams["interests"] = Family(
        blocks([(sparse.csr_matrix(zi), INTEREST_BLOCKS[0]),
                (sparse.csr_matrix(zs), INTEREST_BLOCKS[1])]),
        list(RIASEC) + styles, np.ones(len(RIASEC) + len(styles), dtype=np.float32),
        np.array([0] * len(RIASEC) + [1] * len(styles), dtype=np.int32), INTEREST_BLOCKS)

    # Task statements and the description.
    task_rows: list[tuple[int, str, float]] = []
    for task in cat.tasks:
        if task.code in row:
            w = 1.0 if task.core else SUPPLEMENTAL_TASK
            task_rows += [(row[task.code], term, w) for term in text.terms(task.task)]
    for i, description in enumerate(cat.descriptions):
        task_rows += [(i, term, 1.0) for term in text.terms(description)]
    task_m, task_terms = counts_matrix(task_rows, n, min_df=2)
    m, idf = tfidf(task_m)
    fams["tasks"] = Family(m, task_terms, idf)

    # Titles: the official title counts more than each alternate or reported title.
    seen: set[tuple[int, str]] = set()
    title_rows: list[tuple[int, str, float]] = []
    for i, title in enumerate(cat.titles):
        title_rows += [(i, term, OFFICIAL_TITLE)
                       for term in text.terms(title, text.TITLE_STOP_WORDS)]
    for code, title in cat.other_titles:
        cell = (row.get(code, -1), title.lower())
        if cell[0] < 0 or cell in seen:
            continue
        seen.add(cell)
        title_rows += [(cell[0], term, 1.0) for term in text.terms(title, text.TITLE_STOP_WORDS)]
    title_m, title_terms = counts_matrix(title_rows, n, min_df=2)
    m, idf = tfidf(title_m)
    fams["titles"] = Family(m, title_terms, idf)

    fams["classification"] = _classification(cat.socs, cat.codes)

    # Education shares, wages.
    education = np.zeros((n, 12), dtype=np.float32)
    for code, category, percent in cat.education:
        if code in row and 1 <= category <= 12:
            education[row[code], category - 1] = percent
    wages = [cat.wages.get(code) for code in cat.codes]
    nan = float("nan")

    task_dwa: dict[int, list[str]] = defaultdict(list)
    for _, tid, d in cat.task_dwas:
        task_dwa[tid].append(d)
    return PivotFeatures(
        key=key, codes=list(cat.codes), socs=list(cat.socs), titles=list(cat.titles),
        job_zones=np.array([z or 0 for z in cat.job_zones], dtype=np.int32),
        families=fams, tech_flags=flag_m.astype(np.int8).tocsr(),
        tech_commodity=[commodity.get(t, "") for t in tech_terms],
        dwa_counts=dwa_m.astype(np.float32).tocsr(),
        dwa_titles=[cat.dwas[d].title for d in dwa_terms],
        element_ids=[e[1] for e in elements], element_names=[e[2] for e in elements],
        element_kinds=[e[0] for e in elements], importance=importance, level=level,
        education=education,
        education_labels=[cat.education_labels.get(c, f"Category {c}") for c in range(1, 13)],
        wage_annual=np.array([w.annual_median if w and w.annual_median is not None else nan
                              for w in wages], dtype=np.float32),
        wage_hourly=np.array([w.hourly_median if w and w.hourly_median is not None else nan
                              for w in wages], dtype=np.float32),
        wage_soc=[w.occ_code if w else "" for w in wages],
        wage_basis=[w.basis if w else "" for w in wages],
        wage_topcoded=np.array([bool(w and w.topcoded) for w in wages]),
        tool_commodity=[tool_class.get(t, "") for t in tool_terms],
        dwa_iwa=[cat.dwas[d].iwa_id for d in dwa_terms],
        dwa_gwa=[cat.dwas[d].element_id for d in dwa_terms],
        skill_mean=skill_mean.astype(np.float32), skill_std=skill_std.astype(np.float32),
        task_dwa=dict(task_dwa), task_text={t.task_id: t.task for t in cat.tasks},
    )


def _block_ids(*parts: sparse.csr_matrix) -> IntArray:
    return np.concatenate([np.full(p.shape[1], b, dtype=np.int32)
                           for b, p in enumerate(parts)])


def soc_terms(soc: str) -> list[tuple[int, str]]:
    """(level, group) of the SOC groups an occupation is in: major '15', minor '15-1',
    broad '15-125' and detailed '15-1252'. Residual "All Other" groups (broad XX-XX90,
    detailed XX-XXX9) are left out: occupations in them are not alike."""
    out = [(0, soc[:2]), (1, soc[:4])]
    if len(soc) >= 7 and soc[5] != "9":
        out.append((2, soc[:6]))
    if len(soc) >= 7 and soc[6] != "9":
        out.append((3, soc[:7]))
    return out


def _classification(socs: list[str], codes: list[str]) -> Family:
    """Not normalised: the dot product of two rows is the SOC_LEVELS share they have in
    common (1.0 for the same detailed SOC code)."""
    rows = [(i, f"L{level}:{term}", math.sqrt(SOC_LEVELS[level]))
            for i, soc in enumerate(socs) for level, term in soc_terms(soc)]
    m, terms = counts_matrix(rows, len(codes))
    return Family(m.astype(np.float32).tocsr(), terms, np.ones(len(terms), dtype=np.float32))
