"""Building evaluate reports in a worker process, so the app's own process stays responsive.

A report runs four CPU-bound engines for seconds in a big store; in the app's process that
work would hold the GIL and slow every page view behind it. The worker process opens the
store and the knowledge data once (its initializer) and returns each report as JSON.

    with ReportBuilder(settings) as builder:
        text = builder.build(7)
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sidedoor.settings import Settings

#: What the worker process holds (set by `_start` in the worker only, never in the app).
_WORKER: dict[str, Any] = {}


def _start(settings_data: dict[str, Any]) -> None:
    from sidedoor.errors import DataNotInstalled
    from sidedoor.knowledge.store import open_from_settings
    from sidedoor.opportunities.language import LazyTitleCoder
    from sidedoor.settings import Settings
    from sidedoor.store import Store

    settings = Settings.model_validate(settings_data)
    _WORKER["settings"] = settings
    _WORKER["store"] = Store.from_settings(settings)
    try:
        _WORKER["knowledge"] = open_from_settings(settings)
        _WORKER["note"] = None
        _WORKER["coder"] = LazyTitleCoder(settings.resolved_knowledge_dir, [])
    except DataNotInstalled as exc:
        _WORKER.update(knowledge=None, coder=None, note=f"{exc.message} {exc.hint}".strip())


def _build(opportunity_id: int) -> str:
    from sidedoor.evaluate.build import build_report

    report = build_report(_WORKER["store"], opportunity_id, knowledge=_WORKER["knowledge"],
                          knowledge_note=_WORKER["note"], title_coder=_WORKER["coder"],
                          settings=_WORKER["settings"])
    return report.model_dump_json()


class ReportBuilder:
    """One worker process building reports one at a time (started on first use)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pool: ProcessPoolExecutor | None = None

    def build(self, opportunity_id: int) -> str:
        """The report as JSON (the worker re-raises the engines' errors here)."""
        try:
            return self._pool().submit(_build, opportunity_id).result()
        except BrokenProcessPool:  # the worker died (killed, out of memory): start another
            self.pool = None
            return self._pool().submit(_build, opportunity_id).result()

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start, initargs=(self.settings.model_dump(),))
        return self.pool

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> ReportBuilder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
