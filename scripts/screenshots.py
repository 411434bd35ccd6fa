"""Screenshots of the web app's main pages, for docs/screenshots/.

Builds a demo home in a temporary directory (the example profile and four recruiter messages:
examples/recruiter-message.eml and three written below, one of them with three roles), starts
`sidedoor serve` on a free loopback port, uses the pages in Debian's headless Chromium the way a
person would (paste and upload messages, move stages, add a follow-up, answer a practice
question), and saves PNGs of inbox, opportunity, practice with feedback, profile, pivot, doors,
tracker, recruiters and a recruiter at 1280 px wide, plus the opportunity page at 375 px (a phone).

    python scripts/screenshots.py [--out docs/screenshots] [--knowledge-dir DIR]
                                  [--chromium /usr/bin/chromium]

The knowledge store is read from --knowledge-dir, else the one your settings point at
($SIDEDOOR_KNOWLEDGE_DIR, the config file), else the demo's (.sidedoor-home/knowledge, made by
scripts/main.sh). Your own store is never touched. Each PNG is kept under 400 kB by cutting
long pages at a maximum height.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "recruiter-message.eml"
PROFILE = ROOT / "examples" / "profile.yaml"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
MAX_BYTES = 400_000
WIDE, PHONE = 1280, 375
MAX_HEIGHT = {False: 6000, True: 4000}  # px: a wide page, a phone page (the top is enough)
SLOW_MS = 300_000  # a fresh knowledge store builds its indexes on the first message

MESSAGES = [
    """Hi Alex,

I'm Priya Nandakumar, a talent partner at Quarry Labs, a 120-person developer-tools company.
We're hiring a Platform Engineer to run our Kubernetes and Terraform infrastructure on AWS.
Fully remote within the US, base $150,000-$170,000 plus equity, 30 days PTO.

You'd own our CI/CD pipelines and the on-call rotation (one week in six). Experience with
Python or Go and PostgreSQL at scale would be great.

Are you free for a 20-minute call next week?

Priya Nandakumar
Talent Partner, Quarry Labs
priya@quarrylabs.io
""",
    """Subject: Three roles at Cobalt Freight (Denver) - data platform

Hello Alex,

Marcus Bell here from Brightline Search. Our client Cobalt Freight, a 2,000-person logistics
company, is growing its data platform group in Denver, CO and I think your pipeline work fits:

1. Engineering Manager, Data Platform - hybrid, 3 days a week in the Denver office,
   $190,000-$220,000 base plus a 15% bonus. Manages 7 engineers.
2. Senior Data Engineer - hybrid, 2 days a week, $160,000-$180,000 base.
   Spark, Airflow, dbt and Snowflake.
3. Site Reliability Engineer - on-site in Denver, $150,000-$175,000 base, on-call rotation.

Relocation assistance is available for all three. Could we talk on Monday or Tuesday?

Best regards,
Marcus Bell
Principal Consultant, Brightline Search
marcus.bell@brightlinesearch.com | (303) 555-0199
""",
    """Subject: Staff Software Engineer, Payments - Tallyworks (remote)

Hi Alex - I lead engineering recruiting at Tallyworks, a fintech that runs payroll for 30,000
small businesses. We're looking for a Staff Software Engineer for our payments team: Python
and Go services, event-driven architecture, PCI compliance.

It's fully remote (US), $205,000-$235,000 base plus equity and a 10% bonus, with a
four-day work week in the summer. You'd set the technical direction for 12 engineers.

If you're open to it, reply with a couple of times that suit you for a first chat.

