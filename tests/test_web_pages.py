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


def add_example(browser: TestClient) -> tuple[int, str]:
    inbox = browser.get("/inbox")
    page = browser.post("/inbox", data={"text": EXAMPLE.read_text(encoding="utf-8"),
                                        "csrf_token": form_token(inbox.text)})
    return int(page.url.path.rsplit("/", 1)[1]), page.text


def test_history_on_the_opportunity_page(browser: TestClient) -> None:
    oid, html = add_example(browser)
    token = form_token(html)
    assert '<section id="history"' in html and "Nothing yet" in html
    assert '<a href="#history">History</a>' in html
    labelled(html)
    # A stage move, a note, an interview and a follow-up, each from the page's own forms.
    browser.post(f"/opportunities/{oid}/stage", data={"csrf_token": token, "stage": "replied"})
    noted = browser.post(f"/opportunities/{oid}/notes",
                         data={"csrf_token": token, "note": "Dana says the team is 8 people"})
    assert noted.url.path == f"/opportunities/{oid}"
    browser.post(f"/opportunities/{oid}/interviews", data={
        "csrf_token": token, "when": "2031-03-04 15:30", "minutes": "45",
        "location": "Video call"})
    browser.post(f"/opportunities/{oid}/follow-ups", data={
        "csrf_token": token, "when": "2031-03-01", "note": "Send the portfolio"})
    page = browser.get(f"/opportunities/{oid}").text
    history = page.split('<section id="history"')[1].split("</section>")[0]
    assert "<strong>Stage</strong> new → replied" in history
    assert "<strong>Note</strong>: Dana says the team is 8 people" in history
    assert re.search(r"<strong>Interview</strong> 2031-03-04 \d\d:30[^,]*, 45 min, Video call",
                     history)
    assert "<strong>Follow-up</strong> due 2031-03-01" in history
    assert "Send the portfolio" in history
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT', history)  # every event is dated
    # Newest first: the follow-up was added last.
    assert history.index("Follow-up") < history.index("Interview") < history.index("Note") \
        < history.index("Stage")
    # The page is still the cached one (the history is not part of the report).
    builds = browser.get("/api/health").json()["cache"]["builds"]
    browser.post(f"/opportunities/{oid}/notes", data={"csrf_token": token, "note": "second"})
    assert "<strong>Note</strong>: second" in browser.get(f"/opportunities/{oid}").text
    assert browser.get("/api/health").json()["cache"]["builds"] == builds
    # Mark the follow-up done from the history.
    done = re.search(rf'action="/opportunities/{oid}/events/(\d+)/done"', history)
    assert done
    browser.post(f"/opportunities/{oid}/events/{done.group(1)}/done",
                 data={"csrf_token": token})
    assert "(done " in browser.get(f"/opportunities/{oid}").text.split('id="history"')[1]
    # The API has the same events, newest first.
    events = browser.get(f"/api/opportunities/{oid}").json()["events"]
    kinds = [e["kind"] for e in events]
    assert kinds == ["note", "follow_up", "interview", "note", "stage_change"]
    assert events[-1]["stage_from"] == "new" and events[-1]["stage_to"] == "replied"
    # An empty note is refused with a message, nothing recorded.
    empty = browser.post(f"/opportunities/{oid}/notes", data={"csrf_token": token, "note": " "})
    assert empty.status_code == 422 and "Write the note" in empty.text
    # Without the CSRF token, nothing is added.
    refused = browser.post(f"/opportunities/{oid}/notes", data={"note": "forged"})
    assert refused.status_code == 403
    assert len(browser.get(f"/api/opportunities/{oid}").json()["events"]) == len(events)


