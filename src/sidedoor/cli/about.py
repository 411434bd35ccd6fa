"""`sidedoor about`: version, installed data, licences and attributions."""

from __future__ import annotations

from typing import Any

import click

from sidedoor.cli._context import app, emit_json


def _installed_versions(ctx: click.Context) -> dict[str, Any] | None:
    from sidedoor.errors import DataNotInstalled
    from sidedoor.knowledge.store import open_from_settings

    try:
        with open_from_settings(app(ctx).settings) as knowledge:
            status = knowledge.status()
    except DataNotInstalled:
        return None
    return {s.name: s.version for s in status.sources}


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def about(ctx: click.Context, as_json: bool) -> None:
    """Version, data versions, licences and the data publishers' attributions."""
    from sidedoor import __version__
    from sidedoor.licences import DATA_LICENCES, SOFTWARE_LICENCE

    installed = _installed_versions(ctx)
    if as_json:
        emit_json(
            {
                "sidedoor": __version__,
                "licence": SOFTWARE_LICENCE,
                "data_installed": installed is not None,
                "data": [
                    {
                        "name": d.name,
                        "title": d.title,
                        "version": d.version,
                        "installed_version": (installed or {}).get(d.name),
                        "licence": d.licence,
                        "attribution": d.attribution,
                        "url": d.url,
                    }
                    for d in DATA_LICENCES
                ],
            }
        )
        return
    click.echo(f"sidedoor {__version__} ({SOFTWARE_LICENCE}) — local-first, no telemetry.")
    if installed is None:
        click.echo("Data: not installed (run `sidedoor data install`).")
    for d in DATA_LICENCES:
        version = "" if installed is None else f" — installed: {installed.get(d.name, 'no')}"
        click.echo(f"\n{d.title} {d.version} ({d.licence}){version}\n  {d.url}")
        click.echo(click.wrap_text(d.attribution, initial_indent="  ", subsequent_indent="  "))
