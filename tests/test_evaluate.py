"""`sidedoor evaluate FILE|ID`: the four sections, in order, with what is known and what is not."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "recruiter-message.eml"
FIX = Path(__file__).parent / "fixtures" / "intake"
Run = Callable[..., Any]
ORDER = ["practice", "comparison", "other_doors", "another_industry"]
PERCENTILES = {"pct10": "A_PCT10", "pct25": "A_PCT25", "median": "A_MEDIAN", "pct75": "A_PCT75",
               "pct90": "A_PCT90", "mean": "A_MEAN"}


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, run_cli: Run) -> Run:
    from sidedoor.cli import COMMANDS

    monkeypatch.setitem(
        COMMANDS, "inbox", ("sidedoor.cli.inbox:inbox", "Recruiter messages and job postings.")
    )
    if "evaluate" not in COMMANDS:
        monkeypatch.setitem(COMMANDS, "evaluate", ("sidedoor.cli.evaluate:evaluate", "Evaluate."))
    return run_cli


def evaluate_json(cli: Run, *args: str) -> dict[str, Any]:
    result = cli("evaluate", *args, "--json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def oews_row(shared_data: Path, occ_code: str) -> dict[str, str]:
    path = shared_data / "oews-2025" / "oews_M2025_national.csv"
    with path.open(encoding="utf-8") as fh:
        return next(r for r in csv.DictReader(fh) if r["OCC_CODE"] == occ_code)


def test_sections_in_order_without_knowledge_data(cli: Run, home: Path) -> None:
    report = evaluate_json(cli, str(EXAMPLE))
    assert [s["key"] for s in report["sections"]] == ORDER
    assert [s["reason"] for s in report["sections"]] == [
        "Practice your interviewing skills",
        "You may be pleasantly surprised",
        "It may open doors to another position",
        "You may fall into another industry",
    ]
    for section in report["sections"]:
        assert section["built"] is True and section["coming"] == ""
    assert report["knowledge"]["installed"] is False
    assert "sidedoor data install" in report["knowledge"]["note"]
    assert report["intake"]["outcome"] == "added"
    opp = report["opportunity"]
    assert (opp["title"], opp["recruiter"], opp["positions"]) == (
        "Senior Backend Engineer (Python)", "Dana Whitfield", 2)
    practice, comparison, doors, industry = report["sections"]
    assert practice["next_step"] == "Would you be open to a 15-minute call this week?"
    assert any("sidedoor data install" in n for n in industry["notes"])
    assert industry["occupations"] == []
    first, second = comparison["positions"]
    assert first["offered"] == {"min": 165000.0, "max": 190000.0, "currency": "USD",
                                "period": "year"}
    assert first["market"] is None and "sidedoor data install" in first["market_note"]
    assert first["equity"] == "RSUs"
    unknowns = {u["key"]: u for u in first["unknowns"]}
    assert unknowns["equity"]["what"] == "Equity unspecified"
    assert unknowns["equity"]["evidence"] == "RSUs" and unknowns["equity"]["question"]
    assert "pay" not in unknowns
    assert {u["key"] for u in second["unknowns"]} >= {"bonus", "equity"}
    assert [d["title"] for d in doors["in_this_opportunity"]] == [
        "Senior Backend Engineer (Python)", "Staff Data Engineer"]
    assert any("current job is not recorded" in n and "sidedoor profile current" in n
               for n in comparison["notes"])
    # Without data every engine still answers or says what is missing.
    assert practice["question_sets"] == []
    assert any("sidedoor data install" in n for n in practice["notes"])
    assert industry["routes"] == [] and doors["ranked"] == []
    assert any("no profile" in n for n in doors["notes"])
    for position in comparison["positions"]:
        assert position["comparison"] is not None or position["comparison_note"]


def test_markdown_has_the_four_sections_in_order(cli: Run, home: Path) -> None:
    result = cli("evaluate", str(EXAMPLE), "--markdown")
    assert result.exit_code == 0, result.output
    text = result.stdout
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## 1. Practice your interviewing skills",
        "## 2. You may be pleasantly surprised",
        "## 3. It may open doors to another position",
        "## 4. You may fall into another industry",
    ]
    assert text.count("> **Coming:**") == 0
    assert "- Offered: USD 165,000–190,000 a year (base)" in text
    assert "Equity not valued" in text and "sidedoor data install" in text
    terminal = cli("evaluate", "1")
    assert terminal.exit_code == 0 and "Practice your interviewing skills" in terminal.stdout


def test_evaluate_a_stored_opportunity_by_id(cli: Run, home: Path) -> None:
    added = cli("inbox", "add", str(EXAMPLE), "--json")
    (opp_id,) = json.loads(added.stdout)["new_opportunity_ids"]
    before = cli("export").stdout.splitlines()
    report = evaluate_json(cli, str(opp_id))
    assert report["intake"] is None and report["opportunity"]["id"] == opp_id
    again = evaluate_json(cli, f"#{opp_id}")
    for data in (report, again):  # the embedded comparisons carry their own timestamp
        for position in data["sections"][1]["positions"]:
            if position["comparison"]:
                position["comparison"].pop("generated_at")
    assert again["sections"] == report["sections"]
    # Evaluating by id reads the store and writes nothing.
    after = cli("export").stdout.splitlines()
    assert [x for x in after if "exported_at" not in x] == [
        x for x in before if "exported_at" not in x]


def test_other_doors_lists_the_recruiters_other_roles(cli: Run, home: Path,
                                                      tmp_path: Path) -> None:
    other = EXAMPLE.read_text(encoding="utf-8").replace(
        "Senior Backend Engineer (Python) - hybrid in Austin, $165-190k",
        "Engineering Manager - remote").replace(
        "20261124091400.4421", "20261201080000.1").replace(
        "1. Senior Backend Engineer (Python) - hybrid, 2 days a week in their Austin, TX office.",
        "1. Engineering Manager - remote.").replace(
        "2. Staff Data Engineer - fully remote (US only), $185k-$215k base.", "")
    path = tmp_path / "manager.eml"
    path.write_text(other, encoding="utf-8")
    cli("inbox", "add", str(path))
    report = evaluate_json(cli, str(EXAMPLE))
    doors = report["sections"][2]
    assert doors["recruiter"] == "Dana Whitfield"
    assert [d["title"] for d in doors["from_recruiter"]] == ["Engineering Manager"]
    assert doors["from_recruiter"][0]["opportunity_id"] != report["opportunity"]["id"]


def test_undisclosed_pay_is_listed_with_its_question(cli: Run, home: Path,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "vague.txt"
    path.write_text(
        "Hi Sam,\n\nI'm a recruiter at Brightwave. We're hiring a Product Designer to join "
        "our team: competitive salary and great benefits.\n\nWould you be open to a quick "
        "call this week?\n\nThanks,\nLee Park\nTalent Partner, Brightwave\n",
        encoding="utf-8",
    )
    report = evaluate_json(cli, str(path))
    (position,) = report["sections"][1]["positions"]
    unknowns = {u["key"]: u for u in position["unknowns"]}
    assert unknowns["pay"]["what"] == "Pay undisclosed"
    assert unknowns["pay"]["question"] == "What is the base salary range for this role?"
    assert position["offered"] is None
    assert "nothing to place" in position["market_note"] or "data install" in position[
        "market_note"]


def test_not_outreach_and_unknown_targets_are_clear_errors(cli: Run, home: Path) -> None:
    result = cli("evaluate", str(FIX / "sales_pitch.txt"))
    assert result.exit_code == 1
    assert "no recruiter outreach or job posting found" in result.stderr
    assert "sidedoor inbox parse" in result.stderr
    missing = cli("evaluate", "no-such-file.eml")
    assert missing.exit_code == 1 and "no such file" in missing.stderr
    unknown = cli("evaluate", "99")
    assert unknown.exit_code == 1 and "No opportunity #99" in unknown.stderr


def test_with_knowledge_data_the_oews_figures_are_the_data_files(
    cli: Run, installed_home: Path, shared_data: Path
) -> None:
    report = evaluate_json(cli, str(EXAMPLE))
    assert report["knowledge"]["installed"] is True and report["knowledge"]["note"] is None
    assert any("Occupational Employment and Wage Statistics" in c for c in report["credits"])
    practice, comparison, _doors, industry = report["sections"]
    shown = 0
    for position in comparison["positions"]:
        market = position["market"]
        assert market is not None, position["market_note"]
        row = oews_row(shared_data, market["occ_code"])
        assert market["occ_title"] == row["OCC_TITLE"] and market["area_title"] == "National"
        assert market["period"] == "year" and market["employment"] == int(row["TOT_EMP"])
        for name, column in PERCENTILES.items():
            assert market["figures"][name] == float(row[column]), name
        figures = market["figures"]
        for end in ("min", "max"):
            offer, words = market[f"offer_{end}"], market[f"offer_{end}_placement"]
            assert offer == position["offered"][end]  # yearly offer: annualised = stated
            if offer > figures["pct90"]:
                assert words == "above the 90th percentile"
            elif offer < figures["pct10"]:
                assert words == "below the 10th percentile"
            else:
                assert words.startswith(("between the", "at the"))
        shown += 1
    assert shown == 2
    codes = {o["position_title"]: o for o in industry["occupations"]}
    assert set(codes) == {"Senior Backend Engineer (Python)", "Staff Data Engineer"}
    for occupation in codes.values():
        assert occupation["code"].startswith("15-")  # computer and mathematical occupations
        assert occupation["job_zone"] in {3, 4, 5} and occupation["job_zone_name"]
    assert practice["positions"][0]["occupation_tasks"]


def test_with_knowledge_data_other_currencies_are_not_compared(
    cli: Run, installed_home: Path
) -> None:
    report = evaluate_json(cli, str(FIX / "uk_finance_contract_cp1252.txt"))
    (position,) = report["sections"][1]["positions"]
    assert position["offered"]["currency"] == "GBP"
    assert position["market"] is None and "GBP" in position["market_note"]


def test_placement_words() -> None:
    from sidedoor.evaluate.market import placement
    from sidedoor.evaluate.models import WagePercentiles

    figures = WagePercentiles(pct10=10, pct25=25, median=50, pct75=75, pct90=None)
    assert placement(5, figures) == "below the 10th percentile"
    assert placement(25, figures) == "at the 25th percentile"
    assert placement(60, figures) == "between the median and the 75th percentile"
    assert placement(80, figures).startswith("above the 75th percentile (BLS does not publish")
    assert placement(1, WagePercentiles()) is None


def msa_row(shared_data: Path, area: str, occ_code: str) -> dict[str, str]:
    import gzip

    with gzip.open(shared_data / "oews-2025" / "oews_M2025_msa.csv.gz", "rt",
                   encoding="utf-8") as fh:
        return next(r for r in csv.DictReader(fh)
                    if r["AREA"] == area and r["OCC_CODE"] == occ_code)


def test_with_knowledge_data_the_engines_fill_every_section(
    cli: Run, installed_home: Path, shared_data: Path
) -> None:
    report = evaluate_json(cli, str(EXAMPLE))
    practice, comparison, doors, industry = report["sections"]
    # Practice: the tailored set, with the motivation question and how to start.
    sets = {q["title"]: q for q in practice["question_sets"]}
    assert set(sets) == {"Senior Backend Engineer (Python)", "Staff Data Engineer"}
    first = sets["Senior Backend Engineer (Python)"]
    assert first["counts"]["motivation"] == 2 and first["total"] == sum(first["counts"].values())
    assert first["examples"][0]["text"] == (
        "Why are you considering a move when you're happy where you are?")
    assert 3 <= len(first["examples"]) <= 5 and first["ask_them"]
    assert first["start"].startswith("sidedoor practice start 1")
    # Comparison: compare's report, its OEWS figures those of the data file for the area used.
    hybrid = comparison["positions"][0]["comparison"]
    market = hybrid["market"]
    assert hybrid["verdict"]["label"] and hybrid["verdict"]["reasons"]
    assert market["applies"] and market["area_used"] == "12420"  # Austin, where the job is
    row = msa_row(shared_data, market["area_used"], market["occ_code"])
    for name, column in PERCENTILES.items():
        assert market[name] == float(row[column]), name
    assert {u["key"] for u in hybrid["unknowns"]} >= {"equity"}
    assert all(u["question"] for u in hybrid["unknowns"])
    # Doors: not ranked without a profile; the second role is listed.
    assert [d["title"] for d in doors["in_this_opportunity"]][1] == "Staff Data Engineer"
    # Another industry: routes with codes from each position's occupation.
    assert {r["code"] for r in industry["routes"]} == {
        o["code"] for o in industry["occupations"]}
    for route_set in industry["routes"]:
        assert len(route_set["routes"]) == 5
        for route in route_set["routes"]:
            assert route["code"].count("-") == 1 and route["move"] and route["bridge"]
    markdown = cli("evaluate", "1", "--markdown").stdout
    assert "Why are you considering a move when you're happy where you are?" in markdown
    assert "### From this role: Web Developers" in markdown or "### From this role:" in markdown
    assert f"| {market['pct10']:,.0f} | {market['pct25']:,.0f} |" in markdown


def test_with_a_profile_doors_are_ranked_and_routes_start_from_the_current_job(
    cli: Run, installed_home: Path
) -> None:
    resume = Path(__file__).parent / "fixtures" / "profile" / "resume.json"
    assert cli("profile", "import", str(resume)).exit_code == 0
    assert cli("profile", "current", "base_pay=150000", "pay_period=year",
               "currency=USD").exit_code == 0
    report = evaluate_json(cli, str(EXAMPLE))
    _practice, comparison, doors, industry = report["sections"]
    ranked = doors["ranked"]
    assert {d["title"] for d in ranked} == {
        "Senior Backend Engineer (Python)", "Staff Data Engineer"}
    assert all(d["label"] in {"strong", "good", "stretch", "long shot"} and d["reasons_for"]
               for d in ranked)
    assert doors["ranked_for"].startswith("your profile")
    assert any(r["origin"] == "current_job" for r in industry["routes"])
    assert comparison["positions"][0]["comparison"]["current_job"]
    assert not any("current job is not recorded" in n for n in comparison["notes"])
    markdown = cli("evaluate", "1", "--markdown").stdout
    assert "Ranked against your profile" in markdown and "### From your current job" in markdown
