"""Doors benchmark: index and rank a generated corpus; ratios against a naive Python loop.

    python benchmarks/doors/run.py --knowledge DIR [--positions 100000] [--people 10000]

Targets: ranking 100,000 positions for one seeker < 300 ms after indexing; indexing at
>= 2,000 positions/s; memory < 2 GB. The naive baseline computes the same fit in a Python
loop over the position dicts (sets, dict look-ups); it runs on the same corpus, and the top
results of both are compared (they should agree). The recruiter's side: generated people
indexed once and ranked for one position, against the per-person loop it replaced.
"""

from __future__ import annotations

import argparse
import itertools
import math
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate, generate_people, load_sources

from sidedoor.doors import DealBreakers, PositionIndex, Seeker, rank
from sidedoor.doors.index import skill_key
from sidedoor.doors.market import attach_market
from sidedoor.doors.people import PeopleIndex, rank_people
from sidedoor.doors.places import parse_place
from sidedoor.doors.rank import (
    FAR_STEP,
    MARKET_FIT,
    NOTHING_LISTED,
    PAY_RAMP,
    REQUIRED_SHARE,
    STEP_FIT,
    UNKNOWN,
    WEIGHTS,
    occupation_closeness,
)
from sidedoor.knowledge.store import open_knowledge
from sidedoor.pivot.engine import load_engine
from sidedoor.places.gazetteer import open_gazetteer

PCTS = (10.0, 25.0, 50.0, 75.0, 90.0)


def naive_percentile(pay: float, figures: list[float]) -> float:
    """Where ``pay`` sits among the published percentiles, one position at a time."""
    known = [(p, f) for p, f in zip(PCTS, figures, strict=True) if not math.isnan(f)]
    if not known or math.isnan(pay):
        return math.nan
    if pay < known[0][1]:
        return known[0][0] / 2
    if pay > known[-1][1]:
        return (known[-1][0] + 100) / 2
    for (p1, f1), (p2, f2) in itertools.pairwise(known):
        if f1 <= pay <= f2 and f2 > f1:
            return p1 + (p2 - p1) * (pay - f1) / (f2 - f1)
    return known[-1][0]


