"""`sidedoor practice`: tailored interview questions, feedback, sessions, stories, progress.

A thin layer over :mod:`sidedoor.practice`; heavy imports happen inside the commands.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from sidedoor.cli._context import app, emit_json, emit_jsonl

if TYPE_CHECKING:
    from sidedoor.practice.backends import PracticeBackend
    from sidedoor.practice.models import QuestionSet
    from sidedoor.settings import Settings
    from sidedoor.store import Store

KINDS = ("background", "motivation", "behavioral", "situational", "technical", "role", "gap",
         "transition", "weakness", "general")


def target_options(fn: Any) -> Any:
    """The ways to say what to practise for: an opportunity, a posting file, an occupation."""
    for option in reversed([
        click.argument("opportunity_id", type=int, required=False),
        click.option("--file", "posting", type=click.Path(exists=True, dir_okay=False),
                     help="A job posting or recruiter message (any format `inbox parse` reads)."),
        click.option("--occupation", help="An O*NET-SOC code, e.g. 15-1252."),
        click.option("--position", "position_id", type=int,
                     help="Which position of the opportunity (default: its first)."),
        click.option("--cv", type=click.Path(exists=True, dir_okay=False),
                     help="A résumé text file to find gaps against (default: your profile)."),
        click.option("--no-llm", is_flag=True, help="Use the deterministic backend only."),
    ]):
        fn = option(fn)
    return fn


@click.group()
def practice() -> None:
    """Interview practice: tailored questions, feedback, sessions, stories, progress."""


@practice.command("questions")
@target_options
@click.option("--json", "as_json", is_flag=True, help="Print the question set as JSON.")
@click.pass_context
def questions_cmd(ctx: click.Context, opportunity_id: int | None, posting: str | None,
                  occupation: str | None, position_id: int | None, cv: str | None,
                  no_llm: bool, as_json: bool) -> None:
    """A question set shaped like a real interview for one role, and questions to ask them.

    Give an OPPORTUNITY_ID from `sidedoor inbox list`, or --file POSTING, or --occupation
    CODE. The same inputs always give the same set.
    """
    settings = app(ctx).settings
    qset = build_set(settings, opportunity_id, posting, occupation, position_id, cv)
    qset = _rephrase(qset, settings, no_llm)
    if as_json:
        emit_json(qset.model_dump(mode="json"))
        return
    from sidedoor.practice import render

    click.echo("\n".join(render.question_set(qset)))


def build_set(settings: Settings, opportunity_id: int | None, posting: str | None,
              occupation: str | None, position_id: int | None, cv: str | None) -> QuestionSet:
    """Load what the target needs (knowledge, store, profile) and build the question set."""
    given = sum(x is not None for x in (opportunity_id, posting)) + (
        occupation is not None and opportunity_id is None and posting is None)
    if given != 1:
        raise click.UsageError("Give one of OPPORTUNITY_ID, --file POSTING or --occupation CODE "
                               "(--occupation may also override the code of the other two).")
    from sidedoor.knowledge.store import open_from_settings
    from sidedoor.practice.questions import build_questions

    extractor = _LazyExtractor(settings)
    coder = _LazyCoder(settings)
    with open_from_settings(settings) as knowledge:
        if posting is not None:
            from sidedoor.intake.pipeline import parse_path
            from sidedoor.practice.target import posting_target

            result = parse_path(posting)
            items = [i for i in result.items if i.positions] or result.items
            if not items:
                raise click.ClickException(f"Nothing readable in {posting}.")
            target = posting_target(knowledge, items[0], extractor, coder,
                                    occupation=occupation)
        elif opportunity_id is not None:
            from sidedoor.practice.stored import opportunity_target

            with _store(settings) as store:
                target = opportunity_target(store, knowledge, opportunity_id,
                                            position_id=position_id, occupation=occupation,
                                            extractor=extractor, coder=coder)
        else:
            from sidedoor.practice.target import occupation_target

            assert occupation is not None
            target = occupation_target(knowledge, occupation)
        target.profile = _profile(settings, cv, extractor, coder)
        return build_questions(target)


def _profile(settings: Settings, cv: str | None, extractor: Any, coder: Any) -> Any:
    from sidedoor.practice.stored import load_profile, profile_from_text

    if cv is not None:
        return profile_from_text(Path(cv).read_text(encoding="utf-8", errors="replace"),
                                 extractor)
    with _store(settings) as store:
        return load_profile(store, extractor=extractor, coder=coder)


class _LazyExtractor:
    """The skill extractor, loaded (about a second) only if something needs it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loaded: Any = None

    def extract_skills(self, text: str) -> Any:
        if self._loaded is None:
            from sidedoor.language.skills import skill_extractor

            self._loaded = skill_extractor(self.settings.resolved_knowledge_dir)
        return self._loaded.extract_skills(text)


