"""The plugin manager: sidedoor's default plugins plus any installed through entry points.

    pm = plugin_manager()
    backend = practice_backend(settings, pm)        # an LLM backend if configured, else default

No module-level manager: build one where it is needed (it costs a few milliseconds).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import pluggy

from sidedoor import hookspecs

if TYPE_CHECKING:
    from sidedoor.practice.backends import PracticeBackend

#: sidedoor's own plugins, registered through the same hooks as anyone else's.
DEFAULT_PLUGINS = ("sidedoor.practice.backends", "sidedoor.practice.openai_compat")
ENTRY_POINT_GROUP = "sidedoor"


def plugin_manager(*, entry_points: bool = True,
                   extra: tuple[object, ...] = ()) -> pluggy.PluginManager:
    """A plugin manager with the default plugins, installed plugins and ``extra`` objects."""
    pm = pluggy.PluginManager("sidedoor")
    pm.add_hookspecs(hookspecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    if entry_points:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    for plugin in extra:
        pm.register(plugin)
    return pm


def practice_backends(settings: Any, pm: pluggy.PluginManager | None = None
                      ) -> dict[str, PracticeBackend]:
    """Every registered practice backend by id, in registration order."""
    pm = pm or plugin_manager()
    found: dict[str, PracticeBackend] = {}

    def register(backend: PracticeBackend) -> None:
        found.setdefault(backend.id, backend)

    pm.hook.register_practice_backends(register=register, settings=settings)
    return found


def practice_backend(settings: Any, pm: pluggy.PluginManager | None = None, *,
                     name: str | None = None) -> PracticeBackend:
    """The backend to use: ``name`` if given, else a configured (non-default) one, else the
    deterministic default."""
    from sidedoor.practice.backends import DEFAULT_ID
    from sidedoor.practice.errors import PracticeError

    backends = practice_backends(settings, pm)
    if name is not None:
        if name not in backends:
            raise PracticeError(f"No practice backend {name!r}.",
                                hint=f"Registered: {', '.join(backends)}.")
        return backends[name]
    chosen = next((b for i, b in backends.items() if i != DEFAULT_ID), None)
    return chosen or backends[DEFAULT_ID]
