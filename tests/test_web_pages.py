"""The HTML pages, in-process over ASGI: the journey a browser test will take, with forms only
(no JavaScript): add a message → the opportunity → a practice answer → feedback → the tracker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "recruiter-message.eml"
PROFILE = ROOT / "examples" / "profile.yaml"
ANSWER = ("Um, so basically I led the move of our data pipelines to AWS at Fernbrook. I "
          "designed the Python services and I think we cut costs by 30% in six months, and we "
          "shipped with no downtime.")


@pytest.fixture
def browser(installed_home: Path) -> Iterator[TestClient]:
    from sidedoor.settings import load_settings
    from sidedoor.web.app import WebConfig, create_app

    app = create_app(load_settings(), WebConfig(preload=False))
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        yield c


def form_token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "every form carries the CSRF token"
    return found.group(1)


def field(html: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]+)"', html)
    assert found, name
    return found.group(1)


def labelled(html: str) -> None:
    """Every visible form control has a <label for=…> (or is wrapped in one)."""
    ids = set(re.findall(r'<label for="([^"]+)"', html))
    for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", html):
        if 'type="hidden"' in tag or 'type="checkbox"' in tag:
            continue
        control_id = re.search(r'id="([^"]+)"', tag)
        assert control_id and control_id.group(1) in ids, f"unlabelled control: {tag}"


def test_journey_message_to_tracker(browser: TestClient) -> None:
    inbox = browser.get("/")
    assert inbox.url.path == "/inbox" and "<h1>Inbox</h1>" in inbox.text
    labelled(inbox.text)
    assert 'href="#main"' in inbox.text and '<main id="main"' in inbox.text
    # 1. Add the message with the paste form.
    page = browser.post("/inbox", data={"text": EXAMPLE.read_text(encoding="utf-8"),
                                        "csrf_token": form_token(inbox.text)})
    assert page.status_code == 200 and re.fullmatch(r"/opportunities/\d+", page.url.path)
    oid = int(page.url.path.rsplit("/", 1)[1])
    # 2. The opportunity: the four reasons, the chart, the message with the evidence marked.
    html = page.text
    for heading in ("Practice your interviewing skills", "You may be pleasantly surprised",
                    "It may open doors to another position",
                    "You may fall into another industry"):
        assert f">{heading}</h2>" in html
    assert html.index("Practice your interviewing") < html.index("pleasantly surprised") < \
        html.index("open doors") < html.index("another industry")
    assert '<mark title="position 1: pay">$165,000-$190,000' in html
    assert '<mark title="position 2: title">Staff Data Engineer' in html
    assert f'src="/opportunities/{oid}/chart.svg?position=1"' in html
    chart = browser.get(f"/opportunities/{oid}/chart.svg?position=1")
    assert chart.headers["content-type"].startswith("image/svg+xml")
    assert chart.text.startswith("<svg") and "<script" not in chart.text
    labelled(html)
    # 3. Practice: start a session, answer the first question.
    practice = browser.get(f"/opportunities/{oid}/practice")
    assert "Start practice" in practice.text
    started = browser.post(f"/opportunities/{oid}/practice",
                           data={"csrf_token": form_token(practice.text)})
    assert started.url.path == f"/opportunities/{oid}/practice"
    assert 'for="answer">Your answer</label>' in started.text
    labelled(started.text)
    feedback = browser.post(f"/opportunities/{oid}/practice/answer", data={
        "csrf_token": form_token(started.text), "session_id": field(started.text, "session_id"),
        "question_id": field(started.text, "question_id"), "answer": ANSWER})
    # 4. Feedback inline, with the words highlighted.
    assert feedback.status_code == 200
    assert re.search(r"Feedback: \d+/100", feedback.text)
    assert '<mark class="m-filler" title="filler word' in feedback.text
    assert re.search(r'<mark class="m-(?:number|outcome)"[^>]*>[^<]*30%', feedback.text)
    assert "attempt 1" in feedback.text and "Your progress" in feedback.text
    assert browser.get("/practice/progress.svg").text.startswith("<svg")
    # 5. Move it in the tracker, from the opportunity page's form.
    moved = browser.post(f"/opportunities/{oid}/stage",
                         data={"csrf_token": form_token(html), "stage": "replied"})
    assert moved.url.path == f"/opportunities/{oid}" and "Stage: replied" in moved.text
    tracker = browser.get("/tracker")
    replied = tracker.text.split('id="col-replied"')[1].split("</section>")[0]
    assert f'href="/opportunities/{oid}"' in replied
    labelled(tracker.text)
    # …and on from the board.
    again = browser.post(f"/opportunities/{oid}/stage", data={
        "csrf_token": form_token(tracker.text), "stage": "screening", "back": "tracker"})
    assert again.url.path == "/tracker"
    assert f'href="/opportunities/{oid}"' in again.text.split('id="col-screening"')[1]


def test_opportunity_page_is_cached_and_follows_changes(browser: TestClient) -> None:
    inbox = browser.get("/inbox")
    page = browser.post("/inbox", data={"text": EXAMPLE.read_text(encoding="utf-8"),
                                        "csrf_token": form_token(inbox.text)})
    path = page.url.path
    builds = browser.get("/api/health").json()["cache"]["builds"]
    again = browser.get(path)
    assert again.text == page.text  # same visitor, same token: the cached page as it was
    assert browser.get("/api/health").json()["cache"]["builds"] == builds
    # Another visitor gets the same page with their own CSRF token.
    from sidedoor.web.security import CSRF_COOKIE

    browser.cookies.delete(CSRF_COOKIE)
    other = browser.get(path)
    assert form_token(other.text) != form_token(page.text)
    assert form_token(other.text) == browser.cookies.get(CSRF_COOKIE)
    # Setting the current job changes the comparison: the report is rebuilt.
    profile = browser.get("/profile")
    labelled(profile.text)
    saved = browser.post("/profile/current", data={
        "csrf_token": form_token(profile.text), "title": "Senior Software Engineer",
        "employer": "Fernbrook", "base_pay": "150000", "currency": "USD"})
    assert saved.url.path == "/profile" and "Saved:" in saved.text
    after = browser.get(path)
    assert "Your current job: Senior Software Engineer at Fernbrook." in after.text
    assert browser.get("/api/health").json()["cache"]["builds"] == builds + 1


def test_profile_pivot_doors_and_recruiter_pages(browser: TestClient) -> None:
    inbox = browser.get("/inbox")
    token = form_token(inbox.text)
    browser.post("/inbox", data={"text": EXAMPLE.read_text(encoding="utf-8"),
                                 "csrf_token": token})
    doors = browser.get("/doors")
    assert "No profile yet" in doors.text
    browser.post("/profile/lists", data={"csrf_token": token,
                                         "aspirations": "staff engineer\nhealth tech",
                                         "deal_breakers": "no relocation"})
    imported = browser.post("/profile/import", data={"csrf_token": token},
                            files={"file": ("resume.txt", (
                                b"Alex Morgan\nSenior Software Engineer, Fernbrook, 2019 - present"
                                b"\nBuilt data pipelines in Python and SQL on AWS.\n"),
                                "text/plain")})
    assert imported.status_code == 200 and "Imported resume.txt" in imported.text
    profile = browser.get("/profile")
    assert "no relocation →" in profile.text and "staff engineer" in profile.text
    doors = browser.get("/doors")
    assert doors.status_code == 200 and "Senior Backend Engineer" in doors.text
    assert re.search(r'<span class="label">[a-z ]+</span> \d+/100', doors.text)
    search = browser.get("/pivot", params={"q": "web developer"})
    assert 'href="/pivot?occupation=15-1254.00"' in search.text
    routes = browser.get("/pivot", params={"occupation": "15-1254.00"})
    assert "Routes from Web Developers" in routes.text and "Bridge:" in routes.text
    recruiters = browser.get("/recruiters")
    rid = re.search(r'href="/recruiters/(\d+)">Dana Whitfield', recruiters.text)
    assert rid
    card = browser.get(f"/recruiters/{rid.group(1)}")
    assert "Senior Backend Engineer" in card.text
    vcf = browser.get(f"/recruiters/{rid.group(1)}/vcard.vcf")
    assert vcf.headers["content-type"].startswith("text/vcard")
    assert "BEGIN:VCARD" in vcf.text and "Dana Whitfield" in vcf.text
    api = browser.get("/api/pivot", params={"occupation": "15-1254"}).json()
    assert api["routes"] and api["source"]["code"].startswith("15-1254")
    ics = browser.get("/tracker/interviews.ics")
    assert ics.text.startswith("BEGIN:VCALENDAR")


def test_unknown_opportunity_is_a_404_page(browser: TestClient) -> None:
    r = browser.get("/opportunities/9999")
    assert r.status_code == 404 and "No opportunity" in r.text and "<h1>404" in r.text
