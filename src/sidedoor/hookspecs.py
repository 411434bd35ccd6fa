"""The hooks sidedoor's plugins implement (pluggy, in the manner of llm and datasette).

A plugin is a module or object with functions marked ``@hookimpl``; it is registered by
:func:`sidedoor.plugins.plugin_manager`, either as one of sidedoor's own default plugins or
through the ``sidedoor`` entry-point group of an installed package::

    # pyproject.toml of a plugin
    [project.entry-points.sidedoor]
    my_backend = "my_package.plugin"

The deterministic default is registered through these same hooks, so the defaults and any
plugin are interchangeable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from sidedoor.practice.backends import PracticeBackend

hookspec = pluggy.HookspecMarker("sidedoor")
hookimpl = pluggy.HookimplMarker("sidedoor")


@hookspec
def register_practice_backends(register: Callable[[PracticeBackend], None],
                               settings: Any) -> None:
    """Register practice backends by calling ``register(backend)`` for each.

    A backend (:class:`sidedoor.practice.backends.PracticeBackend`) has an ``id`` (shown in
    reports and saved with each session, e.g. ``"deterministic"`` or ``"openai:llama3.1"``),
    ``needs`` (the settings it reads, for `sidedoor config show` and the docs), and two
    methods: ``rephrase(questions, context)`` returns one new wording per question (same
    order, same meaning) and ``enrich_feedback(question, answer, feedback)`` returns extra
    coaching notes. Scores always come from the deterministic engine.

    ``settings`` is the loaded :class:`sidedoor.settings.Settings`. A backend whose settings
    are missing (no base URL, no model) must not register: then the deterministic default is
    used and nothing touches the network.
    """
