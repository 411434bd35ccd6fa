"""Pivot benchmark: agreement with expert judgement, against two baselines, and speed.

    python benchmarks/pivot/run.py --knowledge DIR [--queries 200]

DIR is an installed knowledge store (`sidedoor --home H data install --from ../shared/data`
puts it in H/knowledge). The evaluation set is benchmarks/pivot/related_eval.txt: tiered
related-occupation lists we wrote by hand before building the engine (tier gains 3/2/1).

Metrics per source occupation, averaged: recall@10 = relevant in the top 10 / all relevant,
NDCG@10 with the tier gains (ideal = the relevant list sorted by gain). Baselines, in the same
run: "skills-only" = cosine of the 35 O*NET skill importance ratings; "task text" = TF-IDF
cosine of task statements (words). Each feature family alone is shown too (ablation).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy import sparse

from sidedoor.pivot import text
from sidedoor.pivot.cache import cache_file, load_or_build
from sidedoor.pivot.engine import PivotEngine
from sidedoor.pivot.features import counts_matrix, l2_rows, tfidf
from sidedoor.pivot.read import read_catalogue

HERE = Path(__file__).resolve().parent
GAINS = {"1": 3, "2": 2, "3": 1}
Ranker = Callable[[int], np.ndarray]


def load_eval(path: Path) -> dict[str, dict[str, int]]:
    sets: dict[str, dict[str, int]] = {}
    source = ""
    for line in path.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith(" "):
            source = line.split()[0]
            sets[source] = {}
            continue
        tier, codes = line.split(":", 1)
        for code in codes.split():
            sets[source].setdefault(code, GAINS[tier.strip()])
    return sets


def evaluate(rank: Ranker, codes: list[str], sets: dict[str, dict[str, int]]
             ) -> tuple[float, float]:
    index = {c: i for i, c in enumerate(codes)}
    recalls, ndcgs = [], []
    for source, relevant in sets.items():
        scores = np.asarray(rank(index[source]), dtype=np.float64).copy()
        scores[index[source]] = -np.inf
        top = np.argsort(-scores, kind="stable")[:10]
        gains = [relevant.get(codes[i], 0) for i in top]
        recalls.append(sum(1 for g in gains if g) / len(relevant))
        dcg = sum(g / math.log2(k + 2) for k, g in enumerate(gains))
        ideal = sorted(relevant.values(), reverse=True)[:10]
        ndcgs.append(dcg / sum(g / math.log2(k + 2) for k, g in enumerate(ideal)))
    return float(np.mean(recalls)), float(np.mean(ndcgs))


def cosine_ranker(matrix: sparse.csr_matrix) -> Ranker:
    m = l2_rows(sparse.csr_matrix(matrix))
    return lambda i: np.asarray((m @ m[i].T).todense()).ravel()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--knowledge", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--eval", type=Path, default=HERE / "related_eval.txt")
    args = parser.parse_args()

    sets = load_eval(args.eval)
    print(f"evaluation set: {len(sets)} source occupations, "
          f"{sum(len(v) for v in sets.values())} judged related occupations, "
          f"{len({s[:2] for s in sets})} SOC major groups")

    path = cache_file(args.knowledge, "")  # only for the folder
    for stale in path.parent.glob("pivot-*.npz"):
        stale.unlink()
    t0 = time.perf_counter()
    features = load_or_build(args.knowledge)
    t_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    features = load_or_build(args.knowledge)
    engine = PivotEngine(features)
    t_load = time.perf_counter() - t0
    print(f"features: built and cached in {t_build:.1f} s; loaded from cache in {t_load:.2f} s")

    # Baselines, from the store directly.
    cat = read_catalogue(args.knowledge)
    row = {c: i for i, c in enumerate(cat.codes)}
    skills = sorted({r.element_id for r in cat.ratings if r.domain == "skill"})
    col = {e: j for j, e in enumerate(skills)}
    imp = np.zeros((len(cat.codes), len(skills)))
    for r in cat.ratings:
        if r.domain == "skill" and r.code in row:
            imp[row[r.code], col[r.element_id]] = r.importance or 0.0
    task_counts, _ = counts_matrix(
        ((row[t.code], w, 1.0) for t in cat.tasks if t.code in row
         for w in text.terms(t.task, bigrams=False)), len(cat.codes))
    task_m, _ = tfidf(task_counts)

    def engine_rank(i: int) -> np.ndarray:
        return engine.score(engine.occupation_query(i)).combined

    rows: list[tuple[str, tuple[float, float]]] = [
        ("sidedoor pivot (all families)", evaluate(engine_rank, features.codes, sets)),
        ("baseline: skills-only cosine", evaluate(cosine_ranker(sparse.csr_matrix(imp)),
                                                   cat.codes, sets)),
        ("baseline: task-text TF-IDF", evaluate(cosine_ranker(task_m), cat.codes, sets)),
    ]
    no_penalty = PivotEngine(features, penalty=(0.0, 0.0))
    rows.append(("  ablation: no job-zone penalty", evaluate(
        lambda i: no_penalty.score(no_penalty.occupation_query(i)).combined,
        features.codes, sets)))
    for name in engine.weights:
        alone = PivotEngine(features, weights={name: 1.0}, penalty=(0.0, 0.0))
        rows.append((f"  family alone: {name}", evaluate(
            lambda i, e=alone: e.score(e.occupation_query(i)).combined, features.codes, sets)))
        without = PivotEngine(features, weights={**engine.weights, name: 0.0})
        rows.append((f"  all but {name}", evaluate(
            lambda i, e=without: e.score(e.occupation_query(i)).combined,
            features.codes, sets)))
    print(f"\n{'method':<40} {'recall@10':>10} {'NDCG@10':>8}")
    for label, (recall, ndcg) in rows:
        print(f"{label:<40} {recall:>10.3f} {ndcg:>8.3f}")
    ours, skills_only, tasks_only = rows[0][1], rows[1][1], rows[2][1]
    print(f"\nratio vs skills-only: recall x{ours[0] / skills_only[0]:.2f}, "
          f"NDCG x{ours[1] / skills_only[1]:.2f}")
    print(f"ratio vs task text:   recall x{ours[0] / tasks_only[0]:.2f}, "
          f"NDCG x{ours[1] / tasks_only[1]:.2f}")

    # Speed: score only, and a full report (top 10 explained).
    rng = random.Random(7)
    picks = [rng.randrange(len(features.codes)) for _ in range(args.queries)]
    engine.routes(features.codes[0], 10)  # warm-up
    for label, fn in (("score (all 1,016 occupations)",
                       lambda i: engine.score(engine.occupation_query(i))),
                      ("routes(code, 10) with explanations",
                       lambda i: engine.routes(features.codes[i], 10))):
        times = []
        for i in picks:
            t0 = time.perf_counter()
            fn(i)
            times.append((time.perf_counter() - t0) * 1000)
        print(f"{label:<40} mean {np.mean(times):6.1f} ms   p95 "
              f"{np.percentile(times, 95):6.1f} ms")
    # Naive baseline for the ratio: a Python loop of per-occupation dot products.
    fam = features.families["tasks"].matrix
    dense_rows = [fam[j] for j in range(fam.shape[0])]
    t0 = time.perf_counter()
    for i in picks[:20]:
        q = fam[i]
        [float(q.multiply(r).sum()) for r in dense_rows]
    loop = (time.perf_counter() - t0) / 20 * 1000
    t0 = time.perf_counter()
    for i in picks[:20]:
        fam @ fam[i].T
    product = (time.perf_counter() - t0) / 20 * 1000
    print(f"one family, Python loop over occupations: {loop:.1f} ms vs one sparse product "
          f"{product:.2f} ms (x{loop / max(product, 1e-9):.0f})")


if __name__ == "__main__":
    sys.exit(main())
