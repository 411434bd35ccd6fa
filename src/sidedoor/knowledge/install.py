"""Build the knowledge store: one SQLite file, written atomically.

The store is built in a temporary file next to the old one (journal off, one transaction,
secondary indexes after the load), validated (required tables not empty, integrity check),
then moved over the old file with ``os.replace``. Any failure, Ctrl-C included, removes the
temporary file and leaves the previous store as it was. Installing the same sources again
(same checksums) does nothing unless forced.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sidedoor import __version__
from sidedoor.errors import DataInstallError, DataSourceError
from sidedoor.knowledge.dataset import Dataset
from sidedoor.knowledge.locate import Located, locate
from sidedoor.knowledge.models import InstallReport, SourceInfo
from sidedoor.knowledge.progress import NoProgress, Progress
from sidedoor.knowledge.sources import SourceFile, Table
from sidedoor.knowledge.store import SCHEMA_VERSION, STORE_FILE, store_path

SCHEMA_FILE = Path(__file__).resolve().parent / "schema.sql"
WHERE = "Check that the knowledge folder (setting knowledge_dir) is writable and has space."
BATCH = 5000  # rows per executemany, and per progress update

FILL_TITLE_SEARCH = """
INSERT INTO title_search (title, code, kind)
SELECT title, code, kind FROM (
    SELECT title, code, kind, min(rank) FROM (
        SELECT title, code, 'title' AS kind, 0 AS rank FROM occupations
        UNION ALL SELECT title, code, 'alternate', 1 FROM alternate_titles
        UNION ALL SELECT short_title, code, 'short', 2 FROM alternate_titles
            WHERE short_title IS NOT NULL
        UNION ALL SELECT title, code, 'reported', 3 FROM reported_titles
    ) GROUP BY code, lower(title)
) ORDER BY code
"""


def install(
    source_dir: Path,
    target_dir: Path,
    *,
    esco: Path | None = None,
    force: bool = False,
    progress: Progress | None = None,
    origins: Mapping[str, str] | None = None,
) -> InstallReport:
    """Install the knowledge store into ``target_dir`` from the sources at ``source_dir``.

    ``source_dir`` is a folder laid out like ../shared/data or an O*NET text release (zip or
    folder); ``esco`` an ESCO CSV package; ``origins`` overrides where each dataset is said
    to come from (the URL it was downloaded from).
    """
    started = time.perf_counter()
    located = locate(Path(source_dir), esco_path=esco, origins=origins)
    fingerprint = f"{located.fingerprint()};schema={SCHEMA_VERSION}"
    target_dir = Path(target_dir)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataInstallError(f"Cannot create {target_dir}: {exc}.", hint=WHERE) from None
    target = store_path(target_dir)
    if not force and installed_fingerprint(target) == fingerprint:
        return InstallReport(
            installed=False,
            path=str(target),
            release_key=located.release_key,
            elapsed_s=time.perf_counter() - started,
            notes=["These sources (same checksums) are installed already; nothing to do. "
                   "Use --force to rebuild."],
        )
    _remove_stale_temp(target_dir)
    temp = target_dir / f".{STORE_FILE}.{os.getpid()}.tmp"
    _discard(temp)
    try:
        sources = _build(temp, located, fingerprint, progress or NoProgress())
        _replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        _discard(temp)
        raise DataInstallError(
            f"Building the knowledge store in {target_dir} failed: {exc}. The previous "
            "store is untouched.",
            hint=WHERE,
        ) from None
    except BaseException:
        _discard(temp)
        raise
    return InstallReport(
        installed=True,
        path=str(target),
        release_key=located.release_key,
        elapsed_s=time.perf_counter() - started,
        sources=sources,
        notes=located.notes,
    )


def installed_fingerprint(target: Path) -> str | None:
    """The fingerprint recorded in an installed store; None if absent or unreadable."""
    if not target.is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def schema_statements() -> tuple[list[str], list[str]]:
    """The schema's statements: (tables, indexes), so indexes can be created after the load."""
    statements: list[str] = []
    buffer: list[str] = []
    for line in SCHEMA_FILE.read_text(encoding="utf-8").splitlines():
        code = line.split("--", 1)[0].rstrip()
        if not code:
            continue
        buffer.append(code)
        joined = "\n".join(buffer)
        if sqlite3.complete_statement(joined):
            statements.append(joined.strip())
            buffer = []
    indexes = [s for s in statements if s.upper().startswith("CREATE INDEX")]
    return [s for s in statements if s not in indexes], indexes


