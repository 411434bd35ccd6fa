"""The recruiter's side: many people ranked for one position, from the same factors.

    people = PeopleIndex.build(docs, codes=engine.features.codes,
                               job_zones=engine.features.job_zones, key=engine.features.key)
    result = rank_people(position_doc, people, engine=engine, limit=20)

People are indexed once, like positions: a sparse people x skills matrix, their occupations
as rows of the pivot features, job zones and places as arrays. Ranking them for a position is
a few sparse products and vector operations:

* **skills**: the position's required skills (3x) and nice-to-have ones each person has;
* **occupation**: the pivot engine's closeness of every occupation to the position's (one
  query), read at each person's occupation — people from other occupations whose skills
  transfer rank above unrelated ones. For a person with no coded occupation, the engine's
  technology evidence from their skills (two sparse products for them all; `sidedoor pivot`
  also weighs tools, commodity classes and activities, so its figure can differ);
* **job zone**: the step from the person's level (over- and under-qualified both lower it);
* **location**: where they are against the position's place and workplace.

People state no pay floor or deal-breakers here, so those are not part of this side.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from pydantic import Field
from scipy import sparse

from sidedoor.doors.index import (
    INDEX_VERSION,
    WORKPLACES,
    Vocab,
    _get,
    add_skill,
    read_position,
    skill_key,
)
from sidedoor.doors.models import BaseModel, Label, Seeker
from sidedoor.doors.places import parse_place
from sidedoor.doors.rank import (
    NO_PLACE,
    NOTHING_LISTED,
    REQUIRED_SHARE,
    TOP_REASONS,
    UNKNOWN,
    WEIGHTS,
    Reasons,
    label_of,
    local_fit,
    occupation_closeness,
    place_text,
    workplace_fit,
    zone_fit,
)

if TYPE_CHECKING:
    from sidedoor.pivot.engine import PivotEngine

Vec = npt.NDArray[np.float64]


@dataclass
class PeopleIndex:
    """Matrices over n people. Build with :meth:`build`; rank with :func:`rank_people`."""

    key: str
    ids: list[str]
    names: list[str]
    occupations: list[str]  # O*NET code or ''
    skills: list[str]  # column names (normalised, see skill_key)
    skill_labels: list[str]
    matrix: sparse.csr_matrix  # n x skills, 1.0 where the person has the skill
    occ_row: npt.NDArray[np.int32]  # row in the pivot features, -1 unknown
    job_zone: npt.NDArray[np.int8]  # the occupation's job zone, 0 unknown
    city: npt.NDArray[np.int32]  # index into `places`, -1 unknown
    state: npt.NDArray[np.int32]
    places: list[str]

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, people: Iterable[Any], *, codes: list[str] | None = None,
              job_zones: Iterable[int] | None = None, key: str = "") -> PeopleIndex:
        """Index people: dicts (or objects) with ``id``, ``name``, ``skills``,
        ``occupation``, ``location`` (and ``job_zone``), e.g. ``sources.person_doc``."""
        row_of = {c: i for i, c in enumerate(codes or [])}
        zone_of = list(job_zones) if job_zones is not None else []
        skills, places = Vocab(), Vocab()
        labels: list[str] = []
        ids: list[str] = []
        names: list[str] = []
        occupations: list[str] = []
        ind: list[int] = []
        ptr = [0]
        cols: dict[str, list[int]] = {k: [] for k in ("occ", "jz", "city", "state")}
        for n, person in enumerate(people):
            ids.append(str(_get(person, "id", None) or n))
            names.append(str(_get(person, "name", None) or ""))
            code = str(_get(person, "occupation", None) or "")
            row = row_of.get(code, -1)
            if row < 0 and code and row_of:  # '15-1252' or an unknown detail: its .00 row
                row = row_of.get(code[:7] + ".00", -1)
            occupations.append(code)
            ind += sorted({add_skill(skills, labels, str(s))
                           for s in _get(person, "skills", None) or [] if str(s).strip()})
            ptr.append(len(ind))
            cols["occ"].append(row)
            zone = int(_get(person, "job_zone", None) or 0)
            cols["jz"].append(zone or (int(zone_of[row]) if row >= 0 and zone_of else 0))
            city, state = parse_place(_get(person, "location", None))
            cols["state"].append(places.add(state) if state else -1)
            cols["city"].append(places.add(f"{city}|{state}") if city and state else -1)
        matrix = sparse.csr_matrix(
            (np.ones(len(ind), dtype=np.float32), np.array(ind, dtype=np.int32),
             np.array(ptr, dtype=np.int64)), shape=(len(ids), len(skills.index)))
        return cls(key=f"{key}:{INDEX_VERSION}", ids=ids, names=names,
                   occupations=occupations, skills=skills.terms, skill_labels=labels,
                   matrix=matrix, occ_row=np.array(cols["occ"], dtype=np.int32),
                   job_zone=np.array(cols["jz"], dtype=np.int8),
                   city=np.array(cols["city"], dtype=np.int32),
                   state=np.array(cols["state"], dtype=np.int32), places=places.terms)


class PersonFit(BaseModel):
    person: str = Field(description="The person's id (a file name for a résumé folder).")
    name: str | None = None
    occupation: str | None = Field(None, description="Their coded occupation, if any.")
    same_occupation: bool = False
    score: float
    label: Label
    factors: dict[str, float]
    reasons_for: list[str]
    reasons_against: list[str]
    deal_breakers: list[str] = Field(default_factory=list)
    matched_required: list[str] = Field(default_factory=list)
    missing_required: list[str] = Field(default_factory=list)
    matched_nice: list[str] = Field(default_factory=list)


class PeopleResult(BaseModel):
    fits: list[PersonFit]
    ranked: int
    notes: list[str] = Field(default_factory=list)


def rank_people(position: Any, people: PeopleIndex, *, engine: PivotEngine | None = None,
                limit: int | None = None) -> PeopleResult:
    """The best ``limit`` people (all when None) for ``position`` (a dict or intake
    Position, as :class:`PositionIndex` reads it), explained."""
    n = len(people)
    rec = read_position(position)
    notes: list[str] = []
    col = {term: j for j, term in enumerate(people.skills)}
    req_keys = list(dict.fromkeys(skill_key(s) for s in rec["required"]))
    nice_keys = [k for k in dict.fromkeys(skill_key(s) for s in rec["nice"])
                 if k not in req_keys]
    req_cols = [col[k] for k in req_keys if k in col]
    nice_cols = [col[k] for k in nice_keys if k in col]
    factors: dict[str, Vec] = {
        "skills": _skills(people, req_cols, len(req_keys), nice_cols, len(nice_keys))}

    pos_row = -1
    pos_zone = rec["job_zone"]
    by_skills = np.full(n, np.nan)
    if engine is not None and rec["occupation"]:
        pos_row = engine.features.index.get(rec["occupation"], -1)
        if pos_row < 0:
            notes.append(f"The position's occupation {rec['occupation']} is not in the data: "
                         "occupation closeness left out.")
    if pos_row >= 0 and engine is not None:
        pos_zone = pos_zone or int(engine.features.job_zones[pos_row])
        closeness = occupation_closeness(engine, Seeker(occupation=rec["occupation"]))
        assert closeness is not None
        by_skills = _skills_closeness(people, engine, pos_row)
        factors["occupation"] = np.where(
            people.occ_row >= 0, closeness[np.maximum(people.occ_row, 0)],
            np.where(np.isnan(by_skills), UNKNOWN, by_skills))
    elif not notes:
        why = "The position has no coded occupation" if engine is not None else (
            "No knowledge data")
        notes.append(f"{why}: occupation closeness left out.")
    zones = people.job_zone.astype(np.int64)
    if pos_zone:
        factors["job_zone"] = zone_fit(pos_zone - zones, zones > 0)
    city, state = parse_place(rec["location"])
    place = {p: i for i, p in enumerate(people.places)}
    local = local_fit(people.city == place.get(f"{city}|{state}", -2),
                      people.state == place.get(state, -2) if state else np.zeros(n, bool),
                      np.full(n, bool(state)), False)
    local = np.where(people.state >= 0, local, NO_PLACE)  # as for a seeker with no place
    wp = np.full(n, WORKPLACES.index(rec["workplace"]), dtype=np.int8)
    factors["location"] = workplace_fit(local, wp, None)
    total = sum(WEIGHTS[name] for name in factors)
    score: Vec = np.sum([WEIGHTS[name] * f for name, f in factors.items()], axis=0) / total

    k = n if limit is None else min(limit, n)
    top: list[int] = []
    if k > 0:
        part = np.argpartition(-score, k - 1)[:k]
        top = sorted(part.tolist(), key=lambda i: (-score[i], people.ids[i]))
    fits = [_explain(people, rec, factors, score, i, req_cols, req_keys, nice_cols, pos_zone,
                     int(zones[i]), not np.isnan(by_skills[i])) for i in top]
    return PeopleResult(fits=fits, ranked=n, notes=notes)


def _skills(people: PeopleIndex, req: list[int], n_req: int, nice: list[int],
            n_nice: int) -> Vec:
    n = len(people)
    m = people.matrix

    def coverage(cols: list[int], total: int) -> Vec:
        if not total:
            return np.full(n, np.nan)
        if not cols:
            return np.zeros(n)
        hits = np.asarray(m[:, cols].sum(axis=1), dtype=np.float64).ravel()
        return hits / total

    r = coverage(req, n_req)
    v = coverage(nice, n_nice)
    r = np.where(np.isnan(r), v, r)
    v = np.where(np.isnan(v), r, v)
    return np.nan_to_num(REQUIRED_SHARE * r + (1 - REQUIRED_SHARE) * v, nan=NOTHING_LISTED)


def _skills_closeness(people: PeopleIndex, engine: PivotEngine, target: int) -> Vec:
    """For people with no coded occupation: how close their skills put them to occupation
    ``target`` — the pivot engine's technology evidence (IDF-weighted cosine to every
    occupation's technologies, as a z-score among occupations, squashed to 0-1 as
    :func:`occupation_closeness` does), for all of them in two sparse products. NaN where a
    person has an occupation or no skill O*NET lists as a technology."""
    out = np.full(len(people), np.nan)
    who = np.flatnonzero((people.occ_row < 0) & (np.diff(people.matrix.indptr) > 0))
    tech = engine.tech_lower
    pairs = [(i, tech[term]) for i, term in enumerate(people.skills) if term in tech]
    if not len(who) or not pairs:
        return out
    family = engine.features.families["technology"]
    rows, cols = zip(*pairs, strict=True)
    to_tech = sparse.csr_matrix((np.ones(len(pairs), dtype=np.float32), (rows, cols)),
                                shape=(len(people.skills), family.matrix.shape[1]))
    idf = sparse.diags(np.asarray(family.idf, dtype=np.float64))
    have = sparse.csr_matrix(people.matrix[who] @ to_tech @ idf)
    norms = np.sqrt(np.asarray(have.multiply(have).sum(axis=1)).ravel())
    sims = np.asarray((have @ family.matrix.T).todense()) / np.where(norms > 0, norms, 1.0)[
        :, None]  # people x occupations
    known = engine.has["technology"]
    mean = sims[:, known].mean(axis=1)
    std = sims[:, known].std(axis=1)
    z = (sims[:, target] - mean) / np.where(std > 0, std, 1.0)
    closeness = 1.0 - np.exp(-np.maximum(z, 0.0) / 4.0)
    out[who] = np.where(norms > 0, closeness, np.nan)
    return out


def _explain(people: PeopleIndex, rec: dict[str, Any], factors: dict[str, Vec], score: Vec,
             i: int, req_cols: list[int], req_keys: list[str], nice_cols: list[int],
             pos_zone: int, zone: int, from_skills: bool) -> PersonFit:
    start, end = people.matrix.indptr[i], people.matrix.indptr[i + 1]
    has = {int(j) for j in people.matrix.indices[start:end]}
    labels = people.skill_labels
    req_label = {skill_key(s): s.strip() for s in rec["required"]}
    matched = [labels[j] for j in req_cols if j in has]
    matched_keys = {people.skills[j] for j in req_cols if j in has}
    missing = [req_label[k] for k in req_keys if k not in matched_keys]
    matched_nice = [labels[j] for j in nice_cols if j in has]
    values = {name: float(f[i]) for name, f in factors.items()}
    reasons = Reasons(values)
    pros, cons, say = reasons.pros, reasons.cons, reasons.say
    reasons.skills(matched, missing, len(req_keys), matched_nice,
                   f"has {len(matched_nice)} nice-to-have skills" if nice_cols else "")
    occupation = people.occupations[i] or None
    same = bool(occupation and occupation == rec["occupation"])
    if "occupation" in values and (occupation or from_skills):
        via = "" if occupation else " (judged from their skills)"
        say("occupation", "same occupation as the position" if same else
            f"close to the position's occupation{via}",
            f"far from the position's occupation{via}", hi=0.6, lo=0.25)
    if pos_zone and zone:
        say("job_zone", f"right level (job zone {pos_zone})",
            f"over-qualified: job zone {pos_zone}, they are at {zone}" if pos_zone < zone else
            f"under-qualified: job zone {pos_zone}, they are at {zone}", hi=0.95, lo=0.8)
    workplace = rec["workplace"]
    where = place_text(people.places, int(people.city[i]), int(people.state[i]))
    say("location", "remote" if workplace == "remote" else
        f"{workplace}, they are in {where}" if where else "",
        f"{workplace} in {rec['location']}, they are in {where}" if where and rec["location"]
        else f"{workplace}, their location not stated" if not where else "",
        hi=0.75, lo=0.5)
    value = float(score[i])
    return PersonFit(
        person=people.ids[i], name=people.names[i] or None, occupation=occupation,
        same_occupation=same,
        score=round(value, 4), label=label_of(value),
        factors={k: round(v, 3) for k, v in values.items()},
        reasons_for=[t for _, t in sorted(pros, key=lambda c: -c[0])][:TOP_REASONS],
        reasons_against=[t for _, t in sorted(cons, key=lambda c: -c[0])][:TOP_REASONS],
        matched_required=matched, missing_required=missing, matched_nice=matched_nice)

