"""Rank indexed positions for one seeker: every factor is a vector over all positions.

    index = PositionIndex.build(positions, codes=engine.features.codes,
                                job_zones=engine.features.job_zones, key=engine.features.key)
    result = rank(seeker, index, engine=engine, limit=20)

Factors, each 0-1 (weights in :data:`WEIGHTS`; a factor that cannot be judged for anyone,
such as pay without a floor, is left out and the others renormalised):

* **skills**: coverage of the required skills (weighs 3x the nice-to-have ones), from two
  sparse products with the seeker's skill vector;
* **occupation**: closeness of the position's occupation to the seeker's, from the pivot
  engine (the same evidence as `sidedoor pivot`), squashed to 0-1;
* **job zone**: the step from the seeker's job zone; over- and under-qualified both lower it;
* **pay**: the position's top of range against the seeker's floor;
* **market**: where the position's pay sits among the OEWS percentiles of its occupation
  where it is (:mod:`sidedoor.doors.market`; needs ``attach_market`` on the index);
* **aspirations**: the seeker's goals met (:mod:`sidedoor.doors.aspirations`);
* **location**: remote, same city, same state, relocation, and the preferred workplace.

Deal-breakers are boolean masks: a violated one removes the position or flags it (score
halved, label "long shot"), and the fit names it. Only the top results are explained.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from sidedoor.doors.aspirations import aspiration_fits, read_aspirations
from sidedoor.doors.index import WORKPLACES, PositionIndex, skill_key, title_words
from sidedoor.doors.market import market_percentile, percentile_words
from sidedoor.doors.models import DoorsResult, Fit, Label, Seeker
from sidedoor.doors.places import parse_place

if TYPE_CHECKING:
    from sidedoor.pivot.engine import PivotEngine

Vec = npt.NDArray[np.float64]
WEIGHTS: dict[str, float] = {
    "skills": 0.36, "occupation": 0.18, "job_zone": 0.13, "pay": 0.12, "market": 0.06,
    "aspirations": 0.07, "location": 0.08,
}
REQUIRED_SHARE = 0.75  # of the skills factor; nice-to-have gets the rest
NOTHING_LISTED = 0.3  # skills fit of a position that lists no skills
UNKNOWN = 0.5  # fit of a factor the position does not state
NO_PLACE = 0.6  # location fit when the person's place is not known
LABELS: tuple[tuple[float, Label], ...] = (
    (0.72, "strong"), (0.58, "good"), (0.42, "stretch"), (-1.0, "long shot"))
FLAGGED = 0.5
PAY_RAMP = 0.75  # pay fit falls from 1 at the floor to 0 at this share of it
# Job-zone step (position minus seeker) -> fit; larger steps get the last value.
STEP_FIT = {0: 1.0, 1: 0.7, -1: 0.75, 2: 0.35, -2: 0.4}
FAR_STEP = 0.1
TOP_REASONS = 3


@dataclass
class Reasons:
    """The reasons for and against one fit (a position for a person, or a person for a
    position). Each weighs its factor's weight times its distance from neutral (0.5)."""

    values: dict[str, float]
    pros: list[tuple[float, str]] = field(default_factory=list)
    cons: list[tuple[float, str]] = field(default_factory=list)

    def say(self, name: str, good: str, bad: str, hi: float = 0.7, lo: float = 0.5) -> None:
        """``good`` when factor ``name`` is at least ``hi``, ``bad`` when below ``lo``."""
        v = self.values.get(name)
        if v is None:
            return
        weight = WEIGHTS[name] * abs(v - 0.5)
        if v >= hi and good:
            self.pros.append((weight, good))
        elif v < lo and bad:
            self.cons.append((weight, bad))

    def skills(self, matched: list[str], missing: list[str], required: int,
               matched_nice: list[str], nice_text: str) -> None:
        """The skills reasons: required coverage first, else the nice-to-have ones."""
        if required:
            shown = ", ".join(matched[:4]) + ("…" if len(matched) > 4 else "")
            self.say("skills", f"has {len(matched)} of {required} required skills"
                     + (f" ({shown})" if matched else ""),
                     f"missing required: {', '.join(missing[:5])}"
                     + ("…" if len(missing) > 5 else ""))
        elif nice_text:
            self.say("skills", nice_text, "matches few of the listed skills")
        if matched_nice and required:
            self.pros.append((0.01, f"also nice-to-have: {', '.join(matched_nice[:3])}"))
