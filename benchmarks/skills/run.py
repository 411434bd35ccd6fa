"""Skill extraction benchmark: span partial-match P/R/F1 per kind, baseline, throughput.

    python benchmarks/skills/run.py --knowledge-dir DIR [--split dev|test|all] [--errors]

Gold: annotated.jsonl (SkillSpan style: "skill" and "knowledge" spans). Our kinds map to the
benchmark's: technology, tool, knowledge, certification -> knowledge; skill -> skill.

Partial match: a predicted span counts as correct when it overlaps a gold span of the same
label; each gold span can be claimed by one prediction only (one-to-one, greedy by overlap).

Baseline: a plain gazetteer of O*NET technology example names and skill/knowledge element
names (longest match, case-insensitive, same tokenisation), technology and knowledge
elements -> knowledge, skill elements -> skill.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH_KIND = {"technology": "knowledge", "tool": "knowledge", "knowledge": "knowledge",
              "certification": "knowledge", "skill": "skill"}

Span = tuple[int, int, str]


def load_gold(split: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in (HERE / "annotated.jsonl").open(encoding="utf-8")]
    return [r for r in rows if split == "all" or r["split"] == split]


def match(gold: list[Span], pred: list[Span]) -> int:
    """One-to-one partial matches (same label, overlapping), greedy by overlap length."""
    pairs = []
    for gi, (gs, ge, gl) in enumerate(gold):
        for pi, (ps, pe, pl) in enumerate(pred):
            overlap = min(ge, pe) - max(gs, ps)
            if gl == pl and overlap > 0:
                pairs.append((overlap, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
    return len(used_g)


def score(rows: list[dict[str, object]], preds: list[list[Span]]) -> dict[str, dict[str, float]]:
    out = {}
    for label in ("skill", "knowledge", "both"):
        tp = n_gold = n_pred = 0
        for row, pred in zip(rows, preds, strict=True):
            gold = [(s["start"], s["end"], s["label"]) for s in row["spans"]]  # type: ignore[attr-defined]
            if label != "both":
                gold = [g for g in gold if g[2] == label]
                pred = [p for p in pred if p[2] == label]
            tp += match(gold, pred)
            n_gold += len(gold)
            n_pred += len(pred)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = {"p": p, "r": r, "f1": f, "tp": tp, "gold": n_gold, "pred": n_pred}
    return out


class Baseline:
    """O*NET technology examples and element names, longest match."""

    def __init__(self, knowledge_dir: Path) -> None:
        from sidedoor.knowledge.store import open_knowledge
        from sidedoor.language.skill_text import fold, tokenize

        self.fold, self.tokenize = fold, tokenize
        self.names: dict[tuple[str, ...], str] = {}
        with open_knowledge(knowledge_dir) as knowledge:
            db = knowledge.db
            for (example,) in db.execute("SELECT DISTINCT example FROM technology_skills"):
                self._add(example, "knowledge")
            for name, domain in db.execute(
                "SELECT DISTINCT element_name, domain FROM element_ratings "
                "WHERE domain IN ('skill', 'knowledge')"
            ):
                self._add(name, domain)
        self.longest = max(len(k) for k in self.names)

    def _add(self, name: str, label: str) -> None:
        key = tuple(self.fold(t.text) for t in self.tokenize(name))
        self.names.setdefault(key, label)

    def __call__(self, text: str) -> list[Span]:
        toks = self.tokenize(text)
        words = [self.fold(t.text) for t in toks]
        out: list[Span] = []
        i = 0
        while i < len(toks):
            for size in range(min(self.longest, len(toks) - i), 0, -1):
                label = self.names.get(tuple(words[i : i + size]))
                if label:
                    out.append((toks[i].start, toks[i + size - 1].end, label))
                    i += size
                    break
            else:
                i += 1
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--knowledge-dir", type=Path,
                    default=Path(os.environ.get("SIDEDOOR_KNOWLEDGE_DIR", "")))
    ap.add_argument("--split", default="all", choices=["dev", "test", "all"])
    ap.add_argument("--errors", action="store_true", help="print each sentence's misses")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    from sidedoor.language.skill_index import load_index
    from sidedoor.language.skills import SkillExtractor

    timings = {}
    with tempfile.TemporaryDirectory() as tmp:  # a cold build, without touching the cache
        shutil.copy(args.knowledge_dir / "knowledge.sqlite3", Path(tmp) / "knowledge.sqlite3")
        t0 = time.perf_counter()
        load_index(Path(tmp), rebuild=True)
        timings["index_build_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        index = load_index(Path(tmp))
        timings["index_load_s"] = time.perf_counter() - t0
    extractor = SkillExtractor(index)
    baseline = Baseline(args.knowledge_dir)

    report: dict[str, object] = {"timings": timings}
    for split in (["dev", "test", "all"] if args.split == "all" else [args.split]):
        rows = load_gold(split)
        texts = [str(r["text"]) for r in rows]
        ours = [[(m.start, m.end, BENCH_KIND[m.kind]) for m in extractor.extract_skills(t)]
                for t in texts]
        base = [baseline(t) for t in texts]
        report[split] = {"sentences": len(rows), "sidedoor": score(rows, ours),
                         "baseline": score(rows, base)}
        if args.errors and split != "all":
            _print_errors(rows, ours)

    texts = [str(r["text"]) for r in load_gold("all")]
    batch = texts * max(1, 5000 // len(texts))
    t0 = time.perf_counter()
    for _ in extractor.extract_many(batch):
        pass
    timings["sentences_per_s"] = len(batch) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for text, mentions in zip(batch, extractor.extract_many(batch), strict=True):
        json.dumps({"input": text, "skills": [m.model_dump(exclude={"refs"}) for m in mentions]})
    timings["sentences_per_s_with_json"] = len(batch) / (time.perf_counter() - t0)

    if args.json:
        print(json.dumps(report, indent=2))
        return
    _print_report(report)


def _print_report(report: dict[str, object]) -> None:
    for split, data in report.items():
        if split == "timings":
            continue
        assert isinstance(data, dict)
        print(f"\n== {split} ({data['sentences']} sentences), partial match")
        print(f"{'':10}{'system':10}{'P':>7}{'R':>7}{'F1':>7}   ratio F1 vs baseline")
        for label in ("skill", "knowledge", "both"):
            ours, base = data["sidedoor"][label], data["baseline"][label]
            ratio = ours["f1"] / base["f1"] if base["f1"] else float("inf")
            for name, s in (("sidedoor", ours), ("baseline", base)):
                extra = f"   x{ratio:.2f}" if name == "sidedoor" else ""
                print(f"{label:10}{name:10}{s['p']:7.3f}{s['r']:7.3f}{s['f1']:7.3f}{extra}")
    t = report["timings"]
    assert isinstance(t, dict)
    print(f"\nindex build {t['index_build_s']:.1f} s, load {t['index_load_s']:.2f} s; "
          f"{t['sentences_per_s']:.0f} sentences/s "
          f"({t['sentences_per_s_with_json']:.0f}/s with JSON output)")


def _print_errors(rows: list[dict[str, object]], preds: list[list[Span]]) -> None:
    for row, pred in zip(rows, preds, strict=True):
        text = str(row["text"])
        gold = {(s["start"], s["end"], s["label"]) for s in row["spans"]}  # type: ignore[attr-defined]
        if gold == set(pred):
            continue
        print(f"\n{row['id']}: {text}")
        print("  gold:", [(text[s:e], lab[0]) for s, e, lab in sorted(gold)])
        print("  pred:", [(text[s:e], lab[0]) for s, e, lab in sorted(pred)])


if __name__ == "__main__":
    sys.exit(main())
