"""Assemble an :class:`OccupationReport` from the knowledge store."""

from __future__ import annotations

import sqlite3

from sidedoor.knowledge.models import (
    EducationShare,
    JobZone,
    OccupationReport,
    Rating,
    Task,
    Technology,
)
from sidedoor.knowledge.wages import lookup, missing_note

TOP_RATINGS = 10
TOP_TASKS = 10
TOP_EDUCATION = 3
NATIONAL = "99"


def build_report(db: sqlite3.Connection, code: str) -> OccupationReport:
    occupation = db.execute(
        "SELECT code, soc_code, title, description FROM occupations WHERE code = ?", (code,)
    ).fetchone()
    if occupation is None:
        raise LookupError(code)
    notes: list[str] = []
    skills = _ratings(db, code, "skill")
    knowledge = _ratings(db, code, "knowledge")
    if not skills and not knowledge:
        notes.append("O*NET has no skill or knowledge ratings for this occupation.")
    education = _education(db, code)
    if not education:
        notes.append("O*NET has no education data for this occupation.")
    job_zone = _job_zone(db, code)
    if job_zone is None:
        notes.append("O*NET assigns no job zone to this occupation.")
    wages = lookup(db, occupation["soc_code"], NATIONAL)
    if wages is None:
        notes.append(missing_note(occupation["soc_code"], "national"))
    tasks, tasks_total = _tasks(db, code)
    return OccupationReport(
        code=code,
        soc_code=occupation["soc_code"],
        title=occupation["title"],
        description=occupation["description"],
        job_zone=job_zone,
        education=education,
        skills=skills,
        knowledge=knowledge,
        hot_technologies=_hot_technologies(db, code),
        tasks=tasks,
        tasks_total=tasks_total,
        wages=wages,
        notes=notes,
        credits=[str(r[0]) for r in db.execute(
            "SELECT attribution FROM sources WHERE name IN ('onet', 'oews') ORDER BY rowid")],
    )


def _ratings(db: sqlite3.Connection, code: str, domain: str) -> list[Rating]:
    rows = db.execute(
        "SELECT element_id, element_name, importance, level FROM element_ratings "
        "WHERE code = ? AND domain = ? AND importance IS NOT NULL "
        "ORDER BY importance DESC, level DESC, element_name LIMIT ?",
        (code, domain, TOP_RATINGS),
    )
    return [
        Rating(element_id=r["element_id"], name=r["element_name"], importance=r["importance"],
               level=r["level"])
        for r in rows
    ]


def _job_zone(db: sqlite3.Connection, code: str) -> JobZone | None:
    row = db.execute(
        "SELECT o.job_zone, r.name, r.education, r.experience, r.job_training "
        "FROM occupations o JOIN job_zone_reference r ON r.job_zone = o.job_zone "
        "WHERE o.code = ?",
        (code,),
    ).fetchone()
    if row is None:
        return None
    return JobZone(zone=row["job_zone"], name=row["name"] or f"Job Zone {row['job_zone']}",
                   education=row["education"], experience=row["experience"],
                   job_training=row["job_training"])


def _education(db: sqlite3.Connection, code: str) -> list[EducationShare]:
    rows = db.execute(
        "SELECT category, description, percent FROM education "
        "WHERE code = ? AND percent > 0 ORDER BY percent DESC, category LIMIT ?",
        (code, TOP_EDUCATION),
    )
    return [
        EducationShare(category=r["category"], description=r["description"],
                       label=r["description"].split(" - ")[0].strip(), percent=r["percent"])
        for r in rows
    ]


def _hot_technologies(db: sqlite3.Connection, code: str) -> list[Technology]:
    rows = db.execute(
        "SELECT example, min(commodity_title) AS commodity_title, max(hot) AS hot, "
        "max(in_demand) AS in_demand FROM technology_skills WHERE code = ? AND hot = 1 "
        "GROUP BY example ORDER BY max(in_demand) DESC, example COLLATE NOCASE",
        (code,),
    )
    return [
        Technology(example=r["example"], commodity_title=r["commodity_title"],
                   hot=bool(r["hot"]), in_demand=bool(r["in_demand"]))
        for r in rows
    ]


def _tasks(db: sqlite3.Connection, code: str) -> tuple[list[Task], int]:
    rows = db.execute(
        "SELECT task_id, task, task_type, incumbents_responding FROM tasks WHERE code = ? "
        "ORDER BY task_type = 'Core' DESC, incumbents_responding DESC NULLS LAST, task_id",
        (code,),
    ).fetchall()
    tasks = [
        Task(task_id=r["task_id"], task=r["task"], task_type=r["task_type"],
             incumbents_responding=r["incumbents_responding"])
        for r in rows[:TOP_TASKS]
    ]
    return tasks, len(rows)
