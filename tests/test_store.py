"""The user's store on SQLite: created on open, migrated safely, never damaged or 'repaired'."""

from __future__ import annotations

import ast
import hashlib
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError, StatementError

from sidedoor.errors import StoreCorrupt, StoreError, StoreTooNew
from sidedoor.store import Migrations, Store, open_store
from sidedoor.store import schema as s
from sidedoor.store.migrate import MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parents[1]

MIGRATION_0002 = """
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profile") as batch:
        batch.add_column(sa.Column("nickname", sa.Text()))
    op.execute("UPDATE profile SET nickname = 'nick-' || name")


def downgrade() -> None:
    with op.batch_alter_table("profile") as batch:
        batch.drop_column("nickname")
"""

FAILING_0002 = """
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO no_such_table VALUES (1)")


def downgrade() -> None:
    pass
"""


def later_release(tmp_path: Path, source: str) -> Migrations:
    """The bundled migrations plus a 0002, as a later sidedoor would ship them."""
    folder = tmp_path / "later_versions"
    folder.mkdir(parents=True)
    (folder / "0002_later.py").write_text(source, encoding="utf-8")
    return Migrations(extra_locations=(folder,))


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with the hash of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def make_store_with_a_person(path: Path) -> None:
    with open_store(url_of(path)) as store, store.begin() as conn:
        conn.execute(insert(s.profile).values(name="Zoë"))


def test_new_store_has_every_table_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "sidedoor.sqlite3"
    with open_store(url_of(path)) as store:
        assert path.is_file()
        assert store.revision == s.HEAD_REVISION
        assert store.notices == []
        assert store.table_names() == sorted(s.metadata.tables)
        assert store.is_empty()
        with store.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        with pytest.raises(IntegrityError), store.begin() as conn:
            conn.execute(insert(s.jobs_held).values(profile_id=42, title="Orphan"))
    assert not list(tmp_path.glob("**/*.bak-*"))


def test_migrations_build_exactly_the_schema_module(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with open_store(url_of(tmp_path / "db.sqlite3")) as store, store.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, s.metadata) == []


def test_head_revision_is_the_newest_migration() -> None:
    assert Migrations().script().get_current_head() == s.HEAD_REVISION


def test_migrations_never_import_sidedoor() -> None:
    for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.startswith("sidedoor") for n in names), path.name


def test_reopening_an_up_to_date_store_is_fast_and_skips_alembic(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    make_store_with_a_person(path)
    code = (
        "import sys, time\n"
        "from sidedoor.store import open_store\n"
        "start = time.perf_counter()\n"
        f"store = open_store({url_of(path)!r})\n"
        "print(time.perf_counter() - start, any(m.startswith('alembic') for m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[1] == "False"  # Alembic was not even imported
    assert float(out[0]) < 0.3  # first open in a fresh process, SQLAlchemy already imported
    best = min(_time_open(path) for _ in range(3))
    assert best < 0.15
    assert not list(tmp_path.glob("*.bak-*"))


def _time_open(path: Path) -> float:
    start = time.perf_counter()
    open_store(url_of(path)).close()
    return time.perf_counter() - start


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sidedoor.sqlite3"
    path.write_bytes(b"My CV, not a database\n" * 300)
    before = snapshot(tmp_path)
    with pytest.raises(StoreCorrupt, match="not an SQLite database") as info:
        open_store(url_of(path))
    assert "untouched" in info.value.hint
    assert snapshot(tmp_path) == before


def test_a_damaged_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sidedoor.sqlite3"
    make_store_with_a_person(path)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page + 8 : 3 * page] = b"\xa5" * (page - 8)  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    before = snapshot(tmp_path)
    with pytest.raises(StoreCorrupt):
        open_store(url_of(path))
    assert snapshot(tmp_path) == before


def test_a_big_damaged_store_is_checked_before_any_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sidedoor.sqlite3"
    make_store_with_a_person(path)
    data = bytearray(path.read_bytes())
    data[2 * 4096 + 8 : 3 * 4096] = b"\xa5" * (4096 - 8)
    path.write_bytes(bytes(data))
    before = snapshot(tmp_path)
    monkeypatch.setattr("sidedoor.store.db.QUICK_CHECK_MAX_BYTES", 0)  # "big" = every file
    with pytest.raises(StoreCorrupt, match="damaged"):
        open_store(url_of(path), migrations=later_release(tmp_path / "x", MIGRATION_0002))
    assert snapshot(tmp_path) == before  # no backup of a damaged file, no migration


def test_a_truncated_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sidedoor.sqlite3"
    make_store_with_a_person(path)
    path.write_bytes(path.read_bytes()[: 3 * 4096 + 100])
    before = snapshot(tmp_path)
    with pytest.raises(StoreCorrupt):
        open_store(url_of(path))
    assert snapshot(tmp_path) == before


def test_someone_elses_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.sqlite3"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('beach.jpg')")
    before = snapshot(tmp_path)
    with pytest.raises(StoreCorrupt, match=r"not a sidedoor store.*photos"):
        open_store(url_of(path))
    assert snapshot(tmp_path) == before


