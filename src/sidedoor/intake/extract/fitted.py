"""The logistic models whose weights a trainer in `benchmarks/intake` fitted (the title-tail,
agency and workplace models): their weights read from the package's JSON files, and applied.
A feature a file does not list weighs nothing."""

from __future__ import annotations

import json
import math
from importlib import resources


def load(name: str) -> tuple[float, dict[str, float]]:
    """The bias and the weights in `name`, a JSON file of `sidedoor.intake.extract`."""
    data = resources.files("sidedoor.intake.extract").joinpath(name)
    loaded = json.loads(data.read_text("utf-8"))
    return float(loaded["bias"]), {k: float(v) for k, v in loaded["weights"].items()}


def probability(fitted: tuple[float, dict[str, float]], feats: dict[str, float]) -> float:
    """The model's probability for the features `feats`."""
    bias, weights = fitted
    z = bias + sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-z))