class _Loader:
    """The installer's Sink: opens source tables and inserts rows, counting both."""

    def __init__(self, db: sqlite3.Connection, progress: Progress) -> None:
        self.db = db
        self.progress = progress
        self.tables: list[Table] = []
        self.counts: dict[str, int] = {}

    def reset(self) -> None:
        self.tables, self.counts = [], {}

    def table(self, file: SourceFile, *, delimiter: str) -> Table:
        table = Table(file, delimiter=delimiter)
        self.tables.append(table)
        return table

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        inserted = 0
        iterator = iter(rows)
        try:
            while batch := list(itertools.islice(iterator, BATCH)):
                self.db.executemany(sql, batch)
                inserted += len(batch)
                self.progress.advance(len(batch))
        except sqlite3.IntegrityError as exc:
            where = self.tables[-1].name if self.tables else table
            raise DataSourceError(
                f"{where}: {exc} while loading {table}; the file has duplicate or missing "
                "values.",
                hint="Download that release again (see docs/data.md).",
            ) from None
        self.counts[table] = self.counts.get(table, 0) + inserted
        return inserted

    def file_rows(self) -> dict[str, int | None]:
        return {t.name: t.count for t in self.tables}


def _build(path: Path, located: Located, fingerprint: str, progress: Progress) -> list[SourceInfo]:
    db = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=MEMORY",
                       "cache_size=-200000", "locking_mode=EXCLUSIVE"):
            db.execute(f"PRAGMA {pragma}")
        tables, indexes = schema_statements()
        db.execute("BEGIN")
        for statement in tables:
            db.execute(statement)
        loader = _Loader(db, progress)
        sources = [_load(dataset, loader, progress) for dataset in located.datasets]
        progress.start("indexes and title search")
        for statement in indexes:
            db.execute(statement)
        db.execute(FILL_TITLE_SEARCH)
        db.execute("INSERT INTO title_search (title_search) VALUES ('optimize')")
        sources[0].row_counts["title_search"] = _count(db, "title_search")
        _write_meta(db, located, sources, fingerprint)
        db.execute("COMMIT")
        progress.finish()
        _validate(db, located.datasets)
        db.execute("PRAGMA journal_mode=DELETE")
    finally:
        db.close()
    return sources


def _load(dataset: Dataset, loader: _Loader, progress: Progress) -> SourceInfo:
    loader.reset()
    for step in dataset.steps:
        progress.start(step.label)
        step.run(loader)
        progress.finish()
    return dataset.describe(loader.file_rows(), dict(loader.counts))


def _write_meta(
    db: sqlite3.Connection, located: Located, sources: list[SourceInfo], fingerprint: str
) -> None:
    meta = {
        "schema_version": SCHEMA_VERSION,
        "installed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sidedoor_version": __version__,
        "release_key": located.release_key,
        "fingerprint": fingerprint,
    }
    db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
    db.executemany(
        "INSERT INTO sources (name, title, version, origin, licence, attribution, files_json, "
        "row_counts_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (s.name, s.title, s.version, s.origin, s.licence, s.attribution,
             json.dumps([f.model_dump() for f in s.files]), json.dumps(s.row_counts))
            for s in sources
        ],
    )


def _count(db: sqlite3.Connection, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _validate(db: sqlite3.Connection, datasets: list[Dataset]) -> None:
    for dataset in datasets:
        for table in dataset.required_tables:
            if _count(db, table) == 0:
                raise DataInstallError(
                    f"{dataset.title}: table {table} came out empty; the source at "
                    f"{dataset.origin} is incomplete. The previous store is untouched.",
                    hint="Point `--from` at a complete copy (see docs/data.md).",
                )
    result = db.execute("PRAGMA integrity_check").fetchone()[0]
    try:
        db.execute("INSERT INTO title_search (title_search) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        result = f"title search index: {exc}"
    if result != "ok":
        raise DataInstallError(f"The new knowledge store failed its integrity check: {result}.")


def _replace(temp: Path, target: Path) -> None:
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, target)
    with contextlib.suppress(OSError):
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _discard(temp: Path) -> None:
    for leftover in (temp, temp.with_name(temp.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _remove_stale_temp(folder: Path) -> None:
    """Remove temporary files left by installs whose process is gone (killed, crashed)."""
    for leftover in folder.glob(f".{STORE_FILE}.*.tmp"):
        pid = leftover.name.split(".")[-2]
        if pid.isdigit() and not _alive(int(pid)):
            _discard(leftover)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
