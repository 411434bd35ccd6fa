"""Start-up time of the CLI against a bare Python interpreter, measured in the same run.

    python benchmarks/bench_startup.py [--runs 20]

Target (issue 2): `sidedoor --help` answers in under 0.5 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def _time(cmd: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    baseline = _time([sys.executable, "-c", "pass"], args.runs)
    cases = {
        "sidedoor --help": [sys.executable, "-m", "sidedoor", "--help"],
        "sidedoor --version": [sys.executable, "-m", "sidedoor", "--version"],
        "sidedoor occupations --help": [sys.executable, "-m", "sidedoor", "occupations", "--help"],
    }
    base = statistics.median(baseline)
    print(f"{'case':32} {'median s':>9} {'p95 s':>7} {'x python':>9}")
    print(f"{'python -c pass (baseline)':32} {base:9.3f} {sorted(baseline)[-1]:7.3f} {1.0:9.1f}")
    for name, cmd in cases.items():
        t = _time(cmd, args.runs)
        med = statistics.median(t)
        p95 = sorted(t)[int(0.95 * (len(t) - 1))]
        flag = "ok" if med < 0.5 else "SLOW"
        print(f"{name:32} {med:9.3f} {p95:7.3f} {med / base:9.1f}  {flag}")


if __name__ == "__main__":
    main()
