"""`sidedoor inbox parse`: JSON shapes, batches and friendly errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

FIX = Path(__file__).parent / "fixtures" / "intake"


@pytest.fixture
def inbox_cli(monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Any]) -> Callable[..., Any]:
    from sidedoor.cli import COMMANDS

    monkeypatch.setitem(
        COMMANDS, "inbox", ("sidedoor.cli.inbox:inbox", "Recruiter messages and job postings.")
    )
    return run_cli


def test_parse_json_single_message_is_one_object(inbox_cli: Callable[..., Any], home: Path) -> None:
    result = inbox_cli("inbox", "parse", str(FIX / "us_tech_inmail.eml"), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["is_recruiter_outreach"] is True and isinstance(data["confidence"], float)
    assert set(data["recruiter"]) >= {"name", "email", "profile_url", "agency", "company"}
    position = data["positions"][0]
    assert set(position) >= {
        "title",
        "company",
        "occupation",
        "workplace",
        "office_days_per_week",
        "pay",
        "locations",
        "remote_from",
        "relocation",
        "benefits",
        "employment_type",
        "seniority",
        "skills",
        "evidence",
    }
    assert set(position["pay"]) >= {
        "min",
        "max",
        "currency",
        "period",
        "annual_min",
        "annual_max",
        "basis",
        "disclosed",
        "bonus",
        "equity",
        "sign_on",
    }
    assert position["workplace"] in {"remote", "hybrid", "onsite", "unknown"}
    assert data["source"]["format"] == "eml" and data["messages"][0]["sender"] == "Jordan Lee"
    # parse stores nothing: no store, at most caches of the program's own making (the GeoNames
    # city names of `company._cities_cache`, the compiled patterns of `intake.patterns`)
    stored = [p for p in home.rglob("*") if p.is_file()] if home.exists() else []
    assert all(
        p.parent == home / "cache" and p.name.startswith(("cities-", "patterns-")) for p in stored
    )


def test_parse_many_items_json_array_and_jsonl(inbox_cli: Callable[..., Any], home: Path) -> None:
    result = inbox_cli("inbox", "parse", str(FIX / "linkedin_messages.csv"), "--json")
    assert result.exit_code == 0
    assert isinstance(json.loads(result.output), list) and len(json.loads(result.output)) == 4
    lines = inbox_cli("inbox", "parse", str(FIX / "mailbox.mbox"), "--jsonl")
    assert lines.exit_code == 0
    rows = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [r["source"]["index"] for r in rows] == [0, 1]
    assert "item 2 skipped" in lines.stderr
    only = inbox_cli(
        "inbox", "parse", str(FIX / "linkedin_messages.csv"), "--jsonl", "--only-outreach"
    )
    assert len(only.stdout.splitlines()) == 1


def test_parse_human_output_and_stdin(inbox_cli: Callable[..., Any], home: Path) -> None:
    result = inbox_cli("inbox", "parse", str(FIX / "multi_role.txt"))
    assert result.exit_code == 0 and result.output.count("position:") == 3
    piped = inbox_cli(
        "inbox", "parse", "-", "--json", input=(FIX / "au_sales_ote.txt").read_bytes()
    )
    assert json.loads(piped.stdout)["positions"][0]["company"] == "Cloudwise"


def test_parse_errors_are_one_line_with_a_hint(
    inbox_cli: Callable[..., Any], home: Path, tmp_path: Path
) -> None:
    blob = tmp_path / "mystery.bin"
    blob.write_bytes(bytes(range(256)) * 4)
    result = inbox_cli("inbox", "parse", str(blob))
    assert result.exit_code == 1
    assert "mystery.bin" in result.output and "--format" in result.output
    big = inbox_cli("inbox", "parse", str(FIX / "us_tech_inmail.eml"), "--max-bytes", "100")
    assert big.exit_code == 1 and "limit" in big.output


def test_help_stays_lazy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, sidedoor.cli.inbox; "
        "print(any(m.startswith(('sidedoor.intake', 'selectolax', 'pypdf')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cli_format_choices_are_the_readers_formats() -> None:
    # The CLI keeps its own copy so `--help` never imports intake; the two must agree.
    from sidedoor.cli.inbox import FORMAT_CHOICES
    from sidedoor.intake.readers.detect import FORMATS

    assert FORMAT_CHOICES == FORMATS
