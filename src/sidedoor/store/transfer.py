"""Export the whole store as one JSON document, and import it back, losslessly.

The document::

    {"format": "sidedoor-export", "format_version": 1, "schema_revision": "0001",
     "exported_at": "...+00:00", "sidedoor_version": "0.1.0",
     "tables": {"profile": [{"id": 1, ...}, ...], ...}}

Tables come in dependency order, rows in primary-key order, one row per line, every column.
Timestamps are ISO 8601 in UTC with their offset, dates ISO 8601, floats as JSON numbers
(shortest exact form), bytes base64, JSON columns as JSON (object keys sorted, so every engine
writes the same bytes), NULL as null. Exporting the same data twice gives the same bytes
apart from ``exported_at``.

Export and import work from the tables as found in the database (``codecs.reflect_store``),
so they cover every column of whichever revision the store is at. An export from an older
revision is imported by building that revision, loading the rows, then running the later
migrations, all in one transaction.
"""

from __future__ import annotations

import codecs
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO, TypeVar

from sqlalchemy import Column, Integer, MetaData, String, Table, exists, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from sidedoor import __version__
from sidedoor.errors import ImportFormatError, StoreError, StoreNotEmpty, StoreTooNew
from sidedoor.store.codecs import codecs_for, reflect_store
from sidedoor.store.db import Store, one_line
from sidedoor.store.migrate import VERSION_TABLE
from sidedoor.store.types import utcnow

FORMAT = "sidedoor-export"
FORMAT_VERSION = 1
_BATCH = 1000

T = TypeVar("T")
Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class TransferSummary:
    """What an export or import did."""

    revision: str
    rows: dict[str, int]
    backup_path: Path | None = None
    notices: list[str] = field(default_factory=list)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


# -- export -------------------------------------------------------------------------------


def export_store(store: Store, out: TextIO) -> TransferSummary:
    """Write the whole store to ``out`` as one JSON document (see the module docstring)."""
    with store.connect() as conn:
        if store.dialect == "postgresql":  # one consistent snapshot for every table
            conn.execution_options(isolation_level="REPEATABLE READ")
        counts = write_document(conn, store.revision, out)
    return TransferSummary(revision=store.revision, rows=counts)


def write_document(conn: Connection, revision: str, out: TextIO) -> dict[str, int]:
    """Write every table seen through ``conn``; returns rows per table."""
    meta = reflect_store(conn)
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": revision,
        "exported_at": utcnow().isoformat(),
        "sidedoor_version": __version__,
    }
    out.write("{\n")
    for key, value in header.items():
        out.write(f"  {json.dumps(key)}: {json.dumps(value)},\n")
    out.write('  "tables": {')
    counts: dict[str, int] = {}
    for n, table in enumerate(meta.sorted_tables):
        out.write(",\n" if n else "\n")
        counts[table.name] = _write_table(conn, table, out)
    out.write("\n  }\n}\n")
    return counts


def _write_table(conn: Connection, table: Table, out: TextIO) -> int:
    encoders = [(c.name, codecs_for(c)[0]) for c in table.columns]
    order = list(table.primary_key.columns) or list(table.columns)
    # Streamed; the option is on the statement (on the connection it would stick to it).
    result = conn.execute(select(table).order_by(*order).execution_options(yield_per=_BATCH))
    out.write(f"    {json.dumps(table.name)}: [")
    count = 0
    for row in result:
        record = {
            name: None if value is None else encode(value)
            for (name, encode), value in zip(encoders, row, strict=True)
        }
        try:
            line = json.dumps(record, ensure_ascii=False, allow_nan=False)
        except ValueError as exc:
            raise StoreError(
                f"Row {count + 1} of {table.name} holds a value JSON cannot carry ({exc})."
            ) from exc
        out.write(("," if count else "") + "\n      " + line)
        count += 1
    out.write("\n    ]" if count else "]")
    return count


def write_export_file(store: Store, target: Path, *, overwrite: bool) -> TransferSummary:
    """Export to a file, atomically (see ``atomic_write``)."""
    return atomic_write(target, lambda out: export_store(store, out), overwrite=overwrite)


