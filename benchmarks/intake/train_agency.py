"""Fit the weights of the agency model (`sidedoor.intake.extract.agency_model`).

    python benchmarks/intake/train_agency.py          # figures only
    python benchmarks/intake/train_agency.py --write  # fit; write the weights

The weights go to src/sidedoor/intake/extract/agency_model.json. Needs the `train` extra
(`pip install -e .[train]`: scikit-learn), which using the weights does not.

Each labelled outreach message is parsed as `score.py` parses it, the model recording the
senders it is asked about instead of deciding (`agency_model.RECORD`): those who sign for a
company with no agency word where no phrase says agency or in-house. Where the recorded company
is the label's recruiter company, the example is 1 when a labelled position's company is
another (or none: an undisclosed client), 0 when every position's company is the sender's.
A feature fewer than `MIN_MESSAGES` training messages have is left out; a logistic regression
learns a weight per feature. C is chosen by five-fold cross-validation over whole sets; the
held-out sets (`train_company.HOLD_OUT`) are never trained on and are scored last.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import HELDOUT, load_heldout, load_messages, same  # noqa: E402
from train_company import HOLD_OUT  # noqa: E402

OUT = HERE.parent.parent / "src" / "sidedoor" / "intake" / "extract" / "agency_model.json"
CS = (0.1, 0.3, 1.0, 3.0)
FOLDS = 5
MIN_MESSAGES = 10


def _examples_of(msg: dict[str, Any]) -> list[dict[str, Any]]:
    from sidedoor.intake import parse_bytes
    from sidedoor.intake.extract import agency_model

    label = msg["label"]
    if not label["outreach"] or not label["positions"] or not label.get("recruiter_company"):
        return []
    agency_model.RECORD = []
    try:
        parse_bytes(msg["text"].encode(), name=f"{msg['id']}.txt")
        seen = agency_model.RECORD
    finally:
        agency_model.RECORD = None
    own = label["recruiter_company"]
    for feats, company in seen:
        if same("company", own, company):
            in_house = all(same("company", own, p["company"]) for p in label["positions"])
            return [{"split": msg["split"], "id": msg["id"], "y": 0 if in_house else 1,
                     "features": feats}]
    return []


def examples() -> list[dict[str, Any]]:
    messages = load_messages() + [m for n in HELDOUT for m in load_heldout(n)]
    with Pool() as pool:
        return [ex for part in pool.map(_examples_of, messages, chunksize=64) for ex in part]


def _number(split: str) -> int:
    found = re.search(r"\d+", split)
    return int(found.group()) if found and split.startswith("test") else 0


def fit(train: list[dict[str, Any]], c: float) -> tuple[float, dict[str, float]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: Counter[str] = Counter(name for ex in train for name in ex["features"])
    kept = {name for name, n in counts.items() if n >= MIN_MESSAGES}
    vec = DictVectorizer()
    x = vec.fit_transform([{k: v for k, v in ex["features"].items() if k in kept}
                           for ex in train])
    y = [ex["y"] for ex in train]
    model = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 3) for n, w in zip(names, model.coef_[0], strict=True)}
    return round(float(model.intercept_[0]), 3), {k: v for k, v in weights.items() if v}


def measure(data: list[dict[str, Any]], bias: float, weights: dict[str, float]) -> dict[str, Any]:
    loss = 0.0
    right = wrong = agencies = 0
    for ex in data:
        z = bias + sum(weights.get(k, 0.0) * v for k, v in ex["features"].items())
        p = min(max(1 / (1 + math.exp(-z)), 1e-9), 1 - 1e-9)
        loss -= math.log(p if ex["y"] else 1 - p)
        agencies += ex["y"]
        if p > 0.5:
            right += ex["y"]
            wrong += 1 - ex["y"]
    return {"n": len(data), "kept": agencies, "right": right, "wrong": wrong,
            "log_loss": loss / max(1, len(data))}


def _row(name: str, m: dict[str, Any]) -> str:
    return (f"| {name} | {m['n']} | {m['kept']} | {m['right']} | {m['wrong']} | "
            f"{m['right'] - m['wrong']:+d} | {m['log_loss']:.3f} |")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    data = examples()
    read = [ex for ex in data if ex["split"] not in HOLD_OUT]
    held = [ex for ex in data if ex["split"] in HOLD_OUT]
    print(f"{len(read)} senders to fit on, {len(held)} held out")
    print("| fit | senders | agencies | called agency rightly | wrongly | net | log loss |")
    print("|---|---|---|---|---|---|---|")
    print(_row("none called agency, read sets", measure(read, -100.0, {})))
    best: tuple[float, float] | None = None
    for c in CS:
        folds = [measure([ex for ex in read if _number(ex["split"]) % FOLDS == k],
                         *fit([ex for ex in read if _number(ex["split"]) % FOLDS != k], c))
                 for k in range(FOLDS)]
        m = {
            "n": sum(f["n"] for f in folds), "kept": sum(f["kept"] for f in folds),
            "right": sum(f["right"] for f in folds), "wrong": sum(f["wrong"] for f in folds),
            "log_loss": sum(f["log_loss"] * f["n"] for f in folds)
            / max(1, sum(f["n"] for f in folds)),
        }
        print(_row(f"C={c:g}, {FOLDS}-fold cross-validation", m))
        if best is None or m["log_loss"] < best[0]:
            best = (m["log_loss"], c)
    assert best is not None
    c = best[1]
    bias, weights = fit(read, c)
    print(_row("none called agency, held out", measure(held, -100.0, {})))
    print(_row(f"C={c:g}, held out", measure(held, bias, weights)))
    if args.write:
        OUT.write_text(
            json.dumps(
                {
                    "note": "fitted by benchmarks/intake/train_agency.py; see its docstring",
                    "C": c,
                    "senders": len(read),
                    "bias": bias,
                    "weights": dict(sorted(weights.items())),
                },
                indent=1,
                ensure_ascii=False,
            )
            + "\n",
            "utf-8",
        )
        print(f"wrote {OUT} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
