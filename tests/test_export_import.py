"""`sidedoor export` / `sidedoor import`: one JSON document, lossless, all or nothing."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import insert, select

from sidedoor.errors import ImportFormatError, StoreNotEmpty, StoreTooNew
from sidedoor.store import Migrations, Store, open_store
from sidedoor.store import schema as s
from sidedoor.store.sample import fill_store, sample_rows
from sidedoor.store.transfer import (
    export_store,
    import_store,
    read_export,
    write_export_file,
)

RunCli = Callable[..., Result]

MIGRATION_0002 = """
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recruiters") as batch:
        batch.add_column(sa.Column("pronouns", sa.Text()))
    op.execute("UPDATE recruiters SET pronouns = 'they'")


def downgrade() -> None:
    with op.batch_alter_table("recruiters") as batch:
        batch.drop_column("pronouns")
"""


def open_at(path: Path, migrations: Migrations | None = None) -> Store:
    return open_store(f"sqlite:///{path}", migrations=migrations)


def wipe(path: Path) -> None:
    for p in path.parent.glob(path.name + "*"):
        p.unlink()


def rows_of(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    with store.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in s.metadata.sorted_tables
        }


def without_exported_at(text: str) -> list[str]:
    lines = text.splitlines()
    assert sum('"exported_at": ' in line for line in lines) == 1
    return [line for line in lines if '"exported_at": ' not in line]


def test_round_trip_of_every_table_is_identical(tmp_path: Path) -> None:
    db, first, second = tmp_path / "store.sqlite3", tmp_path / "a.json", tmp_path / "b.json"
    with open_at(db) as store:
        filled = fill_store(store, scale=3)
        before = rows_of(store)
        write_export_file(store, first, overwrite=False)
    assert set(filled) == set(s.metadata.tables) and all(filled.values())
    wipe(db)
    with open_at(db) as store:
        summary = import_store(store, read_export(first.read_bytes(), name="a.json"), name="a.json")
        assert summary.rows == filled
        assert rows_of(store) == before
        write_export_file(store, second, overwrite=False)
    assert without_exported_at(second.read_text("utf-8")) == without_exported_at(
        first.read_text("utf-8")
    )


def test_export_document_shape_and_types(tmp_path: Path) -> None:
    with open_at(tmp_path / "store.sqlite3") as store:
        fill_store(store)
        with store.begin() as conn:  # inserted out of id order: export sorts by key
            conn.execute(insert(s.recruiters).values(id=100, name="Late", notes=None))
        path = tmp_path / "out.json"
        write_export_file(store, path, overwrite=False)
    doc = json.loads(path.read_text("utf-8"))
    assert list(doc) == [
        "format",
        "format_version",
        "schema_revision",
        "exported_at",
        "sidedoor_version",
        "tables",
    ]
    assert doc["format"] == "sidedoor-export" and doc["format_version"] == 1
    assert doc["schema_revision"] == s.HEAD_REVISION
    assert datetime.fromisoformat(doc["exported_at"]).tzinfo is not None
    assert list(doc["tables"]) == [t.name for t in s.metadata.sorted_tables]
    for table in s.metadata.sorted_tables:  # every column of every table
        for row in doc["tables"][table.name]:
            assert list(row) == [c.name for c in table.columns]
    recruiters = doc["tables"]["recruiters"]
    assert [r["id"] for r in recruiters] == sorted(r["id"] for r in recruiters)
    assert recruiters[-1]["notes"] is None
    sample = sample_rows()
    message, original = doc["tables"]["source_messages"][0], sample["source_messages"][0]
    assert base64.b64decode(message["raw"]) == original["raw"]
    assert message["sent_at"].endswith("+00:00")
    assert datetime.fromisoformat(message["sent_at"]) == original["sent_at"]
    assert message["headers"] == original["headers"]
    job = doc["tables"]["jobs_held"][1]
    assert job["base_pay"] == 98500.1 and job["equity"] == 1e-7
    assert job["start_date"] == "2018-09-01" and job["is_current"] is False
    assert doc["tables"]["profile"][0]["name"] == "Zoë Ångström-Núñez"
    assert "Zoë" in path.read_text("utf-8")  # readable UTF-8, not \\u escapes


def test_an_export_from_an_older_schema_is_imported_then_upgraded(tmp_path: Path) -> None:
    with open_at(tmp_path / "old.sqlite3") as old:
        fill_store(old)
        export = tmp_path / "old.json"
        write_export_file(old, export, overwrite=False)
        before = rows_of(old)
    folder = tmp_path / "later"
    folder.mkdir()
    (folder / "0002_pronouns.py").write_text(MIGRATION_0002, encoding="utf-8")
    with open_at(tmp_path / "new.sqlite3", Migrations(extra_locations=(folder,))) as new:
        assert new.revision == "0002"
        summary = import_store(new, read_export(export.read_bytes(), name="old"), name="old")
        assert any("0001 to 0002" in n for n in summary.notices)
        with new.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            pronouns = conn.exec_driver_sql("SELECT DISTINCT pronouns FROM recruiters").all()
        assert revision == "0002" and pronouns == [("they",)]
        assert rows_of(new)["positions"] == before["positions"]


def test_an_export_from_a_newer_schema_is_refused(tmp_path: Path) -> None:
    with open_at(tmp_path / "store.sqlite3") as store:
        doc = read_export(_export_text(store).replace('"0001"', '"0042"', 1).encode(), name="f")
        with pytest.raises(StoreTooNew, match="0042"):
            import_store(store, doc, name="f")
        assert store.is_empty()


def _export_text(store: Store) -> str:
    import io

    buffer = io.StringIO()
    export_store(store, buffer)
    return buffer.getvalue()


@pytest.fixture
def good_export(tmp_path: Path) -> bytes:
    with open_at(tmp_path / "source.sqlite3") as store:
        fill_store(store)
        return _export_text(store).encode("utf-8")


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda b: b"", "is empty"),
        (lambda b: b"\xef\xbb\xbf" + b, "byte-order mark"),
        (lambda b: b.decode("utf-8").encode("latin-1", "replace"), "not UTF-8"),
        (lambda b: b[: len(b) // 2], "truncated"),
        (lambda b: b"<html>not json</html>", "not valid JSON"),
        (lambda b: b'{"hello": "world"}', "not a sidedoor export"),
        (lambda b: b.replace(b'"format_version": 1', b'"format_version": 7'), "format 7"),
        (lambda b: b.replace(b'"tables": {', b'"tables": {"spies": [], ', 1), "spies"),
        (lambda b: b.replace(b'"title": "Senior Recruiter"', b'"title": 42', 1), "column title"),
        (lambda b: b.replace(b'"sent_at": "', b'"sent_at": "yesterday', 1), "column sent_at"),
        (lambda b: b.replace(b'"id": 1, ', b"", 1), "missing: id"),
    ],
)
def test_bad_files_are_refused_naming_the_file(
    tmp_path: Path, good_export: bytes, mangle: Callable[[bytes], bytes], message: str
) -> None:
    with open_at(tmp_path / "store.sqlite3") as store:
        with pytest.raises((ImportFormatError, StoreTooNew), match=message) as info:
            import_store(store, read_export(mangle(good_export), name="my.json"), name="my.json")
        assert "my.json" in str(info.value)
        assert store.is_empty()


def test_import_is_all_or_nothing(tmp_path: Path, good_export: bytes) -> None:
    doc = read_export(good_export, name="x.json")
    doc["tables"]["positions"][-1]["opportunity_id"] = 9999  # refers to nothing
    with open_at(tmp_path / "store.sqlite3") as store:
        with pytest.raises(ImportFormatError, match=r"FOREIGN KEY.*nothing was imported"):
            import_store(store, doc, name="x.json")
        assert store.is_empty()


def test_non_empty_store_is_refused_or_replaced_after_a_backup(
    tmp_path: Path, good_export: bytes
) -> None:
    with open_at(tmp_path / "store.sqlite3") as store:
        with store.begin() as conn:
            conn.execute(insert(s.profile).values(name="Keep me"))
        doc = read_export(good_export, name="x.json")
        with pytest.raises(StoreNotEmpty):
            import_store(store, doc, name="x.json")
        summary = import_store(store, doc, name="x.json", replace=True, backup_dir=tmp_path / "bk")
        assert summary.backup_path is not None and summary.backup_path.parent == tmp_path / "bk"
        backup = json.loads(summary.backup_path.read_text("utf-8"))
        assert [p["name"] for p in backup["tables"]["profile"]] == ["Keep me"]
        with store.connect() as conn:
            assert conn.execute(select(s.profile.c.name)).scalars().all() == ["Zoë Ångström-Núñez"]


# -- the CLI --------------------------------------------------------------------------------


def test_cli_export_to_stdout_and_file(home: Path, run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("export")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["format"] == "sidedoor-export"
    assert (home / "sidedoor.sqlite3").is_file()

    target = tmp_path / "mine.json"
    assert run_cli("export", str(target)).exit_code == 0
    assert json.loads(target.read_text("utf-8"))["tables"]["profile"] == []
    target.write_text("precious", encoding="utf-8")
    refused = run_cli("export", str(target))
    assert refused.exit_code == 1
    assert refused.stderr.count("\n") == 1 and "already exists" in refused.stderr
    assert "--force" in refused.stderr
    assert target.read_text("utf-8") == "precious"
    forced = run_cli("export", str(target), "--force")
    assert forced.exit_code == 0 and "Exported 0 rows from 14 tables" in forced.stderr
    assert json.loads(target.read_text("utf-8"))["format"] == "sidedoor-export"


def test_cli_import_refuses_a_non_empty_store_then_replaces_with_backup(
    home: Path, run_cli: RunCli, tmp_path: Path, good_export: bytes
) -> None:
    export = tmp_path / "export.json"
    export.write_bytes(good_export)
    first = run_cli("import", str(export))
    assert first.exit_code == 0, first.output
    assert "Imported" in first.stderr

    second = run_cli("import", str(export))
    assert second.exit_code == 1
    assert second.stderr.count("\n") == 1
    assert second.stderr.startswith("error: The store at sqlite:///")
    assert "--replace" in second.stderr

    with open_store(f"sqlite:///{home / 'sidedoor.sqlite3'}") as store, store.begin() as conn:
        conn.execute(insert(s.recruiters).values(name="Added after the import"))
    replaced = run_cli("import", "--replace", "-", input=good_export)
    assert replaced.exit_code == 0, replaced.output
    backups = list((home / "backups").glob("sidedoor-backup-*.json"))
    assert len(backups) == 1 and str(backups[0]) in replaced.stderr
    saved = json.loads(backups[0].read_text("utf-8"))["tables"]["recruiters"]
    assert saved[-1]["name"] == "Added after the import"
    exported = json.loads(run_cli("export").stdout)["tables"]["recruiters"]
    assert "Added after the import" not in {r["name"] for r in exported}


def test_cli_import_of_a_bad_file_is_one_line_and_touches_nothing(
    home: Path, run_cli: RunCli, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"format": "sidedoor-export", "note": "café"}', encoding="latin-1")
    result = run_cli("import", str(bad))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and str(bad) in result.stderr
    assert not (home / "sidedoor.sqlite3").exists()
    missing = run_cli("import", str(tmp_path / "nope.json"))
    assert missing.exit_code == 1 and "Cannot read" in missing.stderr


def test_round_trip_stamps_are_utc(tmp_path: Path) -> None:
    with open_at(tmp_path / "s.sqlite3") as store:
        fill_store(store)
        doc = json.loads(_export_text(store))
    stamps = [
        value
        for rows in doc["tables"].values()
        for row in rows
        for key, value in row.items()
        if key.endswith("_at") and value is not None
    ]
    assert stamps and all(
        datetime.fromisoformat(v).utcoffset() == UTC.utcoffset(None) for v in stamps
    )
