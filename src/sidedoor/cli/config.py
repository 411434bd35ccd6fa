"""`sidedoor config ...`: the layered settings."""

from __future__ import annotations

import click

from sidedoor.cli._context import app, emit_json


@click.group()
def config() -> None:
    """Show settings and where each comes from."""


@config.command("show")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def show(ctx: click.Context, as_json: bool) -> None:
    """Every setting: value, where it came from (default, file, env, flag), and what it does."""
    from sidedoor.settings import describe

    a = app(ctx)
    views = describe(a.settings, **a.flags)
    if as_json:
        emit_json(
            {
                "config_file": str(a.settings.config_file),
                "settings": [
                    {"name": v.name, "value": v.value, "source": v.source, "help": v.help}
                    for v in views
                ],
            }
        )
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Settings (config file: {a.settings.config_file})", show_lines=False)
    for col in ("setting", "value", "from", "help"):
        table.add_column(col, overflow="fold")
    for v in views:
        table.add_row(v.name, "" if v.value is None else str(v.value), v.source, v.help)
    Console().print(table)
    click.echo(
        "Set a value in the config file (TOML, `name = value`) or as SIDEDOOR_<NAME>."
    )


@config.command("path")
@click.pass_context
def path(ctx: click.Context) -> None:
    """Print the config file's path."""
    click.echo(str(app(ctx).settings.config_file))
