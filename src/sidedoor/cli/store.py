"""`sidedoor export` and `sidedoor import`: the whole user store as one JSON document.

Heavy imports (SQLAlchemy, the store) happen inside the commands, so `sidedoor --help`
stays fast.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sidedoor.cli._context import app

if TYPE_CHECKING:
    from sidedoor.store import Store


def _open(ctx: click.Context) -> Store:
    from sidedoor.store import Store

    store = Store.from_settings(app(ctx).settings)
    for notice in store.notices:
        click.echo(notice, err=True)
    return store


@click.command("export")
@click.argument("file", required=False, default="-", metavar="[FILE|-]")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@click.pass_context
def export_cmd(ctx: click.Context, file: str, force: bool) -> None:
    """Write the whole store as one JSON document to FILE (default: standard output).

    Every table, every column, losslessly; `sidedoor import` reads it back. An existing
    FILE is never overwritten without --force, and is replaced only once the export is
    complete.
    """
    from sidedoor.store.transfer import export_store, write_export_file

    with _open(ctx) as store:
        if file == "-":
            with click.open_file("-", "wb") as stdout:
                out = io.TextIOWrapper(stdout, encoding="utf-8", newline="\n")
                try:
                    export_store(store, out)
                    out.flush()
                finally:
                    out.detach()
            return
        target = Path(file)
        summary = write_export_file(store, target, overwrite=force)
    click.echo(
        f"Exported {summary.total_rows} rows from {len(summary.rows)} tables to {target}.",
        err=True,
    )


@click.command("import")
@click.argument("file", metavar="FILE|-")
@click.option(
    "--replace",
    is_flag=True,
    help="Replace a store that already holds data (it is exported to <home>/backups first).",
)
@click.pass_context
def import_cmd(ctx: click.Context, file: str, replace: bool) -> None:
    """Load a store written by `sidedoor export` from FILE (or - for standard input).

    The import is all or nothing and keeps every id. A store that already holds data is
    refused unless --replace is given; then it is first backed up. An export from an older
    sidedoor is imported and then upgraded; one from a newer sidedoor is refused.
    """
    from sidedoor.errors import ImportFormatError
    from sidedoor.store.transfer import import_store, read_export

    if file == "-":
        name = "standard input"
        with click.open_file("-", "rb") as stdin:
            data = stdin.read()
    else:
        name = file
        try:
            data = Path(file).read_bytes()
        except OSError as exc:
            raise ImportFormatError(f"Cannot read {file}: {exc.strerror}.") from None
    doc = read_export(data, name=name)
    settings = app(ctx).settings
    with _open(ctx) as store:
        summary = import_store(
            store, doc, name=name, replace=replace, backup_dir=settings.home / "backups"
        )
    for notice in summary.notices:
        click.echo(notice, err=True)
    click.echo(
        f"Imported {summary.total_rows} rows into {len(summary.rows)} tables of {store.url}.",
        err=True,
    )
