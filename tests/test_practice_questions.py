"""Question sets: shaped like a real interview, tagged, deterministic, different per role."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sidedoor.cli.practice import practice
from sidedoor.knowledge.store import Knowledge, open_knowledge
from sidedoor.practice.models import QuestionSet
from sidedoor.practice.questions import build_questions
from sidedoor.practice.target import ProfileFacts, occupation_target

POSTING = """Senior Backend Engineer

About the role
We are hiring a Senior Backend Engineer to build the APIs behind our shipment tracking platform.
Hybrid working from our Boston office. Competitive salary and great benefits.

Responsibilities
- Design, build and maintain services in Python and Go
- Own our PostgreSQL databases and Kafka pipelines
- Take part in the on-call rotation

Requirements
- 5+ years of experience with Python and PostgreSQL
- Experience with Kubernetes and AWS
- Strong communication skills

Nice to have
- Terraform
"""


@pytest.fixture(scope="module")
def knowledge(knowledge_dir: Path) -> Iterator[Knowledge]:
    with open_knowledge(knowledge_dir) as k:
        yield k


def role_specific(qs: QuestionSet) -> list[str]:
    return [q.text for q in qs.questions if q.role_specific]


def test_set_is_shaped_like_an_interview(knowledge: Knowledge) -> None:
    qs = build_questions(occupation_target(knowledge, "29-1141"))
    kinds = [q.kind for q in qs.questions]
    assert kinds[0] == "background"
    assert kinds[1:3] == ["motivation", "motivation"]
    assert "Why are you considering a move when you're happy where you are?" in [
        q.text for q in qs.questions]
    assert kinds.count("behavioral") >= 4 and kinds.count("technical") >= 2
    assert kinds[-1] == "weakness"
    # Ordered like an interview: no behavioural question before the opening ones.
    assert max(kinds.index("background"), kinds.index("motivation")) < kinds.index("behavioral")
    for q in qs.questions:
        assert q.strong_answer, q.text
        assert q.talking_points, q.text
    probes = {p.kind for q in qs.questions for p in q.probes}
    assert {"task", "work_style", "technology"} <= probes
    tasks = [str(r[0]) for r in knowledge.db.execute(
        "SELECT task FROM tasks WHERE code = '29-1141.00'")]
    task_probes = [p.label for q in qs.questions for p in q.probes if p.kind == "task"]
    assert task_probes and all(t in tasks for t in task_probes)  # the occupation's real tasks
    styles = [p for q in qs.questions for p in q.probes if p.kind == "work_style"]
    assert all(p.id and p.id.startswith("1.C") for p in styles)
    assert qs.ask_them and {a.topic for a in qs.ask_them} >= {"pay", "remote", "team",
                                                              "process"}


def test_same_inputs_same_set(knowledge: Knowledge) -> None:
    first = build_questions(occupation_target(knowledge, "13-2011"))
    again = build_questions(occupation_target(knowledge, "13-2011.00"))
    assert first == again
    assert first.digest == again.digest


def test_two_occupations_share_under_30_percent(knowledge: Knowledge) -> None:
    dev = role_specific(build_questions(occupation_target(knowledge, "15-1252")))
    nurse = role_specific(build_questions(occupation_target(knowledge, "29-1141")))
    accountant = role_specific(build_questions(occupation_target(knowledge, "13-2011")))
    for a, b in ((dev, nurse), (dev, accountant), (nurse, accountant)):
        assert len(a) >= 6
        shared = sum(1 for q in a if q in b)
        assert shared / len(a) < 0.3
        # Not even the same template with one word swapped.
        near = [q for q in a for r in b if _jaccard(q, r) >= 0.8]
        assert len(near) / len(a) < 0.3, near


def _jaccard(a: str, b: str) -> float:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / len(wa | wb)


def test_missing_work_styles_fall_back_to_the_soc_group(knowledge: Knowledge) -> None:
    target = occupation_target(knowledge, "15-1252")  # O*NET 29.3 rates no work styles here
    assert target.styles
    assert any("15-125" in note for note in target.notes)


def test_gap_and_transition_questions_from_the_profile(knowledge: Knowledge) -> None:
    target = occupation_target(knowledge, "15-1252")
    target.profile = ProfileFacts(skills={"python"}, text="taught maths to year 9 with excel",
                                  current_title="Secondary School Teacher",
                                  current_code="25-2031.00")
    qs = build_questions(target)
    gaps = [q for q in qs.questions if q.kind == "gap"]
    assert 1 <= len(gaps) <= 2
    assert all(q.probes[0].kind == "gap" for q in gaps)
    assert not any(q.probes[0].label == "Python" for q in gaps)  # the profile has it
    transition = [q for q in qs.questions if q.kind == "transition"]
    assert transition and "Secondary School Teacher" in transition[0].text
    plain = build_questions(occupation_target(knowledge, "15-1252"))
    assert not [q for q in plain.questions if q.kind in {"gap", "transition"}]
    assert any("--cv" in n for n in plain.notes)


def test_posting_file_drives_technical_questions_and_asks(installed_home: Path,
                                                          tmp_path: Path) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    cv = tmp_path / "cv.txt"
    cv.write_text("Backend developer. Python, PostgreSQL and Docker for five years.",
                  encoding="utf-8")
    runner = CliRunner()
    args = ["questions", "--file", str(posting), "--occupation", "15-1252", "--json"]
    result = runner.invoke(practice, [*args, "--cv", str(cv)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    technical = [q for q in data["questions"] if q["kind"] == "technical"]
    labels = [q["probes"][0]["label"] for q in technical]
    assert "Python" in labels and "PostgreSQL" in labels
    assert all(q["basis"]["source"] == "posting" for q in technical)
    gaps = [q["probes"][0]["label"] for q in data["questions"] if q["kind"] == "gap"]
    assert gaps and "Python" not in gaps and "PostgreSQL" not in gaps
    asks = {a["topic"]: a for a in data["ask_them"]}
    assert asks["pay"]["evidence"] == "Competitive salary"
    assert "hybrid" in asks["remote"]["why"].lower()
    assert "equity" in asks and "on_call" in asks
    again = runner.invoke(practice, [*args, "--cv", str(cv)], catch_exceptions=False)
    assert json.loads(again.output) == data


def test_cli_questions_text(installed_home: Path) -> None:
    result = CliRunner().invoke(practice, ["questions", "--occupation", "41-4012"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Why are you considering a move when you're happy where you are?" in result.output
    assert "Questions to ask them:" in result.output
    assert "travel" in result.output  # sales roles travel; the set asks about it


def test_cli_needs_exactly_one_target(installed_home: Path) -> None:
    result = CliRunner().invoke(practice, ["questions"])
    assert result.exit_code == 2
    assert "--occupation" in result.output


def _id(result: Any) -> int:
    return int(result.inserted_primary_key[0])


def _store_opportunity(home: Path) -> int:
    from sqlalchemy import insert

    from sidedoor.store import open_store
    from sidedoor.store.schema import (
        jobs_held,
        opportunities,
        opportunity_messages,
        positions,
        profile,
        profile_skills,
        source_messages,
    )

    body = ("We are hiring a Staff Nurse for our cardiac unit at Mercy Hospital. Competitive pay. "
            "Night shifts and some weekends. You will monitor patients, record vital signs and "
            "chart in Epic Systems. BLS certification required.")
    with open_store(f"sqlite:///{home / 'sidedoor.sqlite3'}") as store, store.begin() as conn:
        pid = _id(conn.execute(insert(profile).values(
            name="Sam", resume_text="Managed a store team of 12. Scheduling, budgets.")))
        conn.execute(insert(jobs_held).values(profile_id=pid, title="Retail Store Manager",
                                              occupation_code="41-1011.00", is_current=True))
        conn.execute(insert(profile_skills).values(profile_id=pid, label="Epic Systems",
                                                   kind="technology", source="manual"))
        opp = _id(conn.execute(insert(opportunities).values(title="Staff Nurse",
                                                            company="Mercy Hospital")))
        conn.execute(insert(positions).values(
            opportunity_id=opp, title="Staff Nurse", company="Mercy Hospital",
            occupation_code="29-1141.00", workplace="onsite",
            skills=[{"label": "Epic Systems", "kind": "technology", "required": True},
                    {"label": "BLS", "kind": "certification", "required": True}]))
        mid = _id(conn.execute(insert(source_messages).values(
            channel="posting", body=body, content_sha256="x" * 64)))
        conn.execute(insert(opportunity_messages).values(opportunity_id=opp, message_id=mid))
    return opp


def test_questions_for_a_stored_opportunity_and_profile(installed_home: Path) -> None:
    opp = _store_opportunity(installed_home)
    runner = CliRunner()
    result = runner.invoke(practice, ["questions", str(opp), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["opportunity_id"] == opp and data["company"] == "Mercy Hospital"
    assert data["occupation_code"] == "29-1141.00"
    technical = {q["probes"][0]["label"]: q for q in data["questions"]
                 if q["kind"] == "technical"}
    assert {"Epic Systems", "BLS"} <= set(technical)
    assert "BLS" in technical["BLS"]["text"]
    gaps = [q["probes"][0]["label"] for q in data["questions"] if q["kind"] == "gap"]
    assert "Epic Systems" not in gaps and "BLS" in gaps  # the profile lists Epic, not BLS
    transition = [q for q in data["questions"] if q["kind"] == "transition"]
    assert transition and "Retail Store Manager" in transition[0]["text"]
    asks = {a["topic"]: a for a in data["ask_them"]}
    assert asks["pay"]["evidence"] == "Competitive pay"
    assert asks["on_call"]["evidence"] in {"Night", "shifts"}
    assert "remote" not in asks  # onsite is stated
    missing = runner.invoke(practice, ["questions", "999"])
    assert missing.exit_code != 0 and "No opportunity 999" in str(missing.exception)
