"""A big batch analysed by several processes gives exactly the serial result."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from sidedoor.intake import parallel
from sidedoor.intake.models import ItemError, ParsedItem
from sidedoor.intake.pipeline import parse_bytes
from sidedoor.opportunities.language import language_hooks

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks" / "intake"))
from bench_linkedin import build_export  # threads, replies, group chats

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="no fork on this platform")


def _probe(i: int) -> ParsedItem | ItemError:
    """An outcome that says which process made it."""
    return ItemError(index=i, error="probe", message=str(os.getpid()), hint="")


@needs_fork
def test_export_parsed_by_two_processes_is_the_serial_result(knowledge_dir: Path) -> None:
    data = build_export(1000)
    serial_hooks, parallel_hooks = language_hooks(knowledge_dir), language_hooks(knowledge_dir)
    serial = parse_bytes(data, name="export.zip", title_coder=serial_hooks.title_coder,
                         skill_extractor=serial_hooks.skill_extractor)
    assert len(serial.items) >= parallel.MIN_ITEMS
    split = parse_bytes(data, name="export.zip", title_coder=parallel_hooks.title_coder,
                        skill_extractor=parallel_hooks.skill_extractor, workers=2)
    assert split == serial
    assert any(p.occupation for item in split.items for p in item.positions)
    # the indexes were loaded here, before the fork, so the worker shared them
    assert parallel_hooks.title_coder is not None
    assert parallel_hooks.title_coder.engine is not None


@needs_fork
def test_later_ranges_are_analysed_in_other_processes() -> None:
    out = parallel.analyse_all(600, _probe, workers=2)
    assert [o.index for o in out if isinstance(o, ItemError)] == list(range(600))
    pids = [o.message for o in out if isinstance(o, ItemError)]
    assert set(pids[:300]) == {str(os.getpid())}
    assert str(os.getpid()) not in set(pids[300:])


@needs_fork
def test_a_worker_that_dies_hands_its_range_back() -> None:
    parent = os.getpid()

    def dies_in_a_worker(i: int) -> ParsedItem | ItemError:
        if os.getpid() != parent and i == 450:
            os._exit(3)
        return _probe(i)

    out = parallel.analyse_all(600, dies_in_a_worker, workers=2)
    assert [o.index for o in out if isinstance(o, ItemError)] == list(range(600))
    assert {o.message for o in out[300:] if isinstance(o, ItemError)} == {str(parent)}


def test_small_batches_and_threaded_processes_stay_in_this_process() -> None:
    me = str(os.getpid())
    small = parallel.analyse_all(parallel.MIN_ITEMS - 1, _probe, workers=4)
    assert {o.message for o in small if isinstance(o, ItemError)} == {me}
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not parallel.can_fork()  # forking a threaded process can deadlock the copy
        out = parallel.analyse_all(600, _probe, workers=2)
    finally:
        stop.set()
        other.join()
    assert {o.message for o in out if isinstance(o, ItemError)} == {me}


def test_available_workers_is_between_one_and_four() -> None:
    assert 1 <= parallel.available_workers() <= 4
