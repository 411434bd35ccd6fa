"""Fit the weights of the workplace model (`sidedoor.intake.extract.workplace_model`).

    python benchmarks/intake/train_workplace.py          # figures only
    python benchmarks/intake/train_workplace.py --write  # fit; write the weights

The weights go to src/sidedoor/intake/extract/workplace_model.json. Needs the `train` extra
(`pip install -e .[train]`: scikit-learn), which using the weights does not.

Each labelled outreach message is parsed as `score.py` parses it, the model recording the
positions it is asked about instead of placing them (`workplace_model.RECORD`): those whose
workplace no phrase named. Each is matched to a labelled position by its title (as `score.py`
matches them); the example is 1 when the label says on site, 0 otherwise. A feature fewer than
`MIN_MESSAGES` training positions have is left out; a logistic regression learns a weight per
feature. C is chosen by five-fold cross-validation over whole sets; printed too: the newest
read sets (`VALIDATE`) and the held-out sets (`train_company.HOLD_OUT`, never trained on).
"""

from __future__ import annotations

import argparse
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from logit import cross_validated, fit, measure, row, write  # noqa: E402
from score import HELDOUT, _title_score, load_heldout, load_messages  # noqa: E402
from train_company import HOLD_OUT  # noqa: E402

OUT = HERE.parent.parent / "src" / "sidedoor" / "intake" / "extract" / "workplace_model.json"
CS = (0.1, 0.3, 1.0, 3.0)
#: the newest read sets, whose writers' labels say "on site" where the work implies it
VALIDATE = frozenset(f"test{n}" for n in range(625, 643))
FOLDS = 5
MIN_MESSAGES = 5  # (3 and 10 tried: see benchmarks/intake/README.md, round 28)


def _examples_of(msg: dict[str, Any]) -> list[dict[str, Any]]:
    from sidedoor.intake import parse_bytes
    from sidedoor.intake.extract import workplace_model

    label = msg["label"]
    if not label["outreach"] or not label["positions"]:
        return []
    workplace_model.RECORD = []
    try:
        item = parse_bytes(msg["text"].encode(), name=f"{msg['id']}.txt").items[0]
        seen = workplace_model.RECORD
    finally:
        workplace_model.RECORD = None
    wants = label["positions"]
    out = []
    for feats, title in seen:
        if len(wants) == 1 and len(item.positions) == 1:
            want = wants[0]
        else:
            score, i = max((_title_score(w["title"], title), i) for i, w in enumerate(wants))
            if score <= 0:
                continue
            want = wants[i]
        out.append({"split": msg["split"], "id": msg["id"],
                    "y": 1 if want["workplace"] == "onsite" else 0, "features": feats})
    return out


def examples() -> list[dict[str, Any]]:
    messages = load_messages() + [m for n in HELDOUT for m in load_heldout(n)]
    with Pool() as pool:
        return [ex for part in pool.map(_examples_of, messages, chunksize=64) for ex in part]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()

    data = examples()
    read = [ex for ex in data if ex["split"] not in HOLD_OUT]
    held = [ex for ex in data if ex["split"] in HOLD_OUT]
    print(f"{len(read)} positions to fit on, {len(held)} held out")
    print("| fit | positions | on site | called on site rightly | wrongly | net | log loss |")
    print("|---|---|---|---|---|---|---|")
    print(row("none called on site, read sets", measure(read, -100.0, {})))
    c = cross_validated(read, CS, FOLDS, MIN_MESSAGES)
    check = [ex for ex in read if ex["split"] in VALIDATE]
    print(row("none called on site, newest read sets", measure(check, -100.0, {})))
    print(row(f"C={c:g}, newest read sets (fitted without them)",
              measure(check, *fit([ex for ex in read if ex["split"] not in VALIDATE], c,
                                  MIN_MESSAGES))))
    bias, weights = fit(read, c, MIN_MESSAGES)
    print(row("none called on site, held out", measure(held, -100.0, {})))
    print(row(f"C={c:g}, held out", measure(held, bias, weights)))
    if args.write:
        write(OUT, "train_workplace.py", {"C": c, "positions": len(read)}, bias, weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
