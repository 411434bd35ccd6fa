"""The JSON API under /api, in-process over ASGI, on a real store with the knowledge data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "recruiter-message.eml"
ORDER = ["practice", "comparison", "other_doors", "another_industry"]
ANSWER = ("Um, so basically at Fernbrook I led the migration of our data pipelines to AWS. "
          "I designed the Python services, I think we cut processing costs by 30% in six "
          "months, and I mentored two engineers through it. We shipped it with no downtime.")


@pytest.fixture
def api(installed_home: Path) -> Iterator[TestClient]:
    from sidedoor.settings import load_settings
    from sidedoor.web.app import WebConfig, create_app

    app = create_app(load_settings(), WebConfig(preload=False))
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        c.headers["X-CSRF-Token"] = c.get("/api/csrf").json()["csrf_token"]
        yield c


def add_example(api: TestClient) -> int:
    r = api.post("/api/opportunities", files={
        "file": ("recruiter-message.eml", EXAMPLE.read_bytes(), "message/rfc822")})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    assert body["summary"]["added"] == 1
    return int(body["new_opportunity_ids"][0])


def test_add_then_read_the_opportunity_and_its_report(api: TestClient) -> None:
    oid = add_example(api)
    listed = api.get("/api/opportunities").json()
    assert [(o["id"], o["title"]) for o in listed] == [(oid, "Senior Backend Engineer (Python)")]
    detail = api.get(f"/api/opportunities/{oid}").json()
    assert detail["recruiter"]["name"] == "Dana Whitfield"
    assert detail["positions"][0]["evidence"]["pay"]["text"] == "$165,000-$190,000"
    report = api.get(f"/api/opportunities/{oid}/report").json()
    assert [s["key"] for s in report["sections"]] == ORDER
    assert report["knowledge"]["installed"] is True
    comparison = report["sections"][1]
    assert comparison["positions"][0]["offered"]["min"] == 165000.0
    practice = report["sections"][0]
    assert practice["question_sets"] and practice["question_sets"][0]["total"] > 0
    # The same report again comes from the cache, unchanged.
    before = api.get("/api/health").json()["cache"]
    again = api.get(f"/api/opportunities/{oid}/report").json()
    after = api.get("/api/health").json()["cache"]
    assert again == report and after["builds"] == before["builds"]
    # Pasting the same message again stores nothing new.
    r = api.post("/api/opportunities", data={"text": EXAMPLE.read_text(encoding="utf-8")})
    assert r.status_code == 201 and r.json()["summary"]["added"] == 0


def test_practice_answer_gives_feedback_with_highlights(api: TestClient) -> None:
    oid = add_example(api)
    r = api.post(f"/api/opportunities/{oid}/practice/answers", json={"answer": ANSWER})
    assert r.status_code == 201, r.text
    body = r.json()
    fb = body["feedback"]
    assert 0 <= fb["score"] <= 100 and fb["breakdown"] and fb["suggestions"]
    kinds = {h["kind"] for h in body["highlights"]}
    assert {"filler", "hedge", "number"} <= kinds
    for h in body["highlights"]:
        assert ANSWER[h["start"]:h["end"]].strip()
    fillers = [ANSWER[h["start"]:h["end"]].lower() for h in body["highlights"]
               if h["kind"] == "filler"]
    assert "um" in fillers
    assert body["answer"]["attempt"] == 1 and body["answer"]["score"] == fb["score"]
    session = api.get(f"/api/opportunities/{oid}/practice").json()
    assert session["session_id"] == body["session_id"]
    assert [a["answer_text"] for a in session["answers"]] == [ANSWER]
    # A retry of the same question is attempt 2.
    again = api.post(f"/api/opportunities/{oid}/practice/answers",
                     json={"answer": ANSWER, "question_id": body["question"]["row_id"]})
    assert again.json()["answer"]["attempt"] == 2
    # An empty answer is a 422 in the one error shape.
    bad = api.post(f"/api/opportunities/{oid}/practice/answers", json={"answer": ""})
    assert bad.status_code == 422 and set(bad.json()["error"]) == {"code", "message", "hint"}


def test_stage_move_shows_on_the_board(api: TestClient) -> None:
    oid = add_example(api)
    r = api.post(f"/api/opportunities/{oid}/stage", json={"stage": "replied", "note": "called"})
    assert r.status_code == 200, r.text
    assert r.json()["event"]["stage_to"] == "replied"
    board = api.get("/api/tracker/board").json()["board"]
    columns = {c["stage"]: [card["id"] for card in c["cards"]] for c in board["columns"]}
    assert oid in columns["replied"] and oid not in columns["new"]
    report = api.get(f"/api/opportunities/{oid}/report").json()
    assert report["opportunity"]["stage"] == "replied"
    refused = api.post(f"/api/opportunities/{oid}/stage", json={"stage": "new"})
    assert refused.status_code == 422 and refused.json()["error"]["message"]
    recruiters = api.get("/api/recruiters").json()
    assert [r["name"] for r in recruiters] == ["Dana Whitfield"]


def test_openapi_lists_the_api(api: TestClient) -> None:
    schema = api.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/opportunities", "/api/opportunities/{opportunity_id}",
            "/api/opportunities/{opportunity_id}/report",
            "/api/opportunities/{opportunity_id}/practice/answers",
            "/api/opportunities/{opportunity_id}/stage", "/api/tracker/board",
            "/api/recruiters", "/api/pivot", "/api/doors", "/api/health"} <= paths
    assert all(p.startswith("/api/") for p in paths)
    docs = api.get("/api/docs")
    assert docs.status_code == 200 and "/api/opportunities/{opportunity_id}/report" in docs.text


def test_a_change_elsewhere_refreshes_the_report_in_the_background(api: TestClient) -> None:
    import time

    oid = add_example(api)
    first = api.get(f"/api/opportunities/{oid}/report").json()
    # Another opportunity arrives: this report's own inputs are unchanged, only its context.
    other = api.post("/api/opportunities", data={"text": (
        "Hi Alex,\n\nI'm a recruiter with Brightpath Talent. We are hiring a Senior Python "
        "Engineer at Acme Robotics, fully remote, $150,000-$170,000 base.\n\nWould you be open "
        "to a quick call this week?\n\nSam Lee\nBrightpath Talent")})
    assert other.json()["summary"]["added"] == 1
    before = api.get("/api/health").json()["cache"]
    served = api.get(f"/api/opportunities/{oid}/report").json()
    assert served["generated_at"] == first["generated_at"]  # the cached one, at once
    cache = api.get("/api/health").json()["cache"]
    assert cache["stale"] == before["stale"] + 1
    deadline = time.monotonic() + 120
    while api.get("/api/health").json()["cache"]["builds"] == before["builds"]:
        assert time.monotonic() < deadline, "the background rebuild never happened"
        time.sleep(0.5)
    fresh = api.get(f"/api/opportunities/{oid}/report").json()
    assert fresh["generated_at"] > first["generated_at"]
