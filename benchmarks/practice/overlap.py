"""How different are the question sets of different occupations? (role-specific questions)

    python benchmarks/practice/overlap.py --knowledge DIR [--pairs 300] [--seed 7]

For pairs of occupations, the share of A's role-specific questions (behavioural, technical,
role, gap, transition) that B's set also has: exactly the same text, and "near" (word
Jaccard >= 0.8, e.g. the same template with one different technology). Pairs are drawn from
different SOC major groups, from the same minor group (e.g. two 15-12xx occupations: the hard
case), and the acceptance pair (software developers vs registered nurses). Also checks that
building twice gives the same set, and times building.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from pathlib import Path

from sidedoor.knowledge.store import open_knowledge
from sidedoor.practice.questions import build_questions
from sidedoor.practice.target import occupation_target


def words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.lower()))


def overlap(a: list[str], b: list[str]) -> tuple[float, float]:
    if not a:
        return 0.0, 0.0
    exact = sum(1 for q in a if q in set(b)) / len(a)
    wb = [words(q) for q in b]
    near = sum(1 for q in a if any(len(words(q) & w) / len(words(q) | w) >= 0.8 for w in wb))
    return exact, near / len(a)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--knowledge", type=Path, required=True)
    parser.add_argument("--pairs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open_knowledge(args.knowledge) as k:
        codes = [str(r[0]) for r in k.db.execute(
            "SELECT DISTINCT code FROM tasks ORDER BY code")]
        cache: dict[str, list[str]] = {}
        times: list[float] = []

        def role_specific(code: str) -> list[str]:
            if code not in cache:
                t0 = time.perf_counter()
                qs = build_questions(occupation_target(k, code))
                times.append(time.perf_counter() - t0)
                again = build_questions(occupation_target(k, code))
                assert qs == again, f"{code}: not deterministic"
                cache[code] = [q.text for q in qs.questions if q.role_specific]
            return cache[code]

        groups: dict[str, list[tuple[float, float]]] = {"different major group": [],
                                                       "same minor group": []}
        while len(groups["different major group"]) < args.pairs:
            a, b = rng.sample(codes, 2)
            if a[:2] != b[:2]:
                groups["different major group"].append(overlap(role_specific(a),
                                                               role_specific(b)))
        by_minor: dict[str, list[str]] = {}
        for c in codes:
            by_minor.setdefault(c[:4], []).append(c)
        minors = [m for m, cs in by_minor.items() if len(cs) > 1]
        while len(groups["same minor group"]) < args.pairs // 3:
            a, b = rng.sample(by_minor[rng.choice(minors)], 2)
            groups["same minor group"].append(overlap(role_specific(a), role_specific(b)))
        dev, nurse = role_specific("15-1252.00"), role_specific("29-1141.00")
        median_ms = 1000 * statistics.median(times)
        print(f"occupations built: {len(cache)}, median build {median_ms:.1f} ms, "
              "every set rebuilt identically")
        print(f"15-1252 vs 29-1141: exact {overlap(dev, nurse)[0]:.0%}, "
              f"near {overlap(dev, nurse)[1]:.0%} of {len(dev)} role-specific questions")
        for name, values in groups.items():
            exact = [v[0] for v in values]
            near = [v[1] for v in values]
            over = sum(1 for v in near if v >= 0.3)
            print(f"{name:>22} ({len(values)} pairs): exact mean {statistics.fmean(exact):.1%} "
                  f"max {max(exact):.0%}; near mean {statistics.fmean(near):.1%} "
                  f"max {max(near):.0%}; pairs with near overlap >= 30%: {over}")


if __name__ == "__main__":
    main()
