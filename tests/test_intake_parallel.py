"""A big batch analysed by several processes gives exactly the serial result."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

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
def test_every_process_takes_whole_chunks_from_the_start_each_chunk_once() -> None:
    out = parallel.analyse_all(600, _slow_probe, workers=2)
    assert [o.index for o in out if isinstance(o, ItemError)] == list(range(600))
    pids = [o.message for o in out if isinstance(o, ItemError)]
    me = str(os.getpid())
    assert pids[0] == me  # item 0 is always done here, before the fork
    assert 0 < pids[1:].count(me) < 599  # both took part
    # each chunk was analysed by one process, and both took chunks early on (in order)
    chunks = [pids[start:start + parallel.CHUNK] for start in range(1, 600, parallel.CHUNK)]
    assert all(len(set(chunk)) == 1 for chunk in chunks)
    owners = [chunk[0] for chunk in chunks]
    assert me in owners[: len(owners) // 2] and set(owners[: len(owners) // 2]) - {me}


@needs_fork
def test_items_are_handed_on_in_order_as_they_are_known() -> None:
    handed: list[list[int | None]] = []  # the indexes of each run handed on
    events: list[str] = []  # what this process did, in order
    me = os.getpid()

    def probe(i: int) -> ParsedItem | ItemError:
        if os.getpid() == me:
            events.append("analysed")
        return _slow_probe(i)

    def ready(outcomes: list[ParsedItem | ItemError]) -> None:
        events.append("handed")
        handed.append([o.index for o in outcomes if isinstance(o, ItemError)])

    out = parallel.analyse_all(600, probe, workers=2, ready=ready)
    flat = [i for indexes in handed for i in indexes]
    assert flat == list(range(600))  # every item once, in order
    assert [o.index for o in out if isinstance(o, ItemError)] == flat
    # handed on as the analysis went on, not all at once when it was over
    last = len(events) - 1 - events[::-1].index("analysed")
    assert events[:last].count("handed") > 5
    handed.clear()
    parallel.analyse_all(600, _probe, workers=1, ready=ready)
    assert handed == []  # alone, it analyses; the caller hands the items on afterwards


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


@needs_fork
def test_a_big_batch_is_read_in_another_process_while_this_one_gets_ready() -> None:
    me = os.getpid()
    ran: list[int] = []
    read = parallel.read_apart(lambda: [os.getpid(), 2, 3], [lambda: ran.append(os.getpid())])
    assert read[0] != me and read[1:] == [2, 3]  # read there, handed back
    assert ran == [me]  # got ready here meanwhile
    assert threading.active_count() == 1  # so the analysis can fork its workers after it


@needs_fork
def test_a_reader_that_fails_reads_again_here_and_raises_the_error_here() -> None:
    from sidedoor.intake.errors import MalformedInput

    calls: list[int] = []

    def broken() -> list[int]:
        calls.append(os.getpid())
        raise MalformedInput("not a zip", path="export.zip", hint="Export it again.")

    with pytest.raises(MalformedInput, match="not a zip"):
        parallel.read_apart(broken, [])
    assert calls == [os.getpid()]  # the forked reader's attempt left no trace here


@needs_fork
def test_a_big_export_read_apart_gives_the_result_of_one_process(
    knowledge_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sidedoor.intake import pipeline

    data = build_export(1500)
    assert len(data) >= pipeline.READ_APART_BYTES
    used: list[int] = []

    def read_apart(*args: Any) -> Any:
        used.append(1)
        return parallel.read_apart(*args)

    monkeypatch.setattr(pipeline, "read_apart", read_apart)
    hooks = language_hooks(knowledge_dir)
    apart = parse_bytes(data, name="export.zip", title_coder=hooks.title_coder,
                        skill_extractor=hooks.skill_extractor, workers=2)
    alone = parse_bytes(data, name="export.zip", title_coder=hooks.title_coder,
                        skill_extractor=hooks.skill_extractor, workers=1)
    assert used == [1]  # read apart with workers, not alone
    assert apart == alone
    assert len(apart.items) > 300


def test_titles_coded_at_once_are_those_coded_one_by_one(knowledge_dir: Path) -> None:
    titles = ["Senior Backend Engineer", "Registered Nurse - ICU", "Head of Land", "Kellner/in",
              "Data Analyst", "Senior Backend Engineer"]
    one_by_one = language_hooks(knowledge_dir).title_coder
    at_once = language_hooks(knowledge_dir).title_coder
    assert one_by_one is not None and at_once is not None
    at_once.prime(titles)
    assert len(at_once.cache) == len(set(titles))  # each coded once, none yet one by one
    for title in titles:
        coded = at_once(title)
        assert coded and coded == one_by_one(title)


def test_a_batch_parsed_for_the_store_judges_every_item_as_in_full() -> None:
    """``for_store``: a batch's items that are no opportunity keep what the store keeps of
    them (their messages, the verdict, the title the report names them by) and nothing more;
    opportunities are parsed in full, and a single message always is."""
    from sidedoor.intake.models import Recruiter
    from sidedoor.opportunities.rows import item_title

    data = build_export(400)
    full = parse_bytes(data, name="export.zip")
    brief = parse_bytes(data, name="export.zip", for_store=True)

    def kept(item: ParsedItem) -> tuple[Any, ...]:
        return (item.id, item.kind, item.is_recruiter_outreach, item.confidence,
                item.is_opportunity, item.thread_key, item.messages, item.source, item_title(item))

    assert [kept(i) for i in brief.items] == [kept(i) for i in full.items]
    assert [i for i in brief.items if i.is_opportunity] == [
        i for i in full.items if i.is_opportunity
    ]
    others = [i for i in brief.items if not i.is_opportunity]
    assert others and all(
        i.recruiter == Recruiter() and i.next_step is None and not i.dates for i in others
    )
    assert any(i.recruiter != Recruiter() for i in full.items if not i.is_opportunity)
    pitch = (Path(__file__).parent / "fixtures" / "intake" / "sales_pitch.txt").read_bytes()
    assert parse_bytes(pitch, name="m.txt", for_store=True) == parse_bytes(pitch, name="m.txt")
