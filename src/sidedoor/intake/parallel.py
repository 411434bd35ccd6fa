"""Analysing the items of a big batch in more than one process.

Reading a batch (unzipping, decoding CSV, grouping conversations) stays in this process; the
analysis of each item is independent of the others, so a batch of many items is cut into
contiguous chunks: forked worker processes analyse chunks from the end of the batch while this
process analyses them from the start, until they meet, and the workers send their items back
as JSON, which pydantic validates several times faster than it unpickles the same models. The
result is the serial one, item for item, in the same order (a test compares them).

Forking is used only where it is safe and cheap: on a platform that has it, from a process
with no other thread running (a forked copy of a threaded process can deadlock), and after
the language hooks have loaded their indexes and the first item has been analysed here (which
imports the analysers), so the workers share all that instead of loading it again. Anywhere
else, or for a small batch, the items are analysed here, one by one. A worker that dies or
fails hands its chunks back to this process: no item is lost.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from sidedoor.collector import collector_paused
from sidedoor.intake.models import ItemError, ParsedItem

#: Below this many items a batch is analysed in one process (forking costs more than it saves).
MIN_ITEMS = 300
#: Items handed to a worker at a time (small enough that the processes end close together).
CHUNK = 25

# A job is analysed by a callable that returns the item or the error of job ``i``. The workers
# find it here: it is set before they are forked and they inherit it.
Analyse = Callable[[int], "ParsedItem | ItemError"]
_JOB: Analyse | None = None
#: A flag per chunk, set by the process that takes it (shared memory, made before the fork).
_CLAIMED: Any = None


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
    meanwhile: Sequence[Callable[[], object]] = (),
) -> list[ParsedItem | ItemError]:
    """``[analyse(0), …, analyse(count - 1)]``, computed by up to ``workers`` processes.

    ``meanwhile``: other work of this process (the caller's next step, say), done while the
    workers analyse, so that they take more of the items; not done at all when there are no
    workers (the caller does it afterwards, as it would have)."""
    workers = min(workers, max(1, count // (MIN_ITEMS // 2)))
    with collector_paused():
        if workers <= 1 or count < MIN_ITEMS or not can_fork():
            return [analyse(i) for i in range(count)]
        for load in prepare:  # load the indexes once, here, so every worker shares them
            load()
        first = analyse(0)  # likewise the analysers' modules (imported on first use) and caches
        return [first, *_shared(count, analyse, workers, meanwhile)]


def _shared(
    count: int, analyse: Analyse, workers: int, meanwhile: Sequence[Callable[[], object]]
) -> list[ParsedItem | ItemError]:
    """Items ``1..count - 1``, in chunks: the chunks are queued for the workers from the last
    one back while this process takes them from the first one on, each chunk claimed by
    whoever gets to it first, until the two meet; so the processes end together wherever
    their speeds put the meeting point (a program busy on one of the cores, the hand-back
    here), not at a fixed middle. Chunks the workers finish meanwhile are taken back between
    this process's own."""
    chunks = [(start, min(start + CHUNK, count)) for start in range(1, count, CHUNK)]
    done: dict[int, list[ParsedItem | ItemError]] = {}
    global _JOB, _CLAIMED
    context = multiprocessing.get_context("fork")
    _JOB, _CLAIMED = analyse, context.Array("b", len(chunks))
    try:
        with ProcessPoolExecutor(max_workers=workers - 1, mp_context=context) as pool:
            futures = {k: pool.submit(_work, k, *chunks[k]) for k in reversed(range(len(chunks)))}
            for task in meanwhile:
                task()
            for k, (start, end) in enumerate(chunks):
                if not _claim(k):  # the workers have got this far: the rest is theirs
                    break
                done[k] = [analyse(i) for i in range(start, end)]
                for other, future in futures.items():
                    if other not in done and future.done():
                        done[other] = _collect(future, analyse, *chunks[other])
            for k, chunk in enumerate(chunks):
                if k not in done:
                    done[k] = _collect(futures[k], analyse, *chunk)
    finally:
        _JOB = _CLAIMED = None
    return [outcome for k in range(len(chunks)) for outcome in done[k]]


def _claim(k: int) -> bool:
    """Take chunk ``k`` unless another process has (the flags are shared with the workers)."""
    assert _CLAIMED is not None
    with _CLAIMED.get_lock():
        if _CLAIMED[k]:
            return False
        _CLAIMED[k] = 1
        return True


def _work(k: int, start: int, end: int) -> list[tuple[bool, str]] | None:
    """In a worker: analyse chunk ``k`` (``start..end``) unless another process took it (then
    None), and return each outcome as (is_item, JSON)."""
    assert _JOB is not None, "worker forked without a job"
    if not _claim(k):
        return None
    outcomes = (_JOB(i) for i in range(start, end))
    return [(isinstance(o, ParsedItem), o.model_dump_json()) for o in outcomes]


def _collect(
    future: Future[list[tuple[bool, str]] | None], analyse: Analyse, start: int, end: int
) -> list[ParsedItem | ItemError]:
    try:
        done = future.result()
    except Exception:  # a worker that died or failed: analyse its chunk here instead
        done = None
    if done is None:
        return [analyse(i) for i in range(start, end)]
    return [
        ParsedItem.model_validate_json(data) if is_item else ItemError.model_validate_json(data)
        for is_item, data in done
    ]
