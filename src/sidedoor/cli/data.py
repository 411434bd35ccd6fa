"""`sidedoor data`: install and inspect the knowledge store (O*NET, ESCO, BLS OEWS)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from sidedoor.cli._context import app, emit_json

if TYPE_CHECKING:
    from rich.console import Console

    from sidedoor.knowledge.models import InstallReport, KnowledgeStatus, SourceInfo
    from sidedoor.knowledge.progress import Progress
    from sidedoor.settings import Settings

# the row count `data install` and `data status` show per source
HEADLINE = {"onet": ("occupations", "occupations"), "esco": ("esco_skills", "skills"),
            "oews": ("oews_wages", "wage rows")}


@click.group()
def data() -> None:
    """Install and inspect the knowledge store (O*NET, ESCO, OEWS)."""


@data.command()
@click.option("--from", "source", type=click.Path(path_type=Path), default=None,
              help="A folder laid out like ../shared/data, or O*NET's db_29_3_text.zip (or "
              "its extracted folder). Without it, O*NET is downloaded from onet_url.")
@click.option("--esco", type=click.Path(path_type=Path), default=None,
              help="ESCO's CSV package (zip or folder), from the ESCO portal.")
@click.option("--force", is_flag=True, help="Rebuild even if these sources are installed.")
@click.option("--quiet", "-q", is_flag=True, help="No progress display.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def install(
    ctx: click.Context, source: Path | None, esco: Path | None, force: bool, quiet: bool,
    as_json: bool,
) -> None:
    """Build the local knowledge store from O*NET, ESCO and BLS OEWS.

    The new store is built next to the old one and replaces it only once complete and
    checked: a failure or Ctrl-C leaves the installed store as it was.
    """
    from sidedoor.knowledge.install import install as run_install

    settings = app(ctx).settings
    target = settings.resolved_knowledge_dir
    try:
        with _progress(quiet or as_json) as progress:
            origins: dict[str, str] = {}
            if source is None:
                source, esco = _download(settings, esco, force, progress, origins)
            report = run_install(source, target, esco=esco, force=force, progress=progress,
                                 origins=origins)
    except KeyboardInterrupt:
        raise click.ClickException(
            "Interrupted; the previously installed knowledge store (if any) is untouched."
        ) from None
    from sidedoor.intake.pipeline import prepare

    prepare()  # the message analysers' patterns and cities, cached for the first import
    if as_json:
        emit_json(report.model_dump(mode="json"))
    else:
        _print_install(_console(), report)


@data.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """What is installed: where, which release, and each source's size and origin."""
    from sidedoor.knowledge.store import open_from_settings

    with open_from_settings(app(ctx).settings) as knowledge:
        result = knowledge.status()
    if as_json:
        emit_json(result.model_dump(mode="json"))
    else:
        _print_status(_console(), result)


def _download(
    settings: Settings, esco: Path | None, force: bool, progress: Progress,
    origins: dict[str, str],
) -> tuple[Path, Path | None]:
    from sidedoor.knowledge.download import download

    cache = settings.resolved_knowledge_dir / "downloads"
    onet = download(settings.onet_url, cache, timeout=settings.download_timeout,
                    progress=progress, force=force)
    origins["onet"] = settings.onet_url
    if esco is None and settings.esco_url:
        esco = download(settings.esco_url, cache, timeout=settings.download_timeout,
                        progress=progress, force=force).path
        origins["esco"] = settings.esco_url
    return onet.path, esco


class _RichProgress:
    """Progress shown with rich: one line per step, rows or bytes counted."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.task: Any = None

    def start(self, label: str, total: int | None = None) -> None:
        self.finish()
        self.task = self.bar.add_task(label, total=total)

    def advance(self, amount: int) -> None:
        if self.task is not None:
            self.bar.advance(self.task, amount)

    def finish(self) -> None:
        if self.task is not None:
            done = next(t.completed for t in self.bar.tasks if t.id == self.task)
            self.bar.update(self.task, total=max(done, 1), completed=max(done, 1))
            self.task = None


@contextmanager
def _progress(quiet: bool) -> Iterator[Progress]:
    from rich.console import Console

    from sidedoor.knowledge.progress import NoProgress

    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield NoProgress()
        return
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (SpinnerColumn(), TextColumn("{task.description:<28}"), BarColumn(),
               TextColumn("{task.completed:>12,.0f}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        reporter = _RichProgress(bar)
        try:
            yield reporter
        finally:
            reporter.finish()


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def _headline(source: SourceInfo) -> str:
    key, label = HEADLINE.get(source.name, ("", "rows"))
    rows = source.row_counts.get(key)
    return f"{rows:,} {label}" if rows is not None else ""


def _print_install(console: Console, report: InstallReport) -> None:
    if not report.installed:
        console.print(f"Already installed: release [bold]{report.release_key}[/] at "
                      f"{report.path} (checked in {report.elapsed_s:.1f} s).")
    else:
        console.print(f"Installed the knowledge store in [bold]{report.elapsed_s:.1f} s[/]: "
                      f"{report.path}")
        console.print(f"Release: [bold]{report.release_key}[/]")
        for source in report.sources:
            console.print(f"  {source.title:<58} {_headline(source):>20}  from {source.origin}")
    for note in report.notes:
        console.print(f"[yellow]note:[/] {note}")


def _print_status(console: Console, result: KnowledgeStatus) -> None:
    console.print(f"Knowledge store: {result.path} ({result.size_bytes / 1e6:,.1f} MB)")
    console.print(f"Release: [bold]{result.release_key}[/], installed {result.installed_at} "
                  f"by sidedoor {result.sidedoor_version} (schema {result.schema_version})")
    for source in result.sources:
        console.print(f"\n[bold]{source.title}[/] — version {source.version}: "
                      f"{_headline(source)}")
        console.print(f"  from {source.origin}")
        counts = " · ".join(f"{table} {rows:,}" for table, rows in source.row_counts.items())
        console.print(f"  tables: {counts}")
        console.print(f"  licence: {source.licence}")
    if result.source("esco") is None:
        from sidedoor.knowledge.esco import HOW_TO_ADD

        console.print(f"\n[yellow]note:[/] {HOW_TO_ADD}")
