"""Pivot: the occupations a person's skills, technologies, knowledge and tasks transfer to.

    from sidedoor.pivot import load_engine
    engine = load_engine(knowledge_dir)
    report = engine.routes("15-1254.00", limit=10)

See docs/pivot.md for the method and the ``--json`` shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sidedoor.pivot.engine import PivotEngine

__all__ = ["load_engine"]


def load_engine(knowledge_dir: object) -> PivotEngine:
    """The pivot engine over the installed store (features cached on disk per release)."""
    from pathlib import Path

    from sidedoor.pivot.engine import load_engine as _load

    return _load(Path(str(knowledge_dir)))