class _LazyCoder:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._loaded: Any = None

    def code(self, title: str, *, context: str | None = None, limit: int = 10) -> Any:
        if self._loaded is None:
            from sidedoor.language.titles import TitleCoder

            self._loaded = TitleCoder.from_knowledge_dir(self.settings.resolved_knowledge_dir)
        return self._loaded.code(title, context=context, limit=limit)


def _store(settings: Settings) -> Store:
    from sidedoor.store import Store

    store = Store.from_settings(settings)
    for notice in store.notices:
        click.echo(notice, err=True)
    return store


def backend_for(settings: Settings, no_llm: bool) -> PracticeBackend:
    from sidedoor.plugins import practice_backend

    return practice_backend(settings, name="deterministic" if no_llm else None)


def _rephrase(qset: QuestionSet, settings: Settings, no_llm: bool) -> QuestionSet:
    from sidedoor.practice.backends import rephrase_set

    return rephrase_set(qset, backend_for(settings, no_llm))


@practice.command("feedback")
@click.option("--question", "-q", default="", help="The question that was answered.")
@click.option("--answer-file", "-a", type=click.File("r", encoding="utf-8"), default=None,
              help="The answer (a text file; - for stdin). With --jsonl: the batch file.")
@click.option("--kind", type=click.Choice(KINDS), default=None,
              help="The kind of question (default: read from its words).")
@click.option("--json", "as_json", is_flag=True, help="Print the feedback as one JSON object.")
@click.option("--jsonl", "as_jsonl", is_flag=True,
              help='Batch: lines {"question": ..., "answer": ...} in, one JSON object out each.')
@click.option("--no-llm", is_flag=True, help="Use the deterministic backend only.")
@click.pass_context
def feedback_cmd(ctx: click.Context, question: str, answer_file: TextIO | None,
                 kind: str | None, as_json: bool, as_jsonl: bool, no_llm: bool) -> None:
    """Feedback on an answer: score 0-100 with its breakdown, insights and suggestions.

    With --jsonl every input line gives one output line, in order: the feedback object
    (with the input's "id" echoed when it has one), or {"line": N, "error": ...}.
    """
    from sidedoor.practice.backends import enrich
    from sidedoor.practice.feedback import FeedbackEngine

    if as_json and as_jsonl:
        raise click.UsageError("Use either --json or --jsonl, not both.")
    engine = FeedbackEngine()
    backend = backend_for(app(ctx).settings, no_llm)
    if as_jsonl:
        _batch(engine, backend, answer_file or sys.stdin)
        return
    if answer_file is None:
        raise click.UsageError("Give the answer with --answer-file FILE (or - for stdin).")
    answer = answer_file.read()
    fb = engine.feedback(question, answer, kind=kind)  # type: ignore[arg-type]
    fb = enrich(fb, question, answer, backend)
    if as_json:
        emit_json(fb.model_dump(mode="json"))
        return
    from sidedoor.practice import render

    click.echo("\n".join(render.feedback(fb, answer)))


def _batch(engine: Any, backend: PracticeBackend, lines: TextIO) -> None:
    from sidedoor.practice.backends import enrich

    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("answer"), str):
                raise ValueError('expected an object with a string "answer"')
            question = item.get("question") or ""
            kind = item.get("kind") if item.get("kind") in KINDS else None
            terms = [str(t) for t in item.get("terms") or []]
        except ValueError as exc:
            emit_jsonl({"line": number, "error": f"line {number}: {exc}"})
            continue
        fb = engine.feedback(str(question), item["answer"], kind=kind, terms=terms)
        fb = enrich(fb, str(question), item["answer"], backend)
        out = fb.model_dump(mode="json")
        if "id" in item:
            out = {"id": item["id"], **out}
        emit_jsonl(out)
    sys.stdout.flush()


