"""The web app in a real browser: Debian's headless Chromium driven by Playwright.

`sidedoor serve` runs as a real subprocess (on a free loopback port, over a fresh home with the
example profile), and the pages are used the way a keyboard or screen-reader user would: by
role and label. The journey: paste a recruiter message (with a script in it, which must show
as text and never run) → the opportunity page with its four sections and highlighted evidence
→ a practice answer → feedback with a score and marked words → move it on the tracker → the
new column, and the event in its history. Plus keyboard-only use of the inbox and a phone-width
check.

Chromium: $SIDEDOOR_TEST_CHROMIUM (scripts/test.sh sets it, CI fails when it is missing), else
`chromium` on PATH, else the module is skipped (local runs only).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Dialog, Page, ViewportSize, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "recruiter-message.eml"
PROFILE = ROOT / "examples" / "profile.yaml"
CHROMIUM_ENV = "SIDEDOOR_TEST_CHROMIUM"
# Without the background-networking flags Chromium tries to reach Google; this machine's
# closed network refuses it (and pytest-socket would not allow it anyway).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
# A fresh knowledge store builds its indexes (titles, skills, places, pivot) on first use: the
# server's start and the first message added take ~20 s and ~35 s then, ~7 s and ~5 s after.
START_TIMEOUT = 180.0  # seconds for `sidedoor serve` to answer /api/health
ADD_TIMEOUT = 180_000  # milliseconds for "Add message" to land on the opportunity page
PHONE: ViewportSize = {"width": 375, "height": 800}

# A message written for the journey: one position, and markup that must never run.
MESSAGE = """Hi Alex,

I'm Priya Nandakumar, a talent partner at Quarry Labs, a 120-person developer-tools company.
We're hiring a Platform Engineer to run our Kubernetes and Terraform infrastructure on AWS.
Fully remote within the US, base $150,000-$170,000 plus equity.

Our hiring manager liked this snippet from your GitHub: <script>window.__pwned = 1; \
alert("pwned")</script><img src=x onerror="window.__pwned = 2">

Are you free for a 20-minute call next week?

Priya Nandakumar
Talent Partner, Quarry Labs
priya@quarrylabs.io
"""
TITLE = "Platform Engineer"
ANSWER = ("At Fernbrook I led the move of our Python data pipelines from cron jobs to Kafka and "
          "PostgreSQL. I designed the new services, mentored two engineers, and we cut the "
          "nightly batch time by 40% in six months with no downtime.")


def chromium_path() -> str:
    """The browser to drive; skips locally when there is none, fails in CI when it is gone."""
    given = os.environ.get(CHROMIUM_ENV)
    if given:
        if not Path(given).is_file():
            pytest.fail(f"{CHROMIUM_ENV}={given} does not exist (scripts/install_chromium.sh)")
        return given
    found = shutil.which("chromium")
    if found is None:
        pytest.skip(f"no Chromium: install Debian's chromium or set {CHROMIUM_ENV}")
    return found


# ---------------------------------------------------------------- the server


class Server:
    """`sidedoor serve` as a subprocess over one home; its output goes to a log file."""

    def __init__(self, home: Path, knowledge_dir: Path, log: Path) -> None:
        self.home = home
        self.log = log
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("SIDEDOOR_")}
        self.env.update(SIDEDOOR_HOME=str(home), SIDEDOOR_KNOWLEDGE_DIR=str(knowledge_dir),
                        PYTHONUNBUFFERED="1")
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""

    def cli(self, *args: str) -> str:
        """Run the CLI over the same home (a separate process, as a user would)."""
        done = subprocess.run([sys.executable, "-m", "sidedoor", "--home", str(self.home),
                               *args], env=self.env, capture_output=True, text=True,
                              timeout=120, check=False)
        assert done.returncode == 0, f"sidedoor {' '.join(args)}: {done.stderr}"
        return done.stdout

    def start(self) -> None:
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "sidedoor", "--home", str(self.home), "serve",
                 "--host", "127.0.0.1", "--port", "0", "--no-open"],
                env=self.env, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"sidedoor serve exited with {self.proc.returncode}:\n"
                            f"{self.output()}")
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", self.output())
            if found and self.healthy(found.group(1)):
                self.url = found.group(1).rstrip("/")
                return
            time.sleep(0.25)
        pytest.fail(f"sidedoor serve did not answer /api/health in {START_TIMEOUT:.0f} s:\n"
                    f"{self.output()}")

    @staticmethod
    def healthy(base: str) -> bool:
        try:
            with urllib.request.urlopen(base + "api/health", timeout=5) as response:
                return bool(json.load(response).get("ok"))
        except (urllib.error.URLError, OSError, ValueError):
            return False

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGINT)  # what Ctrl-C does: uvicorn shuts down cleanly
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=15)


@pytest.fixture(scope="module")
def server(knowledge_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("browser")
    srv = Server(root / "home", knowledge_dir, root / "serve.log")
    try:
        srv.cli("profile", "edit", str(PROFILE))
        srv.start()
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session", autouse=True)
def chromium() -> str:
    """The browser's path, looked for first (autouse), before a knowledge store is built."""
    return chromium_path()


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Browser]:
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def dialogs() -> list[str]:
    """The messages of the dialogs (alert, confirm, prompt) a page opened: none expected."""
    return []


