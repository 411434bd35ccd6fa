"""Title-coding benchmark: accuracy on held-out and messy titles, against a TF-IDF baseline.

    python benchmarks/titles/run.py --knowledge DIR [--seed 13] [--share 0.2] [--semantic]
                                    [--misses]

DIR is an installed knowledge store (`sidedoor data install --from ../shared/data --to DIR`
or `install(...)` from Python). The index is built WITHOUT the held-out titles; every set is
scored at 6-digit SOC 2018 (O*NET XX-XXXX.YY collapses to XX-XXXX). The common-titles set is
also scored against the full index, as users get it. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sets import Case, census, common, handwritten, holdout, vacancy

from sidedoor.language.corpus import TitleCorpus, load_corpus
from sidedoor.language.title_index import TitleIndex, Vectorizer, build_index
from sidedoor.language.titles import TitleCoder

SEMANTIC_SAMPLE = 1500  # titles per set scored with the (slow) semantic re-ranker


class Baseline:
    """TF-IDF nearest neighbour: word unigrams+bigrams of the lower-cased title, best row."""

    def __init__(self, index: TitleIndex) -> None:
        self.socs = [index.socs[o] for o in index.doc_occ]
        docs = [self._feats(t) for t in index.doc_text]
        self.vec = Vectorizer.fit(docs)
        self.matrix_t = self.vec.transform(docs).T.tocsr()

    @staticmethod
    def _feats(text: str) -> dict[str, float]:
        toks = re.findall(r"[a-z0-9]+", text.lower())
        counts = Counter(toks + [f"{a} {b}" for a, b in itertools.pairwise(toks)])
        return {k: float(v) for k, v in counts.items()}

    def predict(self, titles: list[str], k: int = 5) -> list[list[str]]:
        out: list[list[str]] = []
        for start in range(0, len(titles), 512):
            q = self.vec.transform(self._feats(t) for t in titles[start : start + 512])
            scores = (q @ self.matrix_t).toarray()
            for row in scores:
                order = np.argsort(-row, kind="stable")[: k * 20]
                socs = list(dict.fromkeys(self.socs[i] for i in order if row[i] > 0))
                out.append(socs[:k])
        return out


def evaluate(coder: TitleCoder, baseline: Baseline, cases: list[Case],
             misses: list[str] | None = None) -> dict[str, float]:
    """Top-1/top-5 of the coder and the baseline; wrong top-1s are appended to `misses`."""
    texts = [c.text for c in cases]
    results = coder.code_many(texts, limit=10, explain=False)
    b_preds = baseline.predict(texts)
    top1 = top5 = b1 = b5 = 0
    for case, res, bp in zip(cases, results, b_preds, strict=True):
        # The best match of each SOC; a gold code with an O*NET suffix must match exactly.
        best, seen = [], set()
        for m in res.matches:
            if m.soc_code not in seen:
                seen.add(m.soc_code)
                best.append(m)
        hits = [m.soc_code in case.gold or m.code in case.gold for m in best]
        top1 += bool(hits) and hits[0]
        if misses is not None and not (hits and hits[0]):
            got = best[0] if best else None
            misses.append(f"  {case.text!r}: {got.code + ' ' + got.title if got else '-'} "
                          f"(expected {'|'.join(sorted(case.gold))})")
        top5 += any(hits[:5])
        gold_socs = {g[:7] for g in case.gold}  # the baseline only knows SOCs
        b1 += bool(bp) and bp[0] in gold_socs
        b5 += any(s in gold_socs for s in bp[:5])
    n = len(cases)
    return {"n": n, "top1": top1 / n, "top5": top5 / n, "base1": b1 / n, "base5": b5 / n}


def throughput(coder: TitleCoder, texts: list[str], target: int = 20000) -> float:
    """Titles per second over `target` distinct titles (repeats only if there are fewer)."""
    unique = list(dict.fromkeys(texts))
    gc.freeze()  # as `sidedoor occupations code --jsonl` does
    batch = (unique * math.ceil(target / len(unique)))[:target]
    t0 = time.perf_counter()
    coder.code_many(batch, limit=5, explain=False)
    return len(batch) / (time.perf_counter() - t0)


COLD = (
    "import time, sys; t=time.perf_counter(); from pathlib import Path; "
    "from sidedoor.language.titles import TitleCoder; "
    "c = TitleCoder.from_knowledge_dir(Path(sys.argv[1])); r = c.code('Sr. Backend Eng II'); "
    "print(time.perf_counter() - t)"
)


def cold_start(knowledge: Path) -> tuple[float, float, float]:
    """(first-ever build, cold start with cache) wall seconds, in a scratch copy of the store."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(knowledge / "knowledge.sqlite3", tmp)
        timings = []
        for _ in range(2):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", COLD, tmp], check=True, capture_output=True)
            timings.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import sidedoor.language.titles"], check=True)
        imports = time.perf_counter() - t0
    return timings[0], timings[1], imports


