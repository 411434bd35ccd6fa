"""`sidedoor evaluate FILE|ID`: intake, then a report with a section per reason to take the call.

Heavy imports happen inside the command, so `sidedoor --help` stays fast.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sidedoor.cli.inbox import FORMAT_CHOICES

if TYPE_CHECKING:
    from sidedoor.opportunities.models import AddReport, ItemOutcome

_ID = re.compile(r"#?(\d+)")


@click.command("evaluate")
@click.argument("target", metavar="FILE|ID")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--markdown", "as_markdown", is_flag=True, help="Print the report as Markdown.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default=None,
    help="For FILE: say what it is instead of guessing from its name and content.",
)
@click.pass_context
def evaluate(ctx: click.Context, target: str, as_json: bool, as_markdown: bool,
             fmt: str | None) -> None:
    """Evaluate a recruiter message or posting (FILE, or - for stdin) or a stored opportunity.

    A FILE is first stored like `sidedoor inbox add FILE` (deduplicated and threaded). The
    report has one section per reason to take the call, in this order: practice, the
    pleasant-surprise comparison, other doors, another industry: a preview of the tailored
    practice questions, the comparison with the market (where the job is) and your current
    job, the recruiter's roles ranked against your profile, and routes into other
    occupations. A section whose engine lacks something (data, a profile) says how to add it.
    """
    from sidedoor.cli._context import app
    from sidedoor.cli.inbox import _console, _open_store
    from sidedoor.errors import DataNotInstalled
    from sidedoor.evaluate.build import build_report
    from sidedoor.evaluate.errors import UnknownTarget
    from sidedoor.evaluate.render import render_json, render_markdown, render_terminal
    from sidedoor.opportunities.language import LazyTitleCoder

    if as_json and as_markdown:
        raise click.UsageError("Use either --json or --markdown.")
    settings = app(ctx).settings
    outcome: ItemOutcome | None = None
    found = _ID.fullmatch(target.strip())
    if target == "-" or Path(target).exists():
        from sidedoor.cli.inbox import store_input

        outcome = _pick(store_input(ctx, target, fmt, None), target)
        assert outcome.opportunity_id is not None
        opportunity_id = outcome.opportunity_id
    elif found:
        opportunity_id = int(found.group(1))
    else:
        raise UnknownTarget(f"{target}: no such file, and not an opportunity id.")
    knowledge = None
    note = None
    try:
        from sidedoor.knowledge.store import open_from_settings

        knowledge = open_from_settings(settings)
    except DataNotInstalled as exc:
        note = f"{exc.message} {exc.hint}"
    try:
        coder = LazyTitleCoder(settings.resolved_knowledge_dir, []) if knowledge else None
        with _open_store(ctx) as store:
            report = build_report(store, opportunity_id, knowledge=knowledge,
                                  knowledge_note=note, title_coder=coder, intake=outcome,
                                  settings=settings)
    finally:
        if knowledge is not None:
            knowledge.close()
    if as_json:
        click.echo(render_json(report))
    elif as_markdown:
        click.echo(render_markdown(report), nl=False)
    else:
        render_terminal(report, _console())


def _pick(report: AddReport, target: str) -> ItemOutcome:
    """The opportunity of the input to evaluate: the first one; the others are named."""
    from sidedoor.evaluate.errors import NothingToEvaluate

    with_opp = [i for i in report.items if i.opportunity_id is not None]
    if not with_opp:
        errors = [i for i in report.items if i.outcome == "error"]
        detail = f" ({errors[0].error})" if errors else ""
        raise NothingToEvaluate(
            f"{target}: no recruiter outreach or job posting found{detail}; "
            f"{sum(i.messages_added for i in report.items)} message(s) stored."
        )
    ids = list(dict.fromkeys(i.opportunity_id for i in with_opp))
    if len(ids) > 1:
        others = ", ".join(str(i) for i in ids[1:])
        click.echo(f"{target} holds {len(ids)} opportunities; evaluating #{ids[0]}. "
                   f"Run `sidedoor evaluate ID` for the others ({others}).", err=True)
    return with_opp[0]
