"""`sidedoor occupations`: look up and search O*NET occupations, with OEWS pay."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from sidedoor.cli._context import app, emit_json

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from sidedoor.knowledge.models import OccupationReport, Rating, SearchHit, Wages

NOT_RELEASED = "not released by BLS"
PERCENTILES = (("pct10", "10%"), ("pct25", "25%"), ("median", "median"), ("pct75", "75%"),
               ("pct90", "90%"), ("mean", "mean"))
SHOWN_TECHNOLOGIES = 24


@click.group()
def occupations() -> None:
    """Look up and search occupations."""


@occupations.command()
@click.argument("code", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def show(ctx: click.Context, code: tuple[str, ...], as_json: bool) -> None:
    """Everything about one occupation: CODE is an O*NET-SOC code, e.g. 15-1252 or 15-1252.00.

    Shows the description, job zone, education, top skills and knowledge, hot
    technologies, main tasks and national pay from BLS OEWS.
    """
    from sidedoor.knowledge.store import open_from_settings

    with open_from_settings(app(ctx).settings) as knowledge:
        report = knowledge.occupation(" ".join(code))
    if as_json:
        emit_json(report.model_dump(mode="json"))
    else:
        console = _console()
        for part in _report(report):
            console.print(part)


@occupations.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--limit", "-n", type=click.IntRange(1, 200), default=10, show_default=True,
              help="How many occupations to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@click.pass_context
def search(ctx: click.Context, text: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Find occupations by job title (official, alternate and reported titles; typos OK)."""
    from sidedoor.knowledge.store import open_from_settings

    with open_from_settings(app(ctx).settings) as knowledge:
        hits = knowledge.search(" ".join(text), limit=limit)
    if as_json:
        emit_json([hit.model_dump(mode="json") for hit in hits])
        return
    console = _console()
    if not hits:
        console.print("No occupation matches that title. Try fewer or different words.")
        return
    console.print(_hits(hits))


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def _hits(hits: list[SearchHit]) -> RenderableType:
    from rich.table import Table

    table = Table(box=None, pad_edge=False, show_header=True, header_style="bold")
    table.add_column("code", no_wrap=True)
    table.add_column("occupation")
    table.add_column("matched title", style="dim")
    for hit in hits:
        matched = "" if hit.matched_title == hit.title else f"{hit.matched_title} ({hit.kind})"
        table.add_row(hit.code, hit.title, matched)
    return table


def _report(report: OccupationReport) -> list[RenderableType]:
    from rich.text import Text

    parts: list[RenderableType] = [
        Text.assemble((f"{report.code}  ", "bold cyan"), (report.title, "bold")),
        Text(report.description),
    ]
    if report.job_zone is not None:
        zone = report.job_zone
        parts.append(_section(f"Job zone {zone.zone}: {zone.name.split(': ', 1)[-1]}",
                              Text(zone.education or "", style="dim")))
    if report.education:
        shares = " · ".join(f"{e.label} {e.percent:.0f}%" for e in report.education)
        parts.append(_section("Typical education (share of workers who say it is required)",
                              Text(shares)))
    parts.append(_section("Pay", _pay(report.wages)))
    if report.skills:
        parts.append(_section("Top skills (importance 1-5, level 0-7)", _ratings(report.skills)))
    if report.knowledge:
        parts.append(_section("Top knowledge (importance 1-5, level 0-7)",
                              _ratings(report.knowledge)))
    if report.hot_technologies:
        parts.append(_section("Hot technologies (★ = in demand in job postings)",
                              _technologies(report)))
    if report.tasks:
        tasks = "\n".join(
            f"• {t.task}" + (" (supplemental)" if t.task_type == "Supplemental" else "")
            for t in report.tasks)
        parts.append(_section(f"Main tasks ({len(report.tasks)} of {report.tasks_total})",
                              Text(tasks)))
    if report.notes:
        parts.append(_section("Notes", Text("\n".join(f"• {n}" for n in report.notes))))
    if report.credits:
        parts.append(Text("\n" + "\n".join(report.credits), style="dim"))
    return parts


def _section(title: str, body: RenderableType) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    return Group(Text(""), Text(title, style="bold underline"), body)


def _money(value: float | None, hourly: bool) -> str:
    if value is None:
        return NOT_RELEASED
    return f"${value:,.2f}" if hourly else f"${value:,.0f}"


def _pay(wages: Wages | None) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    if wages is None:
        return Text("BLS OEWS publishes no wage figures for this occupation (see notes).")
    employed = f"{wages.tot_emp:,} employed" if wages.tot_emp is not None else (
        f"employment {NOT_RELEASED}")
    heading = Text(f"{wages.area_title}, SOC {wages.occ_code} {wages.occ_title} · {employed}",
                   style="dim")
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("")
    for _, label in PERCENTILES:
        table.add_column(label, justify="right")
    for name, figures, hourly in (("annual", wages.annual, False),
                                  ("hourly", wages.hourly, True)):
        values = [getattr(figures, field) for field, _ in PERCENTILES]
        if all(v is None for v in values):
            table.add_row(name, NOT_RELEASED, *([""] * (len(values) - 1)))
        else:
            table.add_row(name, *(_money(v, hourly) for v in values))
    notes = Text("\n".join(f"• {n}" for n in wages.notes), style="yellow")
    source = Text(f"Source: {wages.source}", style="dim")
    return Group(heading, table, notes, source) if wages.notes else Group(heading, table,
                                                                           source)


def _ratings(ratings: list[Rating]) -> RenderableType:
    from rich.table import Table

    table = Table(box=None, pad_edge=False, show_header=False)
    table.add_column("name")
    table.add_column("importance", justify="right")
    table.add_column("level", justify="right")
    for rating in ratings:
        table.add_row(
            rating.name,
            "" if rating.importance is None else f"{rating.importance:.2f}",
            "" if rating.level is None else f"{rating.level:.2f}",
        )
    return table


def _technologies(report: OccupationReport) -> RenderableType:
    from rich.text import Text

    shown = report.hot_technologies[:SHOWN_TECHNOLOGIES]
    names = ", ".join(t.example + (" ★" if t.in_demand else "") for t in shown)
    more = len(report.hot_technologies) - len(shown)
    return Text(names + (f", and {more} more (see --json)" if more > 0 else ""))


def _register_code() -> None:
    from sidedoor.cli.occupations_code import code

    occupations.add_command(code)


_register_code()
