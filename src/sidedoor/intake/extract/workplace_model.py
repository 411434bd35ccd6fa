"""On site, where no phrase says where the work is done: "12-hour shifts at the compression
plant", "a two-weeks-on rotation offshore", "the shoot is in Madrid for ten weeks", "working out
of our Thunder Bay service centre". The rules of `workplace` read the phrases that name the
arrangement ("hybrid", "fully remote", "on site five days"); a message that names none often
still describes work that can only be done in one place, and a reader takes it as on site.

The decision is a logistic regression over the words of the message and of the title, the pay
period, the benefits named, the employment type and whether a place is named. Its weights
(`workplace_model.json`) are fitted by `benchmarks/intake/train_workplace.py` on the labelled
messages (our own writing, no O*NET or ESCO data). The evidence is the word of the text that
weighs most for it. A feature the file does not list weighs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sidedoor.intake.extract import fitted
from sidedoor.intake.extract.company import fold
from sidedoor.intake.models import Evidence, Position
from sidedoor.intake.textutil import literal_matches

#: when off, a position no phrase places stays "unknown"
ENABLED = True
#: the trainer's: when a list, every position weighed is recorded there as (features, title)
#: and none is changed, so it learns from what the rules alone give
RECORD: list[tuple[dict[str, float], str | None]] | None = None

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WORD_START = re.compile(r"(?<!\w)")
_WORD_END = re.compile(r"(?!\w)")


def features(text: str, position: Position) -> dict[str, float]:
    feats: dict[str, float] = {}
    for word in {w for w in _WORD.findall(fold(text)) if len(w) >= 3}:
        feats[f"w:{word}"] = 1.0
    for word in {w for w in _WORD.findall(fold(position.title or ""))}:
        feats[f"t:{word}"] = 1.0
    pay = position.pay
    feats[f"period:{pay.period if pay.disclosed and pay.period else 'none'}"] = 1.0
    for benefit in {b.name for b in position.benefits}:
        feats[f"b:{benefit}"] = 1.0
    feats[f"type:{position.employment_type or 'none'}"] = 1.0
    feats[f"places={min(len(position.locations), 2)}"] = 1.0
    return feats


@lru_cache(maxsize=1)
def weights() -> tuple[float, dict[str, float]]:
    """The bias and the weights fitted by `benchmarks/intake/train_workplace.py`."""
    return fitted.load("workplace_model.json")


def probability(feats: dict[str, float]) -> float:
    return fitted.probability(weights(), feats)


def _evidence(text: str, feats: dict[str, float]) -> Evidence | None:
    """The word of the text that weighs most for "on site", where the text writes it."""
    _, fitted = weights()
    words = sorted(
        (fitted.get(name, 0.0), name[2:]) for name in feats if name.startswith("w:")
    )
    folded = fold(text)
    for weight, word in reversed(words):
        if weight <= 0:
            break
        # (folding keeps the length of most text; where it does not, the word is not shown)
        if len(folded) == len(text):
            for at, _ in literal_matches(folded, word, _WORD_START, _WORD_END):
                return Evidence.span(text, at, at + len(word))
    return None


def place(text: str, positions: list[Position]) -> None:
    """Each position whose workplace no phrase named is on site where the model says it more
    likely is than not, with the word that says it most as its evidence."""
    for position in positions:
        if position.workplace != "unknown":
            continue
        if RECORD is not None:
            RECORD.append((features(text, position), position.title))
            continue
        if not ENABLED:
            continue
        feats = features(text, position)
        if probability(feats) <= 0.5:
            continue
        evidence = _evidence(text, feats)
        if evidence is None:
            continue
        position.workplace = "onsite"
        position.evidence["workplace"] = evidence