def test_stage_must_be_chosen(browser: TestClient) -> None:
    oid, html = add_example(browser)
    token = form_token(html)
    select = html.split('id="stage-select"')[1].split("</select>")[0]
    first = re.search(r"<option[^>]*>", select)
    assert first and 'value=""' in first.group(0) and "disabled" in first.group(0) \
        and "selected" in first.group(0) and "Choose a stage…" in select
    tracker = browser.get("/tracker").text
    card = tracker.split(f'id="move-{oid}"')[1].split("</select>")[0]
    assert re.match(r'[^>]*required><option value="" disabled selected>Choose a stage…',
                    card)
    # Submitting without a choice changes nothing and says why.
    refused = browser.post(f"/opportunities/{oid}/stage",
                           data={"csrf_token": token, "stage": "", "back": "tracker"})
    assert refused.status_code == 422 and "Choose a stage to move to." in refused.text
    assert "Stage: new" in browser.get(f"/opportunities/{oid}").text
    api = browser.post(f"/api/opportunities/{oid}/stage", json={"stage": " "},
                       headers={"X-CSRF-Token": token})
    assert api.status_code == 422
    assert api.json()["error"]["message"].startswith("No stage given")
    assert browser.get(f"/api/opportunities/{oid}").json()["events"] == []


def test_wording_on_the_opportunity_and_practice_pages(browser: TestClient) -> None:
    oid, html = add_example(browser)
    assert "Dana Whitfield</a>, Northpeak Talent, agency" in html
    assert "(Northpeak Talent (agency))" not in html
    assert "(2 office days a week)" in html and "2.0 office days" not in html
    # Engine notes asking for CLI commands become links to the page that does it.
    assert "sidedoor practice start" not in html and "sidedoor profile current" not in html
    assert f'<a href="/opportunities/{oid}/practice">Start practising</a>' in html
    assert '<a href="/profile">' in html
    practice = browser.get(f"/opportunities/{oid}/practice")
    started = browser.post(f"/opportunities/{oid}/practice",
                           data={"csrf_token": form_token(practice.text)})
    first_q = field(started.text, "question_id")
    feedback = browser.post(f"/opportunities/{oid}/practice/answer", data={
        "csrf_token": form_token(started.text), "session_id": field(started.text, "session_id"),
        "question_id": first_q, "answer": ANSWER}).text
    assert "1 answer in 1 session." in feedback
    assert "your actions (“I …”)" in feedback and "i action" not in feedback
    # After the feedback: "Try again" (collapsed, the same question) and "Next question".
    after = feedback.split('id="feedback"')[1]
    again = after.split('<details class="again">')[1].split("</details>")[0]
    assert "<summary>Try again</summary>" in again
    assert f'name="question_id" value="{first_q}"' in again
    assert 'id="answer"' not in feedback  # no second, empty copy of the question below
    nxt = re.search(r'href="/opportunities/\d+/practice\?question=(\d+)">Next question</a>',
                    after)
    assert nxt and nxt.group(1) != first_q
    labelled(feedback)
    second = browser.get(f"/opportunities/{oid}/practice", params={"question": nxt.group(1)})
    assert f'name="question_id" value="{nxt.group(1)}"' in second.text
    assert "Question 2 of" in second.text


def test_current_job_on_a_new_home_and_employer_not_a_tool(browser: TestClient) -> None:
    profile = browser.get("/profile")
    token = form_token(profile.text)
    saved = browser.post("/profile/current", data={
        "csrf_token": token, "title": "Backend Engineer", "employer": "Fernbrook"})
    assert saved.url.path == "/profile" and "Saved:" in saved.text
    assert "now: Backend Engineer, Fernbrook" in saved.text and "? –" not in saved.text
    oid, _ = add_example(browser)
    page = browser.get(f"/opportunities/{oid}/practice")
    started = browser.post(f"/opportunities/{oid}/practice",
                           data={"csrf_token": form_token(page.text)})
    feedback = browser.post(f"/opportunities/{oid}/practice/answer", data={
        "csrf_token": form_token(started.text), "session_id": field(started.text, "session_id"),
        "question_id": field(started.text, "question_id"), "answer": ANSWER}).text
    marked = feedback.split('class="answer-marked">')[1].split("</div>")[0]
    assert 'title="named tool">Fernbrook' not in marked
    assert re.search(r'<mark class="m-tool" title="named tool">(?:AWS|Python)', marked)
