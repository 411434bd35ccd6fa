"""The `sidedoor` command line: a thin layer over the engines.

Subcommands are imported only when used, so `sidedoor --help` stays fast.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from sidedoor import __version__

# name -> "module:attribute", loaded on first use. Order is the order shown in --help.
COMMANDS: dict[str, tuple[str, str]] = {
    "data": (
        "sidedoor.cli.data:data",
        "Install and inspect the knowledge store (O*NET, ESCO, OEWS).",
    ),
    "occupations": ("sidedoor.cli.occupations:occupations", "Look up and search occupations."),
    "evaluate": (
        "sidedoor.cli.evaluate:evaluate",
        "One opportunity, end to end: practice, comparison, other doors, another industry.",
    ),
    "skills": ("sidedoor.cli.skills:skills", "Find skills in job descriptions and résumés."),
    "inbox": ("sidedoor.cli.inbox:inbox", "Recruiter messages and job postings."),
    "practice": (
        "sidedoor.cli.practice:practice",
        "Interview practice: tailored questions, feedback, sessions, progress.",
    ),
    "doors": (
        "sidedoor.cli.doors:doors",
        "Rank positions against your profile (or people for a position), explained.",
    ),
    "pivot": (
        "sidedoor.cli.pivot:pivot",
        "Occupations your skills transfer to, with the bridge and the gaps.",
    ),
    "profile": (
        "sidedoor.cli.profile:profile",
        "Your profile: résumé, current job, aspirations, deal-breakers.",
    ),
    "compare": (
        "sidedoor.cli.compare:compare_cmd",
        "Compare an opportunity with your current job.",
    ),
    "opportunity": (
        "sidedoor.cli.opportunity:opportunity",
        "What-ifs and learned facts about an opportunity.",
    ),
    "tracker": (
        "sidedoor.cli.tracker:tracker",
        "Stages, events, interviews and recruiters; .ics, vCard, CSV and JSON exports.",
    ),
    "serve": ("sidedoor.cli.serve:serve", "Open the local web app (127.0.0.1 by default)."),
    "export": ("sidedoor.cli.store:export_cmd", "Export the whole user store as JSON."),
    "import": ("sidedoor.cli.store:import_cmd", "Import a store exported with `sidedoor export`."),
    "config": ("sidedoor.cli.config:config", "Show settings and where each comes from."),
    "about": ("sidedoor.cli.about:about", "Version, data versions, licences and attribution."),
}


class FriendlyError(click.ClickException):
    """A library error shown as one line: what went wrong, then what to do next."""

    exit_code = 1

    def __init__(self, exc: Exception) -> None:
        message = getattr(exc, "message", str(exc))
        hint = getattr(exc, "hint", "")
        super().__init__(f"{message} {hint}".strip())
        self.error = exc

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True, file=file)


class LazyGroup(click.Group):
    """A group whose subcommands are imported on demand."""

    def __init__(self, *args: Any, lazy: dict[str, tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self.lazy, *sorted(super().list_commands(ctx))]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            target = self.lazy[cmd_name][0]
            module_name, attr = target.split(":")
            command = getattr(importlib.import_module(module_name), attr)
            if not isinstance(command, click.Command):
                raise TypeError(f"{target} is not a click command")
            return command
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        from sidedoor.errors import SidedoorError

        try:
            return super().invoke(ctx)
        except SidedoorError as exc:
            raise FriendlyError(exc) from exc

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Short help comes from the table, so --help imports nothing.
        rows = [(name, help_text) for name, (_, help_text) in self.lazy.items()]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="sidedoor")
@click.option(
    "--home",
    type=click.Path(file_okay=False),
    default=None,
    help="The user's directory (overrides SIDEDOOR_HOME and the config file).",
)
@click.pass_context
def cli(ctx: click.Context, home: str | None) -> None:
    """sidedoor: happy at your job? Take the call anyway.

    Turns recruiter messages into practice, a comparison with your current job, the
    recruiter's other doors and routes into other industries — privately, on your machine.
    """
    from sidedoor.cli._context import AppContext

    ctx.obj = AppContext(flags={"home": home})


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(prog_name="sidedoor")
    except BrokenPipeError:
        sys.exit(0)