def naive(seeker: Seeker, positions: list[dict[str, Any]], closeness: dict[str, float],
          zone: int, wages: list[list[float]]) -> list[tuple[float, int]]:
    """The same fit, one position at a time (no deal-breakers, aspirations or
    explanations); ``wages`` are each position's OEWS percentiles (attach_market's)."""
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
        lo = p["pay_min"] if p["pay_min"] is not None else p["pay_max"]
        hi = p["pay_max"] if p["pay_max"] is not None else p["pay_min"]
        pct = naive_percentile(math.nan if lo is None else (lo + hi) / 2, wages[i])
        market = UNKNOWN if math.isnan(pct) else float(np.interp(pct, *MARKET_FIT))
        score = (WEIGHTS["skills"] * skills + WEIGHTS["occupation"] * occ
                 + WEIGHTS["job_zone"] * jz + WEIGHTS["pay"] * pay
                 + WEIGHTS["market"] * market + WEIGHTS["location"] * loc)
        out.append((score / (sum(WEIGHTS.values()) - WEIGHTS["aspirations"]), i))
    out.sort(key=lambda t: (-t[0], t[1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--knowledge", type=Path, required=True)
    parser.add_argument("--positions", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    engine = load_engine(args.knowledge)
    features = engine.features
    t0 = time.perf_counter()
    sources = load_sources(args.knowledge)
    positions = generate(sources, args.positions)
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
    with open_knowledge(args.knowledge) as knowledge, open_gazetteer(
            args.knowledge / "cache") as gazetteer:
        t0 = time.perf_counter()
        market_notes = attach_market(index, knowledge, gazetteer)
        t_market = time.perf_counter() - t0
    print(f"market: OEWS percentiles attached in {t_market:.2f} s "
          f"({len(index.wage_bands):,} occupation x area bands; "
          f"{int((index.wage_band >= 0).sum()):,} positions placed) {market_notes}")

    row = engine.resolve("15-1254.00")
    lo, hi = features.tech_flags.indptr[row], features.tech_flags.indptr[row + 1]
    web = [features.families["technology"].terms[j] for j in features.tech_flags.indices[lo:hi]]
    seeker = Seeker(skills=web[::3], occupation="15-1254.00", pay_floor=95_000,
                    location="Austin, TX", prefers="remote",
                    aspirations=["more remote days", "lead a team", "a smaller company"],
                    deal_breakers=DealBreakers(workplaces=["onsite"], min_pay=70_000))
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = rank(seeker, index, engine=engine, limit=20)
        times.append(time.perf_counter() - t0)
    ms = np.median(times) * 1000
    print(f"rank {len(index):,} positions for one seeker (closeness, all factors incl. market "
          f"and 3 aspirations, deal-breakers, top 20 explained): median {ms:.0f} ms, "
          f"best {min(times) * 1000:.0f} ms")
    print(f"  ranked {result.ranked:,}, flagged {result.flagged:,} by a deal-breaker")
    for fit in result.fits[:5]:
        print(f"  {fit.score:.3f} {fit.label:<9} {fit.title[:40]:<40} "
              f"+ {'; '.join(fit.reasons_for[:2])[:70]}  − {'; '.join(fit.reasons_against[:1])}")

    zone = int(features.job_zones[row])
    plain = seeker.model_copy(update={"deal_breakers": DealBreakers(), "job_zone": zone,
                                      "aspirations": []})
    closeness = occupation_closeness(engine, plain)
    assert closeness is not None
    t0 = time.perf_counter()
    fast = rank(plain, index, closeness=closeness, limit=20)
    t_fast = time.perf_counter() - t0
    by_code = dict(zip(features.codes, closeness.tolist(), strict=True))
    t0 = time.perf_counter()
    slow = naive(plain, positions, by_code, zone, index.wage_pct.astype(float).tolist())
    t_slow = time.perf_counter() - t0
    agree = len({f.position for f in fast.fits} & {f"pos-{i}" for _, i in slow[:20]})
    same_scores = all(math.isclose(f.score, s, abs_tol=1e-3)
                      for f, (s, _) in zip(fast.fits, slow, strict=False))
    print(f"naive Python loop: {t_slow * 1000:,.0f} ms vs matrices {t_fast * 1000:.0f} ms "
          f"(x{t_slow / t_fast:.0f}); top-20 agreement {agree}/20, scores equal: {same_scores}")
    if args.people:
        target = next((p for p in positions if p["occupation"] == "15-1252.00"), positions[0])
        people_side(engine, target, generate_people(sources, args.people), args.repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: peak RSS {rss:,.0f} MiB for the whole run (corpus dicts, pivot features "
          f"and index; {rss_before:,.0f} MiB before indexing)")
    print(f"targets: rank < 300 ms {'OK' if ms < 300 else 'MISSED'}; index >= 2,000/s "
          f"{'OK' if len(index) / t_index >= 2000 else 'MISSED'}; memory < 2 GiB "
          f"{'OK' if rss < 2048 else 'MISSED'}")



def people_side(engine: Any, position: dict[str, Any], people: list[dict[str, Any]],
                repeat: int) -> None:
    """Index generated people once and rank them for one position; the per-person loop
    (a one-position index ranked for each person as a seeker) on a sample, for the ratio."""
    f = engine.features
    t0 = time.perf_counter()
    found = PeopleIndex.build(people, codes=f.codes, job_zones=f.job_zones, key=f.key)
    t_build = time.perf_counter() - t0
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = rank_people(position, found, engine=engine, limit=20)
        times.append(time.perf_counter() - t0)
    print(f"people: {len(found):,} indexed in {t_build:.2f} s "
          f"({len(found) / t_build:,.0f}/s); ranked for one position ({position['title']}, "
          f"{position['occupation']}): median {np.median(times) * 1000:.0f} ms, "
          f"best {min(times) * 1000:.0f} ms")
    other = sum(1 for fit in result.fits if not fit.same_occupation)
    print(f"  top 20: {other} from other occupations; best {result.fits[0].score:.3f} "
          f"{result.fits[0].label} ({result.fits[0].occupation})")
    sample = people[:500]
    one = PositionIndex.build([position], codes=f.codes, job_zones=f.job_zones, key=f.key)
    t0 = time.perf_counter()
    for p in sample:
        seeker = Seeker(skills=p["skills"], occupation=p["occupation"], location=p["location"])
        closeness = occupation_closeness(engine, seeker) if (
            seeker.occupation or seeker.skills) else None
        rank(seeker, one, closeness=closeness, limit=1)
    per_person = (time.perf_counter() - t0) / len(sample)
    loop = per_person * len(people)
    print(f"  per-person loop (the old way), timed on {len(sample)}: {per_person * 1000:.1f} ms "
          f"a person = {loop:,.1f} s for {len(people):,} vs {min(times) * 1000:.0f} ms "
          f"(x{loop / min(times):,.0f})")


if __name__ == "__main__":
    sys.exit(main())
