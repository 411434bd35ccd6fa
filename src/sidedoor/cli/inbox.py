"""`sidedoor inbox`: recruiter messages and job postings.

`parse` reads without storing; `add` stores (deduplicated and threaded); `list` and `show`
read the store back. Heavy imports happen inside the commands.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rich.console import Console

    from sidedoor.intake.models import ParsedItem, ParseResult
    from sidedoor.opportunities.ingest import Ingest
    from sidedoor.opportunities.models import AddReport
    from sidedoor.store import Store

FORMAT_CHOICES = (
    "text",
    "eml",
    "mbox",
    "msg",
    "linkedin-zip",
    "linkedin-csv",
    "html",
    "pdf",
    "docx",
    "feed-csv",
    "feed-json",
)


@click.group()
def inbox() -> None:
    """Recruiter messages and job postings."""


@inbox.command("parse")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (an array for many-item files).")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one JSON object per line.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default=None,
    help="Say what FILE is instead of guessing from its name and content.",
)
@click.option(
    "--max-bytes", type=int, default=None, help="Refuse files larger than this (default 20 MB)."
)
@click.option(
    "--only-outreach", is_flag=True, help="Print only items detected as recruiter outreach."
)
def parse_cmd(
    file: str,
    as_json: bool,
    as_jsonl: bool,
    fmt: str | None,
    max_bytes: int | None,
    only_outreach: bool,
) -> None:
    """Parse FILE (or - for stdin) and print what was found, without storing anything.

    Reads pasted text, .eml, .mbox, Outlook .msg, the LinkedIn export (ZIP or messages.csv),
    HTML job pages, PDF and DOCX job descriptions, and CSV/JSON posting feeds.
    """
    from sidedoor.cli._context import emit_json, emit_jsonl
    from sidedoor.intake.pipeline import parse_bytes, parse_path
    from sidedoor.intake.readers.base import Limits

    limits = Limits(max_bytes=max_bytes) if max_bytes else Limits()
    if file == "-":
        data = sys.stdin.buffer.read(limits.max_bytes + 1)
        result = parse_bytes(data, name="<stdin>", fmt=fmt or "text", limits=limits)
    else:
        result = parse_path(file, fmt=fmt, limits=limits)
    items = [i for i in result.items if i.is_recruiter_outreach or not only_outreach]
    for error in result.errors:
        where = f"item {error.index}" if error.index is not None else "an item"
        click.echo(f"warning: {file}: {where} skipped: {error.message}", err=True)
    dumped = [i.model_dump(mode="json") for i in items]
    if as_jsonl:
        for obj in dumped:
            emit_jsonl(obj)
    elif as_json:
        emit_json(dumped if result.many else (dumped[0] if dumped else None))
    else:
        _human(items, result)


def _human(items: list[ParsedItem], result: ParseResult) -> None:
    for item in items:
        label = "recruiter outreach" if item.is_recruiter_outreach else item.kind
        where = f" #{item.source.index}" if item.source.index is not None else ""
        click.echo(f"{item.source.format}{where}: {label} (confidence {item.confidence:.2f})")
        r = item.recruiter
        if r.name or r.email or r.company:
            kind = {True: "agency", False: "in-house", None: "agency?"}[r.agency]
            click.echo(
                f"  recruiter: {r.name or '?'} <{r.email or r.profile_url or '-'}>"
                f" {r.company or ''} ({kind})"
            )
        for p in item.positions:
            click.echo(
                f"  position: {p.title or '?'} at {p.company or '?'}; {p.workplace}"
                + (f" ({p.office_days_per_week:g} office days)" if p.office_days_per_week else "")
                + (f"; {', '.join(p.locations)}" if p.locations else "")
            )
            click.echo(f"    pay: {_pay(p.pay.model_dump())}")
            if p.benefits:
                click.echo(
                    "    benefits: "
                    + ", ".join(b.name + (f" ({b.detail})" if b.detail else "") for b in p.benefits)
                )
        if item.next_step:
            click.echo(f"  next step: {item.next_step.kind}: {item.next_step.text}")
    if not items:
        click.echo("nothing found", err=True)
    del result


def _pay(pay: dict[str, Any]) -> str:
    if not pay["disclosed"]:
        return "not disclosed"
    lo, hi = pay["min"], pay["max"]
    amount = (
        f"{lo:,.0f}"
        if lo == hi or hi is None
        else (f"up to {hi:,.0f}" if lo is None else f"{lo:,.0f}–{hi:,.0f}")
    )
    return f"{pay['currency'] or ''} {amount} per {pay['period']} ({pay['basis']})".strip()


def _open_store(ctx: click.Context) -> Store:
    from sidedoor.cli._context import app
    from sidedoor.store import Store

    store = Store.from_settings(app(ctx).settings)
    for notice in store.notices:
        click.echo(notice, err=True)
    return store


def _console() -> Console:
    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = 120  # piped or captured: wide enough for the inbox table
    return console


def store_input(
    ctx: click.Context, file: str, fmt: str | None, max_bytes: int | None,
    jobs: int | None = None,
) -> AddReport:
    """Parse FILE (or stdin) with the language hooks and store it; used by `evaluate` too.
    A batch of many items is analysed by ``jobs`` processes (default: the CPUs available)."""
    from contextlib import ExitStack

    from sidedoor.cli._context import app
    from sidedoor.intake.parallel import available_workers
    from sidedoor.intake.readers.base import Limits
    from sidedoor.opportunities.inputs import parse_input
    from sidedoor.opportunities.language import language_hooks

    limits = Limits(max_bytes=max_bytes) if max_bytes else Limits()
    hooks = language_hooks(app(ctx).settings.resolved_knowledge_dir)
    stdin = sys.stdin.buffer.read(limits.max_bytes + 1) if file == "-" else None
    source = "<stdin>" if file == "-" else file
    stack = ExitStack()
    storing: list[Ingest] = []

    def start_storing() -> None:  # while workers analyse a big batch (importing the store's
        # modules and creating it take half a second), and before they hand items back
        from sidedoor.opportunities.ingest import Ingest

        store = stack.enter_context(_open_store(ctx))
        storing.append(stack.enter_context(Ingest(store, source=source)))

    with stack:  # one transaction: an input that fails as a whole stores nothing
        parsed = parse_input(file, stdin=stdin, fmt=fmt, limits=limits, hooks=hooks,
                             workers=jobs or available_workers(), meanwhile=[start_storing],
                             ready=lambda items: storing[0].add(items))
        if not storing:
            start_storing()
        ingest = storing[0]
        ingest.add(parsed.result.items[ingest.count:], raw=parsed.raw)
        report = ingest.report(parsed.result.errors)
    report.notes.extend(hooks.notes)
    return report


@inbox.command("add")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default=None,
    help="Say what FILE is instead of guessing from its name and content.",
)
@click.option(
    "--max-bytes", type=int, default=None, help="Refuse files larger than this (default 20 MB)."
)
@click.option(
    "--jobs", type=click.IntRange(min=1), default=None,
    help="Processes that analyse a big export or feed (default: the CPUs available, up to 4;"
    " 1 analyses in this process).",
)
@click.pass_context
def add_cmd(ctx: click.Context, file: str, as_json: bool, fmt: str | None,
            max_bytes: int | None, jobs: int | None) -> None:
    """Parse FILE (or - for stdin) and store it: messages, recruiters, opportunities.

    Reads everything `inbox parse` reads. Each message is stored once (adding the same
    file again changes nothing); follow-ups, replies and postings of an opportunity you
    already have are threaded into it; messages that are not recruiter outreach are kept
    as messages without an opportunity. A bad item is reported and skipped; the rest are
    stored. Exits with status 1 only when items failed and none was stored.
    """
    from sidedoor.cli._context import emit_json
    from sidedoor.cli.compare import without_cyclic_gc

    with without_cyclic_gc():  # an export is millions of objects, freed by reference counting
        report = store_input(ctx, file, fmt, max_bytes, jobs)
        from sidedoor.opportunities.render import render_add

        if as_json:
            emit_json(report.to_json())
        else:
            render_add(report, _console())
    errors = report.count("error")
    if errors and errors == len(report.items):
        ctx.exit(1)


@inbox.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the opportunities as JSON.")
@click.option(
    "--all", "show_all", is_flag=True,
    help="Include closed opportunities (accepted, declined, rejected, withdrawn, archived).",
)
@click.pass_context
def list_cmd(ctx: click.Context, as_json: bool, show_all: bool) -> None:
    """Your opportunities, newest message first: titles, company, recruiter, stage, pay."""
    from sidedoor.cli._context import emit_json
    from sidedoor.opportunities.read import list_opportunities
    from sidedoor.opportunities.render import render_list

    with _open_store(ctx) as store:
        rows = list_opportunities(store, include_closed=show_all)
    if as_json:
        emit_json([r.model_dump(mode="json") for r in rows])
    else:
        render_list(rows, _console())


@inbox.command("show")
@click.argument("opportunity_id", metavar="ID", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the opportunity as JSON.")
@click.pass_context
def show_cmd(ctx: click.Context, opportunity_id: int, as_json: bool) -> None:
    """One opportunity: its recruiter, positions (fields and evidence) and messages in order."""
    from sidedoor.cli._context import emit_json
    from sidedoor.opportunities.read import get_opportunity
    from sidedoor.opportunities.render import render_show

    with _open_store(ctx) as store:
        detail = get_opportunity(store, opportunity_id)
    if as_json:
        emit_json(detail.model_dump(mode="json"))
    else:
        render_show(detail, _console())