def test_a_store_from_a_newer_sidedoor_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "sidedoor.sqlite3"
    make_store_with_a_person(path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before = snapshot(tmp_path)
    with pytest.raises(StoreTooNew, match="0099") as info:
        open_store(url_of(path))
    assert "Upgrade sidedoor" in info.value.hint
    assert snapshot(tmp_path) == before


def test_an_older_store_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "sidedoor.sqlite3"
    make_store_with_a_person(path)
    with open_store(url_of(path), migrations=later_release(tmp_path, MIGRATION_0002)) as store:
        assert store.revision == "0002"
        assert store.backup_path is not None
        assert store.backup_path.name.startswith("sidedoor.sqlite3.bak-")
        assert any(str(store.backup_path) in n and "0001" in n for n in store.notices)
        with store.connect() as conn:
            assert conn.exec_driver_sql("SELECT nickname FROM profile").scalar() == "nick-Zoë"
    with closing(sqlite3.connect(store.backup_path)) as backup:  # the copy is the store as it was
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT name FROM profile").fetchall() == [("Zoë",)]
    # Opening again: up to date, no second backup.
    with open_store(url_of(path), migrations=later_release(tmp_path / "x", MIGRATION_0002)):
        pass
    assert len(list(tmp_path.glob("sidedoor.sqlite3.bak-*"))) == 1


def test_a_failing_migration_is_rolled_back_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "sidedoor.sqlite3"
    make_store_with_a_person(path)
    with pytest.raises(
        StoreError, match=r"0002 failed: .*no_such_table.*rolled back.*revision 0001.*bak-"
    ):
        open_store(url_of(path), migrations=later_release(tmp_path, FAILING_0002))
    with open_store(url_of(path)) as store:  # this sidedoor still opens it as before
        assert "half_done" not in store.table_names()
        with store.connect() as conn:
            assert conn.execute(select(s.profile.c.name)).scalars().all() == ["Zoë"]


def test_timestamps_are_utc_and_naive_ones_are_refused(tmp_path: Path) -> None:
    with open_store(url_of(tmp_path / "db.sqlite3")) as store:
        zurich = timezone(timedelta(hours=1))
        with store.begin() as conn:
            conn.execute(insert(s.profile).values(name="A"))
            conn.execute(
                insert(s.opportunities).values(
                    title="Platform Engineer",
                    next_action_at=datetime(2025, 3, 14, 10, 0, tzinfo=zurich),
                )
            )
        with store.connect() as conn:
            row = conn.execute(select(s.opportunities)).one()
        assert row.next_action_at == datetime(2025, 3, 14, 9, 0, tzinfo=UTC)
        assert row.next_action_at.tzinfo == UTC
        assert row.created_at.tzinfo == UTC
        assert row.stage == "new"
        with pytest.raises(StatementError, match="naive datetime"), store.begin() as conn:
            conn.execute(update(s.opportunities).values(next_action_at=datetime(2025, 1, 1)))


def test_json_none_is_sql_null(tmp_path: Path) -> None:
    with open_store(url_of(tmp_path / "db.sqlite3")) as store:
        with store.begin() as conn:
            conn.execute(insert(s.profile).values(name="A", aspirations=None, preferences={"a": 1}))
        with store.connect() as conn:
            nulls = conn.exec_driver_sql(
                "SELECT aspirations IS NULL, preferences IS NULL FROM profile"
            ).one()
            assert tuple(nulls) == (1, 0)
            assert conn.execute(select(s.profile.c.preferences)).scalar() == {"a": 1}


def test_delete_rules_cascade_or_set_null(tmp_path: Path) -> None:
    with open_store(url_of(tmp_path / "db.sqlite3")) as store, store.begin() as conn:
        conn.execute(insert(s.recruiters).values(id=1, name="Priya"))
        conn.execute(insert(s.opportunities).values(id=1, title="SRE", recruiter_id=1))
        conn.execute(insert(s.positions).values(opportunity_id=1, title="SRE II"))
        conn.execute(insert(s.tracker_events).values(opportunity_id=1, kind="note"))
        conn.execute(delete(s.recruiters))
        assert conn.execute(select(s.opportunities.c.recruiter_id)).scalar_one() is None
        conn.execute(delete(s.opportunities))
        assert conn.execute(select(s.positions)).all() == []
        assert conn.execute(select(s.tracker_events)).all() == []


def test_source_messages_are_deduplicated_and_channels_checked(tmp_path: Path) -> None:
    with open_store(url_of(tmp_path / "db.sqlite3")) as store:
        with store.begin() as conn:
            conn.execute(insert(s.source_messages).values(channel="email", content_sha256="ab"))
        with pytest.raises(IntegrityError), store.begin() as conn:
            conn.execute(insert(s.source_messages).values(channel="linkedin", content_sha256="ab"))
        with pytest.raises(IntegrityError), store.begin() as conn:
            conn.execute(insert(s.source_messages).values(channel="fax", content_sha256="cd"))


def test_from_settings_opens_the_store_in_home(home: Path) -> None:
    from sidedoor.settings import load_settings

    with Store.from_settings(load_settings()) as store:
        assert store.sqlite_path == home / "sidedoor.sqlite3"
        assert store.sqlite_path.is_file()


def test_docs_list_exactly_the_schema() -> None:
    from sidedoor.store.docs import BEGIN, END, schema_markdown

    doc = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    section = doc[doc.index(BEGIN) : doc.index(END) + len(END)] + "\n"
    assert section == schema_markdown(), (
        "docs/store.md is stale: run python -m sidedoor.store.docs docs/store.md"
    )
    listed = {line[5:-1] for line in section.splitlines() if line.startswith("### `")}
    assert listed == set(s.metadata.tables)


def test_two_processes_creating_the_store_at_once_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "sidedoor.sqlite3"
    code = f"from sidedoor.store import open_store\nopen_store({url_of(path)!r}).close()\n"
    runs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in "ab"]
    errors = [run.communicate(timeout=60)[1].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    with open_store(url_of(path)) as store:
        assert store.table_names() == sorted(s.metadata.tables)


def test_an_unreachable_server_is_a_one_line_error() -> None:
    with pytest.raises(StoreError, match="Cannot open the store") as info:
        open_store("postgresql+psycopg://nobody:secret@127.0.0.1:9/nothing")
    assert "\n" not in info.value.message and "secret" not in info.value.message