def _row(name: str, r: dict[str, float]) -> str:
    ratio = r["top1"] / r["base1"] if r["base1"] else float("inf")
    return (f"{name:32} {int(r['n']):6d} {r['top1']:6.3f} {r['top5']:6.3f} "
            f"{r['base1']:6.3f} {r['base5']:6.3f} {ratio:6.2f}")


def run(corpus: TitleCorpus, share: float, seed: int, semantic: bool = False,
        show_misses: bool = False) -> list[str]:
    lines = []
    clean = holdout(corpus, share, seed)
    t0 = time.perf_counter()
    index = build_index(corpus, exclude=[c.text for c in clean])
    lines.append(f"index without held-out titles: {len(index.doc_text)} rows, "
                 f"built in {time.perf_counter() - t0:.1f} s; held out {len(clean)} titles")
    coder = TitleCoder(index)
    baseline = Baseline(index)
    coders: dict[str, TitleCoder] = {"lexical": coder}
    if semantic:
        from sidedoor.language.embeddings import SemanticScorer

        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            scorer = SemanticScorer.for_index(index.occ_titles, Path(tmp) / "vectors.npy")
            lines.append(f"semantic: embedded {len(index.occ_titles)} occupation titles in "
                         f"{time.perf_counter() - t0:.1f} s")
        coders["+semantic"] = TitleCoder(index, scorer)
    sets = {
        "clean (held-out O*NET titles)": clean,
        "census-style (generated)": census(clean, seed),
        "vacancy-style (generated)": vacancy(clean, seed),
        "vacancy (hand-written)": handwritten(),
    }
    texts = [c.text for cases in sets.values() for c in cases]
    header = f"{'set':32} {'n':>6} {'top1':>6} {'top5':>6} {'base1':>6} {'base5':>6} {'ratio1':>6}"
    lines.append("lexical (the default)")
    lines.append(header)
    missed: dict[str, list[str]] = {}
    for name, cases in sets.items():
        misses = missed.setdefault(name, []) if name == "vacancy (hand-written)" else None
        lines.append(_row(name, evaluate(coder, baseline, cases, misses)))
    full = build_index(corpus)  # everyday titles are scored as users get them: nothing held out
    full_coder = TitleCoder(full)
    name = "common titles (full index)"
    lines.append(_row(name, evaluate(full_coder, Baseline(full), common(),
                                     missed.setdefault(name, []))))
    lines.append(f"throughput: {throughput(coder, texts):,.0f} titles/s (batch, after load)")
    if "+semantic" in coders:
        sem_coder = coders["+semantic"]
        lines.append(f"+semantic, on a sample of {SEMANTIC_SAMPLE} per set "
                     "(lex1 = lexical top-1 on the same sample)")
        lines.append(header + f" {'lex1':>6}")
        for name, cases in sets.items():
            if len(cases) > SEMANTIC_SAMPLE:
                cases = random.Random(seed).sample(cases, SEMANTIC_SAMPLE)
            lex = evaluate(coder, baseline, cases)
            lines.append(_row(name, evaluate(sem_coder, baseline, cases)) + f" {lex['top1']:6.3f}")
        lines.append(f"+semantic throughput: {throughput(sem_coder, texts, 2000):,.0f} titles/s")
    if show_misses:
        for name, misses in missed.items():
            lines.append(f"wrong top-1, {name} ({len(misses)}):")
            lines.extend(misses)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--knowledge", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--share", type=float, default=0.2)
    parser.add_argument("--no-cold-start", action="store_true")
    parser.add_argument("--semantic", action="store_true",
                        help="also score with MiniLM similarity (needs the 'semantic' extra)")
    parser.add_argument("--misses", action="store_true",
                        help="list the wrong top-1s of the hand-written and common sets")
    args = parser.parse_args()
    for line in run(load_corpus(args.knowledge), args.share, args.seed, args.semantic,
                    args.misses):
        print(line)
    if not args.no_cold_start:
        build, cold, imports = cold_start(args.knowledge)
        print(f"first-ever run (builds and caches the index): {build:.1f} s")
        print(f"cold start to first answer (cached index): {cold:.2f} s "
              f"(of which interpreter + imports {imports:.2f} s)")


if __name__ == "__main__":
    main()
