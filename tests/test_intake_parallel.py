"""A big batch analysed by several processes gives exactly the serial result."""

from __future__ import annotations

import os
import sys
import threading
import time
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


def _slow_probe(i: int) -> ParsedItem | ItemError:
    """`_probe`, taking about as long as a real item, so that the work is shared."""
    time.sleep(0.002)
    return _probe(i)


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
def test_this_process_takes_chunks_from_the_start_and_a_worker_from_the_end() -> None:
    out = parallel.analyse_all(600, _slow_probe, workers=2)
    assert [o.index for o in out if isinstance(o, ItemError)] == list(range(600))
    pids = [o.message for o in out if isinstance(o, ItemError)]
    me = str(os.getpid())
    mine = pids.count(me)
    assert 0 < mine < 600  # both took part
    assert pids[:mine] == [me] * mine  # they met somewhere, each chunk done once
    assert me not in set(pids[mine:])


@needs_fork
def test_this_process_does_other_work_while_the_workers_analyse() -> None:
    ran: list[int] = []

    def meanwhile() -> None:
        ran.append(os.getpid())

    out = parallel.analyse_all(600, _slow_probe, workers=2, meanwhile=[meanwhile])
    assert ran == [os.getpid()]
    assert [o.index for o in out if isinstance(o, ItemError)] == list(range(600))
    ran.clear()
    parallel.analyse_all(600, _probe, workers=1, meanwhile=[meanwhile])
    assert ran == []  # alone, it analyses; the caller does its other work afterwards


@needs_fork
def test_a_worker_that_dies_hands_its_chunks_back() -> None:
    parent = os.getpid()

    def dies_in_a_worker(i: int) -> ParsedItem | ItemError:
        if os.getpid() != parent and i == 450:
            os._exit(3)
        return _slow_probe(i)

    out = parallel.analyse_all(600, dies_in_a_worker, workers=2)
    assert [o.index for o in out if isinstance(o, ItemError)] == list(range(600))
    assert out[450].message == str(parent)  # whoever started it, it was done here


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
