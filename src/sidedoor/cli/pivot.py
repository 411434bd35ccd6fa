"""`sidedoor pivot`: the occupations your skills transfer to, with the bridge and the gaps."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from sidedoor.cli._context import app, emit_json, emit_jsonl

if TYPE_CHECKING:
    from sidedoor.pivot.engine import PivotEngine
    from sidedoor.pivot.models import PersonFeatures, PivotReport, Route
    from sidedoor.settings import Settings

SHOWN_BRIDGE = 6
SHOWN_GAPS = 6
NO_PROFILE = ("No profile yet, so there is nothing to start from. Add one with "
              "`sidedoor profile import FILE` (résumé, LinkedIn export, JSON Resume) or "
              "`sidedoor profile edit FILE`, or pass a résumé: --profile FILE.")
NEED_SOURCE = ("Give a starting point: --profile (your stored profile), --profile FILE (a "
               "résumé) or --occupation CODE (find codes with `sidedoor occupations search "
               "TITLE`).")


@click.command()
@click.option("--profile", "-p", "profile", metavar="[P]", is_flag=False, flag_value="me",
              default=None,
              help="Start from a person: alone (or `me`) your stored profile; a path reads that "
              "résumé (JSON Resume, PDF, DOCX, text) without storing it.")
@click.option("--occupation", "-o", "code", metavar="CODE",
              help="Start from this occupation's O*NET profile, e.g. 15-1254.00 or 15-1254.")
@click.option("--limit", "-n", type=click.IntRange(1, 100), default=10, show_default=True,
              help="How many routes to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the routes as one JSON object.")
@click.option("--jsonl", "as_jsonl", is_flag=True,
              help="Batch: one occupation code per stdin line, one JSON object out per line.")
@click.pass_context
def pivot(ctx: click.Context, profile: str | None, code: str | None, limit: int,
          as_json: bool, as_jsonl: bool) -> None:
    """Occupations your skills transfer to, including other fields.

    Ranks every O*NET occupation by how much carries over from the source — technologies,
    tools, work activities, skills and knowledge, task statements and titles — and says for
    each route what bridges the move, what is missing (specific technologies, skills,
    education, the job-zone step), the pay difference (BLS OEWS national median) and the
    kind of move. Large job-zone jumps are ranked lower, and the route says so.

    Start from your stored profile (--profile: its skills, technologies, job titles and
    current occupation), from a résumé file (--profile FILE, read and not stored; its titles
    are coded to occupations), or from an occupation (--occupation CODE). Give one of them.

    With --jsonl, every stdin line is a code and gives one output line, in order: the
    --json object, or {"input", "error", "hint"} for a code that is not an occupation.
    """
    if as_json and as_jsonl:
        raise click.UsageError("Use either --json or --jsonl, not both.")
    if profile is not None and code:
        raise click.UsageError("Use either --profile or --occupation, not both.")
    if as_jsonl and (code or profile is not None):
        raise click.UsageError("--jsonl reads codes from stdin; leave out --occupation and "
                               "--profile.")
    if not as_jsonl and not code and profile is None:
        raise click.UsageError(NEED_SOURCE)
    from sidedoor.cli import FriendlyError
    from sidedoor.errors import SidedoorError

    settings = app(ctx).settings
    try:
        person, notes = _person(settings, profile) if profile is not None else (None, [])
        engine = _engine(ctx)
        if as_jsonl:
            _batch(engine, sys.stdin, limit)
            return
        if person is not None:
            from sidedoor.pivot.profile import anchor

            notes += anchor(engine, person)
            report = engine.routes_from_features(person, limit)
            report.notes = notes + report.notes
        else:
            report = engine.routes(code or "", limit)
    except SidedoorError as exc:
        raise FriendlyError(exc) from exc
    if as_json:
        emit_json(report_json(report))
    else:
        _print_report(report)


def report_json(report: PivotReport) -> dict[str, Any]:
    """The stable JSON shape (docs/pivot.md)."""
    return report.model_dump(mode="json")


def _person(settings: Settings, value: str) -> tuple[PersonFeatures, list[str]]:
    """The person to start from: the stored profile (``me``) or a résumé file."""
    from sidedoor.pivot.profile import (
        features_from_imported,
        features_from_profile,
        read_resume,
    )

    if value.strip().lower() in ("", "me"):
        from sidedoor.profile.errors import NoProfile
        from sidedoor.profile.repository import load_profile
        from sidedoor.store import Store

        with Store.from_settings(settings) as store:
            try:
                stored = load_profile(store)
            except NoProfile:
                raise click.ClickException(NO_PROFILE) from None
        return features_from_profile(stored), []
    path = Path(value).expanduser()
    if not path.is_file():
        raise click.ClickException(f"No résumé file at {value}. Pass a JSON Resume, PDF, "
                                   "DOCX or text file, or --profile alone for your stored "
                                   "profile.")
    person, notes = read_resume(path, settings.resolved_knowledge_dir)
    return features_from_imported(person, label=f"résumé {path.name}"), notes


def _engine(ctx: click.Context) -> PivotEngine:
    from sidedoor.pivot.engine import load_engine

    return load_engine(app(ctx).settings.resolved_knowledge_dir)


def _batch(engine: PivotEngine, file: TextIO, limit: int) -> None:
    from sidedoor.errors import SidedoorError

    for number, line in enumerate(file, start=1):
        raw = line.strip()
        if not raw:
            emit_jsonl({"input": raw, "error": f"line {number}: empty line, expected an "
                                               "occupation code", "hint": ""})
            continue
        try:
            report = engine.routes(raw, limit)
        except SidedoorError as exc:
            emit_jsonl({"input": raw, "error": f"line {number}: {exc.message}",
                        "hint": exc.hint.strip()})
            continue
        emit_jsonl(report_json(report))
        if number % 64 == 0:
            sys.stdout.flush()


def _money(value: float | None) -> str:
    if value is None:
        return "pay difference not available"
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    return f"pay {sign}${abs(value):,.0f}/yr"


def _print_report(report: PivotReport) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    source = report.source
    zone = f" · job zone {source.job_zone}" if source.job_zone else ""
    code = f"{source.code} " if source.code else ""
    console.print(f"[bold]Routes from {code}{escape(source.title)}[/bold]{zone}")
    for note in report.notes:
        console.print(f"[yellow]• {note}[/yellow]")
    if not report.routes:
        console.print("No routes found.")
    for rank, route in enumerate(report.routes, start=1):
        console.print()
        _print_route(console, rank, route)
    console.print()
    console.print("[dim]Pay: BLS OEWS May 2025 national medians. Job-zone jumps of 2 or more "
                  "are ranked lower.[/dim]")
    for credit in report.credits[:1]:
        console.print(f"[dim]{credit}[/dim]")


def _print_route(console: Any, rank: int, route: Route) -> None:
    from rich.markup import escape

    console.print(f"[bold]{rank:>2}. {route.code}  {escape(route.title)}[/bold]  "
                  f"score {route.score:.2f} · {route.move} · {_money(route.wage_delta)}")
    bridge = "; ".join(escape(b.name) for b in route.bridge[:SHOWN_BRIDGE])
    if bridge:
        console.print(f"    [green]bridge[/green] {bridge}")
    gaps = "; ".join(escape(g.name) + (f" (+{g.level_gap:.1f})" if g.level_gap else "")
                     for g in route.gaps[:SHOWN_GAPS])
    if gaps:
        console.print(f"    [red]gaps[/red]   {gaps}")
    notes = " ".join(n for n in (route.job_zone.note, route.pay.note) if n)
    if notes:
        console.print(f"    [dim]{escape(notes)}[/dim]")
