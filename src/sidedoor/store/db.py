"""Opening the user's store: engine set-up, safety checks, migrations on open.

``open_store(url)`` is the only way in; there are no module-level engines. On open:

1. SQLite only: the file must be an SQLite database that passes ``PRAGMA quick_check``
   (on every open up to ``QUICK_CHECK_MAX_BYTES``, and always before migrating), else
   ``StoreCorrupt`` and the file is left exactly as it was.
2. The Alembic revision is read from ``alembic_version``. Up to date: done (Alembic is not
   even imported). Unknown revision: ``StoreTooNew``, untouched. A database with tables but
   no revision is not a sidedoor store: ``StoreCorrupt``, untouched.
3. Older revision: an existing SQLite store is first copied with SQLite's backup API to
   ``<file>.bak-<UTC timestamp>`` (``Store.notices`` says so), then each pending migration
   runs in its own transaction; a failing one is rolled back and reported.

Every SQLite connection gets ``PRAGMA foreign_keys=ON`` and a busy timeout, the database uses
WAL, and SQLAlchemy emits BEGIN itself so DDL is transactional as on PostgreSQL.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    exists,
    inspect,
    select,
)
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DatabaseError, OperationalError, SQLAlchemyError

from sidedoor.errors import StoreCorrupt, StoreError, StoreTooNew
from sidedoor.store.migrate import VERSION_TABLE, Migrations

if TYPE_CHECKING:
    from sidedoor.settings import Settings

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
#: Files up to this size get a full ``PRAGMA quick_check`` on every open (about 3 ms per MB);
#: bigger ones are checked before each migration, and SQLite reports damage when it meets it.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024
#: Execution option: how SQLite transactions begin. Writers use IMMEDIATE, so they queue on
#: the busy timeout instead of failing with "database is locked" when two write at once.
BEGIN_MODE = "sidedoor_sqlite_begin"

_version_table = Table(VERSION_TABLE, MetaData(), Column("version_num", String(32)))


class Store:
    """An open store: an engine plus what opening it found and did.

    Use ``store.begin()`` for a transaction and ``store.connect()`` for reads; close it (or
    use it as a context manager) when done.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        revision: str,
        migrations: Migrations,
        notices: list[str] | None = None,
        backup_path: Path | None = None,
    ) -> None:
        self.engine = engine
        self.revision = revision
        self.migrations = migrations
        #: Things the user should be told about this open (e.g. a backup was written).
        self.notices: list[str] = notices or []
        #: The copy written before migrating, if one was.
        self.backup_path = backup_path

    @classmethod
    def from_settings(cls, settings: Settings, *, migrations: Migrations | None = None) -> Store:
        """Open the store the settings point at (``settings.resolved_store_url``)."""
        return open_store(settings.resolved_store_url, migrations=migrations)

    @property
    def url(self) -> str:
        """The store's URL, password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file, or None for PostgreSQL (or an in-memory database)."""
        return _sqlite_path(self.engine.url)

    def connect(self) -> Connection:
        return self.engine.connect()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection in a write transaction, committed on success, rolled back on error.

        On SQLite the transaction takes the write lock at once (``BEGIN IMMEDIATE``), waiting
        up to the busy timeout for another writer; use ``connect()`` for reads.
        """
        with self.engine.connect() as conn:
            conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
            with conn.begin():
                yield conn

    def table_names(self) -> list[str]:
        """The store's tables as found in the database (not the Alembic version table)."""
        with self.engine.connect() as conn:
            return sorted(n for n in inspect(conn).get_table_names() if n != VERSION_TABLE)

    def is_empty(self) -> bool:
        """True when no table holds a row."""
        meta = MetaData()
        with self.engine.connect() as conn:
            for name in self.table_names():
                table = Table(name, meta)
                if conn.execute(select(exists().select_from(table))).scalar():
                    return False
        return True

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.url} revision={self.revision}>"


