"""The CLI reference (docs/cli.md), generated from the commands themselves.

Regenerate with `python -m sidedoor.cli.reference > docs/cli.md`; a test fails when the file
drifts from the code.
"""

from __future__ import annotations

import click


def _walk(cmd: click.Command, path: list[str], ctx: click.Context) -> list[str]:
    lines = [f"{'#' * min(len(path) + 1, 4)} `{' '.join(path)}`", ""]
    is_root = len(path) == 1
    sub_ctx = ctx if is_root else click.Context(cmd, info_name=path[-1], parent=ctx)
    with sub_ctx as sub:
        help_text = cmd.get_help(sub)
        lines += ["```text", help_text.rstrip(), "```", ""]
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(sub):
                child = cmd.get_command(sub, name)
                if child is not None and not child.hidden:
                    lines += _walk(child, [*path, name], sub)
    return lines


def render() -> str:
    from sidedoor.cli import cli

    header = [
        "# CLI reference",
        "",
        "Generated from the code by `python -m sidedoor.cli.reference > docs/cli.md`;",
        "a test checks that this file matches the commands.",
        "",
    ]
    # make_context applies the group's context settings (-h, --help; width), which every
    # subcommand's context inherits, so the text is the same whatever ran before.
    root = cli.make_context("sidedoor", [], resilient_parsing=True, terminal_width=100)
    with root:
        return "\n".join(header + _walk(cli, ["sidedoor"], root)) + "\n"


if __name__ == "__main__":
    click.echo(render(), nl=False)
