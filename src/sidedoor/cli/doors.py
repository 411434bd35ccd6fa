"""`sidedoor doors`: rank many positions for you (or many people for one position), explained."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sidedoor.cli._context import app, emit_json

if TYPE_CHECKING:
    from sidedoor.doors.models import Fit
    from sidedoor.pivot.engine import PivotEngine
    from sidedoor.settings import Settings

NO_PROFILE = ("No profile yet, so there is nothing to rank positions against. Add one with "
              "`sidedoor profile import FILE` (résumé, LinkedIn export, JSON Resume) or "
              "`sidedoor profile edit FILE`.")
NO_POSITIONS = ("No positions stored yet. Add recruiter messages or job feeds with "
                "`sidedoor inbox add FILE`, or rank a file directly: `sidedoor doors FILE`.")
SHOWN_REASONS = 3


@click.command()
@click.argument("positions_file", required=False, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the ranking as one JSON object.")
@click.option("--limit", "-n", type=click.IntRange(1, 10_000), default=20, show_default=True,
              help="How many to show.")
@click.option("--all", "show_all", is_flag=True,
              help="Show every position (and include closed opportunities from the store).")
@click.option("--hide-violations", is_flag=True,
              help="Remove positions that violate a deal-breaker instead of flagging them.")
@click.option("--for-position", "position_id", type=int, metavar="ID",
              help="Recruiter's side: rank people for this stored position (with --people).")
@click.option("--people", "people_dir", type=click.Path(path_type=Path, file_okay=False),
              metavar="DIR", help="A folder of résumés / profiles (JSON Resume, PDF, DOCX, "
              "text) to rank for --for-position; nothing is stored.")
@click.pass_context
def doors(ctx: click.Context, positions_file: Path | None, as_json: bool, limit: int,
          show_all: bool, hide_violations: bool, position_id: int | None,
          people_dir: Path | None) -> None:
    """Rank positions against your profile: the other doors open to you.

    Without POSITIONS_FILE every stored position (open opportunities) is ranked; with one,
    the positions in that file (a CSV/JSON/JSON-LD job feed, a posting, a recruiter
    message — anything `sidedoor inbox parse` reads) are ranked without storing them.

    Each position gets a label (strong / good / stretch / long shot), a 0-1 score, and the
    top reasons for and against: required-skill coverage, closeness of occupation, the
    job-zone step, pay against your floor and against the market (BLS OEWS percentiles of
    its occupation where it is), your aspirations met, location and workplace. A position that
    violates one of your deal-breakers is flagged and the deal-breaker named
    (--hide-violations removes it instead).

    The recruiter's side: `sidedoor doors --for-position ID --people DIR` ranks the people
    in DIR for one stored position, including people from other occupations whose skills
    transfer.
    """
    from sidedoor.cli import FriendlyError
    from sidedoor.errors import SidedoorError

    if (position_id is None) != (people_dir is None):
        raise click.UsageError("--for-position ID and --people DIR go together.")
    if position_id is not None and positions_file is not None:
        raise click.UsageError("--for-position ranks people for a stored position; leave "
                               "out POSITIONS_FILE.")
    settings = app(ctx).settings
    try:
        if position_id is not None and people_dir is not None:
            data = _people(settings, position_id, people_dir, None if show_all else limit)
            if as_json:
                emit_json(data)
            else:
                _print_people(data)
            return
        data = _positions(settings, positions_file, None if show_all else limit, show_all,
                          hide_violations)
    except SidedoorError as exc:
        raise FriendlyError(exc) from exc
    if as_json:
        emit_json(data)
    else:
        _print_positions(data)


def _engine(settings: Settings) -> PivotEngine | None:
    from sidedoor.knowledge.store import store_path

    knowledge = settings.resolved_knowledge_dir
    if not store_path(knowledge).is_file():
        return None
    from sidedoor.pivot import load_engine

    return load_engine(knowledge)


def _positions(settings: Settings, file: Path | None, limit: int | None, include_closed: bool,
               hide: bool) -> dict[str, Any]:
    from sidedoor.doors import rank
    from sidedoor.doors.sources import (
        build_index,
        feed_positions,
        seeker_from_profile,
        stored_positions,
    )
    from sidedoor.profile.errors import NoProfile
    from sidedoor.profile.repository import load_profile
    from sidedoor.store import Store

    with Store.from_settings(settings) as store:
        try:
            profile = load_profile(store)
        except NoProfile:
            raise click.ClickException(NO_PROFILE) from None
        pairs = stored_positions(store, include_closed=include_closed) if file is None else []
    seeker, read = seeker_from_profile(profile)
    if hide:
        seeker.deal_breakers.action = "remove"
    notes: list[str] = []
    opportunity: dict[str, int] = {}
    if file is None:
        if not pairs:
            raise click.ClickException(NO_POSITIONS)
        docs = [doc for _, doc in pairs]
        opportunity = {doc["id"]: oid for oid, doc in pairs}
        source = "store"
    else:
        from sidedoor.opportunities.language import language_hooks

        hooks = language_hooks(settings.resolved_knowledge_dir)
        docs, notes = feed_positions(file, hooks)
        notes += hooks.notes
        if not docs:
            raise click.ClickException(f"No positions found in {file}.")
        source = str(file)
    engine = _engine(settings)
    if engine is None:
        notes.append("Occupation closeness left out: run `sidedoor data install`.")
    index = build_index(docs, engine, settings.resolved_knowledge_dir)
    result = rank(seeker, index, engine=engine, limit=limit or len(docs))
    return {
        "source": source,
        "ranked_for": read,
        "ranked": result.ranked,
        "removed": result.removed,
        "flagged": result.flagged,
        "deal_breakers": [r.text for r in profile.deal_breakers],
        "notes": notes + result.notes,
        "fits": [_fit_json(fit, opportunity.get(fit.position), source) for fit in result.fits],
    }


def _fit_json(fit: Fit, opportunity_id: int | None, source: str) -> dict[str, Any]:
    data = fit.model_dump(mode="json")
    if source == "store":
        data["position_id"] = int(fit.position)
        data["opportunity_id"] = opportunity_id
    else:
        data["item"] = int(fit.position)
    return data


def _people(settings: Settings, position_id: int, folder: Path, limit: int | None
            ) -> dict[str, Any]:
    from sqlalchemy import select

    from sidedoor.doors.people import PeopleIndex, rank_people
    from sidedoor.doors.sources import person_doc, position_doc, read_people
    from sidedoor.knowledge.store import store_path
    from sidedoor.opportunities.read import get_with
    from sidedoor.store import Store
    from sidedoor.store.schema import positions

    if not folder.is_dir():
        raise click.ClickException(f"{folder} is not a folder of résumés.")
    with Store.from_settings(settings) as store, store.connect() as conn:
        oid = conn.execute(select(positions.c.opportunity_id)
                           .where(positions.c.id == position_id)).scalar_one_or_none()
        if oid is None:
            raise click.ClickException(f"No stored position {position_id}: see the ids with "
                                       "`sidedoor inbox list` and `sidedoor inbox show ID`.")
        opp = get_with(conn, int(oid))
    record = next(p for p in opp.positions if p.id == position_id)
    knowledge = settings.resolved_knowledge_dir
    installed = store_path(knowledge).is_file()
    people, notes = read_people(folder, knowledge if installed else None)
    if not people:
        raise click.ClickException(f"No résumés found in {folder} (JSON Resume .json, PDF, "
                                   "DOCX or text).")
    engine = _engine(settings)
    if engine is None:
        notes.append("Occupation closeness left out: run `sidedoor data install`.")
    docs = {name: person_doc(name, person) for name, person in people}
    features = engine.features if engine is not None else None
    found = PeopleIndex.build(docs.values(), codes=list(features.codes) if features else None,
                              job_zones=features.job_zones if features else None,
                              key=features.key if features else "")
    result = rank_people(position_doc(record, company=opp.company), found, engine=engine,
                         limit=limit)
    notes += [n for n in result.notes if engine is not None]
    rows: list[dict[str, Any]] = []
    for fit in result.fits:
        doc = docs[fit.person]
        rows.append({
            "file": fit.person, "name": doc["name"], "headline": doc["headline"],
            "current_title": doc["current_title"],
            **fit.model_dump(mode="json", exclude={"person", "name"}),
        })
    return {
        "position": {"id": record.id, "opportunity_id": opp.id, "title": record.title,
                     "company": record.company or opp.company,
                     "occupation": record.occupation_code},
        "ranked": result.ranked,
        "notes": notes,
        "people": rows,
    }


# ---------------------------------------------------------------- text output


def _print_positions(data: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False, soft_wrap=True)
    where = "stored positions" if data["source"] == "store" else data["source"]
    console.print(f"[bold]Doors: {data['ranked']} {where} ranked[/bold] for "
                  f"{escape(data['ranked_for'])}")
    if data["flagged"]:
        console.print(f"{data['flagged']} violate a deal-breaker (flagged; "
                      "--hide-violations removes them).")
    if data["removed"]:
        console.print(f"{data['removed']} removed by a deal-breaker.")
    for note in data["notes"]:
        console.print(f"[yellow]• {escape(note)}[/yellow]")
    for n, fit in enumerate(data["fits"], start=1):
        console.print()
        ident = (f"position {fit['position_id']}, opportunity {fit['opportunity_id']}"
                 if "position_id" in fit else f"item {fit['item']}")
        at = f" · {fit['company']}" if fit.get("company") else ""
        console.print(f"{n}. [bold]{fit['label']}[/bold] {fit['score']:.2f}  "
                      f"{escape(fit['title'] or '(untitled)')}{escape(at)}  [dim]{ident}[/dim]")
        _print_reasons(console, fit)


def _print_reasons(console: Any, fit: dict[str, Any]) -> None:
    from rich.markup import escape

    for name in fit.get("deal_breakers") or []:
        console.print(f"   [red]✗ violates deal-breaker: {escape(name)}[/red]")
    for text in fit["reasons_for"][:SHOWN_REASONS]:
        console.print(f"   [green]+[/green] {escape(text)}")
    for text in fit["reasons_against"]:
        if not text.startswith("deal-breaker: "):
            console.print(f"   [red]−[/red] {escape(text)}")


def _print_people(data: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False, soft_wrap=True)
    pos = data["position"]
    at = f" · {pos['company']}" if pos.get("company") else ""
    occ = f" ({pos['occupation']})" if pos.get("occupation") else ""
    console.print(f"[bold]People for position {pos['id']}: {escape(pos['title'])}"
                  f"{escape(at)}{occ}[/bold] — {data['ranked']} ranked")
    for note in data["notes"]:
        console.print(f"[yellow]• {escape(note)}[/yellow]")
    for n, row in enumerate(data["people"], start=1):
        console.print()
        who = row["name"] or row["file"]
        now = f" — {row['current_title']}" if row.get("current_title") else ""
        other = "" if row["same_occupation"] or not row["occupation"] else (
            f" [dim](from {row['occupation']})[/dim]")
        console.print(f"{n}. [bold]{row['label']}[/bold] {row['score']:.2f}  "
                      f"{escape(who)}{escape(now)}{other}  [dim]{escape(row['file'])}[/dim]")
        _print_reasons(console, row)
