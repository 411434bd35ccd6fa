"""Feedback score against the hand-rated answers (ratings fixed before the scorer was written).

    python benchmarks/practice/score_answers.py [answers.jsonl]

Prints Spearman rho per answer and per person (mean score vs mean rating, the way the
acceptance set is judged), the filler measure vs the "no fillers" rating, and latency.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from sidedoor.practice.feedback import FeedbackEngine

HERE = Path(__file__).resolve().parent


def ranks(xs: list[float]) -> list[float]:
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    out = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def spearman(a: list[float], b: list[float]) -> float:
    ra, rb = ranks(a), ranks(b)
    ma, mb = statistics.fmean(ra), statistics.fmean(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb, strict=True))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb) if va and vb else 0.0


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(args[0]) if args else HERE / "answers.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    engine = FeedbackEngine()
    engine.feedback("warm-up", "um I did it")
    scores, fillers, times = [], [], []
    for row in rows:
        t0 = time.perf_counter()
        fb = engine.feedback(row["question"], row["answer"])
        times.append(time.perf_counter() - t0)
        scores.append(fb.score)
        fillers.append(fb.insights.fillers.per_100_words)
        if "-v" in sys.argv:
            parts = " ".join(f"{k[:4]}={c.score:.0f}" for k, c in fb.breakdown.items())
            print(f"{row['id']:4} rated {row['rating_overall']:>3} score {fb.score:3} "
                  f"fill {fb.insights.fillers.per_100_words:5.1f}  {parts}")
    overall = [r["rating_overall"] for r in rows]
    nofill = [r["rating_no_fillers"] for r in rows]
    people = sorted({r["person"] for r in rows})
    mean = lambda xs: statistics.fmean(xs)  # noqa: E731
    p_score = [mean([s for r, s in zip(rows, scores, strict=True) if r["person"] == p])
               for p in people]
    p_rating = [mean([r["rating_overall"] for r in rows if r["person"] == p]) for p in people]
    p_fill = [mean([f for r, f in zip(rows, fillers, strict=True) if r["person"] == p])
              for p in people]
    p_nofill = [mean([r["rating_no_fillers"] for r in rows if r["person"] == p]) for p in people]
    print(f"answers: {len(rows)}, people: {len(people)}")
    print(f"score vs overall rating, per answer:  rho = {spearman(scores, overall):.3f}")
    print(f"score vs overall rating, per person:  rho = {spearman(p_score, p_rating):.3f}")
    print(f"fillers/100 words vs 'no fillers', per answer: rho = {spearman(fillers, nofill):.3f}")
    print(f"fillers/100 words vs 'no fillers', per person: rho = {spearman(p_fill, p_nofill):.3f}")
    naive = [-f for f in fillers]
    print(f"baseline (minus filler rate) vs overall, per answer: rho = "
          f"{spearman(naive, overall):.3f}")
    times.sort()
    print(f"latency per answer: median {1000 * times[len(times) // 2]:.2f} ms, "
          f"max {1000 * times[-1]:.2f} ms")


if __name__ == "__main__":
    main()
