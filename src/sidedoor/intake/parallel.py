"""Analysing the items of a big batch in more than one process.

Reading a batch (unzipping, decoding CSV, grouping conversations) is done first
(`read_apart` does it in another process while this one gets ready). The analysis of each
item is independent of the others, so a batch of many items is cut into contiguous chunks,
which forked worker processes and this process take in order, each chunk claimed by whoever
gets to it first; the workers send their items back as JSON, which pydantic validates
several times faster than it unpickles the same models. The result is the serial one, item
for item, in the same order (a test compares them).

Every process takes the chunks from the start, so the items become known roughly in order:
the caller's ``ready`` callable (storing them, say) gets each run of items from the first on
as soon as it is known, between this process's own chunks, and when the last chunk is done
only the last few items are left to hand on. The processes end together: a process slowed
down (by a program busy on one of the cores, by the work of ``ready`` here) simply claims
fewer chunks.

Forking is used only where it is safe and cheap: on a platform that has it, from a process
with no other thread running (a forked copy of a threaded process can deadlock), and after
the caller's ``prepare`` (importing the analysers) and the first item analysed here, so the
workers share all that instead of doing it again. What the workers can do without (coding
titles and skills with the language indexes, which take a second to load) is the caller's
``finish``, done here on each run of outcomes as it comes back (a run's titles are coded in
one vectorised product), so that loading the indexes does not hold the workers back.
Anywhere else, or for a small batch, the items are analysed here, one by one.
A worker that dies or fails hands its chunks back to this process: no item is lost.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar, cast

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
#: What `read_apart`'s process reads (set before it is forked, which inherits it).
_READ: Callable[[], list[Any]] | None = None


def available_workers() -> int:
    """The CPUs this process may use (at most 4: the analysis is cheap, the hand-back is not)."""
    try:
        count = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        count = os.cpu_count() or 1
    return max(1, min(count, 4))


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


Outcomes = list[ParsedItem | ItemError]
T = TypeVar("T")


def analyse_all(
    count: int,
    analyse: Analyse,
    *,
    workers: int,
    prepare: Sequence[Callable[[], object]] = (),
    meanwhile: Sequence[Callable[[], object]] = (),
    ready: Callable[[Outcomes], object] | None = None,
    finish: Callable[[Outcomes], Outcomes] | None = None,
) -> Outcomes:
    """``finish([analyse(0), …, analyse(count - 1)])``, ``analyse`` done by up to ``workers``
    processes and ``finish`` here (what needs what only this process has loaded), on each run
    of outcomes as it is known (``finish`` gives back its run's outcomes, in order: a run at a
    time, so that it can do at once what it does for each, coding their titles, say).

    ``prepare``: done here before the workers are forked (what they share: the analysers'
    modules); ``meanwhile``: other work of this process (loading what ``finish`` needs, the
    caller's next step), done while the workers analyse, so that they take more of the items;
    ``ready``: called after it with the outcomes in order, each exactly once, as soon as each
    run of them from the first on is known. Neither ``meanwhile`` nor ``ready`` is used when
    there are no workers (the caller does that work afterwards, as it would have)."""
    done = finish or _same
    workers = min(workers, max(1, count // (MIN_ITEMS // 2)))
    with collector_paused():
        if workers <= 1 or count < MIN_ITEMS or not can_fork():
            return done([analyse(i) for i in range(count)])
        for load in prepare:  # done once, here, so every worker shares it
            load()
        first = analyse(0)  # likewise the analysers' caches and what they import on first use
        return _shared(count, analyse, workers, first, meanwhile, ready, done)


def _same(outcomes: Outcomes) -> Outcomes:
    return outcomes


def _shared(
    count: int,
    analyse: Analyse,
    workers: int,
    first: ParsedItem | ItemError,
    meanwhile: Sequence[Callable[[], object]],
    ready: Callable[[Outcomes], object] | None,
    finish: Callable[[Outcomes], Outcomes],
) -> Outcomes:
    """All the items, ``first`` (item 0) and the others in chunks: the chunks are queued for
    the workers, and this process claims the next chunk not yet taken whenever it is free,
    until none is left. Between its own chunks it takes back the chunks the workers have
    finished, in order, finishes each run of them from the first on and hands it to
    ``ready``."""
    chunks = [(start, min(start + CHUNK, count)) for start in range(1, count, CHUNK)]
    done: dict[int, Outcomes] = {}
    handed = 0  # chunks finished and given to ``ready`` (from the first on)
    global _JOB, _CLAIMED
    context = multiprocessing.get_context("fork")
    _JOB, _CLAIMED = analyse, context.Array("b", len(chunks))

    def hand_on(*, wait: bool) -> None:
        """Take back the workers' finished chunks and hand on the run known from ``handed``
        (``wait``: until the last chunk, waiting for the workers)."""
        nonlocal handed
        while handed < len(chunks):
            k = handed
            if k not in done:
                if not wait and not futures[k].done():
                    return
                done[k] = _collect(futures[k], analyse, *chunks[k])
            done[k] = finish(done[k])
            if ready is not None:
                ready(done[k])
            handed += 1

    pool = ProcessPoolExecutor(max_workers=workers - 1, mp_context=context)
    try:
        futures = {k: pool.submit(_work, k, *chunks[k]) for k in range(len(chunks))}
        for task in meanwhile:
            task()
        first = finish([first])[0]
        if ready is not None:
            ready([first])
        for k in range(len(chunks)):
            if not _claim(k):  # a worker has it
                continue
            done[k] = [analyse(i) for i in range(*chunks[k])]
            hand_on(wait=False)
        hand_on(wait=True)
    finally:  # after a failure here (in ``ready``, say), the chunks not started are dropped
        pool.shutdown(wait=True, cancel_futures=True)
        _JOB = _CLAIMED = None
    return [first, *(outcome for k in range(len(chunks)) for outcome in done[k])]


def read_apart(read: Callable[[], list[T]], meanwhile: Sequence[Callable[[], object]]) -> list[T]:
    """``read()``, done by a forked process while this one runs the ``meanwhile`` callables
    (importing the analysers, say), so that reading a big batch and getting ready to analyse it
    take the time of the longer one, not of both. The caller checks `can_fork` first. If the
    reader fails (an input that cannot be read), ``read()`` is done again here, so that its
    error is raised here as it would have been."""
    global _READ
    _READ = read
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")
                                 ) as pool:
            future = pool.submit(_read_job)
            for task in meanwhile:
                task()
            try:
                return cast(list[T], future.result())
            except Exception:  # read again below, where its error is raised
                pass
    finally:
        _READ = None
    return read()


def _read_job() -> list[Any]:
    assert _READ is not None, "reader forked without a job"
    return _READ()


def _claim(k: int) -> bool:
    """Take chunk ``k`` unless another process has (the flags are shared with the workers)."""
    assert _CLAIMED is not None
    with _CLAIMED.get_lock():
        if _CLAIMED[k]:
            return False
        _CLAIMED[k] = 1
        return True


# An outcome as a worker sends it back: (is an item, its JSON, where each of its positions'
# skills are read from: private to the model, so not in its JSON, and needed by ``finish``).
Packed = tuple[bool, str, "list[tuple[int, int] | str | None] | None"]


def _work(k: int, start: int, end: int) -> list[Packed] | None:
    """In a worker: analyse chunk ``k`` (``start..end``) unless another process took it (then
    None), and return each outcome packed."""
    assert _JOB is not None, "worker forked without a job"
    if not _claim(k):
        return None
    return [_pack(_JOB(i)) for i in range(start, end)]


def _pack(outcome: ParsedItem | ItemError) -> Packed:
    if isinstance(outcome, ItemError):
        return False, outcome.model_dump_json(), None
    return True, outcome.model_dump_json(), [p._skills_from for p in outcome.positions]


def _unpack(packed: Packed) -> ParsedItem | ItemError:
    is_item, data, sources = packed
    if not is_item:
        return ItemError.model_validate_json(data)
    item = ParsedItem.model_validate_json(data)
    for position, source in zip(item.positions, sources or [], strict=True):
        position._skills_from = source
    return item


def _collect(
    future: Future[list[Packed] | None], analyse: Analyse, start: int, end: int
) -> list[ParsedItem | ItemError]:
    try:
        done = future.result()
    except Exception:  # a worker that died or failed: analyse its chunk here instead
        done = None
    if done is None:
        return [analyse(i) for i in range(start, end)]
    return [_unpack(packed) for packed in done]
