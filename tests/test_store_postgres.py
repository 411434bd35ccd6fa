"""The same store on a real PostgreSQL server (SIDEDOOR_TEST_PG_URL).

Each test gets a fresh schema, dropped afterwards. Without SIDEDOOR_TEST_PG_URL these tests
skip locally but FAIL when CI is set, so CI cannot skip them silently. Start a server with
`export SIDEDOOR_TEST_PG_URL="$(bash scripts/start_postgres.sh)"`.
"""

from __future__ import annotations

import io
import json
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import create_engine, insert, select
from sqlalchemy.engine import make_url

from sidedoor.errors import ImportFormatError, StoreCorrupt, StoreError, StoreTooNew
from sidedoor.store import Migrations, Store, open_store
from sidedoor.store import schema as s
from sidedoor.store.sample import fill_store
from sidedoor.store.transfer import export_store, import_store, read_export

pytestmark = pytest.mark.postgres

RunCli = Callable[..., Result]
# Read once at import: the `home` fixture clears SIDEDOOR_* variables for each test.
BASE_URL = os.environ.get("SIDEDOOR_TEST_PG_URL")


class PgSchema:
    """A schema of its own in the test database, and URLs that use it."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.name = f"sidedoor_t_{uuid.uuid4().hex[:12]}"
        self.admin = create_engine(base_url, isolation_level="AUTOCOMMIT")

    def url(self, **settings: str) -> str:
        options = " ".join(f"-c{k}={v}" for k, v in {"search_path": self.name, **settings}.items())
        url = make_url(self.base_url).update_query_dict({"options": options})
        return url.render_as_string(hide_password=False)

    def sql(self, statement: str) -> list[Any]:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'SET search_path TO "{self.name}"')
            result = conn.exec_driver_sql(statement)
            return [tuple(r) for r in result] if result.returns_rows else []

    def create(self) -> None:
        self.sql(f'CREATE SCHEMA "{self.name}"')

    def drop(self) -> None:
        self.sql(f'DROP SCHEMA IF EXISTS "{self.name}" CASCADE')


@pytest.fixture
def pg() -> Iterator[PgSchema]:
    if not BASE_URL:
        if os.environ.get("CI"):
            pytest.fail(
                "CI is set but SIDEDOOR_TEST_PG_URL is not: the PostgreSQL tests must run. "
                "Start one with: export SIDEDOOR_TEST_PG_URL="
                '"$(bash scripts/start_postgres.sh)"'
            )
        pytest.skip("SIDEDOOR_TEST_PG_URL is not set (bash scripts/start_postgres.sh prints one)")
    schema = PgSchema(BASE_URL)
    schema.create()
    try:
        yield schema
    finally:
        schema.drop()
        schema.admin.dispose()


def export_text(store: Store) -> str:
    buffer = io.StringIO()
    export_store(store, buffer)
    return buffer.getvalue()


def without_exported_at(document: str) -> list[str]:
    return [line for line in document.splitlines() if '"exported_at": ' not in line]


def rows_of(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in s.metadata.sorted_tables
        }


def test_migrations_build_exactly_the_schema_module(pg: PgSchema) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with open_store(pg.url()) as store:
        assert store.dialect == "postgresql" and store.revision == s.HEAD_REVISION
        assert store.table_names() == sorted(s.metadata.tables)
        with store.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, s.metadata) == []
    types = dict(
        pg.sql(
            "SELECT column_name, data_type FROM information_schema.columns "
            f"WHERE table_schema = '{pg.name}' AND table_name = 'profile'"
        )
    )
    assert types["aspirations"] == "jsonb"
    assert types["created_at"] == "timestamp with time zone"


def test_round_trip_on_postgres_is_identical_and_matches_sqlite(
    pg: PgSchema, tmp_path: Path
) -> None:
    with open_store(pg.url()) as store:
        filled = fill_store(store, scale=3)
        before = rows_of(store)
        first = export_text(store)
    pg.drop()  # "delete the file"
    pg.create()
    with open_store(pg.url()) as store:
        assert store.is_empty()
        summary = import_store(store, read_export(first.encode(), name="pg.json"), name="pg.json")
        assert summary.rows == filled
        assert rows_of(store) == before
        second = export_text(store)
    assert without_exported_at(second) == without_exported_at(first)
    with open_store(f"sqlite:///{tmp_path / 'same.sqlite3'}") as lite:
        fill_store(lite, scale=3)
        assert without_exported_at(export_text(lite)) == without_exported_at(first)


def test_ids_continue_after_the_imported_ones(pg: PgSchema) -> None:
    document = json.dumps(
        {
            "format": "sidedoor-export",
            "format_version": 1,
            "schema_revision": s.HEAD_REVISION,
            "exported_at": "2025-01-01T00:00:00+00:00",
            "sidedoor_version": "0",
            "tables": {
                "recruiters": [
                    {
                        "id": 41,
                        "name": "Priya",
                        "email": None,
                        "phone": None,
                        "profile_url": None,
                        "agency": None,
                        "company": None,
                        "title": None,
                        "location": None,
                        "notes": None,
                        "created_at": "2025-01-01T00:00:00+00:00",
                        "updated_at": "2025-01-01T00:00:00+00:00",
                    }
                ]
            },
        }
    )
    with open_store(pg.url()) as store:
        import_store(store, read_export(document.encode(), name="d"), name="d")
        with store.begin() as conn:
            new_id = conn.execute(insert(s.recruiters).values(name="Next")).inserted_primary_key
            profile_id = conn.execute(insert(s.profile).values(name="P")).inserted_primary_key
        assert new_id is not None and new_id[0] == 42
        assert profile_id is not None and profile_id[0] == 1  # empty table: starts at 1


def test_import_is_all_or_nothing_on_postgres(pg: PgSchema, tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'src.sqlite3'}") as lite:
        fill_store(lite)
        doc = read_export(export_text(lite).encode(), name="x.json")
    doc["tables"]["practice_answers"][-1]["question_id"] = 9999
    with open_store(pg.url()) as store:
        with pytest.raises(ImportFormatError, match=r"foreign key.*nothing was imported"):
            import_store(store, doc, name="x.json")
        assert store.is_empty()


def test_a_store_from_a_newer_sidedoor_is_refused_untouched(pg: PgSchema) -> None:
    with open_store(pg.url()) as store, store.begin() as conn:
        conn.execute(insert(s.profile).values(name="Zoë"))
    pg.sql("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreTooNew, match="0099"):
        open_store(pg.url())
    assert pg.sql("SELECT version_num FROM alembic_version") == [("0099",)]
    assert pg.sql("SELECT name FROM profile") == [("Zoë",)]


def test_someone_elses_tables_are_refused(pg: PgSchema) -> None:
    pg.sql("CREATE TABLE invoices (id serial PRIMARY KEY)")
    with pytest.raises(StoreCorrupt, match=r"not a sidedoor store.*invoices"):
        open_store(pg.url())
    assert "alembic_version" not in {
        r[0]
        for r in pg.sql(
            f"SELECT table_name FROM information_schema.tables WHERE table_schema = '{pg.name}'"
        )
    }


def test_a_failing_migration_is_rolled_back_on_postgres(pg: PgSchema, tmp_path: Path) -> None:
    with open_store(pg.url()):
        pass
    (tmp_path / "0002_bad.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        "revision = '0002'\ndown_revision = '0001'\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    op.execute('SELECT * FROM no_such_table')\n"
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )
    with pytest.raises(StoreError, match=r"rolled back.*revision 0001"):
        open_store(pg.url(), migrations=Migrations(extra_locations=(tmp_path,)))
    tables = {
        r[0]
        for r in pg.sql(
            f"SELECT table_name FROM information_schema.tables WHERE table_schema = '{pg.name}'"
        )
    }
    assert "half_done" not in tables
    assert pg.sql("SELECT version_num FROM alembic_version") == [("0001",)]


def test_timestamps_are_utc_whatever_the_session_time_zone(pg: PgSchema) -> None:
    kolkata = pg.url(timezone="Asia/Kolkata")
    with open_store(kolkata) as store:
        with store.begin() as conn:
            conn.execute(
                insert(s.opportunities).values(
                    title="SRE",
                    next_action_at=datetime(2025, 3, 14, 10, tzinfo=timezone(timedelta(hours=1))),
                )
            )
        with store.connect() as conn:
            row = conn.execute(select(s.opportunities)).one()
        assert row.next_action_at == datetime(2025, 3, 14, 9, tzinfo=UTC)
        assert row.next_action_at.tzinfo == UTC and row.created_at.tzinfo == UTC
        assert '"next_action_at": "2025-03-14T09:00:00+00:00"' in export_text(store)


def test_cli_export_and_import_on_postgres(
    pg: PgSchema, home: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SIDEDOOR_STORE_URL", pg.url())
    with open_store(pg.url()) as store:
        fill_store(store)
    target = tmp_path / "pg.json"
    assert run_cli("export", str(target)).exit_code == 0
    refused = run_cli("import", str(target))
    assert refused.exit_code == 1 and "already holds data" in refused.stderr
    assert "secret" not in refused.stderr and "sidedoor_test:sidedoor_test" not in refused.stderr
    replaced = run_cli("import", "--replace", str(target))
    assert replaced.exit_code == 0, replaced.output
    assert len(list((home / "backups").glob("*.json"))) == 1
    again = run_cli("export")
    assert without_exported_at(again.stdout) == without_exported_at(target.read_text("utf-8"))
