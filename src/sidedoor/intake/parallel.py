"""Analysing the items of a big batch in more than one process.

Reading a batch (unzipping, decoding CSV, grouping conversations) stays in this process; the
analysis of each item is independent of the others, so a batch of many items is cut into
contiguous ranges: forked worker processes analyse the later ranges while this process
analyses the first, and send their items back as JSON, which pydantic validates several times
faster than it unpickles the same models. The result is the serial one, item for item, in the
same order (a test compares them).

Forking is used only where it is safe and cheap: on a platform that has it, from a process
with no other thread running (a forked copy of a threaded process can deadlock), and after
the language hooks have loaded their indexes and the first item has been analysed here (which
imports the analysers), so the workers share all that instead of loading it again. Anywhere
else, or for a small batch, the items are analysed here, one by one. A worker that dies or
fails hands its range back to this process: no item is lost.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from sidedoor.intake.models import ItemError, ParsedItem

#: Below this many items a batch is analysed in one process (forking costs more than it saves).
MIN_ITEMS = 300

# A job is analysed by a callable that returns the item or the error of job ``i``. The workers
# find it here: it is set before they are forked and they inherit it.
Analyse = Callable[[int], "ParsedItem | ItemError"]
_JOB: Analyse | None = None


def available_workers() -> int:
    """The CPUs this process may use (at most 4: the analysis is cheap, the hand-back is not)."""
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        count = os.cpu_count() or 1
    return max(1, min(count, 4))


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def analyse_all(
    count: int,
    analyse: Analyse,
    *,
    workers: int,
    prepare: Sequence[Callable[[], object]] = (),
) -> list[ParsedItem | ItemError]:
    """``[analyse(0), …, analyse(count - 1)]``, computed by up to ``workers`` processes."""
    workers = min(workers, max(1, count // (MIN_ITEMS // 2)))
    if workers <= 1 or count < MIN_ITEMS or not can_fork():
        return [analyse(i) for i in range(count)]
    for load in prepare:  # load the indexes once, here, so every worker shares them
        load()
    first = analyse(0)  # likewise the analysers' modules (imported on first use) and caches
    bounds = [count * k // workers for k in range(workers + 1)]
    global _JOB
    _JOB = analyse
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers - 1, mp_context=context) as pool:
            futures = [
                pool.submit(_work, bounds[k], bounds[k + 1]) for k in range(1, workers)
            ]
            out = [first, *(analyse(i) for i in range(1, bounds[1]))]
            for k, future in enumerate(futures, start=1):
                out.extend(_collect(future, analyse, bounds[k], bounds[k + 1]))
    finally:
        _JOB = None
    return out


def _work(start: int, end: int) -> list[tuple[bool, str]]:
    """In a worker: analyse ``start..end`` and return each outcome as (is_item, JSON)."""
    assert _JOB is not None, "worker forked without a job"
    outcomes = (_JOB(i) for i in range(start, end))
    return [(isinstance(o, ParsedItem), o.model_dump_json()) for o in outcomes]


def _collect(
    future: Future[list[tuple[bool, str]]], analyse: Analyse, start: int, end: int
) -> list[ParsedItem | ItemError]:
    try:
        done = future.result()
    except Exception:  # a worker that died or failed: analyse its range here instead
        return [analyse(i) for i in range(start, end)]
    return [
        ParsedItem.model_validate_json(data) if is_item else ItemError.model_validate_json(data)
        for is_item, data in done
    ]