# Market percentile -> fit: the 10th percentile or below is a poor fit, the 90th a full one.
MARKET_FIT = ((0.0, 10.0, 25.0, 50.0, 75.0, 90.0, 100.0), (0.0, 0.1, 0.3, 0.6, 0.85, 1.0, 1.0))
ASPIRATION_MET = 0.75  # an aspiration at or above this is "met" in the reasons
ASPIRATION_MISSED = 0.1  # at or below, against
ASPIRATION_REASON = 0.1  # how high a met (or missed) aspiration sits among the reasons


def label_of(score: float) -> Label:
    return next(label for floor, label in LABELS if score >= floor)


def occupation_closeness(engine: PivotEngine, seeker: Seeker) -> Vec | None:
    """0-1 closeness of every occupation to the seeker's (pivot's combined evidence, without
    its job-zone penalty: doors judges the job zone itself); None if nothing to go on."""
    from sidedoor.pivot.models import PersonFeatures

    if seeker.occupation:
        row = engine.resolve(seeker.occupation)
        scores = engine.score(engine.occupation_query(row))
    elif seeker.skills:
        scores = engine.score(engine.person_query(PersonFeatures(technologies=seeker.skills)))
        row = None
    else:
        return None
    z = np.nan_to_num(scores.combined + scores.penalty, nan=0.0, neginf=0.0)
    closeness = 1.0 - np.exp(-np.maximum(z, 0.0) / 4.0)
    if row is not None:
        closeness[row] = 1.0
    return closeness


def rank(seeker: Seeker, index: PositionIndex, *, engine: PivotEngine | None = None,
         closeness: Vec | None = None, limit: int = 20) -> DoorsResult:
    """The best ``limit`` positions for ``seeker``, explained, and what was removed."""
    n = len(index)
    notes: list[str] = list(index.notes)
    x = seeker_vector(seeker, index)
    if closeness is None and engine is not None:
        closeness = occupation_closeness(engine, seeker)
    seeker_zone = seeker.job_zone or 0
    if not seeker_zone and engine is not None and seeker.occupation:
        seeker_zone = int(engine.features.job_zones[engine.resolve(seeker.occupation)])

    factors: dict[str, Vec] = {"skills": _skills(index, x)}
    if closeness is not None:
        factors["occupation"] = np.where(index.occ_row >= 0,
                                         closeness[np.maximum(index.occ_row, 0)], UNKNOWN)
    else:
        notes.append("No occupation or skills for the seeker: occupation closeness left out.")
    if seeker_zone:
        factors["job_zone"] = _job_zone(index, seeker_zone)
    if seeker.pay_floor:
        factors["pay"] = _pay(index, seeker.pay_floor)
    market = market_percentile(index)
    if not np.isnan(market).all():
        factors["market"] = _market_fit(index, market)
    wishes: dict[str, Vec] = {}
    if seeker.aspirations:
        wishes, said = aspiration_fits(read_aspirations(seeker.aspirations), index,
                                       zone=seeker_zone, floor=seeker.pay_floor, market=market)
        notes += said
        if wishes:
            total_met = np.zeros(n)
            count = np.zeros(n)
            for wish in wishes.values():
                judged = ~np.isnan(wish)
                total_met += np.where(judged, wish, 0.0)
                count += judged
            with np.errstate(invalid="ignore", divide="ignore"):
                factors["aspirations"] = np.where(count > 0, total_met / count, UNKNOWN)
    factors["location"] = _location(index, seeker)
    total = sum(WEIGHTS[name] for name in factors)
    score = sum(WEIGHTS[name] * f for name, f in factors.items()) / total

    breakers = deal_breaker_masks(seeker, index, seeker_zone)
    violated = np.zeros(n, dtype=bool)
    for mask in breakers.values():
        violated |= mask
    removed = flagged = 0
    if seeker.deal_breakers.action == "remove":
        removed = int(violated.sum())
        score = np.where(violated, -np.inf, score)
    else:
        flagged = int(violated.sum())
        score = np.where(violated, score * FLAGGED, score)

    k = min(limit, n - removed)
    top: list[int] = []
    if k > 0:
        part = np.argpartition(-score, k - 1)[:k]
        top = sorted(part.tolist(), key=lambda i: (-score[i], i))
    context = _Context(factors=factors, breakers=breakers, score=score, zone=seeker_zone,
                       market=market, wishes=wishes)
    fits = [_explain(index, seeker, x, context, i) for i in top]
    return DoorsResult(fits=fits, ranked=n - removed, removed=removed, flagged=flagged,
                       notes=notes)