@pytest.fixture
def page(browser: Browser, server: Server, dialogs: list[str]) -> Iterator[Page]:
    """A fresh browser context (no cookies) on the app; every dialog is recorded and refused."""
    context = browser.new_context(base_url=server.url)
    context.set_default_timeout(30_000)
    tab = context.new_page()

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", refuse)
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture(scope="module")
def example_opportunity(browser: Browser, server: Server) -> str:
    """examples/recruiter-message.eml added with the inbox's file field: its page's path."""
    context = browser.new_context(base_url=server.url)
    try:
        tab = context.new_page()
        tab.goto("/inbox")
        tab.get_by_label(re.compile(r"choose a file")).set_input_files(str(EXAMPLE))
        tab.get_by_role("button", name="Add message").click(timeout=ADD_TIMEOUT)
        tab.wait_for_url(re.compile(r"/opportunities/\d+$"))
        path: str = re.sub(r"^https?://[^/]+", "", tab.url)
        heading = tab.get_by_role("heading", level=1).inner_text()
        assert "Senior Backend Engineer" in heading, heading
        return path
    finally:
        context.close()


# ---------------------------------------------------------------- the journey


def opportunity_id(url: str) -> int:
    found = re.search(r"/opportunities/(\d+)", url)
    assert found, url
    return int(found.group(1))


