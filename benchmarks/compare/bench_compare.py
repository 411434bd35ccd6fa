"""How fast `sidedoor compare` answers once data is installed (target: under 1 s).

    python benchmarks/compare/bench_compare.py [--knowledge DIR] [--runs 10]

Builds a throw-away home: the knowledge store (``--knowledge`` to reuse an installed one,
else installed from ../shared/data), the sample person's profile and the example recruiter
message stored as opportunity 1; warms the derived caches once (places, title index), then
times, each as the median of ``--runs`` fresh processes:

- ``python -c pass`` (the interpreter alone: the baseline of every ratio),
- ``sidedoor inbox list`` (a peer command that opens the same store),
- ``sidedoor compare 1`` (a stored opportunity) and ``compare FILE`` (parsed on the fly),

and the in-process time of ``compare_target`` after imports (what a web request would pay).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "recruiter-message.eml"
RESUME = ROOT / "tests" / "fixtures" / "profile" / "resume.pdf"
# Registers this feature's commands when the CLI table does not have them yet.
RUNNER = ("import sys; from sidedoor import cli; "
          "cli.COMMANDS.setdefault('profile', ('sidedoor.cli.profile:profile', '')); "
          "cli.COMMANDS.setdefault('compare', ('sidedoor.cli.compare:compare_cmd', '')); "
          "cli.COMMANDS.setdefault('opportunity', ('sidedoor.cli.opportunity:opportunity', ''));"
          " sys.argv[0] = 'sidedoor'; cli.main()")


def sidedoor(*args: str) -> list[str]:
    return [sys.executable, "-c", RUNNER, *args]


def timed(cmd: list[str], runs: int, env: dict[str, str]) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--knowledge", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="sd-bench-compare-"))
    env = dict(os.environ, SIDEDOOR_HOME=str(home))
    if args.knowledge:
        env["SIDEDOOR_KNOWLEDGE_DIR"] = str(args.knowledge)
    else:
        subprocess.run(sidedoor("data", "install", "--from", str(ROOT.parent / "shared" /
                                                                   "data")), check=True, env=env)
    setup = [("profile", "import", str(RESUME)), ("inbox", "add", str(EXAMPLE)),
             ("profile", "current", "base_pay=150000", "currency=USD", "location=78701",
              "pto_days=15", "workplace=onsite")]
    for step in setup:
        subprocess.run(sidedoor(*step), check=True, capture_output=True, env=env)
    (home / "me.yaml").write_text("postal_code: '78704'\n", encoding="utf-8")
    subprocess.run(sidedoor("profile", "edit", str(home / "me.yaml")), check=True, env=env,
                   capture_output=True)
    warm = time.perf_counter()
    subprocess.run(sidedoor("compare", str(EXAMPLE)), check=True, capture_output=True, env=env)
    print(f"first compare (builds the places cache if missing): {time.perf_counter() - warm:.2f} s")

    cases = {
        "python -c pass (baseline)": [sys.executable, "-c", "pass"],
        "sidedoor inbox list": sidedoor("inbox", "list"),
        "sidedoor compare 1": sidedoor("compare", "1"),
        "sidedoor compare 1 --json": sidedoor("compare", "1", "--json"),
        "sidedoor compare FILE": sidedoor("compare", str(EXAMPLE)),
    }
    results = {name: timed(cmd, args.runs, env) for name, cmd in cases.items()}
    base = statistics.median(results["python -c pass (baseline)"])
    print(f"{'case':30} {'median s':>9} {'max s':>7} {'x python':>9}")
    for name, times in results.items():
        med = statistics.median(times)
        print(f"{name:30} {med:9.3f} {max(times):7.3f} {med / base:9.1f}")

    code = ("import os, time, statistics; from sidedoor.settings import load_settings; "
            "from sidedoor.compare.service import compare_target; s = load_settings(); "
            "compare_target(s, '1'); ts = []\n"
            "for _ in range(20):\n t = time.perf_counter(); compare_target(s, '1'); "
            "ts.append(time.perf_counter() - t)\n"
            "print(f'in-process compare_target(1), after imports: median "
            "{statistics.median(ts) * 1000:.0f} ms')")
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


if __name__ == "__main__":
    main()
