"""`sidedoor compare OPPORTUNITY_ID|FILE`: the opportunity against your current job."""

from __future__ import annotations

from pathlib import Path

import click

from sidedoor.cli._context import app, emit_json


@click.command("compare")
@click.argument("target")
@click.option("--position", type=int, default=None,
              help="Which position of a multi-role opportunity or file (1 = first).")
@click.option("--json", "as_json", is_flag=True, help="The whole comparison as JSON.")
@click.option("--markdown", "as_markdown", is_flag=True, help="A Markdown report.")
@click.option("--html", "as_html", is_flag=True, help="A standalone HTML page with the chart.")
@click.option("--svg", "svg_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Also write the pay chart (SVG) to this file.")
@click.pass_context
def compare_cmd(ctx: click.Context, target: str, position: int | None, as_json: bool,
                as_markdown: bool, as_html: bool, svg_path: Path | None) -> None:
    """Compare an opportunity (an id from `sidedoor inbox list`, or a posting or message
    file parsed on the fly) with your current job: total pay, market position, commute,
    flexibility, what the posting doesn't say, and a verdict with its reasons."""
    from sidedoor.compare.service import compare_target

    if sum((as_json, as_markdown, as_html)) > 1:
        raise click.UsageError("Choose one of --json, --markdown, --html.")
    report = compare_target(app(ctx).settings, target, position=position)
    if svg_path is not None:
        from sidedoor.compare.chart import pay_chart_svg

        svg = pay_chart_svg(report)
        if svg is None:
            click.echo("warning: nothing to chart (no pay and no market band).", err=True)
        else:
            svg_path.write_text(svg, encoding="utf-8")
    if as_json:
        emit_json(report.model_dump(mode="json"))
        return
    from sidedoor.compare.render import to_html, to_markdown

    click.echo(to_html(report) if as_html else to_markdown(report), nl=False)
