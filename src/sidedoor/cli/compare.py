"""`sidedoor compare OPPORTUNITY_ID|FILE`: the opportunity against your current job."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from sidedoor.cli._context import app, emit_json

CHART_SUFFIXES = (".svg", ".png")


@contextmanager
def without_cyclic_gc() -> Iterator[None]:
    """Run a one-shot command with the cyclic garbage collector paused.

    A comparison imports the store, the settings and the report models and builds one report:
    it allocates a lot and frees little, so the collector's passes reclaim next to nothing yet
    cost about a fifth of the command's time (benchmarks/compare/README.md). Reference
    counting still frees everything as usual. Afterwards what survived (mostly imported
    modules) is frozen, so resuming the collector does not start with one full pass over it.
    """
    from sidedoor.collector import collector_paused

    with collector_paused(freeze=True):
        yield


@click.command("compare")
@click.argument("target")
@click.option("--position", type=int, default=None,
              help="Which position of a multi-role opportunity or file (1 = first).")
@click.option("--json", "as_json", is_flag=True, help="The whole comparison as JSON.")
@click.option("--markdown", "as_markdown", is_flag=True, help="A Markdown report.")
@click.option("--html", "as_html", is_flag=True, help="A standalone HTML page with the chart.")
@click.option("--chart", "chart_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, metavar="FILE",
              help="Also draw the pay chart to FILE.svg, or FILE.png (needs the charts extra).")
@click.pass_context
def compare_cmd(ctx: click.Context, target: str, position: int | None, as_json: bool,
                as_markdown: bool, as_html: bool, chart_path: Path | None) -> None:
    """Compare an opportunity (an id from `sidedoor inbox list`, or a posting or message
    file parsed on the fly) with your current job: total pay, market position, commute,
    flexibility, what the posting doesn't say, and a verdict with its reasons."""
    if sum((as_json, as_markdown, as_html)) > 1:
        raise click.UsageError("Choose one of --json, --markdown, --html.")
    if chart_path is not None and chart_path.suffix.lower() not in CHART_SUFFIXES:
        raise click.BadParameter("the chart is drawn as FILE.svg or FILE.png.",
                                 param_hint="--chart")
    with without_cyclic_gc():
        _compare(ctx, target, position, as_json, as_html, chart_path)


def _compare(ctx: click.Context, target: str, position: int | None, as_json: bool,
             as_html: bool, chart_path: Path | None) -> None:
    from sidedoor.compare.service import compare_target

    report = compare_target(app(ctx).settings, target, position=position)
    if chart_path is not None:
        from sidedoor.compare.chart import write_pay_chart

        if not write_pay_chart(report, chart_path):
            click.echo("warning: nothing to chart (no pay and no market band).", err=True)
    if as_json:
        emit_json(report.model_dump(mode="json"))
        return
    from sidedoor.compare.render import to_html, to_markdown

    click.echo(to_html(report) if as_html else to_markdown(report), nl=False)
