"""What every command gets: the flags given at the top level and lazily loaded settings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from sidedoor.settings import Settings


@dataclass
class AppContext:
    flags: dict[str, Any] = field(default_factory=dict)
    _settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from sidedoor.settings import load_settings

            self._settings = load_settings(**self.flags)
        return self._settings


def app(ctx: click.Context) -> AppContext:
    """The AppContext of this invocation (a default one when a command is run directly)."""
    root = ctx.find_root()
    if not isinstance(root.obj, AppContext):
        root.obj = AppContext()
    return root.obj


def emit_json(data: Any) -> None:
    """Print one JSON document (pretty) to stdout."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def emit_jsonl(data: Any) -> None:
    """Print one JSON object on one line and flush, for streaming batch output."""
    click.echo(json.dumps(data, ensure_ascii=False, default=str))