Jordan Reyes
Head of Engineering Recruiting, Tallyworks
jordan.reyes@tallyworks.com
""",
]
ANSWER = ("At Fernbrook I led the move of our Python data pipelines from nightly cron jobs to "
          "Kafka and PostgreSQL. I designed the new services, wrote the migration plan, and "
          "mentored two engineers through it. We cut the nightly batch time by 40% in six "
          "months with no downtime, and on-call pages dropped from about ten a week to two.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--knowledge-dir", type=Path, default=None)
    parser.add_argument("--chromium", default=os.environ.get("SIDEDOOR_TEST_CHROMIUM")
                        or shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args(argv)
    knowledge = args.knowledge_dir or default_knowledge_dir()
    if not (knowledge / "knowledge.sqlite3").is_file():
        parser.error(f"no knowledge store in {knowledge}: run `sidedoor data install` or "
                     "scripts/main.sh, or pass --knowledge-dir")
    if not Path(args.chromium).is_file():
        parser.error(f"no Chromium at {args.chromium}: run scripts/install_chromium.sh")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sidedoor-shots-") as tmp:
        home = Path(tmp) / "home"
        env = {k: v for k, v in os.environ.items() if not k.startswith("SIDEDOOR_")}
        env.update(SIDEDOOR_HOME=str(home), SIDEDOOR_KNOWLEDGE_DIR=str(knowledge),
                   PYTHONUNBUFFERED="1")
        cli(env, home, "profile", "edit", str(PROFILE))
        with serve(env, home, Path(tmp) / "serve.log") as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            try:
                shots = take(browser, base, args.out)
            finally:
                browser.close()
    for path in shots:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
              f"{path.stat().st_size / 1000:.0f} kB")
    return 0


def default_knowledge_dir() -> Path:
    from sidedoor.settings import load_settings

    configured: Path = load_settings().resolved_knowledge_dir
    if (configured / "knowledge.sqlite3").is_file():
        return configured
    return ROOT / ".sidedoor-home" / "knowledge"


def cli(env: dict[str, str], home: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "sidedoor", "--home", str(home), *args],
                          env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"sidedoor {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


@contextmanager
def serve(env: dict[str, str], home: Path, log: Path) -> Iterator[str]:
    """`sidedoor serve --port 0` over the demo home; yields its base URL."""
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "sidedoor", "--home", str(home), "serve",
                                 "--host", "127.0.0.1", "--port", "0", "--no-open"],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + SLOW_MS / 1000
        while True:
            text = log.read_text(errors="replace")
            found = re.search(r"at (http://127\.0\.0\.1:\d+)/", text)
            if found and healthy(found.group(1)):
                yield found.group(1)
                return
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"sidedoor serve did not start:\n{text}")
            time.sleep(0.25)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(base + "/api/health", timeout=5) as response:
            status: int = response.status
            return status == 200
    except (urllib.error.URLError, OSError):
        return False


# ---------------------------------------------------------------- using the app


def take(browser: Browser, base: str, out: Path) -> list[Path]:
    """Fill the demo home through the pages, then photograph them; the PNGs' paths."""
    context = browser.new_context(base_url=base, viewport={"width": WIDE, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    example = add_file(page, EXAMPLE)
    others = [add_text(page, text) for text in MESSAGES]

    # Some history for the tracker: stages moved with the opportunity page's own form.
    for path, stage in ((example, "replied"), (others[0], "screening"),
                        (others[2], "interviewing")):
        page.goto(path)
        page.get_by_label("Move to stage").select_option(stage)
        page.get_by_role("button", name="Move", exact=True).click()
    # The example's history: a note and an interview, from its page's own forms.
    page.goto(example)
    page.get_by_label("Add a note").fill("Dana says the team is eight engineers, two in Austin")
    page.get_by_role("button", name="Add note").click()
    page.get_by_label(re.compile(r"^Interview on")).fill("in 6 days")
    page.get_by_label("Length in minutes").fill("45")
    page.get_by_label(re.compile(r"^Where")).fill("Video call with the hiring manager")
    page.get_by_role("button", name="Schedule interview").click()
    page.goto("/tracker")
    page.get_by_label("Opportunity", exact=True).select_option(
        label=option_label(page, "Cobalt"))
    page.get_by_label(re.compile(r"^When")).fill("in 3 days")
    page.get_by_label("Note", exact=True).fill(
        "Ask Marcus which of the three roles has the smallest team")
    page.get_by_role("button", name="Add follow-up").click()

    shots: list[Path] = []
    for name, path in (("inbox", "/inbox"), ("opportunity", example), ("profile", "/profile"),
                       ("pivot", "/pivot?me=1"), ("doors", "/doors"), ("tracker", "/tracker"),
                       ("recruiters", "/recruiters")):
        page.goto(path, wait_until="load")
        shots.append(shoot(page, out / f"{name}.png"))
    # The example's history (below the cut of the whole page): the section alone.
    page.goto(example, wait_until="load")
    page.locator("#history").screenshot(path=str(out / "opportunity-history.png"))
    shots.append(out / "opportunity-history.png")
    page.goto("/recruiters")
    page.get_by_role("link", name="Dana Whitfield").click()
    page.wait_for_load_state("load")
    shots.append(shoot(page, out / "recruiter.png"))

    # Practice: start a session on the example and answer its first question.
    page.goto(example + "/practice")
    page.get_by_role("button", name="Start practice").click(timeout=SLOW_MS)
    page.get_by_label("Your answer").fill(ANSWER)
    page.get_by_role("button", name="Get feedback").click(timeout=SLOW_MS)
    page.get_by_role("heading", name=re.compile(r"^Feedback: \d+")).wait_for()
    page.wait_for_load_state("load")
    shots.append(shoot(page, out / "practice-feedback.png"))

    phone = browser.new_context(base_url=base, viewport={"width": PHONE, "height": 800})
    tab = phone.new_page()
    tab.goto(example, wait_until="load")
    shots.append(shoot(tab, out / "opportunity-phone.png"))
    phone.close()
    context.close()
    return shots


def add_file(page: Page, path: Path) -> str:
    page.goto("/inbox")
    page.get_by_label(re.compile(r"choose a file")).set_input_files(str(path))
    return submit(page)


def add_text(page: Page, text: str) -> str:
    page.goto("/inbox")
    page.get_by_label("Paste the message or job posting").fill(text)
    return submit(page)


def submit(page: Page) -> str:
    """Add the message; the path of the opportunity page it opened."""
    page.get_by_role("button", name="Add message").click(timeout=SLOW_MS)
    page.wait_for_url(re.compile(r"/opportunities/\d+$"))
    return re.sub(r"^https?://[^/]+", "", page.url)


def option_label(page: Page, contains: str) -> str:
    field = page.get_by_label("Opportunity", exact=True)
    labels: list[str] = field.locator("option").all_inner_texts()
    return next(label for label in labels if contains in label)


def shoot(page: Page, path: Path) -> Path:
    """A full-page PNG (down to 256 colours when Pillow is there), cut at the height that
    keeps it under MAX_BYTES."""
    width = page.viewport_size["width"] if page.viewport_size else WIDE
    full = int(page.evaluate("document.scrollingElement.scrollHeight"))
    height = min(full, MAX_HEIGHT[width == PHONE])
    while True:
        page.screenshot(path=str(path), type="png", full_page=True,
                        clip={"x": 0, "y": 0, "width": width, "height": height})
        if path.stat().st_size >= MAX_BYTES:
            fewer_colours(path)
        if path.stat().st_size < MAX_BYTES or height <= 600:
            return path
        height = int(height * 0.85)


def fewer_colours(path: Path) -> None:
    """Save the PNG with a 256-colour palette (a third of the size for these flat pages)."""
    try:
        from PIL import Image
    except ImportError:  # Pillow comes with the charts extra; without it, pages are cut
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(256, method=Image.Quantize.FASTOCTREE)
    small.save(path, optimize=True)

if __name__ == "__main__":
    sys.exit(main())
