"""The evaluate report cache behind the opportunity page and /api/opportunities/{id}/report.

A report takes about half a second to build (four engines), a page view must take a few
milliseconds, so reports are kept:

* in memory (an LRU of the latest reports and whatever views rendered from them), and
* on disk, in ``<home>/cache/web-reports.sqlite3`` (derived data: delete it at will),

keyed by a **stamp** read with one indexed query per view:

* ``strict``: what the report of this opportunity is made of: its row (``updated_at``,
  stage), its facts, the profile and current job, the knowledge release, the app version.
  When it differs, the report is rebuilt before it is shown.
* ``soft``: the rest of the store that only adds context (other opportunities of the
  recruiter or company, practice answers for readiness). When only this differs, the
  cached report is shown and rebuilt in the background (stale while revalidating).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from sidedoor import __version__
from sidedoor.evaluate.models import EvaluationReport

STAMP_SQL = text("""
SELECT o.updated_at, o.stage,
  (SELECT count(*) FROM opportunity_facts f WHERE f.opportunity_id = o.id),
  (SELECT max(updated_at) FROM profile),
  (SELECT max(updated_at) FROM jobs_held),
  (SELECT count(*) FROM profile_skills),
  (SELECT max(updated_at) FROM opportunities),
  (SELECT count(*) FROM opportunities),
  (SELECT max(id) FROM practice_answers)
FROM opportunities o WHERE o.id = :id
""")


@dataclass(frozen=True)
class Stamp:
    strict: str
    soft: str


def read_stamp(conn: Connection, opportunity_id: int, release: str) -> Stamp | None:
    """The stamp of one opportunity, or None when there is no such opportunity."""
    row = conn.execute(STAMP_SQL, {"id": opportunity_id}).first()
    if row is None:
        return None
    strict = "|".join(str(v) for v in (*row[:6], release, __version__))
    soft = "|".join(str(v) for v in row[6:])
    return Stamp(strict, soft)


@dataclass
class Entry:
    """One cached report: its JSON, and views rendered from it (by the pages). The report
    object is parsed from the JSON when asked for and may be let go (`release`) once the
    views are rendered, so a thousand cached pages stay small."""

    stamp: Stamp
    json: str
    views: dict[str, Any] = field(default_factory=dict)
    parsed: EvaluationReport | None = None

    @property
    def report(self) -> EvaluationReport:
        if self.parsed is None:
            self.parsed = EvaluationReport.model_validate_json(self.json)
        return self.parsed

    def release(self) -> None:
        self.parsed = None


class ReportCache:
    """Memory LRU over a disk table; thread-safe. ``build(id)`` makes a fresh report (JSON)."""

    def __init__(self, path: Path | None, build: Callable[[int], str],
                 *, size: int = 1200) -> None:
        self.build = build
        self.size = size
        self.memory: OrderedDict[int, Entry] = OrderedDict()
        self.lock = threading.Lock()
        self.hits = self.disk_hits = self.builds = self.stale = 0
        self.db: sqlite3.Connection | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS reports (opportunity_id INTEGER "
                            "PRIMARY KEY, strict TEXT NOT NULL, soft TEXT NOT NULL, "
                            "json TEXT NOT NULL)")

    def get(self, opportunity_id: int, stamp: Stamp,
            refresh: Callable[[int], None] | None = None) -> Entry:
        """The report for this stamp: from memory, else disk, else built now. A report whose
        soft part is out of date is returned as is and ``refresh(id)`` is called."""
        with self.lock:
            entry = self.memory.get(opportunity_id)
            if entry is not None and entry.stamp.strict == stamp.strict:
                self.memory.move_to_end(opportunity_id)
                self.hits += 1
        if entry is None or entry.stamp.strict != stamp.strict:
            entry = self._from_disk(opportunity_id, stamp)
        if entry is None:
            return self.put(opportunity_id, stamp, self.build(opportunity_id))
        if entry.stamp.soft != stamp.soft and refresh is not None:
            self.stale += 1
            refresh(opportunity_id)
        return entry

    def peek(self, opportunity_id: int, stamp: Stamp,
             refresh: Callable[[int], None] | None = None) -> Entry | None:
        """The report for this stamp if it is in memory (no disk, no build), else None."""
        with self.lock:
            entry = self.memory.get(opportunity_id)
            if entry is None or entry.stamp.strict != stamp.strict:
                return None
            self.memory.move_to_end(opportunity_id)
            self.hits += 1
        if entry.stamp.soft != stamp.soft and refresh is not None:
            self.stale += 1
            refresh(opportunity_id)
        return entry

    def fresh(self, opportunity_id: int, stamp: Stamp) -> bool:
        """True when a report with exactly this stamp is cached (memory or disk)."""
        with self.lock:
            entry = self.memory.get(opportunity_id)
            if entry is not None:
                return entry.stamp == stamp
            if self.db is None:
                return False
            row = self.db.execute("SELECT strict, soft FROM reports WHERE opportunity_id = ?",
                                  (opportunity_id,)).fetchone()
        return row is not None and Stamp(row[0], row[1]) == stamp

    def put(self, opportunity_id: int, stamp: Stamp, report_json: str) -> Entry:
        self.builds += 1
        entry = Entry(stamp, report_json)
        with self.lock:
            self._remember(opportunity_id, entry)
            if self.db is not None:
                self.db.execute("INSERT OR REPLACE INTO reports VALUES (?, ?, ?, ?)",
                                (opportunity_id, stamp.strict, stamp.soft, entry.json))
        return entry

    def forget(self, opportunity_id: int) -> None:
        with self.lock:
            self.memory.pop(opportunity_id, None)

    def stats(self) -> dict[str, int]:
        with self.lock:
            stored = (self.db.execute("SELECT count(*) FROM reports").fetchone()[0]
                      if self.db is not None else 0)
            return {"in_memory": len(self.memory), "on_disk": int(stored), "hits": self.hits,
                    "disk_hits": self.disk_hits, "builds": self.builds, "stale": self.stale}

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def _from_disk(self, opportunity_id: int, stamp: Stamp) -> Entry | None:
        if self.db is None:
            return None
        with self.lock:
            row = self.db.execute("SELECT strict, soft, json FROM reports WHERE "
                                  "opportunity_id = ?", (opportunity_id,)).fetchone()
        if row is None or row[0] != stamp.strict:
            return None
        entry = Entry(Stamp(row[0], row[1]), row[2])
        with self.lock:
            self.disk_hits += 1
            self._remember(opportunity_id, entry)
        return entry

    def _remember(self, opportunity_id: int, entry: Entry) -> None:
        self.memory[opportunity_id] = entry
        self.memory.move_to_end(opportunity_id)
        while len(self.memory) > self.size:
            self.memory.popitem(last=False)
