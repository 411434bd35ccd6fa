"""Doors benchmark: index and rank a generated corpus; ratios against a naive Python loop.

    python benchmarks/doors/run.py --knowledge DIR [--positions 100000]

Targets: ranking 100,000 positions for one seeker < 300 ms after indexing; indexing at
>= 2,000 positions/s; memory < 2 GB. The naive baseline computes the same fit in a Python
loop over the position dicts (sets, dict look-ups); it runs on the same corpus, and the top
results of both are compared (they should agree).
"""

from __future__ import annotations

import argparse
import math
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate, load_sources

from sidedoor.doors import DealBreakers, PositionIndex, Seeker, rank
from sidedoor.doors.index import skill_key
from sidedoor.doors.places import parse_place
from sidedoor.doors.rank import (
    FAR_STEP,
    NOTHING_LISTED,
    PAY_RAMP,
    REQUIRED_SHARE,
    STEP_FIT,
    UNKNOWN,
    WEIGHTS,
    occupation_closeness,
)
from sidedoor.pivot.engine import load_engine


def naive(seeker: Seeker, positions: list[dict[str, Any]], closeness: dict[str, float],
          zone: int) -> list[tuple[float, int]]:
    """The same fit, one position at a time (no deal-breakers, no explanations)."""
    have = {skill_key(s) for s in seeker.skills}
    city, state = parse_place(seeker.location)
    out = []
    for i, p in enumerate(positions):
        req = {skill_key(s) for s in p["required"]}
        nice = {skill_key(s) for s in p["nice_to_have"]} - req
        rc = len(req & have) / len(req) if req else None
        nc = len(nice & have) / len(nice) if nice else None
        rc = nc if rc is None else rc
        nc = rc if nc is None else nc
        skills = NOTHING_LISTED if rc is None or nc is None else (
            REQUIRED_SHARE * rc + (1 - REQUIRED_SHARE) * nc)
        occ = closeness.get(p["occupation"], UNKNOWN)
        step = (p["job_zone"] or 0) - zone
        jz = STEP_FIT.get(step, FAR_STEP) if p["job_zone"] else UNKNOWN
        top = p["pay_max"] if p["pay_max"] is not None else p["pay_min"]
        pay = UNKNOWN if top is None else min(
            max((top / seeker.pay_floor - PAY_RAMP) / (1 - PAY_RAMP), 0), 1)
        pc, ps = parse_place(p["location"])
        local = 1.0 if (pc, ps) == (city, state) else 0.75 if ps == state else (
            UNKNOWN if not ps else 0.45 if seeker.relocate else 0.1)
        loc = {"remote": 1.0, "hybrid": min(1.0, local + 0.1), "onsite": local}[p["workplace"]]
        if seeker.prefers == "remote":
            loc *= {"remote": 1.0, "hybrid": 0.8, "onsite": 0.6}[p["workplace"]]
        score = (WEIGHTS["skills"] * skills + WEIGHTS["occupation"] * occ
                 + WEIGHTS["job_zone"] * jz + WEIGHTS["pay"] * pay
                 + WEIGHTS["location"] * loc)
        out.append((score / sum(WEIGHTS.values()), i))
    out.sort(key=lambda t: (-t[0], t[1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--knowledge", type=Path, required=True)
    parser.add_argument("--positions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    engine = load_engine(args.knowledge)
    features = engine.features
    t0 = time.perf_counter()
    positions = generate(load_sources(args.knowledge), args.positions)
    print(f"corpus: {len(positions):,} positions generated in {time.perf_counter() - t0:.1f} s")

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    index = PositionIndex.build(positions, codes=features.codes, job_zones=features.job_zones,
                                key=features.key)
    t_index = time.perf_counter() - t0
    tracemalloc.start()  # a second build, traced, for the memory it takes (tracing is slow)
    PositionIndex.build(positions[:20_000], codes=features.codes,
                        job_zones=features.job_zones, key=features.key)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"index: {t_index:.2f} s = {len(index) / t_index:,.0f} positions/s; "
          f"{len(index.skills):,} distinct skills; matrices and arrays "
          f"{index.nbytes() / 2**20:.1f} MiB; peak allocated while indexing 20,000: "
          f"{peak / 2**20:.0f} MiB")

    row = engine.resolve("15-1254.00")
    lo, hi = features.tech_flags.indptr[row], features.tech_flags.indptr[row + 1]
    web = [features.families["technology"].terms[j] for j in features.tech_flags.indices[lo:hi]]
    seeker = Seeker(skills=web[::3], occupation="15-1254.00", pay_floor=95_000,
                    location="Austin, TX", prefers="remote",
                    deal_breakers=DealBreakers(workplaces=["onsite"], min_pay=70_000))
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = rank(seeker, index, engine=engine, limit=20)
        times.append(time.perf_counter() - t0)
    ms = np.median(times) * 1000
    print(f"rank {len(index):,} positions for one seeker (closeness, all factors, "
          f"deal-breakers, top 20 explained): median {ms:.0f} ms, best {min(times) * 1000:.0f} ms")
    print(f"  ranked {result.ranked:,}, flagged {result.flagged:,} by a deal-breaker")
    for fit in result.fits[:5]:
        print(f"  {fit.score:.3f} {fit.label:<9} {fit.title[:40]:<40} "
              f"+ {'; '.join(fit.reasons_for[:2])[:70]}  − {'; '.join(fit.reasons_against[:1])}")

    zone = int(features.job_zones[row])
    plain = seeker.model_copy(update={"deal_breakers": DealBreakers(), "job_zone": zone})
    closeness = occupation_closeness(engine, plain)
    assert closeness is not None
    t0 = time.perf_counter()
    fast = rank(plain, index, closeness=closeness, limit=20)
    t_fast = time.perf_counter() - t0
    by_code = dict(zip(features.codes, closeness.tolist(), strict=True))
    t0 = time.perf_counter()
    slow = naive(plain, positions, by_code, zone)
    t_slow = time.perf_counter() - t0
    agree = len({f.position for f in fast.fits} & {f"pos-{i}" for _, i in slow[:20]})
    same_scores = all(math.isclose(f.score, s, abs_tol=1e-3)
                      for f, (s, _) in zip(fast.fits, slow, strict=False))
    print(f"naive Python loop: {t_slow * 1000:,.0f} ms vs matrices {t_fast * 1000:.0f} ms "
          f"(x{t_slow / t_fast:.0f}); top-20 agreement {agree}/20, scores equal: {same_scores}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: peak RSS {rss:,.0f} MiB for the whole run (corpus dicts, pivot features "
          f"and index; {rss_before:,.0f} MiB before indexing)")
    print(f"targets: rank < 300 ms {'OK' if ms < 300 else 'MISSED'}; index >= 2,000/s "
          f"{'OK' if len(index) / t_index >= 2000 else 'MISSED'}; memory < 2 GiB "
          f"{'OK' if rss < 2048 else 'MISSED'}")


if __name__ == "__main__":
    sys.exit(main())
