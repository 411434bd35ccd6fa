"""Fit the weights of the title-tail model (`sidedoor.intake.extract.title_tail`).

    python benchmarks/intake/train_title_tail.py          # figures only
    python benchmarks/intake/train_title_tail.py --write  # fit; write the weights

The weights go to src/sidedoor/intake/extract/title_tail.json. Needs the `train` extra
(`pip install -e .[train]`: scikit-learn), which using the weights does not.

Each labelled outreach message is parsed as `score.py` parses it, the model recording the
titles it is asked about instead of extending them (`title_tail.RECORD`); each title with a
tail after it (a bracket, a dash, a comma, "in") that matches a labelled position is an
example: 1 when the label is the title with the tail, 0 when it is the title without it
(others, where the label is neither, are left out). A logistic regression learns a weight per
feature.

What the tail examples say depends on the rules they come after: on the sets the rules were
tuned on, the tails the labels keep were mostly attached already, so what is left is nearly all
"no"; on newer writers' sets it is not. So the fit may use only the sets from a number on:
that number is chosen by log loss on the newest read sets (`VALIDATE`, left out of that
choice's fits), the regularisation C by five-fold cross-validation over whole sets from it on,
and the model is fitted on them all. Printed: per choice, the log loss and the tails it would
take rightly and wrongly; then the same on the held-out sets (`train_company.HOLD_OUT`, never
trained on).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from logit import measure, row  # noqa: E402
from score import HELDOUT, _title_score, load_heldout, load_messages, norm, same  # noqa: E402
from train_company import HOLD_OUT  # noqa: E402

OUT = HERE.parent.parent / "src" / "sidedoor" / "intake" / "extract" / "title_tail.json"
#: the newest read sets: the validation that chooses where the training sets start and C
VALIDATE = frozenset(f"test{n}" for n in range(613, 625))
SINCE = (0, 200, 300, 400, 500)
CS = (0.3, 1.0, 3.0)
FOLDS = 5


def _examples_of(msg: dict[str, Any]) -> list[dict[str, Any]]:
    from sidedoor.intake import parse_bytes
    from sidedoor.intake.extract import title_tail
    from sidedoor.intake.extract.title_tail import features, tail_after

    label = msg["label"]
    if not label["outreach"] or not label["positions"]:
        return []
    title_tail.RECORD = []  # the titles as the model would see them, none extended
    try:
        item = parse_bytes(msg["text"].encode(), name=f"{msg['id']}.txt").items[0]
        seen = title_tail.RECORD
    finally:
        title_tail.RECORD = None
    wants = [p["title"] for p in label["positions"]]
    # the titles of the positions the message ends with (not those dropped or merged later)
    kept = {
        ev.start for p in item.positions if (ev := p.evidence.get("title")) is not None
    }
    out = []
    for text, start, end, title, company in seen:
        if start not in kept:
            continue
        if len(wants) == 1 and len(item.positions) == 1:
            want = wants[0]
        else:
            score, want = max((_title_score(w, title), w) for w in wants)
            if score <= 0:
                continue
        tail = tail_after(text, end)
        if tail is None or norm(title + tail.written) == norm(title):
            continue  # none, or one the comparison ignores ("(m/w/d)")
        if norm(want) == norm(title + tail.written):
            y = 1
        elif same("title", want, title):
            y = 0
        else:
            continue
        out.append({
            "split": msg["split"],
            "y": y,
            "features": features(text, start, end, title, tail, company),
        })
    return out


def examples() -> list[dict[str, Any]]:
    messages = load_messages() + [m for n in HELDOUT for m in load_heldout(n)]
    with Pool() as pool:
        return [ex for part in pool.map(_examples_of, messages, chunksize=64) for ex in part]


def _fold(split: str) -> int:
    """Whole sets to a fold, by their number."""
    return _number(split) % FOLDS


def _number(split: str) -> int:
    found = re.search(r"\d+", split)
    return int(found.group()) if found and split.startswith("test") else 0


def fit(train: list[dict[str, Any]], c: float) -> tuple[float, dict[str, float]]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = sorted({name for ex in train for name in ex["features"]})
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(train), len(names)))
    for at, ex in enumerate(train):
        for name, value in ex["features"].items():
            x[at, index[name]] = value
    y = np.array([ex["y"] for ex in train])
    model = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    weights = {name: round(float(w), 3) for name, w in zip(names, model.coef_[0], strict=True)}
    return round(float(model.intercept_[0]), 3), {k: v for k, v in weights.items() if v}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    data = examples()
    read = [ex for ex in data if ex["split"] not in HOLD_OUT]
    held = [ex for ex in data if ex["split"] in HOLD_OUT]
    check = [ex for ex in read if ex["split"] in VALIDATE]
    print(f"{len(read)} tails to fit on ({len(check)} of them validate), {len(held)} held out")
    print("| fit | tails | the label's | taken rightly | taken wrongly | net | log loss |")
    print("|---|---|---|---|---|---|---|")
    best_since: tuple[float, int] | None = None
    for since in SINCE:
        train = [ex for ex in read
                 if ex["split"] not in VALIDATE and _number(ex["split"]) >= since]
        m = measure(check, *fit(train, 1.0))
        print(row(f"sets {since}+, C=1, validation", m))
        if best_since is None or m["log_loss"] < best_since[0]:
            best_since = (m["log_loss"], since)
    assert best_since is not None
    since = best_since[1]
    pool = [ex for ex in read if _number(ex["split"]) >= since]
    best_c: tuple[float, float] | None = None
    for c in CS:
        folds = [measure([ex for ex in pool if _fold(ex["split"]) == k],
                         *fit([ex for ex in pool if _fold(ex["split"]) != k], c))
                 for k in range(FOLDS)]
        m = {
            "n": sum(f["n"] for f in folds), "kept": sum(f["kept"] for f in folds),
            "right": sum(f["right"] for f in folds), "wrong": sum(f["wrong"] for f in folds),
            "log_loss": sum(f["log_loss"] * f["n"] for f in folds)
            / max(1, sum(f["n"] for f in folds)),
        }
        print(row(f"sets {since}+, C={c:g}, {FOLDS}-fold cross-validation", m))
        if best_c is None or m["log_loss"] < best_c[0]:
            best_c = (m["log_loss"], c)
    assert best_c is not None
    c = best_c[1]
    bias, weights = fit([ex for ex in read if _number(ex["split"]) >= since], c)
    print(row("nothing taken, held out", measure(held, -100.0, {})))
    print(row(f"sets {since}+, C={c:g}, held out", measure(held, bias, weights)))
    if args.write:
        OUT.write_text(
            json.dumps(
                {
                    "note": "fitted by benchmarks/intake/train_title_tail.py; see its docstring",
                    "since": since,
                    "C": c,
                    "tails": sum(1 for ex in read if _number(ex["split"]) >= since),
                    "bias": bias,
                    "weights": dict(sorted(weights.items())),
                },
                indent=1,
            )
            + "\n",
            "utf-8",
        )
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
