"""What the pivot engine reads from the knowledge store, by table and column name.

One pass over the store (``knowledge/schema.sql``) into plain Python rows; the feature
builder (:mod:`sidedoor.pivot.features`) turns them into matrices. Nothing here is cached:
the matrices are.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sidedoor.errors import DataNotInstalled

STORE_FILE = "knowledge.sqlite3"
NATIONAL = "99"


@dataclass(frozen=True)
class Rating:
    code: str
    domain: str  # 'skill' | 'knowledge' | 'interest' | 'work_style'
    element_id: str
    name: str
    importance: float | None
    level: float | None
    value: float | None


@dataclass(frozen=True)
class TechRow:
    code: str
    example: str
    commodity: str  # commodity title ('' when absent)
    hot: bool
    in_demand: bool


@dataclass(frozen=True)
class TaskRow:
    code: str
    task_id: int
    task: str
    core: bool


@dataclass(frozen=True)
class Dwa:
    title: str
    iwa_id: str
    iwa_title: str
    element_id: str
    element_name: str


@dataclass(frozen=True)
class WageRow:
    """The OEWS national figure a route quotes, saying which SOC row it is from."""

    annual_median: float | None
    hourly_median: float | None
    occ_code: str
    basis: str  # 'exact' | 'broader'
    topcoded: bool


@dataclass
class Catalogue:
    """Everything the pivot features are built from, for one data release."""

    release_key: str
    codes: list[str]
    socs: list[str]
    titles: list[str]
    descriptions: list[str]
    job_zones: list[int | None]
    ratings: list[Rating] = field(default_factory=list)
    technologies: list[TechRow] = field(default_factory=list)
    tools: list[TechRow] = field(default_factory=list)
    tasks: list[TaskRow] = field(default_factory=list)
    task_dwas: list[tuple[str, int, str]] = field(default_factory=list)
    dwas: dict[str, Dwa] = field(default_factory=dict)
    other_titles: list[tuple[str, str]] = field(default_factory=list)  # (code, title)
    education: list[tuple[str, int, float]] = field(default_factory=list)
    education_labels: dict[int, str] = field(default_factory=dict)
    wages: dict[str, WageRow] = field(default_factory=dict)  # O*NET code -> national wages


def connect(knowledge_dir: Path) -> sqlite3.Connection:
    path = Path(knowledge_dir) / STORE_FILE
    if not path.is_file():
        raise DataNotInstalled(f"No knowledge data installed (looked in {path.parent}).")
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def release_key(knowledge_dir: Path) -> str:
    db = connect(knowledge_dir)
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'release_key'").fetchone()
    finally:
        db.close()
    if row is None:
        raise DataNotInstalled("The knowledge store has no release key.",
                               hint="Rebuild it with `sidedoor data install --force`.")
    return str(row[0])


def read_catalogue(knowledge_dir: Path) -> Catalogue:
    """Read the pivot inputs from the installed knowledge store."""
    db = connect(knowledge_dir)
    try:
        return _read(db)
    finally:
        db.close()


def _read(db: sqlite3.Connection) -> Catalogue:
    key = db.execute("SELECT value FROM meta WHERE key = 'release_key'").fetchone()
    rows = db.execute(
        "SELECT code, soc_code, title, description, job_zone FROM occupations ORDER BY code"
    ).fetchall()
    cat = Catalogue(
        release_key=str(key[0]) if key else "unknown",
        codes=[r[0] for r in rows], socs=[r[1] for r in rows], titles=[r[2] for r in rows],
        descriptions=[r[3] or "" for r in rows],
        job_zones=[int(r[4]) if r[4] is not None else None for r in rows],
    )
    cat.ratings = [
        Rating(*r) for r in db.execute(
            "SELECT code, domain, element_id, element_name, importance, level, value "
            "FROM element_ratings WHERE domain IN ('skill', 'knowledge', 'interest', "
            "'work_style') AND suppress = 0 ORDER BY code, domain, element_id")
    ]
    cat.technologies = [
        TechRow(r[0], r[1], r[2] or "", bool(r[3]), bool(r[4])) for r in db.execute(
            "SELECT code, example, commodity_title, hot, in_demand FROM technology_skills")
    ]
    cat.tools = [
        TechRow(r[0], r[1], r[2] or "", False, False) for r in db.execute(
            "SELECT code, example, commodity_title FROM tools_used")
    ]
    cat.tasks = [
        TaskRow(r[0], int(r[1]), r[2], r[3] != "Supplemental") for r in db.execute(
            "SELECT code, task_id, task, task_type FROM tasks ORDER BY code, task_id")
    ]
    cat.task_dwas = [(r[0], int(r[1]), r[2]) for r in db.execute(
        "SELECT code, task_id, dwa_id FROM task_dwas")]
    cat.dwas = {
        r[0]: Dwa(r[1], r[2], r[3] or "", r[4] or "", r[5] or "") for r in db.execute(
            "SELECT dwa_id, dwa_title, iwa_id, iwa_title, element_id, element_name "
            "FROM dwa_reference")
    }
    cat.other_titles = [(r[0], r[1]) for r in db.execute(
        "SELECT code, title FROM alternate_titles UNION ALL "
        "SELECT code, title FROM reported_titles")]
    cat.education = [(r[0], int(r[1]), float(r[2] or 0.0)) for r in db.execute(
        "SELECT code, category, percent FROM education")]
    cat.education_labels = {
        int(r[0]): str(r[1]).split(" - ")[0].strip() for r in db.execute(
            "SELECT category, min(description) FROM education GROUP BY category")
    }
    cat.wages = _wages(db, cat.codes, cat.socs)
    return cat


def _wages(db: sqlite3.Connection, codes: list[str], socs: list[str]) -> dict[str, WageRow]:
    table = {
        str(r[0]): r for r in db.execute(
            "SELECT occ_code, a_median, h_median, footnotes, topcoded FROM oews_wages "
            "WHERE area = ?", (NATIONAL,))
    }
    out: dict[str, WageRow] = {}
    for code, soc in zip(codes, socs, strict=True):
        row, basis = table.get(soc), "exact"
        if row is None:
            row, basis = table.get(soc[:6] + "0"), "broader"
        if row is None:
            continue
        topcoded = row[1] is None and "A_MEDIAN=5" in str(row[3] or "").upper()
        out[code] = WageRow(
            annual_median=float(row[1]) if row[1] is not None else None,
            hourly_median=float(row[2]) if row[2] is not None else None,
            occ_code=str(row[0]), basis=basis, topcoded=topcoded,
        )
    return out
