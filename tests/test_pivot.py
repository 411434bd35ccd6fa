"""Pivot: routes from an occupation (or a person) to the occupations their skills reach."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from sidedoor.pivot.engine import PivotEngine, load_engine
from sidedoor.pivot.explain import is_generic
from sidedoor.pivot.models import PersonFeatures, PivotReport

UBIQUITOUS = {"Microsoft Excel", "Microsoft Word", "Microsoft Office software",
              "Microsoft Outlook", "Microsoft PowerPoint", "Web browser software"}


@pytest.fixture(scope="module")
def engine(knowledge_dir: Path) -> PivotEngine:
    return load_engine(knowledge_dir)


def codes(report: PivotReport, n: int = 10) -> list[str]:
    return [r.code for r in report.routes[:n]]


def invoke(*args: str, input: str | None = None) -> tuple[int, str]:
    from sidedoor.cli.pivot import pivot

    result = CliRunner().invoke(pivot, list(args), input=input)
    return result.exit_code, result.output


# ---------------------------------------------------------------- acceptance


def test_web_developer_reaches_software_developer_with_bridge_and_gaps(
        engine: PivotEngine) -> None:
    report = engine.routes("15-1254.00", limit=10)
    assert "15-1252.00" in codes(report, 5)
    route = next(r for r in report.routes if r.code == "15-1252.00")
    assert route.title == "Software Developers"
    bridge_tech = [b.name for b in route.bridge if b.kind == "technology"]
    assert bridge_tech and not set(bridge_tech) & UBIQUITOUS  # specific things carry over
    tech_gaps = [g.name for g in route.gaps if g.kind == "technology"]
    assert len(tech_gaps) >= 3
    assert not set(tech_gaps) & UBIQUITOUS
    assert not is_generic(tech_gaps[0])  # a product name, not "Scheduling software"
    assert route.move == "step up" and route.job_zone.step == 1  # job zone 3 -> 4
    assert any(g.kind == "job_zone" for g in route.gaps)


def test_gaps_are_concrete_technologies_of_the_target_missing_from_the_source(
        engine: PivotEngine, knowledge_dir: Path) -> None:
    import sqlite3

    db = sqlite3.connect(knowledge_dir / "knowledge.sqlite3")
    def techs(code: str) -> set[str]:
        return {r[0] for r in db.execute(
            "SELECT example FROM technology_skills WHERE code = ?", (code,))}
    programmer, developer = techs("15-1251.00"), techs("15-1252.00")
    report = engine.routes("15-1251.00", limit=10)
    route = next(r for r in report.routes if r.code == "15-1252.00")
    gaps = [g.name for g in route.gaps if g.kind == "technology"]
    assert gaps and set(gaps) <= developer - programmer
    # In-demand programming tools the programmer's O*NET profile lacks come first.
    assert {"Kubernetes", "TypeScript", "Jenkins CI"} & set(gaps[:4])


def test_nurse_routes_stay_in_health_not_management(engine: PivotEngine) -> None:
    top = codes(engine.routes("29-1141.00"), 10)
    health = [c for c in top if c[:2] in ("29", "31")]
    assert len(health) >= 7
    assert {"29-1141.03", "29-2061.00", "29-1171.00"} <= set(top)
    assert sum(c.startswith("11-") for c in top) <= 1


def test_programmer_routes_are_not_dominated_by_management(engine: PivotEngine) -> None:
    top = codes(engine.routes("15-1251.00"), 10)
    assert not [c for c in top[:5] if c.startswith("11-")]
    assert sum(c.startswith("11-") for c in top) <= 1
    assert sum(c.startswith("15-") for c in top) >= 7


def test_occupation_without_skill_ratings_still_gets_routes(engine: PivotEngine) -> None:
    report = engine.routes("15-1252")  # O*NET 29.3 rates no skills for Software Developers
    assert report.source.code == "15-1252.00"
    assert any("no skill or knowledge ratings" in n for n in report.notes)
    assert {"15-1251.00", "15-1253.00"} <= set(codes(report, 10))


def test_occupation_with_titles_only_routes_within_its_family(engine: PivotEngine) -> None:
    report = engine.routes("55-3016.00")  # Infantry: no tasks, ratings or job zone
    assert sum(c.startswith("55-") for c in codes(report, 5)) == 5
    assert report.routes[0].job_zone.target is None


# ---------------------------------------------------------------- route details


def test_moves_follow_job_zones_and_major_groups(engine: PivotEngine) -> None:
    report = engine.routes("29-1141.00", limit=30)
    by_code = {r.code: r for r in report.routes}
    assert by_code["29-1171.00"].move == "step up"  # nurse practitioner, job zone 4 -> 5
    assert by_code["29-2061.00"].move == "step down"  # LPN, 4 -> 3
    assert by_code["29-1141.03"].move == "lateral"
    for route in engine.routes("15-1254.00", limit=20).routes:
        if not route.code.startswith("15-"):
            assert route.move == "change of field"


def test_large_job_zone_jumps_are_ranked_lower_and_say_so(engine: PivotEngine) -> None:
    flat = PivotEngine(engine.features, penalty=(0.0, 0.0))
    sources = ["39-9011.01", "31-1133.00", "29-2053.00", "29-2042.00", "23-2011.00"]
    jumps_with, jumps_without = 0, 0
    for source in sources:
        for route in engine.routes(source, limit=10).routes:
            step = route.job_zone.step
            if step is not None and abs(step) >= 2:
                jumps_with += 1
                assert route.job_zone.penalised
                assert "ranked lower" in route.job_zone.note
                if step > 0:
                    assert any(g.kind == "job_zone" and "ranked lower" in g.detail
                               for g in route.gaps)
        jumps_without += sum(
            1 for r in flat.routes(source, limit=10).routes
            if r.job_zone.step is not None and abs(r.job_zone.step) >= 2)
    assert jumps_with < jumps_without


def test_pay_difference_is_the_oews_national_median_difference(
        engine: PivotEngine, knowledge_dir: Path) -> None:
    from sidedoor.knowledge.store import open_knowledge

    route = next(r for r in engine.routes("29-1141.00", limit=30).routes
                 if r.code == "29-1171.00")
    with open_knowledge(knowledge_dir) as knowledge:
        rn, np_ = knowledge.wages("29-1141"), knowledge.wages("29-1171")
    assert rn is not None and np_ is not None
    assert rn.annual.median is not None and np_.annual.median is not None
    assert route.wage_delta == round(np_.annual.median - rn.annual.median)
    assert route.pay.target is not None and route.pay.target.soc_code == "29-1171"
    same = next(r for r in engine.routes("29-1141.00").routes if r.code == "29-1141.03")
    assert same.wage_delta == 0 and "one figure" in same.pay.note


def test_education_step_is_named(engine: PivotEngine) -> None:
    route = next(r for r in engine.routes("29-1141.00", limit=30).routes
                 if r.code == "29-1171.00")
    assert any(g.kind == "education" and "Master" in g.name for g in route.gaps)


def test_routes_are_best_first_with_scores_in_range(engine: PivotEngine) -> None:
    report = engine.routes("13-2011.00", limit=25)
    scores = [r.score for r in report.routes]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s < 1.0 for s in scores)
    assert "13-2011.00" not in codes(report, 25)
    assert len(report.routes) == 25


# ---------------------------------------------------------------- from a person


def test_routes_from_a_persons_features(engine: PivotEngine) -> None:
    person = PersonFeatures(
        technologies=["Python", "onet:technology/Git", "React", "Kubernetes", "Zorblax"],
        elements={"2.B.3.e": 5.0, "onet:2.C.3.a": 5.5},  # Programming; Computers/Electronics
        tasks=["Write, test and debug code for web applications and services."],
        titles=["Software Engineer"],
    )
    report = engine.routes_from_features(person, limit=10)
    assert report.source.kind == "profile"
    assert {"15-1252.00", "15-1254.00", "15-1251.00"} & set(codes(report, 5))
    assert any("Zorblax" in n for n in report.notes)
    route = report.routes[0]
    assert any(b.kind == "technology" for b in route.bridge)
    assert route.wage_delta is None  # no current occupation: nothing to compare pay with


def test_person_with_current_occupation_anchors_pay_and_job_zone(engine: PivotEngine) -> None:
    person = PersonFeatures(tasks=["Monitor patients and administer medications."],
                            titles=["Staff Nurse"], occupation="29-1141")
    report = engine.routes_from_features(person, limit=10)
    assert "29-1141.00" not in codes(report)
    assert sum(c[:2] in ("29", "31") for c in codes(report)) >= 7
    assert report.routes[0].job_zone.source == 4
    assert report.routes[0].pay.source is not None


# ---------------------------------------------------------------- cache and speed


def test_features_are_cached_per_release(engine: PivotEngine, knowledge_dir: Path) -> None:
    from sidedoor.pivot.cache import load, load_or_build

    files = list((knowledge_dir / "cache").glob("pivot-*.npz"))
    assert len(files) == 1 and "onet-29.3" in files[0].name
    loaded = load(files[0])
    assert loaded.key == engine.features.key
    for name, fam in engine.features.families.items():
        assert (loaded.families[name].matrix - fam.matrix).count_nonzero() == 0
    assert load_or_build(knowledge_dir).key == engine.features.key


def test_a_query_is_fast_after_loading(engine: PivotEngine) -> None:
    engine.routes("15-1254.00")
    times = []
    for code in ["29-1141.00", "15-1251.00", "47-2111.00", "13-2011.00", "35-2014.00"]:
        start = time.perf_counter()
        engine.routes(code, limit=10)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.1


def test_scoring_is_matrix_arithmetic_over_all_occupations(engine: PivotEngine) -> None:
    scores = engine.score(engine.occupation_query(engine.resolve("15-1254.00")))
    assert scores.combined.shape == (len(engine.features.codes),)
    assert np.isneginf(scores.combined[engine.resolve("15-1254.00")])
    assert set(scores.similarity) >= {"technology", "tasks", "titles", "activities"}


# ---------------------------------------------------------------- CLI


def test_cli_json_shape(installed_home: Path) -> None:
    code, out = invoke("--occupation", "15-1254", "--json", "--limit", "5")
    assert code == 0
    data = json.loads(out)
    assert data["source"]["code"] == "15-1254.00"
    assert len(data["routes"]) == 5
    first = data["routes"][0]
    assert {"code", "title", "score", "bridge", "gaps", "wage_delta", "move"} <= set(first)
    assert {"kind", "name"} <= set(first["bridge"][0])
    assert "15-1252.00" in [r["code"] for r in data["routes"]]


def test_cli_text_shows_bridge_and_gaps(installed_home: Path) -> None:
    code, out = invoke("-o", "15-1254.00", "-n", "5")
    assert code == 0
    assert "Software Developers" in out and "bridge" in out and "gaps" in out
    assert "pay +$" in out


def test_cli_jsonl_keeps_input_order_and_reports_bad_codes(installed_home: Path) -> None:
    code, out = invoke("--jsonl", "-n", "3", input="15-1254.00\nnot-a-code\n\n29-1141\n")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 4
    assert lines[0]["source"]["code"] == "15-1254.00"
    assert lines[1]["input"] == "not-a-code" and "error" in lines[1]
    assert "error" in lines[2]
    assert lines[3]["source"]["code"] == "29-1141.00" and len(lines[3]["routes"]) == 3


def test_cli_unknown_code_says_what_to_do(installed_home: Path) -> None:
    code, out = invoke("-o", "15-9999.00")
    assert code == 1
    assert "No occupation" in out and "occupations search" in out


def test_cli_needs_a_source(installed_home: Path) -> None:
    code, out = invoke()
    assert code == 2 and "--occupation" in out and "--profile" in out


# ---------------------------------------------------------------- from a profile

RESUME = Path(__file__).parent / "fixtures" / "profile" / "resume.json"


def test_cli_profile_uses_the_stored_profile(installed_home: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("profile", "import", str(RESUME)).exit_code == 0
    result = run_cli("pivot", "--profile", "--json", "--limit", "5")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["source"]["kind"] == "profile"
    assert data["source"]["code"].startswith("15-")  # the current job, coded on import
    assert "profile" in data["source"]["title"]
    routes = data["routes"]
    assert len(routes) == 5
    assert all(r["code"] for r in routes)
    assert routes[0]["bridge"] and routes[0]["gaps"]
    assert sum(bool(r["bridge"]) for r in routes) >= 4
    assert all(r["code"][:2] == "15" for r in routes[:3])  # a software engineer stays close
    assert data["source"]["code"] not in [r["code"] for r in routes]
    # `--profile me` is the same, and the terminal view shows bridge and gaps.
    again = run_cli("pivot", "--profile", "me", "--json", "--limit", "5")
    assert json.loads(again.output)["routes"] == routes
    text = run_cli("pivot", "-p", "-n", "3")
    assert text.exit_code == 0 and "Routes from" in text.output and "bridge" in text.output


def test_cli_profile_reads_a_resume_without_storing_it(installed_home: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("pivot", "--profile", str(RESUME), "--json", "--limit", "5")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["source"]["kind"] == "profile" and "resume.json" in data["source"]["title"]
    assert data["source"]["code"]  # titles coded with the installed data
    assert len(data["routes"]) == 5 and data["routes"][0]["bridge"]
    assert any(b["kind"] == "technology" for r in data["routes"] for b in r["bridge"])
    # Nothing was stored.
    missing = run_cli("pivot", "--profile")
    assert missing.exit_code == 1 and "profile import" in missing.output


def test_cli_profile_and_occupation_are_exclusive(installed_home: Path) -> None:
    code, out = invoke("--profile", "-o", "15-1254")
    assert code == 2 and "not both" in out
    code, out = invoke("--profile", str(RESUME), "--occupation", "15-1254")
    assert code == 2 and "not both" in out


def test_cli_profile_without_a_stored_profile(installed_home: Path) -> None:
    code, out = invoke("--profile")
    assert code == 1
    assert "No profile yet" in out and "sidedoor profile import" in out
    assert "profile edit" in out and len(out.strip().splitlines()) == 1


def test_cli_profile_missing_file(installed_home: Path) -> None:
    code, out = invoke("--profile", "no-such-resume.pdf")
    assert code == 1 and "No résumé file" in out