def test_journey_message_to_tracker(page: Page, server: Server, dialogs: list[str],
                                    example_opportunity: str) -> None:
    # Inbox: paste the message and submit.
    page.goto("/inbox")
    expect(page.get_by_role("heading", level=1, name="Inbox")).to_be_visible()
    page.get_by_label("Paste the message or job posting").fill(MESSAGE)
    page.get_by_role("button", name="Add message").click(timeout=ADD_TIMEOUT)
    page.wait_for_url(re.compile(r"/opportunities/\d+$"))
    opp = opportunity_id(page.url)
    assert f"/opportunities/{opp}" != example_opportunity

    # The opportunity: its title, and the four sections the report's contents lead to.
    expect(page.get_by_role("heading", level=1)).to_contain_text(TITLE)
    expect(page.get_by_role("heading", level=1)).to_contain_text("Quarry Labs")
    contents = page.get_by_role("navigation", name="Sections of this report")
    for link in ("Practice", "Comparison", "Other doors", "Other industries"):
        target = contents.get_by_role("link", name=link, exact=True).get_attribute("href")
        assert target and target.startswith("#"), (link, target)
        section = page.locator(target)
        expect(section).to_be_visible()
        # A region named by its heading (the reason), with something under the heading.
        heading = section.get_by_role("heading", level=2)
        expect(heading).to_have_count(1)
        reason = heading.inner_text().strip()
        assert len(reason) > 5, (link, reason)
        expect(page.get_by_role("region", name=reason, exact=True)).to_have_attribute(
            "id", target[1:])
        assert len(section.inner_text()) > len(reason) + 20, link
    comparison = page.locator("#comparison")
    expect(comparison).to_contain_text("Your current job: Backend Engineer at Fernbrook")
    chart = comparison.get_by_role("img", name=re.compile(r"^Pay chart for"))
    expect(chart).to_be_visible()
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0"), "chart not drawn"
    # Drawn at (nearly) its own size, so its 14 px labels read as 12 px or more.
    shown = chart.evaluate("img => img.getBoundingClientRect().width / img.naturalWidth")
    assert shown >= 12 / 14, shown
    # Each section spans the report, one under the other: no holes beside a short one.
    boxes = page.evaluate(
        "['practice', 'comparison', 'other_doors', 'another_industry'].map(id => {"
        " const r = document.getElementById(id).getBoundingClientRect();"
        " return [Math.round(r.left), Math.round(r.width), Math.round(r.top)]; })")
    full = page.evaluate("Math.round(document.querySelector('.reasons')"
                         ".getBoundingClientRect().width)")
    assert all(width == full for _, width, _ in boxes), (boxes, full)
    assert len({left for left, _, _ in boxes}) == 1, boxes
    assert [top for _, _, top in boxes] == sorted(top for _, _, top in boxes), boxes
    # The stage list starts on "Choose a stage…": pressing Move straight away moves nothing.
    assert page.get_by_label("Move to stage").input_value() == ""

    # The evidence: what was read is highlighted in the original message.
    original = page.get_by_role("region", name=re.compile(r"original message"))
    marks = original.locator("pre mark")
    assert marks.count() >= 3
    marked = [m.replace("\n", " ") for m in marks.all_inner_texts()]
    assert any("$150,000-$170,000" in m and "pay" in m for m in marked), marked
    assert any(m.startswith(TITLE) and "title" in m for m in marked), marked

    # The markup in the message is shown as text, never run.
    body = original.locator("pre").first.inner_text()
    assert '<script>window.__pwned = 1; alert("pwned")</script>' in body
    assert '<img src=x onerror="window.__pwned = 2">' in body
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main script, main img[src='x']").count() == 0
    assert dialogs == []

    # Practice: from the practice section to a question, an answer and its feedback.
    page.locator("#practice").get_by_role("link", name="Answer a practice question").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Practice: {TITLE}")
    page.get_by_role("button", name="Start practice").click()
    expect(page.get_by_role("heading", level=2, name=re.compile(r"^Question 1 of \d+$"))
           ).to_be_visible()
    page.get_by_label("Your answer").fill(ANSWER)
    page.get_by_role("button", name="Get feedback").click()
    feedback = page.get_by_role("region", name=re.compile(r"^Feedback: \d+\/100$"))
    expect(feedback).to_be_visible()
    score = int(re.findall(r"\d+", feedback.get_by_role("heading", level=2).inner_text())[0])
    assert 0 < score <= 100
    # Keyboard and screen-reader users land on the feedback.
    assert page.evaluate("document.activeElement.id") == "feedback"
    meters = feedback.get_by_role("meter")
    assert meters.count() >= 3
    # The answer comes back with its words marked (each mark is a piece of the answer).
    marked_words = feedback.locator(".answer-marked mark")
    assert marked_words.count() >= 2
    texts = [t.split("\n")[0].strip() for t in marked_words.all_inner_texts()]
    assert all(t and t in ANSWER for t in texts), texts
    assert any("40%" in t for t in texts), texts
    assert feedback.locator(".answer-marked").inner_text().startswith("At Fernbrook")

    # The tracker: the card is under New; move it to screening with the card's own form.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Tracker").click()
    expect(page.get_by_role("heading", level=1, name="Tracker")).to_be_visible()
    new = page.get_by_role("region", name=re.compile(r"^New \(\d+\)$"))
    card = new.get_by_role("article", name=TITLE)
    expect(card).to_have_count(1)
    card.get_by_label(f"Move {TITLE} to").select_option("screening")
    card.get_by_role("button", name="Move").click()
    page.wait_for_url(re.compile(r"/tracker$"))
    screening = page.get_by_role("region", name=re.compile(r"^Screening \(\d+\)$"))
    expect(screening.get_by_role("article", name=TITLE)).to_have_count(1)
    expect(page.get_by_role("region", name=re.compile(r"^New \(\d+\)$"))
           .get_by_role("article", name=TITLE)).to_have_count(0)

    # The opportunity page says so, and the move is in the page's history.
    screening.get_by_role("article", name=TITLE).get_by_role("link", name=TITLE).click()
    expect(page.locator("#current-stage")).to_have_text("Stage: screening")
    history = page.get_by_role("region", name="History", exact=True)
    entries = history.get_by_role("listitem")
    expect(entries).to_have_count(1)
    expect(entries.first).to_contain_text("Stage new → screening")
    assert re.match(r"\d{4}-\d\d-\d\d", entries.first.inner_text()), "dated"
    # A note from the page's own form lands on top of it.
    history.get_by_label("Add a note").fill("Priya will send the take-home task")
    history.get_by_role("button", name="Add note").click()
    page.wait_for_url(re.compile(rf"/opportunities/{opp}#history$"))
    history = page.get_by_role("region", name="History", exact=True)
    expect(history.get_by_role("listitem")).to_have_count(2)
    expect(history.get_by_role("listitem").first).to_contain_text(
        "Note: Priya will send the take-home task")
    assert dialogs == []


