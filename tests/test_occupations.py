"""`sidedoor occupations show` and `search` over the session's knowledge store."""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from sidedoor.errors import UnknownOccupation
from sidedoor.knowledge.store import Knowledge, open_knowledge

RunCli = Callable[..., Result]
PERCENTILES = {"pct10": "PCT10", "pct25": "PCT25", "median": "MEDIAN", "pct75": "PCT75",
               "pct90": "PCT90", "mean": "MEAN"}


@pytest.fixture(scope="module")
def national(shared_data: Path) -> dict[str, dict[str, str]]:
    """BLS's national OEWS file, read here independently of the installer."""
    with open(shared_data / "oews-2025" / "oews_M2025_national.csv", encoding="utf-8-sig",
              newline="") as handle:
        return {row["OCC_CODE"]: row for row in csv.DictReader(handle)}


@pytest.fixture
def knowledge(knowledge_dir: Path) -> Any:
    with open_knowledge(knowledge_dir) as opened:
        yield opened


def _show(run_cli: RunCli, code: str) -> dict[str, Any]:
    result = run_cli("occupations", "show", code, "--json")
    assert result.exit_code == 0, result.output
    shown: dict[str, Any] = json.loads(result.stdout)
    return shown


def _expected(row: dict[str, str], prefix: str) -> dict[str, float | None]:
    return {
        name: None if row[f"{prefix}_{bls}"] in ("-", "*", "#") else float(row[f"{prefix}_{bls}"])
        for name, bls in PERCENTILES.items()
    }


# ------------------------------------------------------------------ show


def test_software_developers_median_matches_bls(
    installed_home: Path, run_cli: RunCli, national: dict[str, dict[str, str]]
) -> None:
    shown = _show(run_cli, "15-1252.00")
    assert shown["title"] == "Software Developers"
    assert shown["wages"]["annual"]["median"] == float(national["15-1252"]["A_MEDIAN"]) == 135980
    assert shown["wages"]["basis"] == "exact"
    assert shown["wages"]["area_title"] == "National"


@pytest.mark.parametrize("code", ["29-1141.00", "11-9199.00", "29-1229.01", "51-9199.00"])
def test_wages_match_bls_for_every_percentile(
    installed_home: Path, run_cli: RunCli, national: dict[str, dict[str, str]], code: str
) -> None:
    row = national[code[:7]]
    wages = _show(run_cli, code)["wages"]
    assert wages["occ_code"] == code[:7]
    assert wages["annual"] == _expected(row, "A")
    assert wages["hourly"] == _expected(row, "H")
    assert wages["tot_emp"] == int(row["TOT_EMP"])
    assert wages["not_released"] == []


def test_wages_not_released_by_bls_are_null_with_a_note(
    installed_home: Path, run_cli: RunCli, national: dict[str, dict[str, str]]
) -> None:
    assert national["25-2021"]["H_MEDIAN"] == "-"
    wages = _show(run_cli, "25-2021.00")["wages"]
    assert wages["hourly"] == dict.fromkeys(PERCENTILES)
    assert wages["annual"]["median"] == float(national["25-2021"]["A_MEDIAN"])
    assert "hourly.median" in wages["not_released"]
    assert any(note.startswith("Hourly wages (all)") and "annual" in note
               for note in wages["notes"])
    text = run_cli("occupations", "show", "25-2021.00").stdout
    assert "not released by BLS" in text


def test_top_coded_state_wage(knowledge: Knowledge) -> None:
    wages = knowledge.wages("29-1022", area="01")  # oral surgeons, Alabama: footnote 5
    assert wages is not None and wages.area_title == "Alabama"
    assert wages.annual.median is None
    assert "annual.median" in wages.topcoded
    assert any("top-coded" in note for note in wages.notes)


def test_broader_group_is_used_and_said(
    installed_home: Path, run_cli: RunCli, national: dict[str, dict[str, str]]
) -> None:
    assert "13-1021" not in national
    wages = _show(run_cli, "13-1021.00")["wages"]
    assert wages["basis"] == "broader"
    assert wages["soc_code"] == "13-1021" and wages["occ_code"] == "13-1020"
    assert wages["annual"]["median"] == float(national["13-1020"]["A_MEDIAN"])
    assert "13-1020 Buyers and Purchasing Agents" in wages["notes"][0]


def test_no_oews_figures_at_all(installed_home: Path, run_cli: RunCli) -> None:
    shown = _show(run_cli, "55-1011.00")
    assert shown["wages"] is None
    assert any("military" in note for note in shown["notes"])


def test_code_without_dot_zero_zero(installed_home: Path, run_cli: RunCli) -> None:
    assert _show(run_cli, "15-1252")["code"] == "15-1252.00"
    assert _show(run_cli, "151252")["code"] == "15-1252.00"