def seeker_vector(seeker: Seeker, index: PositionIndex) -> npt.NDArray[np.float32]:
    col = index.lookup("skills")
    x = np.zeros(len(index.skills), dtype=np.float32)
    for name in seeker.skills:
        j = col.get(skill_key(name))
        if j is not None:
            x[j] = 1.0
    return x


# ---------------------------------------------------------------- factors


def _skills(index: PositionIndex, x: npt.NDArray[np.float32]) -> Vec:
    req_n, nice_n = index.required_count, index.nice_count
    req_hit = np.asarray(index.required @ x, dtype=np.float64)
    nice_hit = np.asarray(index.nice @ x, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        req = np.where(req_n > 0, req_hit / req_n, np.nan)
        nice = np.where(nice_n > 0, nice_hit / nice_n, np.nan)
    req = np.where(np.isnan(req), nice, req)
    nice = np.where(np.isnan(nice), req, nice)
    return np.nan_to_num(REQUIRED_SHARE * req + (1 - REQUIRED_SHARE) * nice, nan=NOTHING_LISTED)


def _market_fit(index: PositionIndex, market: Vec) -> Vec:
    """Market percentile -> fit, the same for every seeker: computed once per index."""
    cached = index.derived.get("market_fit")
    if cached is not None and cached[0] is market:
        return np.asarray(cached[1])
    fit = np.where(np.isnan(market), UNKNOWN, np.interp(market, *MARKET_FIT))
    index.derived["market_fit"] = (market, fit)
    return fit


def _job_zone(index: PositionIndex, zone: int) -> Vec:
    return zone_fit(index.job_zone.astype(np.int64) - zone, index.job_zone > 0)


def zone_fit(step: npt.NDArray[np.int64], known: npt.NDArray[np.bool_]) -> Vec:
    """Job-zone step (position minus person) -> fit; UNKNOWN where a zone is not known."""
    fit = np.full(len(step), FAR_STEP)
    for d, value in STEP_FIT.items():
        fit[step == d] = value
    return np.where(known, fit, UNKNOWN)


def _pay(index: PositionIndex, floor: float) -> Vec:
    top = np.where(np.isnan(index.pay_max), index.pay_min, index.pay_max).astype(np.float64)
    fit = np.clip((top / floor - PAY_RAMP) / (1.0 - PAY_RAMP), 0.0, 1.0)
    return np.where(np.isnan(top), UNKNOWN, fit)


def _place_ids(index: PositionIndex, text: str | None) -> tuple[int, int]:
    city, state = parse_place(text)
    lookup = index.lookup("places")
    return (lookup.get(f"{city}|{state}", -2) if city and state else -2,
            lookup.get(state, -2) if state else -2)


def _location(index: PositionIndex, seeker: Seeker) -> Vec:
    city, state = _place_ids(index, seeker.location)
    if seeker.location:
        local = local_fit(index.city == city, index.state == state, index.state >= 0,
                          seeker.relocate)
    else:
        local = np.full(len(index), NO_PLACE)
    return workplace_fit(local, index.workplace, seeker.prefers)


def local_fit(same_city: npt.NDArray[np.bool_], same_state: npt.NDArray[np.bool_],
              state_known: npt.NDArray[np.bool_], relocate: bool | npt.NDArray[np.bool_]
              ) -> Vec:
    """How near the job is to the person, before the workplace is taken into account."""
    away = np.where(relocate, 0.45, 0.1)
    return np.asarray(np.where(same_city, 1.0, np.where(
        same_state, 0.75, np.where(state_known, away, UNKNOWN))), dtype=np.float64)


def workplace_fit(local: Vec, wp: npt.NDArray[np.int8], prefers: str | None) -> Vec:
    """The location fit: remote work fits anyone, hybrid a bit better than on-site, and a
    preferred workplace weighs in."""
    fit = np.where(wp == WORKPLACES.index("remote"), 1.0, local)
    fit = np.where(wp == WORKPLACES.index("hybrid"), np.minimum(1.0, local + 0.1), fit)
    fit = np.where(wp == WORKPLACES.index("unknown"), 0.8 * local + 0.1, fit)
    prefer = {"remote": (0.6, 0.8, 1.0), "hybrid": (0.85, 1.0, 0.9),
              "onsite": (1.0, 0.95, 0.9)}.get(prefers or "")
    if prefer:
        for kind, factor in zip(("onsite", "hybrid", "remote"), prefer, strict=True):
            fit = np.where(wp == WORKPLACES.index(kind), fit * factor, fit)
    return np.asarray(fit, dtype=np.float64)


def deal_breaker_masks(seeker: Seeker, index: PositionIndex, zone: int
                       ) -> dict[str, npt.NDArray[np.bool_]]:
    """Name of each deal-breaker -> the positions that violate it."""
    rules = seeker.deal_breakers
    masks: dict[str, npt.NDArray[np.bool_]] = {}
    if rules.min_pay:
        top = np.where(np.isnan(index.pay_max), index.pay_min, index.pay_max)
        masks[f"pay below ${rules.min_pay:,.0f}"] = ~np.isnan(top) & (top < rules.min_pay)
    for workplace in rules.workplaces:
        if workplace in WORKPLACES:
            masks[f"{workplace} work"] = index.workplace == WORKPLACES.index(workplace)
    if rules.only_in:
        inside = np.zeros(len(index), dtype=bool)
        for place in rules.only_in:
            city, state = _place_ids(index, place)
            inside |= (index.city == city) if parse_place(place)[0] else (index.state == state)
        remote = index.workplace == WORKPLACES.index("remote")
        masks[f"outside {', '.join(rules.only_in)}"] = ~remote & ~inside & (index.state >= 0)
    if rules.companies:
        names = {c.lower() for c in rules.companies}
        ids = [i for i, c in enumerate(index.company_names) if c in names]
        masks[f"company: {', '.join(rules.companies)}"] = np.isin(index.company_id, ids)
    for word in rules.title_words:
        terms = index.lookup("title_terms")
        cols = [terms[w] for w in title_words(word) if w in terms]
        hit = (np.asarray(index.title_matrix[:, cols].sum(axis=1)).ravel() >= len(cols)
               if cols and len(cols) == len(title_words(word)) else np.zeros(len(index), bool))
        masks[f"'{word}' in the title"] = hit
    if rules.max_job_zone_step is not None and zone:
        step = np.abs(index.job_zone.astype(np.int64) - zone)
        masks[f"job-zone step over {rules.max_job_zone_step}"] = (
            (index.job_zone > 0) & (step > rules.max_job_zone_step))
    return masks


# ---------------------------------------------------------------- explanations


def _row(m: object, i: int) -> list[int]:
    indptr = m.indptr  # type: ignore[attr-defined]
    return [int(j) for j in m.indices[indptr[i]:indptr[i + 1]]]  # type: ignore[attr-defined]


def _money(value: float) -> str:
    return f"${value:,.0f}"


@dataclass
class _Context:
    factors: dict[str, Vec]
    breakers: dict[str, npt.NDArray[np.bool_]]
    score: Vec
    zone: int
    market: Vec
    wishes: dict[str, Vec]


def _explain(index: PositionIndex, seeker: Seeker, x: npt.NDArray[np.float32], ctx: _Context,
             i: int) -> Fit:
    factors, breakers, score, zone = ctx.factors, ctx.breakers, ctx.score, ctx.zone
    labels = index.skill_labels
    req = _row(index.required, i)
    nice = _row(index.nice, i)
    matched = [labels[j] for j in req if x[j] > 0]
    missing = [labels[j] for j in req if x[j] == 0]
    matched_nice = [labels[j] for j in nice if x[j] > 0]
    values = {name: float(f[i]) for name, f in factors.items()}
    reasons = Reasons(values)
    pros, cons, say = reasons.pros, reasons.cons, reasons.say
    reasons.skills(matched, missing, len(req), matched_nice,
                   f"has {len(matched_nice)} of {len(nice)} nice-to-have skills" if nice else "")
    occupation = values.get("occupation")
    if occupation is not None and index.occ_row[i] >= 0:
        say("occupation", "same occupation as yours" if occupation >= 0.999 else
            "close to your occupation", "far from your occupation", hi=0.6, lo=0.25)
    pz = int(index.job_zone[i])
    if zone and pz:
        say("job_zone", f"right level (job zone {pz})",
            f"over-qualified: job zone {pz}, you are at {zone}" if pz < zone else
            f"under-qualified: job zone {pz}, you are at {zone}", hi=0.95, lo=0.8)
    top = float(index.pay_max[i]) if not math.isnan(index.pay_max[i]) else float(
        index.pay_min[i])
    pct = float(ctx.market[i])
    band = int(index.wage_band[i]) if index.has_market else -1
    market_text = ""
    market_side = 0  # 1: a reason for, -1: against, 0: neither
    if not math.isnan(pct) and band >= 0 and "market" in values:
        market_text = percentile_words(pct, index.wage_bands[band])
        market_side = 1 if values["market"] >= 0.7 else -1 if values["market"] < 0.3 else 0
    if seeker.pay_floor:
        if math.isnan(top):
            cons.append((0.005, "pay not stated"))
        else:
            good = values["pay"] >= 1.0
            text = (f"pays up to {_money(top)} (your floor {_money(seeker.pay_floor)})" if good
                    else f"pays up to {_money(top)}, below your floor "
                    f"{_money(seeker.pay_floor)}")
            weight = WEIGHTS["pay"] * abs(values["pay"] - 0.5)
            if market_side == (1 if good else -1):  # one reason: the floor and the market
                text += ", " + market_text.removeprefix("pays ")
                weight += WEIGHTS["market"] * abs(values["market"] - 0.5)
                market_side = 0
            (pros if good else cons).append((weight, text))
    if market_side:  # without a floor it is what is known about pay: weighed as pay
        weight = (WEIGHTS["market"] + (0 if "pay" in values else WEIGHTS["pay"])) * abs(
            values["market"] - 0.5)
        (pros if market_side > 0 else cons).append((weight, market_text))
    met: list[str] = []
    for text, wish in ctx.wishes.items():
        v = float(wish[i])
        if v >= ASPIRATION_MET:
            met.append(text)
            pros.append((ASPIRATION_REASON, f"matches your aspiration: {text}"))
        elif v <= ASPIRATION_MISSED:
            cons.append((ASPIRATION_REASON, f"against your aspiration: {text}"))
    workplace = WORKPLACES[int(index.workplace[i])]
    place = place_text(index.places, int(index.city[i]), int(index.state[i]))
    say("location", "remote" if workplace == "remote" else f"{workplace} in {place}",
        f"{workplace} in {place}" if place else f"{workplace}, location not stated",
        hi=0.75, lo=0.5)
    violated = [name for name, mask in breakers.items() if mask[i]]
    against = [f"deal-breaker: {name}" for name in violated]
    against += [text for _, text in sorted(cons, key=lambda c: -c[0])]
    value = float(score[i])
    return Fit(
        position=index.ids[i], title=index.titles[i], company=index.companies[i] or None,
        occupation=index.occupations[i] or None, score=round(value, 4),
        label="long shot" if violated else label_of(value),
        factors={k: round(v, 3) for k, v in values.items()},
        reasons_for=[text for _, text in sorted(pros, key=lambda c: -c[0])][:TOP_REASONS],
        reasons_against=against[:TOP_REASONS + len(violated)],
        deal_breakers=violated, matched_required=matched, missing_required=missing,
        matched_nice=matched_nice, aspirations_met=met,
        market_percentile=None if math.isnan(pct) else round(pct, 1),
        market_band=index.wage_bands[band] if band >= 0 and not math.isnan(pct) else None,
    )


def place_text(places: Sequence[str], city: int, state: int) -> str:
    """"Austin, TX" from an index's place vocabulary and a row's city/state columns
    (-1 = none); positions and people share the layout."""
    if city >= 0:
        name, st = places[city].split("|")
        return f"{name.title()}, {st}"
    if state >= 0:
        return str(places[state])
    return ""
