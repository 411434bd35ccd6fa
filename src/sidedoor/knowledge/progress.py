"""How long-running knowledge work reports progress without printing.

Engines call a :class:`Progress`; the CLI passes one that draws a progress bar on stderr,
everything else gets :class:`NoProgress`.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Receives progress from an install or a download. Every method must be cheap."""

    def start(self, label: str, total: int | None = None) -> None:
        """A new step begins (a table being loaded, a file being downloaded)."""

    def advance(self, amount: int) -> None:
        """Some units (rows, bytes) of the current step are done."""

    def finish(self) -> None:
        """The current step is done."""


class NoProgress:
    """A Progress that ignores everything."""

    def start(self, label: str, total: int | None = None) -> None:
        return None

    def advance(self, amount: int) -> None:
        return None

    def finish(self) -> None:
        return None
