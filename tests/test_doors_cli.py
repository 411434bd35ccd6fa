"""`sidedoor doors`: stored positions, a feed file, JSON shape, deal-breakers, people."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "recruiter-message.eml"
PROFILE_YAML = ROOT / "examples" / "profile.yaml"
INTAKE = Path(__file__).parent / "fixtures" / "intake"
RESUMES = Path(__file__).parent / "fixtures" / "profile"
LABELS = {"strong", "good", "stretch", "long shot"}
FIT_KEYS = {"position", "title", "company", "occupation", "score", "label", "factors",
            "reasons_for", "reasons_against", "deal_breakers", "matched_required",
            "missing_required", "matched_nice"}
Run = Callable[..., Any]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, run_cli: Run) -> Run:
    from sidedoor.cli import COMMANDS

    if "doors" not in COMMANDS:
        monkeypatch.setitem(COMMANDS, "doors", ("sidedoor.cli.doors:doors", "Doors."))
    return run_cli


def ok(cli: Run, *args: str) -> Any:
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def doors_json(cli: Run, *args: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok(cli, "doors", *args, "--json").stdout)
    return data


def with_profile(cli: Run) -> None:
    """Priya's JSON Resume (a software engineer), then the sample profile's current job and
    deal-breakers (base >= 140k, no relocation from Austin, TX)."""
    ok(cli, "profile", "import", str(RESUMES / "resume.json"))
    ok(cli, "profile", "edit", str(PROFILE_YAML))


def test_stored_positions_are_ranked_with_labels_and_reasons(cli: Run,
                                                            installed_home: Path) -> None:
    with_profile(cli)
    ok(cli, "inbox", "add", str(EXAMPLE))
    data = doors_json(cli)
    assert data["source"] == "store" and data["ranked"] == 2
    assert data["ranked_for"].startswith("your profile") and "deal-breaker" in data["ranked_for"]
    fits = data["fits"]
    assert [f["title"] for f in fits] == ["Senior Backend Engineer (Python)", "Staff Data Engineer"]
    assert fits[0]["score"] >= fits[1]["score"]
    for fit in fits:
        assert set(fit) >= FIT_KEYS
        assert fit["label"] in LABELS and fit["reasons_for"]
        assert isinstance(fit["position_id"], int) and fit["opportunity_id"] == 1
    assert "Python" in fits[0]["matched_required"]
    assert "2 aspirations" in data["ranked_for"]  # the sample profile's
    staff = fits[1]
    assert "staff-level scope" in staff["aspirations_met"]
    assert "matches your aspiration: staff-level scope" in staff["reasons_for"]
    for fit in fits:  # both state pay and are coded: placed in the OEWS market
        assert 0 <= fit["market_percentile"] <= 100 and fit["market_band"]
        assert "market" in fit["factors"] and "aspirations" in fit["factors"]
    assert any("the market's" in r for fit in fits for r in fit["reasons_for"])
    text = ok(cli, "doors").stdout
    assert "Senior Backend Engineer (Python)" in text and "position 1, opportunity 1" in text
    assert "strong" in text or "good" in text
    assert len(doors_json(cli, "--limit", "1")["fits"]) == 1


def test_a_feed_file_is_ranked_without_storing_it(cli: Run, installed_home: Path) -> None:
    with_profile(cli)
    data = doors_json(cli, str(INTAKE / "jobspy.csv"))
    assert data["source"].endswith("jobspy.csv")
    titles = [f["title"] for f in data["fits"]]
    assert titles[0] == "Senior Python Developer"
    assert titles[-1] == "Registered Nurse - ICU"
    assert all("item" in f and "position_id" not in f for f in data["fits"])
    listed = ok(cli, "inbox", "list", "--json").stdout
    assert "Senior Python Developer" not in listed  # nothing was stored


def test_a_violated_deal_breaker_is_flagged_and_named_or_removed(
        cli: Run, installed_home: Path) -> None:
    with_profile(cli)
    feed = str(INTAKE / "jobspy.csv")
    data = doors_json(cli, feed)
    nurse = next(f for f in data["fits"] if f["title"] == "Registered Nurse - ICU")
    assert data["flagged"] >= 1 and data["removed"] == 0
    assert nurse["label"] == "long shot"
    assert "pay below $140,000" in nurse["deal_breakers"]
    assert "outside TX" in nurse["deal_breakers"]  # "no relocation" from Austin, TX
    assert any(r.startswith("deal-breaker: ") for r in nurse["reasons_against"])
    assert "violates deal-breaker: pay below $140,000" in ok(cli, "doors", feed).stdout
    hidden = doors_json(cli, feed, "--hide-violations")
    assert hidden["removed"] >= 1 and hidden["flagged"] == 0
    assert "Registered Nurse - ICU" not in [f["title"] for f in hidden["fits"]]


def test_people_are_ranked_for_one_position_across_occupations(
        cli: Run, installed_home: Path, tmp_path: Path) -> None:
    with_profile(cli)
    ok(cli, "inbox", "add", str(EXAMPLE))
    people = tmp_path / "people"
    people.mkdir()
    shutil.copy(RESUMES / "resume.json", people / "priya.json")
    shutil.copy(RESUMES / "resume.txt", people / "priya.txt")
    (people / "sam.json").write_text(json.dumps({
        "basics": {"name": "Sam Okafor", "label": "Data Scientist",
                   "location": {"city": "Austin", "region": "TX"}},
        "work": [{"name": "Northwind", "position": "Data Scientist", "startDate": "2019-01"}],
        "skills": [{"name": "Python"}, {"name": "SQL"}, {"name": "Machine learning"}],
    }), encoding="utf-8")
    (people / "robin.json").write_text(json.dumps({
        "basics": {"name": "Robin Lee", "label": "Registered Nurse",
                   "location": {"city": "St. Louis", "region": "MO"}},
        "work": [{"name": "Mercy Hospital", "position": "Registered Nurse",
                  "startDate": "2015-06"}],
        "skills": [{"name": "Patient care"}, {"name": "Triage"}],
    }), encoding="utf-8")
    (people / "notes.csv").write_text("not a résumé\n", encoding="utf-8")  # ignored
    data = doors_json(cli, "--for-position", "1", "--people", str(people))
    assert data["position"]["id"] == 1
    assert data["position"]["title"] == "Senior Backend Engineer (Python)"
    rows = {r["file"]: r for r in data["people"]}
    assert set(rows) == {"priya.json", "priya.txt", "sam.json", "robin.json"}
    assert all(r["label"] in LABELS for r in rows.values())
    order = [r["file"] for r in data["people"]]
    assert order.index("robin.json") == len(order) - 1
    sam = rows["sam.json"]
    assert sam["occupation"] and not sam["same_occupation"]  # another occupation…
    assert sam["score"] > rows["robin.json"]["score"]  # …whose skills transfer
    assert "Python" in sam["matched_required"]
    assert not any("your" in r for row in rows.values() for r in row["reasons_for"])
    text = ok(cli, "doors", "--for-position", "1", "--people", str(people)).stdout
    assert "People for position 1" in text and "Sam Okafor" in text


def test_friendly_errors(cli: Run, home: Path) -> None:
    result = cli("doors")
    assert result.exit_code == 1
    assert "sidedoor profile import" in result.output and "profile edit" in result.output
    ok(cli, "profile", "edit", str(PROFILE_YAML))
    result = cli("doors")
    assert result.exit_code == 1 and "sidedoor inbox add" in result.output
    result = cli("doors", "--for-position", "1")
    assert result.exit_code == 2 and "--people" in result.output
    result = cli("doors", "--for-position", "99", "--people", str(RESUMES))
    assert result.exit_code == 1 and "No stored position 99" in result.output


def test_help_stays_fast_and_lazy(cli: Run) -> None:
    import subprocess
    import sys

    code = ("import sys; from sidedoor.cli.doors import doors; "
            "print(any(m in sys.modules for m in ('numpy', 'scipy', 'sidedoor.doors.rank')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