def atomic_write(target: Path, write: Callable[[TextIO], T], *, overwrite: bool) -> T:
    """Write a UTF-8 file through a temporary file next to it, renamed once complete, so a
    failed export never leaves half a file or destroys the old one. Mode 0600: an export is
    as private as the store."""
    if target.exists() and not overwrite:
        raise StoreError(
            f"{target} already exists.", hint="Pass --force to overwrite it, or pick another name."
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            result = write(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return result


def backup_path(directory: Path) -> Path:
    """``<directory>/sidedoor-backup-<UTC timestamp>.json`` (the directory is created)."""
    directory.mkdir(parents=True, exist_ok=True)
    return directory / f"sidedoor-backup-{utcnow().strftime('%Y%m%dT%H%M%S%fZ')}.json"


# -- import -------------------------------------------------------------------------------


def read_export(data: bytes, *, name: str) -> dict[str, Any]:
    """Parse and check an export document; ``ImportFormatError`` (naming ``name``) if bad."""

    def bad(problem: str) -> ImportFormatError:
        return ImportFormatError(f"{name} {problem}")

    if not data.strip():
        raise bad("is empty.")
    for bom, encoding in (
        (codecs.BOM_UTF8, "UTF-8"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if data.startswith(bom):
            raise bad(f"starts with a {encoding} byte-order mark; exports are UTF-8 without one.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise bad(f"is not UTF-8 text (bad byte at offset {exc.start}).") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip())
        why = "is truncated (the JSON ends too early)" if cut else "is not valid JSON"
        raise bad(f"{why}: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise bad(f'is not a sidedoor export (no "format": "{FORMAT}").')
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise bad("has no valid format_version.")
    if version > FORMAT_VERSION:
        raise StoreTooNew(
            f"{name} uses export format {version}; this sidedoor reads format {FORMAT_VERSION}."
        )
    if version != FORMAT_VERSION:
        raise bad(f"has unknown format_version {version}.")
    if not isinstance(doc.get("schema_revision"), str):
        raise bad("has no schema_revision.")
    tables = doc.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(rows, list) and all(isinstance(r, dict) for r in rows)
        for rows in tables.values()
    ):
        raise bad('has no "tables" object of row lists.')
    return doc


def import_store(
    store: Store,
    doc: dict[str, Any],
    *,
    name: str,
    replace: bool = False,
    backup_dir: Path | None = None,
) -> TransferSummary:
    """Load a checked export document (``read_export``) into ``store``, all or nothing.

    Refuses a store holding data (``StoreNotEmpty``) unless ``replace``; then the store is
    first exported to ``backup_dir``, inside the import's transaction (so the backup is
    exactly what gets replaced). Primary keys are kept; PostgreSQL sequences are moved past
    them.
    """
    revision = str(doc["schema_revision"])
    migrations = store.migrations
    if not migrations.knows(revision):
        raise StoreTooNew(
            f"{name} was exported from schema revision {revision}, newer than this sidedoor "
            f"knows (up to {store.revision}).",
            hint="Upgrade sidedoor to import it; your store was left untouched.",
        )
    if replace and backup_dir is None:
        raise ValueError("replace=True needs a backup_dir")
    same = revision == store.revision
    if same:  # check every value before touching anything
        with store.connect() as conn:
            meta = reflect_store(conn)
        rows = decode_tables(doc["tables"], meta, name)
    backup: Path | None = None
    notices: list[str] = []
    try:
        with store.begin() as conn:
            current = reflect_store(conn)
            if _has_rows(conn, current):
                if not replace or backup_dir is None:
                    raise StoreNotEmpty(
                        f"The store at {store.url} already holds data; importing {name} "
                        "would overwrite it."
                    )
                backup = backup_path(backup_dir)
                atomic_write(
                    backup, lambda out: write_document(conn, store.revision, out), overwrite=False
                )
                notices.append(f"Backed up the store to {backup} before replacing it.")
            if same:
                for table in reversed(current.sorted_tables):
                    conn.execute(table.delete())
            else:  # an older export: rebuild that revision, load, then migrate forward
                current.drop_all(conn)
                Table(VERSION_TABLE, MetaData(), Column("version_num", String(32))).drop(conn)
                migrations.upgrade(conn, revision)
                meta = reflect_store(conn)
                rows = decode_tables(doc["tables"], meta, name)
            counts = _insert(conn, meta, rows)
            if not same:
                migrations.upgrade(conn, store.revision)
                notices.append(
                    f"Upgraded the imported data from schema revision {revision} to "
                    f"{store.revision}."
                )
            if store.dialect == "postgresql":
                _reset_sequences(conn, reflect_store(conn))
    except SQLAlchemyError as exc:
        raise ImportFormatError(
            f"{name}: the store refused the data ({one_line(exc)}); nothing was imported."
        ) from exc
    return TransferSummary(
        revision=store.revision, rows=counts, backup_path=backup, notices=notices
    )


def decode_tables(tables: Rows, meta: MetaData, name: str) -> Rows:
    """The document's rows as Python values for ``meta``'s tables; ``ImportFormatError``
    naming the table, row and column of the first bad value."""
    unknown = sorted(set(tables) - set(meta.tables))
    if unknown:
        raise ImportFormatError(f"{name} has tables this store does not: {', '.join(unknown)}.")
    decoded: Rows = {}
    for table in meta.sorted_tables:
        decoders = {c.name: codecs_for(c)[1] for c in table.columns}
        expected = set(decoders)
        out: list[dict[str, Any]] = []
        for n, row in enumerate(tables.get(table.name, []), start=1):
            where = f"{name}: table {table.name}, row {n}"
            if set(row) != expected:
                missing = ", ".join(sorted(expected - set(row))) or "none"
                extra = ", ".join(sorted(set(row) - expected)) or "none"
                raise ImportFormatError(
                    f"{where} has the wrong columns (missing: {missing}; unknown: {extra})."
                )
            record: dict[str, Any] = {}
            for column, value in row.items():
                try:
                    record[column] = None if value is None else decoders[column](value)
                except (ValueError, TypeError) as exc:
                    raise ImportFormatError(f"{where}, column {column}: {exc}.") from None
            out.append(record)
        decoded[table.name] = out
    return decoded


def _has_rows(conn: Connection, meta: MetaData) -> bool:
    return any(
        conn.execute(select(exists().select_from(table))).scalar() for table in meta.sorted_tables
    )


def _insert(conn: Connection, meta: MetaData, rows: Rows) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in meta.sorted_tables:
        records = rows.get(table.name, [])
        for chunk in _chunks(records, _BATCH):
            conn.execute(table.insert(), chunk)
        counts[table.name] = len(records)
    return counts


def _chunks(items: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _reset_sequences(conn: Connection, meta: MetaData) -> None:
    """Move each serial column's sequence past the imported keys (PostgreSQL)."""
    for table in meta.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        column = pk[0]
        sequence = func.pg_get_serial_sequence(table.name, column.name)
        highest = select(func.max(column)).scalar_subquery()
        conn.execute(
            select(func.setval(sequence, func.coalesce(highest, 1), highest.is_not(None))).where(
                sequence.is_not(None)
            )
        )