def create_store_engine(url: str | URL) -> Engine:
    """An engine with the store's connection rules (see the module docstring)."""
    url = make_url(url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN (below) so DDL and reads are transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(BEGIN_MODE, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def open_store(url: str, *, migrations: Migrations | None = None) -> Store:
    """Open (creating or upgrading as needed) the store at ``url``.

    Raises ``StoreCorrupt`` or ``StoreTooNew`` without touching the database, and
    ``StoreError`` if a migration fails (that migration is rolled back).
    """
    migrations = migrations or Migrations()
    parsed = make_url(url)
    path = _sqlite_path(parsed)
    if path is not None:
        _check_sqlite_header(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_store_engine(parsed)
    try:
        return _open(engine, path, migrations)
    except BaseException:
        engine.dispose()
        raise


def _open(engine: Engine, path: Path | None, migrations: Migrations) -> Store:
    where = str(path) if path is not None else engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            small = path is not None and path.stat().st_size <= QUICK_CHECK_MAX_BYTES
            if path is not None and small:
                _quick_check(conn, path)
            revision = _read_revision(conn, where)
            if path is not None and not small and revision not in (None, migrations.head):
                _quick_check(conn, path)  # always before copying and migrating
    except OperationalError as exc:  # cannot connect, no permission, locked: not damage
        raise StoreError(
            f"Cannot open the store at {where}: {one_line(exc)}.",
            hint="Check the store_url setting, the file's permissions, or that the server runs.",
        ) from exc
    except DatabaseError as exc:  # "file is not a database", "disk image is malformed"
        if path is None:
            raise StoreError(f"Cannot read the store at {where}: {one_line(exc)}.") from exc
        raise StoreCorrupt(f"{path} is not a readable SQLite database ({one_line(exc)}).") from exc

    head = migrations.head
    notices: list[str] = []
    backup: Path | None = None
    if revision is not None and revision != head and not migrations.knows(revision):
        raise StoreTooNew(
            f"The store at {where} has schema revision {revision}, which this sidedoor "
            f"does not know (it knows up to {head}); a newer sidedoor wrote it."
        )
    if path is not None:  # checks passed: now it is ours to change
        _use_wal(engine)
    if revision != head:
        if path is not None and revision is not None:
            backup = backup_sqlite(path)
            notices.append(
                f"Backed up {path} to {backup} before upgrading it from schema revision "
                f"{revision} to {head}."
            )
            log.info(notices[-1])
        _upgrade(engine, migrations, where, revision, head, backup)
    return Store(engine, revision=head, migrations=migrations, notices=notices, backup_path=backup)


def _use_wal(engine: Engine) -> None:
    """Switch the file to WAL (persistent; a no-op when it already is). Only after the
    checks, so a refused file keeps its journal mode too. Must run outside a transaction."""
    # Switching needs a lock SQLite does not wait for with the busy timeout (another process
    # creating or migrating the same file at the same moment): retry for as long as it would.
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        finally:
            raw.close()
        time.sleep(0.05)


def _quick_check(conn: Connection, path: Path) -> None:
    result = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA quick_check")]
    conn.rollback()
    if result != ["ok"]:
        detail = "; ".join(" ".join(line.split()) for line in result[:3])
        raise StoreCorrupt(f"{path} is damaged (SQLite quick_check: {detail}).")


def _read_revision(conn: Connection, where: str) -> str | None:
    """The store's revision; None for an empty database. Refuses foreign databases."""
    inspector = inspect(conn)
    if not inspector.has_table(VERSION_TABLE):
        others = sorted(inspector.get_table_names())
        if others:
            shown = ", ".join(others[:5]) + (", …" if len(others) > 5 else "")
            raise StoreCorrupt(
                f"{where} is not a sidedoor store: it has tables ({shown}) but no {VERSION_TABLE}."
            )
        return None
    revisions = list(conn.execute(select(_version_table.c.version_num)).scalars())
    conn.rollback()
    if not revisions:
        return None
    if len(revisions) > 1:
        raise StoreTooNew(
            f"The store at {where} has several schema heads ({', '.join(revisions)}); "
            "a newer sidedoor wrote it."
        )
    return str(revisions[0])


def _upgrade(
    engine: Engine,
    migrations: Migrations,
    where: str,
    revision: str | None,
    head: str,
    backup: Path | None,
) -> None:
    log.info("Upgrading %s from %s to %s", where, revision or "empty", head)
    try:
        with engine.connect() as conn:
            conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
            migrations.upgrade(conn, head)
    except Exception as exc:
        try:
            with engine.connect() as conn:
                now = _read_revision(conn, where)
        except SQLAlchemyError:  # pragma: no cover - reported with the original error
            now = "unknown"
        if now == head:  # another process upgraded it at the same moment
            return
        saved = f" A copy from before the upgrade is at {backup}." if backup else ""
        raise StoreError(
            f"Upgrading the store at {where} to schema revision {head} failed: "
            f"{one_line(exc)}. "
            f"The failed migration was rolled back; the store is at revision {now or 'empty'}."
            + saved,
            hint="Report this with the message above; sidedoor will retry on the next start.",
        ) from exc


def one_line(exc: BaseException) -> str:
    """The gist of an error on one line (a driver's message without SQLAlchemy's extras)."""
    detail = getattr(exc, "orig", None) or exc
    lines = str(detail).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def backup_sqlite(path: Path) -> Path:
    """Copy an SQLite database with its backup API to ``<file>.bak-<UTC timestamp>``."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.bak-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bak-{stamp}-{n}")
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target


def _sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _check_sqlite_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite itself opens it."""
    if not path.exists():
        return
    if not path.is_file():
        raise StoreCorrupt(f"{path} is not a file.")
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head and head != SQLITE_MAGIC:
        raise StoreCorrupt(f"{path} is not an SQLite database (file is not a database).")
