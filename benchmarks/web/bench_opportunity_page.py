"""Load the opportunity page of `sidedoor serve` from a second process (issue 8's target).

    python benchmarks/web/bench_opportunity_page.py [--knowledge DIR] [--opportunities 1000]
                                                    [--clients 20] [--seconds 20]

Builds a throwaway home with the knowledge store at DIR (default: the one your settings point
at; install it with `sidedoor data install` first), adds a generated LinkedIn export until it
holds at least N opportunities (recruiter threads in many shapes), sets the example profile,
then starts `sidedoor serve` on a free loopback port in its own process. This process is the
load: C client threads, each with its own keep-alive connection, asking for
``/opportunities/{id}`` of opportunities picked at random.

The server builds every missing evaluate report in the background when it starts (`serve
--warm`, the default; one worker process); the benchmark waits for that and prints how long it
took (reports per second) — that is what a user with 1,000 opportunities waits once, after
which each report is rebuilt only when its opportunity, the profile or the data change.

Then three phases, all against the same server:

1. baseline: ``/api/health`` (what the framework and the network stack cost, nothing else);
2. first views: every opportunity once, C at a time (reports built, pages not yet rendered);
3. steady state: C clients for S seconds over random opportunities.

Prints p50 / p95 / p99 and requests/s per phase and the ratio of each p95 to the baseline's;
the target is p95 < 150 ms in phase 3 (phase 2 is reported beside it).
Exit status 0 when the steady-state p95 meets the target.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks" / "intake"))

TARGET_P95_MS = 150.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def seed(home: Path, knowledge: Path, want: int) -> list[int]:
    """Add generated recruiter threads to a new store until it holds ``want`` opportunities."""
    from bench_linkedin import build_export

    from sidedoor.intake import parse_bytes
    from sidedoor.opportunities.ingest import add_parse_result
    from sidedoor.opportunities.language import language_hooks
    from sidedoor.opportunities.read import list_opportunities
    from sidedoor.store import open_store

    hooks = language_hooks(knowledge)
    store = open_store(f"sqlite:///{home / 'sidedoor.sqlite3'}")
    try:
        messages, seed_no = want * 3, 1
        ids: list[int] = []
        while len(ids) < want and seed_no < 6:
            result = parse_bytes(build_export(messages, seed=seed_no), name=f"export-{seed_no}.zip",
                                 title_coder=hooks.title_coder,
                                 skill_extractor=hooks.skill_extractor)
            add_parse_result(store, result, source=f"export-{seed_no}.zip")
            ids = [o.id for o in list_opportunities(store, include_closed=True)]
            seed_no += 1
    finally:
        store.close()
    return ids[:want] if len(ids) >= want else ids


def existing(home: Path, want: int) -> list[int]:
    from sidedoor.opportunities.read import list_opportunities
    from sidedoor.store import open_store

    store = open_store(f"sqlite:///{home / 'sidedoor.sqlite3'}")
    try:
        return [o.id for o in list_opportunities(store, include_closed=True)][:want]
    finally:
        store.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


class Load:
    def __init__(self, port: int, clients: int) -> None:
        self.port, self.clients = port, clients

    def run(self, paths: Callable[[int], str | None], *, seconds: float | None = None
            ) -> tuple[list[float], int, float]:
        """C threads fetch ``paths(i)`` until it returns None (or the time is up)."""
        latencies: list[float] = []
        errors = 0
        lock = threading.Lock()
        counter = iter(range(10**9))
        deadline = time.perf_counter() + seconds if seconds else None

        def worker() -> None:
            nonlocal errors
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            while True:
                if deadline and time.perf_counter() >= deadline:
                    break
                with lock:
                    path = paths(next(counter))
                if path is None:
                    break
                start = time.perf_counter()
                try:
                    conn.request("GET", path, headers={"Host": f"127.0.0.1:{self.port}"})
                    response = conn.getresponse()
                    response.read()
                    ok = response.status == 200
                except (OSError, http.client.HTTPException):
                    ok = False
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                elapsed = (time.perf_counter() - start) * 1000
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        errors += 1
            conn.close()

        threads = [threading.Thread(target=worker) for _ in range(self.clients)]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return latencies, errors, time.perf_counter() - began


def wait_ready(port: int, server: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/health")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer /api/health in time")


def wait_warm(port: int, server: subprocess.Popen[bytes], timeout: float = 3600) -> float:
    """Wait for the server's background report build to finish; the seconds it took."""
    began = time.perf_counter()
    deadline = time.monotonic() + timeout
    last = -1
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/api/health")
        warm = json.loads(conn.getresponse().read()).get("warm", {})
        conn.close()
        if not warm.get("running") and warm.get("done", 0) >= warm.get("total", 0):
            return time.perf_counter() - began
        if warm.get("done", 0) // 100 != last:
            last = warm.get("done", 0) // 100
            print(f"  building reports: {warm.get('done', 0)}/{warm.get('total', 0)}",
                  file=sys.stderr)
        time.sleep(1.0)
    raise SystemExit("the reports were not built in time")


