"""What the trainers of the fitted logistic models share (`train_title_tail.py`,
`train_agency.py`, `train_workplace.py`): a fit on examples of named features, its figures,
C chosen by cross-validation over whole sets, and the weights file.

An example is a dict with "split" (its set, "testN"), "y" (1 or 0) and "features" (name ->
value). Needs the `train` extra (scikit-learn).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any


def number(split: str) -> int:
    """The set's number ("test557" -> 557; the first set's parts -> 0)."""
    found = re.search(r"\d+", split)
    return int(found.group()) if found and split.startswith("test") else 0


def fit(train: list[dict[str, Any]], c: float, least: int) -> tuple[float, dict[str, float]]:
    """A logistic regression (L2, 1/C) over the features `least` or more examples have; the
    bias and the non-zero weights, rounded to three places."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: Counter[str] = Counter(name for ex in train for name in ex["features"])
    kept = {name for name, n in counts.items() if n >= least}
    vec = DictVectorizer()
    x = vec.fit_transform([{k: v for k, v in ex["features"].items() if k in kept}
                           for ex in train])
    y = [ex["y"] for ex in train]
    model = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 3) for n, w in zip(names, model.coef_[0], strict=True)}
    return round(float(model.intercept_[0]), 3), {k: v for k, v in weights.items() if v}


def measure(data: list[dict[str, Any]], bias: float, weights: dict[str, float]) -> dict[str, Any]:
    """Examples, those labelled 1, those called 1 (p > 0.5) rightly and wrongly, log loss."""
    loss = 0.0
    right = wrong = ones = 0
    for ex in data:
        z = bias + sum(weights.get(k, 0.0) * v for k, v in ex["features"].items())
        p = min(max(1 / (1 + math.exp(-z)), 1e-9), 1 - 1e-9)
        loss -= math.log(p if ex["y"] else 1 - p)
        ones += ex["y"]
        if p > 0.5:
            right += ex["y"]
            wrong += 1 - ex["y"]
    return {"n": len(data), "kept": ones, "right": right, "wrong": wrong,
            "log_loss": loss / max(1, len(data))}


def row(name: str, m: dict[str, Any]) -> str:
    return (f"| {name} | {m['n']} | {m['kept']} | {m['right']} | {m['wrong']} | "
            f"{m['right'] - m['wrong']:+d} | {m['log_loss']:.3f} |")


def cross_validated(
    pool: list[dict[str, Any]], cs: tuple[float, ...], folds: int, least: int
) -> float:
    """Prints each C's figures over `folds` folds of whole sets (by set number); the C with
    the lowest log loss."""
    best: tuple[float, float] | None = None
    for c in cs:
        parts = [measure([ex for ex in pool if number(ex["split"]) % folds == k],
                         *fit([ex for ex in pool if number(ex["split"]) % folds != k], c, least))
                 for k in range(folds)]
        m = {key: sum(p[key] for p in parts) for key in ("n", "kept", "right", "wrong")}
        m["log_loss"] = sum(p["log_loss"] * p["n"] for p in parts) / max(1, m["n"])
        print(row(f"C={c:g}, {folds}-fold cross-validation", m))
        if best is None or m["log_loss"] < best[0]:
            best = (m["log_loss"], c)
    assert best is not None
    return best[1]


def write(out: Path, trainer: str, fields: dict[str, Any], bias: float,
          weights: dict[str, float]) -> None:
    out.write_text(
        json.dumps(
            {
                "note": f"fitted by benchmarks/intake/{trainer}; see its docstring",
                **fields,
                "bias": bias,
                "weights": dict(sorted(weights.items())),
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        "utf-8",
    )
    print(f"wrote {out} ({len(weights)} weights)")
