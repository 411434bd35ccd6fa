"""The interactive practice session behind `sidedoor practice start`.

One question at a time: the question, stories from the bank that fit it, then the answer
(typed or pasted; an empty line or Ctrl-D ends it), saved the moment it is submitted, then
feedback. Between questions: Enter for the next one, `r` to retry, `q` to stop (resume later
with `--resume`). At the start of an answer, `:hint` shows what a strong answer covers,
`:skip` moves on and `:quit` stops.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

import click

from sidedoor.practice.errors import NoSuchSession

if TYPE_CHECKING:
    from sidedoor.practice.backends import PracticeBackend
    from sidedoor.practice.models import Question
    from sidedoor.settings import Settings
    from sidedoor.store import Store

REVIEW_QUESTIONS = 2


def run_session(settings: Settings, *, opportunity_id: int | None, posting: str | None,
                occupation: str | None, position_id: int | None, cv: str | None,
                no_llm: bool, resume: bool, session_id: int | None, limit: int | None) -> None:
    from sidedoor.cli.practice import _store, backend_for

    backend = backend_for(settings, no_llm)
    with _store(settings) as store:
        if session_id is None and resume:
            session_id = _find_open(store, opportunity_id, occupation)
        if session_id is None:
            session_id = _new_session(settings, store, backend, opportunity_id, posting,
                                      occupation, position_id, cv, limit)
            click.echo(f"Started practice session #{session_id}.")
        else:
            click.echo(f"Resuming practice session #{session_id}.")
        _loop(store, session_id, backend)


def _find_open(store: Store, opportunity_id: int | None, occupation: str | None) -> int:
    from sidedoor.knowledge.store import normalise_code
    from sidedoor.practice.sessions import latest_open_session

    code = normalise_code(occupation) if occupation else None
    found = latest_open_session(store, opportunity_id=opportunity_id, occupation_code=code)
    if found is None:
        raise NoSuchSession("No unfinished practice session to resume.",
                            hint="Start one with `sidedoor practice start --occupation CODE` "
                                 "or `sidedoor practice start OPPORTUNITY_ID`.")
    return found


def _new_session(settings: Settings, store: Store, backend: PracticeBackend,
                 opportunity_id: int | None, posting: str | None, occupation: str | None,
                 position_id: int | None, cv: str | None, limit: int | None) -> int:
    from sidedoor.cli.practice import build_set
    from sidedoor.practice.backends import rephrase_set
    from sidedoor.practice.progress import prioritise, progress, review_questions
    from sidedoor.practice.sessions import start_session

    qset = build_set(settings, opportunity_id, posting, occupation, position_id, cv)
    report = progress(store)
    ordered = prioritise(qset.questions, report)
    review = review_questions(store, limit=REVIEW_QUESTIONS, exclude={q.id for q in ordered})
    opening = [q for q in ordered if q.kind in {"background", "motivation"}]
    rest = [q for q in ordered if q.kind not in {"background", "motivation"}]
    chosen = [*opening, *review, *rest][: limit or None]
    qset = rephrase_set(qset.model_copy(update={"questions": chosen}), backend)
    return start_session(store, qset, backend=backend.id)


def _read_answer(elapsed_from: float) -> tuple[str | None, bool]:
    """Lines up to an empty line or EOF. Returns (text or a :command, reached EOF)."""
    stdin = sys.stdin
    interactive = stdin.isatty()
    lines: list[str] = []
    while True:
        if interactive:
            secs = int(time.monotonic() - elapsed_from)
            click.echo(f"[{secs // 60}:{secs % 60:02d}] ", nl=False)
        line = stdin.readline()
        if not line:
            return ("\n".join(lines).strip() or None), True
        text = line.rstrip("\n")
        if not lines and text.strip().startswith(":"):
            return text.strip().lower(), False
        if not text.strip():
            if lines:
                return "\n".join(lines).strip(), False
            continue
        lines.append(text)


def _loop(store: Store, session_id: int, backend: PracticeBackend) -> None:
    from sidedoor.practice import render
    from sidedoor.practice.backends import enrich
    from sidedoor.practice.feedback import FeedbackEngine
    from sidedoor.practice.sessions import end_session, pending, questions, record_answer
    from sidedoor.practice.stories import save_story, stories_for
    from sidedoor.store.types import utcnow

    engine = FeedbackEngine()
    total = len(questions(store, session_id))
    todo = pending(store, session_id)
    if not todo:
        click.echo("Every question of this session is answered.")
    click.echo("Answer each question, then an empty line (or Ctrl-D). At the start of an "
               "answer: :hint, :skip, :quit.\n")
    queue = list(todo)
    shown = None
    while queue:
        item = queue[0]
        q: Question = item.question
        if shown != (item.row_id, "q"):
            click.echo(f"Question {item.ordinal}/{total} [{render.KIND_LABELS[q.kind]}]")
            click.echo("\n".join(render.wrap(q.text, indent="  ")))
            for story in stories_for(store, q):
                click.echo("\n".join(render.wrap(
                    f"From your story bank: #{story.id} {story.title} (shows "
                    f"{', '.join(story.skills[:3])})", indent="  ")))
            shown = (item.row_id, "q")
        started, t0 = utcnow(), time.monotonic()
        text, eof = _read_answer(t0)
        if text in {":quit", ":q"} or (text is None and eof):
            break
        if text == ":skip" or text is None:
            queue.pop(0)
            shown = None
            continue
        if text == ":hint":
            click.echo("\n".join(render.wrap("A strong answer covers: "
                                             + "; ".join(q.strong_answer), indent="  ")))
            continue
        fb = engine.for_question(q, text)
        record = record_answer(store, item.row_id, text, started_at=started, feedback=fb)
        took = int(time.monotonic() - t0)
        click.echo(f"Saved (attempt {record.attempt}, {took // 60}:{took % 60:02d} to write).")
        sys.stdout.flush()
        fb = enrich(fb, q.text, text, backend)
        click.echo("\n".join(render.feedback(fb, text)))
        story_id = save_story(store, q, text, fb, answer_id=record.id)
        if story_id is not None:
            click.echo(f"  Kept in your story bank as #{story_id}.")
        if eof:
            break
        choice = _ask("Enter: next question · r: retry · q: quit")
        if choice == "q":
            break
        shown = None  # show the question again, also for a retry
        if choice != "r":
            queue.pop(0)
    remaining = pending(store, session_id)
    if remaining:
        click.echo(f"\nStopped with {len(remaining)} question(s) left. Continue with "
                   f"`sidedoor practice start --resume` (session #{session_id}).")
        return
    summary = end_session(store, session_id)
    _closing(store, session_id, summary)


def _ask(prompt: str) -> str:
    click.echo(prompt)
    line = sys.stdin.readline()
    return line.strip().lower()[:1] if line else "q"


def _closing(store: Store, session_id: int, summary: dict[str, Any]) -> None:
    from sidedoor.practice.sessions import session_info

    mean = summary.get("mean_score")
    click.echo(f"\nSession #{session_id} done: {summary.get('answers')} answers"
               + (f", mean score {mean:.0f}" if mean is not None else "") + ".")
    asks = (session_info(store, session_id).get("settings") or {}).get("ask_them") or []
    if asks:
        click.echo("Questions to ask them:")
        for a in asks:
            click.echo(f"  - {a['text']}")
    click.echo("See your progress with `sidedoor practice progress --out progress.svg`.")