def row(label: str, lat: list[float], errors: int, wall: float, base_p95: float | None) -> float:
    p95 = percentile(lat, 95)
    ratio = f"{p95 / base_p95:6.1f}x" if base_p95 else "     -"
    print(f"{label:<26} {len(lat):>6} {errors:>4} {percentile(lat, 50):8.1f} {p95:8.1f} "
          f"{percentile(lat, 99):8.1f} {len(lat) / wall:8.0f}   {ratio}")
    return p95


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--knowledge", type=Path, default=None)
    parser.add_argument("--opportunities", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--keep", action="store_true", help="keep the seeded home")
    parser.add_argument("--home", type=Path, default=None,
                        help="reuse a home seeded (and kept) by an earlier run")
    args = parser.parse_args()

    knowledge = args.knowledge
    if knowledge is None:
        from sidedoor.settings import load_settings

        knowledge = load_settings().knowledge_dir
    tmp = Path(tempfile.mkdtemp(prefix="sidedoor-web-bench-"))
    home = args.home or tmp / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "SIDEDOOR_HOME": str(home), "SIDEDOOR_KNOWLEDGE_DIR": str(knowledge)}
    os.environ.update(env)
    server: subprocess.Popen[bytes] | None = None
    try:
        started = time.perf_counter()
        if args.home is None:
            subprocess.run([sys.executable, "-m", "sidedoor", "profile", "edit",
                            str(ROOT / "examples" / "profile.yaml")], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            ids = seed(home, knowledge, args.opportunities)
            print(f"seeded {len(ids)} opportunities in {time.perf_counter() - started:.1f} s")
        else:
            ids = existing(home, args.opportunities)
            print(f"reusing {home}: {len(ids)} opportunities")
        if len(ids) < args.opportunities:
            print("fewer opportunities than asked for; the generator ran dry", file=sys.stderr)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "sidedoor", "serve", "--host", "127.0.0.1", "--port",
             str(port), "--no-open"], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        wait_ready(port, server)
        warm_s = wait_warm(port, server)
        print(f"built {len(ids)} reports at start-up in {warm_s:.0f} s "
              f"({len(ids) / warm_s:.1f} reports/s, one worker process)")
        load = Load(port, args.clients)
        print(f"{'phase':<26} {'n':>6} {'err':>4} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
              f"{'req/s':>8}   p95/baseline")
        lat, err, wall = load.run(lambda i: "/api/health" if i < 2000 else None)
        base = row("baseline /api/health", lat, err, wall, None)
        lat, err, wall = load.run(lambda i: f"/opportunities/{ids[i]}" if i < len(ids) else None)
        first = row("first view of each", lat, err, wall, base)
        rng = random.Random(3)
        lat, err, wall = load.run(lambda i: f"/opportunities/{rng.choice(ids)}",
                                  seconds=args.seconds)
        steady = row(f"steady state ({args.seconds:.0f} s)", lat, err, wall, base)
        verdict = "meets" if steady < TARGET_P95_MS else "misses"
        print(f"steady-state p95 {steady:.1f} ms {verdict} the {TARGET_P95_MS:.0f} ms target "
              f"({args.clients} clients, {len(ids)} opportunities; first views p95 "
              f"{first:.1f} ms)")
        return 0 if steady < TARGET_P95_MS and err == 0 else 1
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        if args.keep and args.home is None:
            print(f"home kept at {home} (run again with --home {home})")
        else:  # a home given with --home lives outside tmp and stays
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