# ---------------------------------------------------------------- keyboard and phone


def test_inbox_with_the_keyboard_only(page: Page) -> None:
    page.goto("/inbox")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#main$"))
    assert page.evaluate("document.activeElement.id") == "main"

    # From the main content, Tab reaches the paste box, then the file field, then submit.
    page.keyboard.press("Tab")
    text = page.get_by_label("Paste the message or job posting")
    expect(text).to_be_focused()
    page.keyboard.type("Typed with the keyboard")
    assert text.input_value() == "Typed with the keyboard"
    page.keyboard.press("Tab")
    expect(page.get_by_label(re.compile(r"choose a file"))).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Add message")).to_be_focused()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"


@pytest.mark.parametrize("where", ["opportunity", "practice", "inbox", "tracker", "recruiter",
                                   "profile"])
def test_no_horizontal_scroll_at_phone_width(browser: Browser, server: Server,
                                             example_opportunity: str, where: str) -> None:
    path = {"opportunity": example_opportunity, "practice": example_opportunity + "/practice",
            "inbox": "/inbox", "tracker": "/tracker", "recruiter": "/recruiters",
            "profile": "/profile"}[where]
    context = browser.new_context(base_url=server.url, viewport=PHONE)
    try:
        tab = context.new_page()
        tab.goto(path, wait_until="load")
        if where == "recruiter":  # the example's recruiter: a long profile URL and e-mail
            tab.get_by_role("link", name="Dana Whitfield").click()
            tab.wait_for_url(re.compile(r"/recruiters/\d+$"))
            expect(tab.get_by_role("heading", level=1)).to_have_text("Dana Whitfield")
        width = tab.evaluate("document.scrollingElement.scrollWidth")
        wide = tab.evaluate(
            "Array.from(document.querySelectorAll('main *'))"
            ".filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
            ".slice(0, 5).map(e => e.tagName + ' ' + e.textContent.slice(0, 40))")
        assert width <= PHONE["width"] + 1, (width, wide)
        if where == "opportunity":  # the page has its content: tables, chart, message
            assert tab.locator("#comparison table, #comparison img").count() >= 2
        if where == "tracker":  # the board's columns stack on a phone
            tops = tab.evaluate("Array.from(document.querySelectorAll('.board > .column'))"
                                ".map(c => Math.round(c.getBoundingClientRect().top))")
            assert len(tops) == 5 and tops == sorted(tops) and len(set(tops)) == 5, tops
    finally:
        context.close()


def test_tracker_board_is_one_row_at_1280(browser: Browser, server: Server,
                                          example_opportunity: str) -> None:
    context = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900})
    try:
        tab = context.new_page()
        tab.goto("/tracker", wait_until="load")
        boxes = tab.evaluate("Array.from(document.querySelectorAll('.board > .column'))"
                             ".map(c => { const r = c.getBoundingClientRect();"
                             " return [Math.round(r.top), Math.round(r.left), r.right]; })")
        assert len(boxes) == 5, boxes
        assert len({top for top, _, _ in boxes}) == 1, boxes  # Offer did not wrap
        assert [left for _, left, _ in boxes] == sorted(left for _, left, _ in boxes)
        assert max(right for _, _, right in boxes) <= 1280, boxes
        assert tab.evaluate("document.scrollingElement.scrollWidth") <= 1280
        # Room for two more stages' columns at this width (7 at 9rem each, with gaps).
        board = tab.evaluate("document.querySelector('.board').clientWidth")
        assert board >= 7 * 144 + 6 * 9.6, board
    finally:
        context.close()
