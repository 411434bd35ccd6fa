"""Practice sessions: saved as you go, resumable, retries, story bank, progress and charts."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from sidedoor.cli.practice import practice
from sidedoor.practice import sessions
from sidedoor.practice.feedback import FeedbackEngine
from sidedoor.practice.models import Probe, Question, QuestionSet
from sidedoor.practice.progress import interval_days, progress, readiness, review_questions
from sidedoor.practice.stories import save_story, stories_for
from sidedoor.store import Store, open_store
from sidedoor.store.schema import practice_answers, practice_sessions
from sidedoor.store.types import utcnow

GOOD = ("Last spring our release process kept failing and we missed two deadlines. I was "
        "asked to lead the fix. I mapped every failed release, found that 60 percent came from "
        "untested database migrations, and I added a migration check to our pipeline. I also "
        "trained the four other engineers on it. By the end of the quarter failed releases "
        "dropped from eight to one a month. I learned to measure before changing anything.")
WEAK = "um I guess I like did some stuff"


def store_of(home: Path) -> Store:
    return open_store(f"sqlite:///{home / 'sidedoor.sqlite3'}")


def answer_rows(home: Path) -> list[dict[str, Any]]:
    with store_of(home) as store, store.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            select(practice_answers).order_by(practice_answers.c.id))]


def question(qid: str, kind: str = "behavioral", probes: list[Probe] | None = None) -> Question:
    return Question.model_validate({"id": qid, "kind": kind, "probes": probes or [],
                                    "text": f"Tell me about a time ({qid}).",
                                    "role_specific": True})


def test_session_saved_retried_and_resumed(installed_home: Path) -> None:
    runner = CliRunner()
    args = ["start", "--occupation", "15-1252", "--limit", "4"]
    # Q1: answer; Q2: weak answer, then retry with a good one; then quit.
    script = f"{GOOD}\n\n\n{WEAK}\n\nr\n{GOOD}\n\nq\n"
    result = runner.invoke(practice, args, input=script, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Started practice session #1" in result.output
    assert result.output.count("Saved (attempt") == 3
    assert "Saved (attempt 2" in result.output
    assert "--resume" in result.output
    rows = answer_rows(installed_home)
    assert [r["attempt"] for r in rows] == [1, 1, 2]
    assert rows[1]["answer_text"] == WEAK and rows[2]["answer_text"] == GOOD
    assert all(r["started_at"] and r["submitted_at"] for r in rows)
    assert rows[1]["score"] < rows[2]["score"]
    assert rows[2]["feedback"]["insights"]["fillers"]["count"] == 0
    # Resume: the two unanswered questions come back, then the session ends.
    result = runner.invoke(practice, ["start", "--resume"], input=f"{GOOD}\n\n\n{GOOD}\n\n\n",
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Resuming practice session #1" in result.output
    assert "Question 3/4" in result.output and "Question 1/4" not in result.output
    assert "Session #1 done" in result.output and "Questions to ask them" in result.output
    with store_of(installed_home) as store:
        info = sessions.session_info(store, 1)
    assert info["ended_at"] is not None and info["summary"]["answers"] == 5
    listing = runner.invoke(practice, ["sessions", "--json"], catch_exceptions=False)
    assert json.loads(listing.output)[0]["answered"] == 4
    shown = runner.invoke(practice, ["show", "1"], catch_exceptions=False)
    assert "attempt 2" in shown.output


def test_resume_without_open_session_says_what_to_do(installed_home: Path) -> None:
    result = CliRunner().invoke(practice, ["start", "--resume"])
    assert result.exit_code != 0
    assert "No unfinished practice session" in str(result.exception)


def _reader(stream: object, lines: queue.Queue[str]) -> None:
    for line in iter(stream.readline, ""):  # type: ignore[attr-defined]
        lines.put(line)


def _wait_for(lines: queue.Queue[str], text: str, seconds: float = 120.0) -> str:
    deadline = time.monotonic() + seconds
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            continue
        seen.append(line)
        if text in line:
            return line
    raise AssertionError(f"{text!r} not printed; got {''.join(seen)[-2000:]}")


def test_killed_mid_answer_loses_only_that_answer(installed_home: Path,
                                                  knowledge_dir: Path) -> None:
    env = {**os.environ, "SIDEDOOR_HOME": str(installed_home),
           "SIDEDOOR_KNOWLEDGE_DIR": str(knowledge_dir)}
    code = "from sidedoor.cli.practice import practice; practice()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "start", "--occupation", "29-1141", "--limit", "3"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env=env, bufsize=1)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
    try:
        assert proc.stdin is not None
        _wait_for(lines, "Question 1/3")
        proc.stdin.write(GOOD + "\n\n")
        proc.stdin.flush()
        _wait_for(lines, "Saved (attempt 1")
        _wait_for(lines, "Enter: next question")
        proc.stdin.write("\n")
        proc.stdin.flush()
        _wait_for(lines, "Question 2/3")
        proc.stdin.write("I was halfway through typing this when\n")
        proc.stdin.flush()
        time.sleep(0.5)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    rows = answer_rows(installed_home)
    assert [r["answer_text"] for r in rows] == [GOOD]
    result = CliRunner().invoke(practice, ["start", "--resume", "--occupation", "29-1141"],
                                input=f"{GOOD}\n\nq\n", catch_exceptions=False)
    assert "Question 2/3" in result.output
    assert len(answer_rows(installed_home)) == 2


def test_story_kept_and_offered_for_a_question_probing_the_same_skill(tmp_path: Path) -> None:
    engine = FeedbackEngine()
    with open_store(f"sqlite:///{tmp_path / 'store.sqlite3'}") as store:
        style = Probe(kind="work_style", label="Attention to Detail", id="1.C.5.b")
        first = question("q1", probes=[style, Probe(kind="task", label="Audit accounts")])
        weak = engine.for_question(first, WEAK)
        assert save_story(store, first, WEAK, weak) is None
        good = engine.for_question(first, GOOD)
        story_id = save_story(store, first, GOOD, good)
        assert story_id is not None
        later = question("q2", probes=[style])
        other = question("q3", probes=[Probe(kind="work_style", label="Leadership")])
        offered = stories_for(store, later)
        assert [s.id for s in offered] == [story_id]
        story = offered[0]
        assert "Attention to Detail" in story.skills
        assert story.situation and story.situation.startswith("Last spring")
        assert story.result and "dropped from eight to one" in story.result
        assert story.action and "I mapped" in story.action
        assert stories_for(store, other) == []
        assert stories_for(store, first) == []  # not offered back for its own question


def test_story_offered_in_a_later_session(installed_home: Path) -> None:
    runner = CliRunner()
    data = json.loads(runner.invoke(practice, ["questions", "--occupation", "15-1211",
                                               "--json"], catch_exceptions=False).output)
    styled = [n for n, q in enumerate(data["questions"])
              if any(p["kind"] == "work_style" for p in q["probes"])]
    script = ":skip\n" * styled[0] + f"{GOOD}\n\nq\n"
    out = runner.invoke(practice, ["start", "--occupation", "15-1211"], input=script,
                        catch_exceptions=False).output
    assert "Kept in your story bank as #1" in out
    style = next(p["label"] for p in data["questions"][styled[0]]["probes"]
                 if p["kind"] == "work_style")
    later = runner.invoke(practice, ["start", "--occupation", "15-1252"],
                          input=":skip\n" * 20, catch_exceptions=False).output
    assert "From your story bank: #1" in later and style in later
    stories = json.loads(runner.invoke(practice, ["stories", "--json"]).output)
    assert stories[0]["id"] == 1 and style in stories[0]["skills"]


def _answered_session(home: Path) -> None:
    engine = FeedbackEngine()
    questions = [question("a", probes=[Probe(kind="technology", label="Python")]),
                 question("b", probes=[Probe(kind="work_style", label="Leadership")])]
    with store_of(home) as store:
        sid = sessions.start_session(store, QuestionSet(title="T", questions=questions,
                                                        digest="x"))
        rows = sessions.questions(store, sid)
        sessions.record_answer(store, rows[0].row_id, WEAK, started_at=utcnow(),
                               feedback=engine.for_question(questions[0], WEAK))
        sessions.record_answer(store, rows[1].row_id, GOOD, started_at=utcnow(),
                               feedback=engine.for_question(questions[1], GOOD))


def test_progress_weakest_first_and_spaced_repetition(home: Path) -> None:
    _answered_session(home)
    with store_of(home) as store:
        report = progress(store)
        assert report.answers == 2 and report.sessions == 1
        probes = [a for a in report.areas if a.kind == "probe"]
        assert [a.area for a in probes] == ["Python", "Leadership"]  # weakest first
        assert not any(a.due for a in report.areas)  # just practised
        later = progress(store, now=utcnow() + timedelta(days=interval_days(0) + 0.1))
        assert later.areas[0].due and later.areas[0].area in {"Python", "content",
                                                                "specificity", "situation"}
        assert review_questions(store) == []
        due = review_questions(store, now=utcnow() + timedelta(days=2))
        assert [q.id for q in due] == ["a"]  # the weak answer comes back, the strong one not
    assert interval_days(40) < interval_days(60) < interval_days(80) < interval_days(95)
    with store_of(home) as store:
        ready = readiness(QuestionSet(title="T", digest="y", questions=[
            question("c", probes=[Probe(kind="technology", label="python")]),
            question("d", probes=[Probe(kind="skill", label="Negotiation")])]), progress(store))
    assert ready.questions == 2 and ready.practised == 1
    assert ready.weakest[0] == "Negotiation" and 0 < ready.score < 50


def test_progress_chart_svg_and_png(home: Path, tmp_path: Path) -> None:
    _answered_session(home)
    runner = CliRunner()
    svg = tmp_path / "progress.svg"
    result = runner.invoke(practice, ["progress", "--out", str(svg)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Python" in result.output
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Python" in texts and "2 answers in 1 session" in texts
    assert len(list(root.iter("{http://www.w3.org/2000/svg}circle"))) == 2
    bad = runner.invoke(practice, ["progress", "--out", str(tmp_path / "x.gif")])
    assert bad.exit_code != 0
    pytest.importorskip("matplotlib")
    png = tmp_path / "progress.png"
    runner.invoke(practice, ["progress", "--out", str(png)], catch_exceptions=False)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 2000


def test_empty_progress(home: Path, tmp_path: Path) -> None:
    svg = tmp_path / "p.svg"
    result = CliRunner().invoke(practice, ["progress", "--out", str(svg)],
                                catch_exceptions=False)
    assert "No practice answers yet" in result.output
    assert ET.parse(svg).getroot().tag.endswith("svg")
    with store_of(home) as store, store.connect() as conn:
        assert conn.execute(select(practice_sessions)).all() == []