def test_report_contents_are_ordered(
    installed_home: Path, run_cli: RunCli, shared_data: Path
) -> None:
    zones = (shared_data / "onet-29.3" / "Job Zones.txt").read_text(encoding="utf-8")
    zone = next(int(line.split("\t")[2]) for line in zones.splitlines()
                if line.startswith("29-1141.00"))
    shown = _show(run_cli, "29-1141.00")
    skills = [s["importance"] for s in shown["skills"]]
    assert len(skills) == 10 and skills == sorted(skills, reverse=True)
    assert len(shown["knowledge"]) == 10
    assert shown["job_zone"]["zone"] == zone and shown["job_zone"]["education"]
    shares = [e["percent"] for e in shown["education"]]
    assert shares == sorted(shares, reverse=True) and shares[0] > 0
    assert shown["hot_technologies"] and all(t["hot"] for t in shown["hot_technologies"])
    types = [t["task_type"] for t in shown["tasks"]]
    assert types == sorted(types, key=lambda t: t != "Core")
    core = [t["incumbents_responding"] for t in shown["tasks"] if t["task_type"] == "Core"]
    assert core == sorted(core, reverse=True)
    assert any("O*NET 29.3" in credit for credit in shown["credits"])


def test_terminal_report_reads_like_a_report(installed_home: Path, run_cli: RunCli) -> None:
    result = run_cli("occupations", "show", "29-1141")
    assert result.exit_code == 0
    for expected in ("29-1141.00  Registered Nurses", "Job zone 4", "Top skills",
                     "Main tasks", "median", "USDOL/ETA"):
        assert expected in result.stdout


def test_unknown_code_lists_nearest_codes(installed_home: Path, run_cli: RunCli) -> None:
    result = run_cli("occupations", "show", "15-1259.00")
    assert result.exit_code == 1
    message = result.output.strip()
    assert "\n" not in message
    assert message.startswith("error: No occupation '15-1259.00'")
    assert "15-1252.00 Software Developers" in message


def test_words_instead_of_a_code_use_title_search(knowledge: Knowledge) -> None:
    with pytest.raises(UnknownOccupation) as caught:
        knowledge.occupation("sofware develper")
    assert caught.value.nearest[0] == ("15-1252.00", "Software Developers")


def test_show_without_data(home: Path, run_cli: RunCli) -> None:
    result = run_cli("occupations", "show", "15-1252")
    assert result.exit_code == 1
    assert "sidedoor data install" in result.output


# ------------------------------------------------------------------ search


def _codes(knowledge: Knowledge, text: str, limit: int = 10) -> list[str]:
    return [hit.code for hit in knowledge.search(text, limit)]


def test_search_exact_title_first(knowledge: Knowledge) -> None:
    hits = knowledge.search("software developer")
    assert hits[0].code == "15-1252.00"
    assert hits[0].kind == "title" and hits[0].matched_title == "Software Developers"


def test_search_nurse_finds_registered_nurses(knowledge: Knowledge) -> None:
    assert "29-1141.00" in _codes(knowledge, "nurse")[:3]


@pytest.mark.parametrize(("text", "code"), [
    ("sofware develper", "15-1252.00"),
    ("registerd nurse", "29-1141.00"),
    ("électricien", "47-2111.00"),
    ("CEO", "11-1011.00"),
    ("data scientists", "15-2051.00"),
])
def test_search_tolerates_typos_case_and_accents(knowledge: Knowledge, text: str,
                                                 code: str) -> None:
    assert _codes(knowledge, text)[0] == code


def test_search_says_which_title_matched(knowledge: Knowledge) -> None:
    hit = knowledge.search("RN", 1)[0]
    assert (hit.code, hit.kind) == ("29-1141.00", "short")
    assert hit.title == "Registered Nurses"


def test_search_nothing(knowledge: Knowledge) -> None:
    assert knowledge.search("qqqqzzzz") == []
    assert knowledge.search("   ") == []


def test_search_is_fast(knowledge_dir: Path) -> None:
    started = time.perf_counter()
    with open_knowledge(knowledge_dir) as fresh:
        for text in ("software developer", "nurse", "sofware develper", "truck driver"):
            fresh.search(text)
    assert (time.perf_counter() - started) / 4 < 0.5


def test_search_cli(installed_home: Path, run_cli: RunCli) -> None:
    result = run_cli("occupations", "search", "software", "developer", "--limit", "3", "--json")
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert len(hits) == 3 and hits[0]["code"] == "15-1252.00"
    assert set(hits[0]) == {"code", "title", "matched_title", "kind", "score"}
    text = run_cli("occupations", "search", "nurse").stdout
    assert "29-1141.00" in text and "Registered Nurses" in text