@practice.command("start")
@target_options
@click.option("--resume", is_flag=True, help="Continue your latest unfinished session.")
@click.option("--session", "session_id", type=int, help="Continue this session.")
@click.option("--limit", type=int, default=None, help="Ask at most this many questions.")
@click.pass_context
def start_cmd(ctx: click.Context, opportunity_id: int | None, posting: str | None,
              occupation: str | None, position_id: int | None, cv: str | None, no_llm: bool,
              resume: bool, session_id: int | None, limit: int | None) -> None:
    """An interactive practice interview, one question at a time, saved as you go.

    Type or paste each answer and finish it with an empty line (or Ctrl-D). Feedback follows
    each answer; you can retry a question, skip it, or quit and `--resume` later. Answers are
    saved the moment you submit them.
    """
    from sidedoor.cli.practice_run import run_session

    run_session(app(ctx).settings, opportunity_id=opportunity_id, posting=posting,
                occupation=occupation, position_id=position_id, cv=cv, no_llm=no_llm,
                resume=resume, session_id=session_id, limit=limit)


@practice.command("sessions")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def sessions_cmd(ctx: click.Context, as_json: bool) -> None:
    """Your practice sessions, oldest first."""
    from sidedoor.practice.sessions import list_sessions

    with _store(app(ctx).settings) as store:
        records = list_sessions(store)
    if as_json:
        emit_json([r.model_dump(mode="json") for r in records])
        return
    if not records:
        click.echo("No practice sessions yet: `sidedoor practice start --occupation CODE`.")
    for r in records:
        state = "done" if r.ended_at else "open"
        mean = f"mean {r.mean_score:.0f}" if r.mean_score is not None else "no answers"
        click.echo(f"#{r.id} {r.started_at[:16]} {state:<4} {r.answered}/{r.questions} "
                   f"answered, {mean}  {r.title or ''}")


@practice.command("show")
@click.argument("session_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def show_cmd(ctx: click.Context, session_id: int, as_json: bool) -> None:
    """One session: its questions and every answer with its score."""
    from sidedoor.practice import render, sessions

    with _store(app(ctx).settings) as store:
        qs = sessions.questions(store, session_id)
        records = sessions.answers(store, session_id)
    if as_json:
        emit_json({"session_id": session_id,
                   "questions": [{"ordinal": q.ordinal, **q.question.model_dump(mode="json")}
                                 for q in qs],
                   "answers": [a.model_dump(mode="json") for a in records]})
        return
    by_q: dict[int, list[Any]] = {}
    for a in records:
        by_q.setdefault(a.ordinal, []).append(a)
    for q in qs:
        click.echo("\n".join(render.wrap(f"{q.ordinal}. {q.question.text}", indent="")))
        for a in by_q.get(q.ordinal, []):
            score = f"{a.score:.0f}" if a.score is not None else "-"
            click.echo(f"   attempt {a.attempt} ({(a.submitted_at or '')[:16]}): score {score}")
            click.echo("\n".join(render.wrap(a.answer_text or "", indent="     ")))


@practice.command("stories")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def stories_cmd(ctx: click.Context, as_json: bool) -> None:
    """Your STAR story bank, built from good answers."""
    from sidedoor.practice import render
    from sidedoor.practice.stories import list_stories

    with _store(app(ctx).settings) as store:
        records = list_stories(store)
    if as_json:
        emit_json([s.model_dump(mode="json") for s in records])
        return
    if not records:
        click.echo("No stories yet: answers that tell a full STAR story are kept here.")
    for s in records:
        click.echo("\n".join(render.story(s)))


@practice.command("progress")
@click.option("--out", type=click.Path(dir_okay=False, writable=True),
              help="Also draw a chart to FILE.svg or FILE.png.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def progress_cmd(ctx: click.Context, out: str | None, as_json: bool) -> None:
    """Progress per skill and talking point over sessions, weakest (and due) first."""
    from sidedoor.practice import render
    from sidedoor.practice.progress import progress

    with _store(app(ctx).settings) as store:
        report = progress(store)
    if out:
        from sidedoor.practice.charts import write_chart

        write_chart(report, Path(out))
    if as_json:
        emit_json(report.model_dump(mode="json"))
    else:
        click.echo("\n".join(render.progress(report)))
    if out and not as_json:
        click.echo(f"Chart written to {out}")
