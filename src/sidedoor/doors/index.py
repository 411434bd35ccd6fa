"""Positions indexed once into matrices, so ranking them is arithmetic, not a loop.

A position is an intake ``Position`` or a dict with any of these keys::

    {"id": "p1", "title": "Web Developer", "company": "Acme", "occupation": "15-1254.00",
     "required": ["JavaScript", "React"], "nice_to_have": ["Docker"], "job_zone": 3,
     "pay_min": 90000, "pay_max": 120000, "location": "Austin, TX", "workplace": "hybrid",
     "seniority": "senior", "industry": "healthcare", "company_size": "51-200 employees"}

(``skills`` as ``[{"label", "required"}]``, ``pay`` as ``{"annual_min", "annual_max"}`` and
``locations`` as a list are read too.) Columns of the skill matrices are normalised skill
names (:func:`skill_key`), so a seeker's skills are one sparse vector over the same columns.
The index records the data release (``key``) whose occupations it refers to; OEWS market
percentiles per position are added to it by :func:`sidedoor.doors.market.attach_market`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse

from sidedoor.doors.places import parse_place

INDEX_VERSION = "2"
WORKPLACES = ("unknown", "onsite", "hybrid", "remote")
PREFIXES = ("onet:technology/", "onet:tool/", "onet:", "esco:")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9+#]+")
_NUMBER = re.compile(r"\d[\d,]*")
SENIORITY = ("", "intern", "junior", "mid", "senior", "staff", "principal", "lead", "manager",
             "director", "vp", "executive")  # intake's levels; 0 unknown
SMALL_WORDS = ("startup", "start-up", "small", "seed")


def skill_key(name: str) -> str:
    """'onet:technology/Python ' -> 'python': how skill names are matched."""
    for prefix in PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    return _SPACE.sub(" ", name.strip().lower())


def title_words(title: str) -> list[str]:
    return _WORD.findall(title.lower())


class Vocab:
    def __init__(self, terms: Iterable[str] = ()) -> None:
        self.index: dict[str, int] = {}
        for term in terms:
            self.index.setdefault(term, len(self.index))

    def add(self, term: str) -> int:
        return self.index.setdefault(term, len(self.index))

    @property
    def terms(self) -> list[str]:
        return list(self.index)


@dataclass
class PositionIndex:
    """Matrices over n positions. Build with :meth:`build`; rank with :func:`doors.rank`."""

    key: str
    ids: list[str]
    titles: list[str]
    companies: list[str]
    occupations: list[str]  # O*NET code or ''
    skills: list[str]  # column names of `required` / `nice` (normalised, see skill_key)
    skill_labels: list[str]  # each column as first written ('Python')
    required: sparse.csr_matrix  # n x skills, 1.0 where required
    nice: sparse.csr_matrix  # n x skills, 1.0 where nice to have
    occ_row: npt.NDArray[np.int32]  # row in the pivot features, -1 unknown
    job_zone: npt.NDArray[np.int8]  # 0 unknown
    pay_min: npt.NDArray[np.float32]  # annual USD, NaN unknown
    pay_max: npt.NDArray[np.float32]
    workplace: npt.NDArray[np.int8]  # index into WORKPLACES
    city: npt.NDArray[np.int32]  # index into `places`, -1 unknown
    state: npt.NDArray[np.int32]  # index into `places`, -1 unknown
    places: list[str]  # 'austin|TX' for cities, 'TX' for states
    company_id: npt.NDArray[np.int32]  # index into `company_names`
    company_names: list[str]
    title_terms: list[str]
    title_matrix: sparse.csr_matrix  # n x title words, 1.0 where the word is in the title
    seniority: npt.NDArray[np.int8] = field(default_factory=lambda: np.zeros(0, np.int8))
    company_size: npt.NDArray[np.float32] = field(  # employees, NaN unknown
        default_factory=lambda: np.zeros(0, np.float32))
    industry: npt.NDArray[np.int32] = field(  # index into `industries`, -1 unknown
        default_factory=lambda: np.zeros(0, np.int32))
    industries: list[str] = field(default_factory=list)
    soc_major: npt.NDArray[np.int8] = field(  # SOC major group ('15-…' -> 15), 0 unknown
        default_factory=lambda: np.zeros(0, np.int8))
    # OEWS annual wage percentiles (10, 25, 50, 75, 90) of each position's occupation where
    # it is (see doors.market); n x 5, NaN unknown; empty until attach_market is run.
    wage_pct: npt.NDArray[np.float32] = field(
        default_factory=lambda: np.zeros((0, 5), np.float32))
    wage_band: npt.NDArray[np.int32] = field(  # index into `wage_bands`, -1 none
        default_factory=lambda: np.zeros(0, np.int32))
    wage_bands: list[str] = field(default_factory=list)  # 'Software Developers, Texas'
    notes: list[str] = field(default_factory=list)
    # Vectors derived from the arrays above and the same for every seeker (the market
    # percentiles): computed once, kept here, never saved.
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def required_count(self) -> npt.NDArray[np.float32]:
        return np.diff(self.required.indptr).astype(np.float32)

    @property
    def nice_count(self) -> npt.NDArray[np.float32]:
        return np.diff(self.nice.indptr).astype(np.float32)

    def lookup(self, name: str) -> dict[str, int]:
        """The column of each term of the list ``name`` ('skills', 'title_terms', 'places',
        'company_names'), built once per index."""
        key = f"lookup:{name}"
        found: dict[str, int] | None = self.derived.get(key)
        if found is None:
            found = {t: j for j, t in enumerate(getattr(self, name))}
            self.derived[key] = found
        return found

    @property
    def has_market(self) -> bool:
        return len(self.wage_pct) == len(self) and len(self) > 0

    def nbytes(self) -> int:
        arrays: list[npt.NDArray[Any]] = [getattr(self, k) for k in ARRAYS]
        total = sum(int(a.nbytes) for a in arrays)
        for m in (self.required, self.nice, self.title_matrix):
            total += m.data.nbytes + m.indices.nbytes + m.indptr.nbytes
        return int(total)

    # ------------------------------------------------------------ building

    @classmethod
    def build(cls, positions: Iterable[Any], *, codes: list[str] | None = None,
              job_zones: Iterable[int] | None = None, key: str = "") -> PositionIndex:
        """Index positions. ``codes``/``job_zones`` are the pivot features' occupation codes
        and job zones (``engine.features``), so a position's occupation gives it a row in
        occupation space and a job zone when it states none; ``key`` is their release key."""
        row_of = {c: i for i, c in enumerate(codes or [])}
        zone_of = list(job_zones) if job_zones is not None else []
        skills, places, companies, words = Vocab(), Vocab(), Vocab([""]), Vocab()
        industries = Vocab()
        labels: list[str] = []
        ids: list[str] = []
        titles: list[str] = []
        company_list: list[str] = []
        occupations: list[str] = []
        req_ind: list[int] = []
        req_ptr = [0]
        nice_ind: list[int] = []
        nice_ptr = [0]
        title_ind: list[int] = []
        title_ptr = [0]
        cols: dict[str, list[Any]] = {k: [] for k in (
            "occ", "jz", "lo", "hi", "wp", "city", "state", "company", "level", "size",
            "industry", "major")}
        for n, position in enumerate(positions):
            rec = read_position(position, n)
            ids.append(rec["id"])
            titles.append(rec["title"])
            company_list.append(rec["company"])
            occupations.append(rec["occupation"])
            req = {add_skill(skills, labels, name) for name in rec["required"]}
            nice = {add_skill(skills, labels, name) for name in rec["nice"]} - req
            req_ind += sorted(req)
            req_ptr.append(len(req_ind))
            nice_ind += sorted(nice)
            nice_ptr.append(len(nice_ind))
            title_ind += sorted({words.add(w) for w in title_words(rec["title"])})
            title_ptr.append(len(title_ind))
            row = row_of.get(rec["occupation"], -1)
            cols["occ"].append(row)
            zone = rec["job_zone"] or (zone_of[row] if row >= 0 and zone_of else 0)
            cols["jz"].append(zone)
            cols["lo"].append(rec["pay_min"])
            cols["hi"].append(rec["pay_max"])
            cols["wp"].append(WORKPLACES.index(rec["workplace"]))
            city, state = parse_place(rec["location"])
            cols["state"].append(places.add(state) if state else -1)
            cols["city"].append(places.add(f"{city}|{state}") if city and state else -1)
            cols["company"].append(companies.add(rec["company"].lower()))
            cols["level"].append(SENIORITY.index(rec["seniority"]))
            major = rec["occupation"][:2]
            cols["major"].append(int(major) if major.isdigit() else 0)
            cols["size"].append(rec["company_size"])
            cols["industry"].append(industries.add(rec["industry"]) if rec["industry"] else -1)

        def csr(ind: list[int], ptr: list[int], width: int) -> sparse.csr_matrix:
            return sparse.csr_matrix(
                (np.ones(len(ind), dtype=np.float32), np.array(ind, dtype=np.int32),
                 np.array(ptr, dtype=np.int64)), shape=(len(ptr) - 1, width))

        width = len(skills.index)
        nan = np.float32("nan")
        return cls(
            key=f"{key}:{INDEX_VERSION}", ids=ids, titles=titles, companies=company_list,
            occupations=occupations, skills=skills.terms, skill_labels=labels,
            required=csr(req_ind, req_ptr, width), nice=csr(nice_ind, nice_ptr, width),
            occ_row=np.array(cols["occ"], dtype=np.int32),
            job_zone=np.array(cols["jz"], dtype=np.int8),
            pay_min=np.array([nan if v is None else v for v in cols["lo"]], dtype=np.float32),
            pay_max=np.array([nan if v is None else v for v in cols["hi"]], dtype=np.float32),
            workplace=np.array(cols["wp"], dtype=np.int8),
            city=np.array(cols["city"], dtype=np.int32),
            state=np.array(cols["state"], dtype=np.int32), places=places.terms,
            company_id=np.array(cols["company"], dtype=np.int32),
            company_names=companies.terms, title_terms=words.terms,
            title_matrix=csr(title_ind, title_ptr, len(words.index)),
            seniority=np.array(cols["level"], dtype=np.int8),
            company_size=np.array([nan if v is None else v for v in cols["size"]],
                                  dtype=np.float32),
            industry=np.array(cols["industry"], dtype=np.int32),
            industries=industries.terms,
            soc_major=np.array(cols["major"], dtype=np.int8),
            wage_pct=np.full((len(ids), 5), nan, dtype=np.float32),
            wage_band=np.full(len(ids), -1, dtype=np.int32),
        )

    # ------------------------------------------------------------ on disk

    def save(self, path: Path) -> None:
        meta = {k: getattr(self, k) for k in (
            "key", "ids", "titles", "companies", "occupations", "skills", "skill_labels",
            "places", "company_names", "title_terms", "industries", "wage_bands")}
        arrays: dict[str, Any] = {k: getattr(self, k) for k in ARRAYS}
        for name in ("required", "nice", "title_matrix"):
            m = getattr(self, name)
            arrays.update({f"{name}.data": m.data, f"{name}.indices": m.indices,
                           f"{name}.indptr": m.indptr,
                           f"{name}.shape": np.array(m.shape, dtype=np.int64)})
        arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            np.savez(fh, **arrays)

    @classmethod
    def load(cls, path: Path, key: str | None = None) -> PositionIndex | None:
        """The saved index, or None when ``key`` is given and the index was built for
        another data release (rebuild it then)."""
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(z["meta"].tobytes().decode())
            if key is not None and meta["key"] != f"{key}:{INDEX_VERSION}":
                return None
            mats: dict[str, Any] = {name: sparse.csr_matrix(
                (z[f"{name}.data"], z[f"{name}.indices"], z[f"{name}.indptr"]),
                shape=(int(z[f"{name}.shape"][0]), int(z[f"{name}.shape"][1])))
                for name in ("required", "nice", "title_matrix")}
            arrays = {k: z[k] for k in ARRAYS}
        return cls(**meta, **mats, **arrays)


ARRAYS = ("occ_row", "job_zone", "pay_min", "pay_max", "workplace", "city", "state",
          "company_id", "seniority", "company_size", "industry", "soc_major", "wage_pct",
          "wage_band")


# ---------------------------------------------------------------- reading positions


def company_size(text: Any) -> float | None:
    """Employees from what a posting says ('51-200', '10,001+ employees', 'startup'): the
    first number (the low end of a range); None when nothing can be read."""
    if text is None:
        return None
    if isinstance(text, int | float):
        return float(text)
    low = str(text).lower()
    found = _NUMBER.search(low)
    if found:
        digits = found.group(0).replace(",", "")
        if digits.isdigit():
            return float(digits) * (1000 if re.search(r"\d\s*k\b", low) else 1)
    if any(w in low for w in SMALL_WORDS):
        return 20.0
    return None


def add_skill(vocab: Vocab, labels: list[str], name: str) -> int:
    j = vocab.add(skill_key(name))
    if j == len(labels):
        labels.append(_display(name))
    return j


def _display(name: str) -> str:
    for prefix in PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):].strip()
    return name.strip()


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def read_position(p: Any, n: int = 0) -> dict[str, Any]:
    """The fields the index keeps, from a dict or an intake Position (id ``n`` if none)."""
    required: list[str] = list(_get(p, "required", None) or [])
    nice: list[str] = list(_get(p, "nice_to_have", None) or _get(p, "nice", None) or [])
    for skill in _get(p, "skills", None) or []:
        label = skill if isinstance(skill, str) else _get(skill, "label", "")
        if label:
            (nice if _get(skill, "required", None) is False else required).append(label)
    occupation = _get(p, "occupation", None)
    if occupation is not None and not isinstance(occupation, str):
        occupation = _get(occupation, "code", None)
    pay = _get(p, "pay", None)
    lo = _get(p, "pay_min", None)
    hi = _get(p, "pay_max", None)
    if pay is not None:
        lo = lo if lo is not None else _get(pay, "annual_min", None)
        hi = hi if hi is not None else _get(pay, "annual_max", None)
    if hi is None:
        hi = lo
    location = _get(p, "location", None)
    if location is None:
        locations = _get(p, "locations", None) or []
        location = locations[0] if locations else None
    workplace = _get(p, "workplace", None) or "unknown"
    seniority = str(_get(p, "seniority", None) or "").lower()
    industry = _get(p, "industry", None)
    return {
        "id": str(_get(p, "id", None) or _get(p, "key", None) or n),
        "title": str(_get(p, "title", None) or ""),
        "company": str(_get(p, "company", None) or ""),
        "occupation": occupation or "",
        "required": required, "nice": nice,
        "job_zone": int(_get(p, "job_zone", None) or 0),
        "pay_min": None if lo is None else float(lo),
        "pay_max": None if hi is None else float(hi),
        "location": location,
        "workplace": workplace if workplace in WORKPLACES else "unknown",
        "seniority": seniority if seniority in SENIORITY else "",
        "company_size": company_size(_get(p, "company_size", None)),
        "industry": str(industry).strip().lower() if industry else "",
    }
