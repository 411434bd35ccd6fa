"""Time `inbox add` of a generated LinkedIn export (default 5,000 messages) into a fresh store.

    python benchmarks/inbox/bench_add.py [--messages 5000] [--knowledge DIR] [--workers N]
                                         [--diverse]

Prints parse and store times separately (wall and CPU; CPU is this process's only, the
workers' is not counted). Parsing is for the store, as `inbox add` parses (`for_store`); it is
timed twice in the same run: in one process (the baseline) and with N processes as `sidedoor
inbox add` does (default: the CPUs available, up to 4), with the ratio and a check that both
give the same items. Then the time of adding the same
export again (everything already known: nothing is written), and checks that the second add
left the store unchanged. With --knowledge, intake codes titles and extracts skills with the
installed knowledge store (the indexes are loaded once, before timing). With --diverse, each
conversation opens with a different labelled message (see `bench_linkedin.build_export`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "intake"))


def _timed(label: str, fn):  # type: ignore[no-untyped-def]
    start, cpu = time.perf_counter(), time.process_time()
    value = fn()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<28} {wall:6.2f} s wall {cpu:6.2f} s CPU")
    return value, wall


def main() -> int:
    from bench_linkedin import build_export

    from sidedoor.intake import parse_bytes
    from sidedoor.intake.parallel import available_workers
    from sidedoor.opportunities.ingest import add_parse_result
    from sidedoor.opportunities.language import LanguageHooks, language_hooks
    from sidedoor.store import open_store
    from sidedoor.store.transfer import export_store

    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--knowledge", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=available_workers())
    parser.add_argument("--diverse", action="store_true",
                        help="a different labelled message opens each conversation")
    args = parser.parse_args()
    data = build_export(args.messages, diverse=args.diverse)
    hooks = language_hooks(args.knowledge) if args.knowledge else LanguageHooks()
    parse_bytes(build_export(50), name="warm-up.zip", title_coder=hooks.title_coder,
                skill_extractor=hooks.skill_extractor)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.sqlite3")
        serial, serial_s = _timed("parse, 1 process (baseline)", lambda: parse_bytes(
            data, name="export.zip", title_coder=hooks.title_coder,
            skill_extractor=hooks.skill_extractor, for_store=True))
        result, parse_s = _timed(f"parse, {args.workers} processes", lambda: parse_bytes(
            data, name="export.zip", title_coder=hooks.title_coder,
            skill_extractor=hooks.skill_extractor, workers=args.workers, for_store=True))
        same = result == serial
        print(f"  parallel / serial wall: {parse_s / serial_s:.2f}; same items: {same}")
        report, store_s = _timed("store (first add)",
                                 lambda: add_parse_result(store, result, source="export.zip"))
        print(f"  {len(result.items)} items: {report.counts}")
        import io

        before = io.StringIO()
        export_store(store, before)
        again, _ = _timed("store (same export again)",
                          lambda: add_parse_result(store, result, source="export.zip"))
        after = io.StringIO()
        export_store(store, after)
        unchanged = [x for x in before.getvalue().splitlines() if "exported_at" not in x] == [
            x for x in after.getvalue().splitlines() if "exported_at" not in x]
        print(f"  again: {again.counts}; store unchanged: {unchanged}")
        total = parse_s + store_s
        print(f"{args.messages} messages added in {total:.2f} s "
              f"({args.messages / total:.0f} messages/s); target < 10 s")
        store.close()
    return 0 if unchanged and same and total < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
