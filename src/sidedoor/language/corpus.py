"""What the title coder reads from the knowledge store: occupations, every title, tasks, jobs.

Read by table and column name from ``knowledge.sqlite3`` (see ``knowledge/schema.sql``), so the
coder depends on the store's schema, not on how the installer is written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sidedoor.errors import DataNotInstalled

STORE_FILE = "knowledge.sqlite3"

# Kinds of title, in the order the index weighs them (see title_index.KIND_WEIGHTS).
KINDS: tuple[str, ...] = ("title", "alternate", "short", "reported")


@dataclass(frozen=True)
class Occupation:
    code: str
    soc_code: str
    title: str
    description: str


@dataclass(frozen=True)
class TitleRecord:
    code: str
    title: str
    kind: str  # one of KINDS


@dataclass
class TitleCorpus:
    """Everything the title index is built from, for one data release."""

    release_key: str
    occupations: list[Occupation]
    titles: list[TitleRecord]
    employment: dict[str, int] = field(default_factory=dict)  # SOC code -> US employment
    tasks: dict[str, list[str]] = field(default_factory=dict)  # O*NET code -> task statements
    # O*NET code -> technology and tool examples ("Python", "Forklifts"), for job descriptions
    tools: dict[str, list[str]] = field(default_factory=dict)


def store_path(knowledge_dir: Path) -> Path:
    path = Path(knowledge_dir) / STORE_FILE
    if not path.is_file():
        raise DataNotInstalled(f"No knowledge store at {path}.")
    return path


def read_release_key(knowledge_dir: Path) -> str:
    """The store's ``meta.release_key``: what cached derived data is keyed by."""
    with _connect(store_path(knowledge_dir)) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'release_key'").fetchone()
    if row is None:
        raise DataNotInstalled("The knowledge store has no release key; reinstall it.")
    return str(row[0])


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def load_corpus(knowledge_dir: Path) -> TitleCorpus:
    """Read the title-coding inputs from the installed knowledge store."""
    path = store_path(knowledge_dir)
    conn = _connect(path)
    try:
        key_row = conn.execute("SELECT value FROM meta WHERE key = 'release_key'").fetchone()
        release_key = str(key_row[0]) if key_row else "unknown"
        occupations = [
            Occupation(code, soc, title, description or "")
            for code, soc, title, description in conn.execute(
                "SELECT code, soc_code, title, description FROM occupations ORDER BY code"
            )
        ]
        titles = [TitleRecord(o.code, o.title, "title") for o in occupations]
        for code, title, short in conn.execute(
            "SELECT code, title, short_title FROM alternate_titles"
        ):
            titles.append(TitleRecord(code, title, "alternate"))
            if short:
                titles.append(TitleRecord(code, short, "short"))
        titles.extend(
            TitleRecord(code, title, "reported")
            for code, title in conn.execute("SELECT code, title FROM reported_titles")
        )
        employment = {
            occ: int(emp)
            for occ, emp in conn.execute(
                "SELECT w.occ_code, w.tot_emp FROM oews_wages w "
                "JOIN oews_areas a ON a.area = w.area "
                "WHERE a.area_type = 1 AND w.tot_emp IS NOT NULL"
            )
        }
        tasks: dict[str, list[str]] = {}
        for code, task in conn.execute("SELECT code, task FROM tasks ORDER BY code, task_id"):
            tasks.setdefault(code, []).append(task)
        tools: dict[str, list[str]] = {}
        for code, example in conn.execute(
            "SELECT code, example FROM technology_skills UNION ALL "
            "SELECT code, example FROM tools_used"
        ):
            tools.setdefault(code, []).append(example)
    finally:
        conn.close()
    return TitleCorpus(release_key, occupations, titles, employment, tasks, tools)
