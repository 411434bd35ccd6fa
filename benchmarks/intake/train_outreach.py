"""Fit the weights of the outreach cues (`sidedoor.intake.extract.outreach`).

    python benchmarks/intake/train_outreach.py          # figures only
    python benchmarks/intake/train_outreach.py --write  # fit; write the weights

The weights go to src/sidedoor/intake/extract/outreach_weights.json. Needs the `train` extra
(`pip install -e .[train]`: SciPy), which using the weights does not.

Each labelled message (every set but those in `train_company.HOLD_OUT`) is parsed as `score.py`
parses it; the cues that fired are its features, its label whether it is outreach. The fit is a
logistic regression whose weights are pulled towards the hand-set ones written beside each cue
(a penalty λ·Σ(w − w_hand)², the bias with them), so a cue that seldom fires keeps about its
hand-set weight and one that never fires keeps it exactly. λ is the one with the lowest log
loss in five-fold cross-validation over whole sets. Printed, for the hand-set and the fitted
weights: accuracy, the outreach missed and the other messages taken for outreach, log loss and
Brier score, across the folds and on the held-out sets (never trained on).

The cues are collected with every message's positions looked for (`analyze.SKIP_HOPELESS`
off), so they do not depend on the weights: in use, a message whose positions are skipped is
one that no job title could make outreach by the fitted weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from score import HELDOUT, load_heldout, load_messages  # noqa: E402
from train_company import HOLD_OUT  # noqa: E402

OUT = HERE.parent.parent / "src" / "sidedoor" / "intake" / "extract" / "outreach_weights.json"
LAMBDAS = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
FOLDS = 5


def _look_for_every_position() -> None:
    """Each worker's start: every cue the text has, whatever the weights."""
    from sidedoor.intake import analyze

    analyze.SKIP_HOPELESS = False


def _cues(msg: dict[str, Any]) -> dict[str, Any]:
    from sidedoor.intake import parse_bytes

    item = parse_bytes(msg["text"].encode(), name=f"{msg['id']}.txt").items[0]
    return {
        "split": msg["split"],
        "outreach": bool(msg["label"]["outreach"]),
        "cues": sorted({cue.name for cue in item.cues}),
    }


def examples() -> list[dict[str, Any]]:
    """Every labelled message: its split, its label and the cues that fired on it."""
    messages = load_messages() + [m for n in HELDOUT for m in load_heldout(n)]
    with Pool(initializer=_look_for_every_position) as pool:
        return pool.map(_cues, messages, chunksize=64)


class Model:
    """The cues as columns, the hand-set weights (and bias, last) as the prior."""

    def __init__(self) -> None:
        from sidedoor.intake.extract import outreach

        self.names = list(outreach.PRIOR_WEIGHTS)
        self.prior = [*outreach.PRIOR_WEIGHTS.values(), outreach.PRIOR_BIAS]

    def matrix(self, data: list[dict[str, Any]]) -> tuple[Any, Any]:
        import numpy as np

        column = {name: i for i, name in enumerate(self.names)}
        x = np.zeros((len(data), len(self.names) + 1))
        x[:, -1] = 1.0
        for row, ex in enumerate(data):
            for name in ex["cues"]:
                x[row, column[name]] = 1.0
        return x, np.array([ex["outreach"] for ex in data], dtype=float)

    def fit(self, data: list[dict[str, Any]], lam: float) -> Any:
        import numpy as np
        from scipy.optimize import minimize

        x, y = self.matrix(data)
        prior = np.array(self.prior)

        def loss(w: Any) -> tuple[float, Any]:
            z = x @ w
            value = np.sum(np.logaddexp(0.0, z) - y * z) + lam * np.sum((w - prior) ** 2)
            grad = x.T @ (1.0 / (1.0 + np.exp(-z)) - y) + 2.0 * lam * (w - prior)
            return float(value), grad

        return minimize(loss, prior.copy(), jac=True, method="L-BFGS-B").x

    def measure(self, data: list[dict[str, Any]], w: Any) -> dict[str, float]:
        import numpy as np

        x, y = self.matrix(data)
        p = np.clip(1.0 / (1.0 + np.exp(-(x @ w))), 1e-9, 1 - 1e-9)
        said = p >= 0.5
        return {
            "n": len(data),
            "right": int((said == (y == 1)).sum()),
            "missed": int((~said & (y == 1)).sum()),
            "taken": int((said & (y == 0)).sum()),
            "log_loss": float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))),
            "brier": float(np.mean((p - y) ** 2)),
        }


def _row(name: str, m: dict[str, float]) -> str:
    return (
        f"| {name} | {m['n']} | {100 * m['right'] / m['n']:.2f}% | {m['missed']} | {m['taken']}"
        f" | {m['log_loss']:.3f} | {m['brier']:.4f} |"
    )


def _summed(parts: list[dict[str, float]]) -> dict[str, float]:
    n = sum(p["n"] for p in parts)
    return {
        "n": n,
        **{k: sum(p[k] for p in parts) for k in ("right", "missed", "taken")},
        **{k: sum(p[k] * p["n"] for p in parts) / n for k in ("log_loss", "brier")},
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    import numpy as np

    data = examples()
    train = [ex for ex in data if ex["split"] not in HOLD_OUT]
    held = [ex for ex in data if ex["split"] in HOLD_OUT]
    model = Model()
    prior = np.array(model.prior)
    fold_of = [_fold(ex["split"]) for ex in train]
    print(f"{len(train)} messages to fit on, {len(held)} held out")
    print("| weights | messages | accuracy | outreach missed | others taken | log loss | Brier |")
    print("|---|---|---|---|---|---|---|")
    best: tuple[float, float] | None = None
    folds = [
        ([ex for ex, f in zip(train, fold_of, strict=True) if f != k],
         [ex for ex, f in zip(train, fold_of, strict=True) if f == k])
        for k in range(FOLDS)
    ]
    print(_row("hand-set, cross-validation", _summed([model.measure(t, prior) for _, t in folds])))
    for lam in LAMBDAS:
        cv = _summed([model.measure(test, model.fit(fit, lam)) for fit, test in folds])
        print(_row(f"fitted λ={lam:g}, cross-validation", cv))
        if best is None or cv["log_loss"] < best[1]:
            best = (lam, cv["log_loss"])
    assert best is not None
    w = np.round(model.fit(train, best[0]), 2)  # as written
    print(_row("hand-set, held out", model.measure(held, prior)))
    print(_row(f"fitted λ={best[0]:g}, held out", model.measure(held, w)))
    if args.write:
        fitted = {name: float(v) for name, v in zip(model.names, w, strict=False)}
        OUT.write_text(
            json.dumps(
                {
                    "note": "fitted by benchmarks/intake/train_outreach.py; see its docstring",
                    "lambda": best[0],
                    "messages": len(train),
                    "bias": float(w[-1]),
                    "weights": fitted,
                },
                indent=1,
            )
            + "\n",
            "utf-8",
        )
        print(f"wrote {OUT}")
    return 0


def _fold(split: str) -> int:
    """Whole sets to a fold: "test417" by its number, the first sets to fold 0."""
    digits = "".join(ch for ch in split if ch.isdigit())
    return int(digits) % FOLDS if digits else 0


if __name__ == "__main__":
    raise SystemExit(main())
