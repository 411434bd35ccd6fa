"""Pay against the market: where each position's pay sits in the BLS OEWS wage distribution
of its occupation, where the job is.

    notes = attach_market(index, knowledge, gazetteer)   # once, after indexing
    pct = market_percentile(index)                       # a vector: rank does this

The area is the one `sidedoor compare` uses (:func:`sidedoor.places.areas.oews_area_for`:
metropolitan area, else non-metropolitan area, else state, else nation, with its fallbacks);
a remote position, or one whose place is not known, is placed against national figures.
Wages follow :func:`sidedoor.knowledge.wages.lookup` (the exact SOC code, else the broad group
BLS publishes instead) and :mod:`sidedoor.compare.market` (annual figures, else hourly × 2,080;
an area with no published percentiles falls back to the next area). The difference is the
shape: every figure needed is read in one query per index, each distinct (occupation, area)
is resolved once, and the percentile of every position's pay is read with numpy, linearly
between the two published percentiles around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from sidedoor.doors.index import WORKPLACES, PositionIndex

if TYPE_CHECKING:
    from sidedoor.knowledge.store import Knowledge
    from sidedoor.places.gazetteer import Gazetteer

Vec = npt.NDArray[np.float64]
PERCENTILES = (10.0, 25.0, 50.0, 75.0, 90.0)
NATION = "99"
HOURS_A_YEAR = 2080  # BLS's own annualisation of hourly wages
_COLUMNS = ("pct10", "pct25", "median", "pct75", "pct90")


def attach_market(index: PositionIndex, knowledge: Knowledge,
                  gazetteer: Gazetteer | None = None) -> list[str]:
    """Fill ``index.wage_pct`` / ``wage_band`` / ``wage_bands`` from the knowledge store's
    OEWS wages. Without a gazetteer places are not resolved and national figures are used.
    Returns notes on what could not be placed."""
    from sidedoor.knowledge.wages import broader_code

    n = len(index)
    notes: list[str] = []
    remote = index.workplace == WORKPLACES.index("remote")
    place_id = np.where(index.city >= 0, index.city, index.state)
    place_id = np.where(remote, -1, place_id)
    chains: dict[int, tuple[str, ...]] = {-1: (NATION,)}
    outside = 0
    for pid in np.unique(place_id).tolist():
        if pid >= 0:
            chain = _chain(index.places[pid], knowledge, gazetteer)
            outside += not chain
            chains[pid] = chain
    if gazetteer is None and len(chains) > 1:
        notes.append("Places were not resolved (no gazetteer): national wage figures used.")
    socs = [occ[:7] if occ else "" for occ in index.occupations]
    wanted = {s for s in socs if s}
    wanted |= {b for b in (broader_code(s) for s in list(wanted)) if b}
    areas = {a for chain in chains.values() for a in chain}
    table = _wage_table(knowledge, wanted, areas)
    area_titles = {str(r[0]): str(r[1]) for r in knowledge.db.execute(
        "SELECT area, area_title FROM oews_areas")}

    bands: dict[tuple[str, str], int] = {}
    band_names: list[str] = []
    band_rows: list[tuple[float, ...]] = []
    resolved: dict[tuple[str, tuple[str, ...]], int] = {}
    band_of = np.full(n, -1, dtype=np.int32)
    for i, (soc, pid) in enumerate(zip(socs, place_id.tolist(), strict=True)):
        if not soc:
            continue
        chain = chains[pid]
        key = (soc, chain)
        b = resolved.get(key)
        if b is None:
            b = -1
            broad = broader_code(soc)
            for area in chain:
                found = table.get((area, soc))
                if found is None and broad is not None:
                    found = table.get((area, broad))
                if found is None or all(np.isnan(v) for v in found[1]):
                    continue
                title, figures = found
                b = bands.setdefault((title, area), len(bands))
                if b == len(band_names):
                    where = "nationally" if area == NATION else (
                        f"in {area_titles.get(area, area)}")
                    band_names.append(f"{title} {where}")
                    band_rows.append(figures)
                break
            resolved[key] = b
        band_of[i] = b
    pct = np.full((n, 5), np.nan, dtype=np.float32)
    if band_rows:
        table_rows = np.array(band_rows, dtype=np.float32)
        has = band_of >= 0
        pct[has] = table_rows[band_of[has]]
    index.wage_pct, index.wage_band, index.wage_bands = pct, band_of, band_names
    market_percentile(index)  # placed once here, read by every ranking
    missing = int(sum(1 for s in socs if s) - (band_of >= 0).sum())
    if outside:
        notes.append(f"{outside} place(s) outside the US: no market figures apply there.")
    if missing:
        notes.append(f"{missing} position(s) with an occupation have no OEWS wage figures "
                     "where they are.")
    return notes


def _chain(place: str, knowledge: Knowledge, gazetteer: Gazetteer | None
           ) -> tuple[str, ...]:
    """The OEWS areas to try for an index place ('austin|TX' or 'TX'), in order."""
    if gazetteer is None:
        return (NATION,)
    from sidedoor.places.areas import oews_area_for

    city, _, state = place.rpartition("|")
    text = f"{city.title()}, {state}" if city else place
    match = oews_area_for(gazetteer.resolve(text), knowledge.db, gazetteer)
    if match.area is None:
        return ()
    return tuple(dict.fromkeys([match.area, *match.fallbacks]))


def _wage_table(knowledge: Knowledge, socs: set[str], areas: set[str]
                ) -> dict[tuple[str, str], tuple[str, tuple[float, ...]]]:
    """(area, occ_code) -> (occupation title, annual percentiles) in one query."""
    if not socs or not areas:
        return {}
    annual = ", ".join(f"a_{c}" for c in _COLUMNS)
    hourly = ", ".join(f"h_{c}" for c in _COLUMNS)
    sql = (f"SELECT area, occ_code, occ_title, {annual}, {hourly} FROM oews_wages "
           f"WHERE occ_code IN ({', '.join('?' * len(socs))}) "
           f"AND area IN ({', '.join('?' * len(areas))})")
    out: dict[tuple[str, str], tuple[str, tuple[float, ...]]] = {}
    for row in knowledge.db.execute(sql, [*sorted(socs), *sorted(areas)]):
        values = tuple(row)
        a = values[3:8]
        h = values[8:13]
        if all(v is None for v in a) and any(v is not None for v in h):
            a = tuple(None if v is None else round(v * HOURS_A_YEAR) for v in h)
        figures = tuple(float("nan") if v is None else float(v) for v in a)
        out[(str(values[0]), str(values[1]))] = (str(values[2]), figures)
    return out


# ---------------------------------------------------------------- percentiles


def pay_point(index: PositionIndex) -> Vec:
    """The pay placed for each position: the middle of its stated range (NaN none)."""
    lo = index.pay_min.astype(np.float64)
    hi = index.pay_max.astype(np.float64)
    lo = np.where(np.isnan(lo), hi, lo)
    hi = np.where(np.isnan(hi), lo, hi)
    return (lo + hi) / 2.0


def market_percentile(index: PositionIndex, pay: Vec | None = None) -> Vec:
    """The percentile of each position's pay in its market band (NaN where either is not
    known), read linearly between the two published percentiles around it. Below the lowest
    published one it is half that percentile, above the highest halfway to 100 — so far
    out of the band the exact figure does not matter (and BLS does not publish it)."""
    n = len(index)
    if not index.has_market:
        return np.full(n, np.nan)
    if pay is None:  # the index's own pay: computed once per wage table
        cached = index.derived.get("market")
        if cached is not None and cached[0] is index.wage_pct:
            return np.asarray(cached[1])
        out = market_percentile(index, pay_point(index))
        index.derived["market"] = (index.wage_pct, out)
        return out
    v = pay
    f = index.wage_pct.astype(np.float64)
    known = ~np.isnan(f)
    p = np.asarray(PERCENTILES)
    out = np.full(n, np.nan)
    # All five published (the usual case): the segment is how many figures the pay reaches.
    full = np.flatnonzero(known.all(axis=1) & ~np.isnan(v))
    if len(full):
        ff, vv = f[full], v[full]
        k = np.clip((vv[:, None] >= ff).sum(axis=1) - 1, 0, 3)
        lo, hi = ff[np.arange(len(full)), k], ff[np.arange(len(full)), k + 1]
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(hi > lo, (vv - lo) / (hi - lo), 0.0)
        out[full] = p[k] + (p[k + 1] - p[k]) * share
    # Some not published: between the two published ones around the pay.
    gaps = np.flatnonzero(known.any(axis=1) & ~known.all(axis=1) & ~np.isnan(v))
    if len(gaps):
        out[gaps] = _with_gaps(v[gaps], f[gaps], known[gaps])
    first = np.argmax(known, axis=1)
    last = 4 - np.argmax(known[:, ::-1], axis=1)
    rows = np.arange(n)
    any_known = known.any(axis=1)
    with np.errstate(invalid="ignore"):
        below = any_known & (v < f[rows, first])
        above = any_known & (v > f[rows, last])
    out = np.where(below, p[first] / 2.0, out)
    out = np.where(above, (p[last] + 100.0) / 2.0, out)
    out = np.where(np.isnan(v), np.nan, out)
    out.flags.writeable = False  # shared by every ranking of this index
    return out


def _with_gaps(v: Vec, f: Vec, known: npt.NDArray[np.bool_]) -> Vec:
    out = np.full(len(v), np.nan)
    p = PERCENTILES
    for i in range(5):
        for j in range(i + 1, 5):
            adjacent = known[:, i] & known[:, j] & ~known[:, i + 1:j].any(axis=1)
            with np.errstate(invalid="ignore", divide="ignore"):
                inside = adjacent & (v >= f[:, i]) & (v <= f[:, j]) & (f[:, j] > f[:, i])
                share = (v - f[:, i]) / (f[:, j] - f[:, i])
            out = np.where(inside & np.isnan(out), p[i] + (p[j] - p[i]) * share, out)
    return out


def percentile_words(pct: float, band: str) -> str:
    """'pays around the market's 75th percentile for Software Developers in Texas'."""
    if pct < 10:
        where = "below the market's 10th percentile"
    elif pct > 90:
        where = "above the market's 90th percentile"
    elif 45 <= pct <= 55:
        where = "around the market median"
    else:
        where = f"around the market's {_ordinal(int(5 * round(pct / 5)))} percentile"
    return f"pays {where} for {band}"


def _ordinal(k: int) -> str:
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"
