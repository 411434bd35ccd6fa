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
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from logit import cross_validated, fit, measure, row, write  # noqa: E402
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
    print(row("none called agency, read sets", measure(read, -100.0, {})))
    c = cross_validated(read, CS, FOLDS, MIN_MESSAGES)
    bias, weights = fit(read, c, MIN_MESSAGES)
    print(row("none called agency, held out", measure(held, -100.0, {})))
    print(row(f"C={c:g}, held out", measure(held, bias, weights)))
    if args.write:
        write(OUT, "train_agency.py", {"C": c, "senders": len(read)}, bias, weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
