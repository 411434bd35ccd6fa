"""Market position: offered and current base pay against BLS OEWS percentiles for the
opportunity's occupation where the job is — its metropolitan area, else its state's
non-metropolitan area, else the state, else the nation (``sidedoor.places.areas``).

The first area in that chain for which BLS publishes annual figures for the occupation (or
its broad group) is used, and the reason says which and why earlier ones were skipped. OEWS
wages are straight-time pay (no overtime, most bonuses excluded), so base pay is placed.
Figures are shown exactly as BLS publishes them; the percentile of a pay figure is read
linearly between two published percentiles (and said to be so); nothing is extrapolated
beyond the 10th or 90th. Outside the US, or for pay not in US dollars, no market data
applies and the report says so.
"""

from __future__ import annotations

import itertools
import sqlite3
from typing import TYPE_CHECKING

from sidedoor.compare.models import MarketPoint, MarketPosition
from sidedoor.places.models import AreaMatch

if TYPE_CHECKING:
    from sidedoor.knowledge.models import WageFigures, Wages
    from sidedoor.knowledge.store import Knowledge

POINTS = ((10, "pct10", "10th percentile"), (25, "pct25", "25th percentile"),
          (50, "median", "median"), (75, "pct75", "75th percentile"),
          (90, "pct90", "90th percentile"))


def placement(value: float, figures: WageFigures) -> tuple[str, float | None]:
    """Where ``value`` sits among the published percentiles, in words and as a percentile
    read linearly between the two around it (None below the 10th or above the 90th)."""
    known = [(p, label, getattr(figures, name)) for p, name, label in POINTS
             if getattr(figures, name) is not None]
    if not known:
        return "no published percentiles", None
    for p, label, figure in known:
        if value == figure:
            return f"at the {label}", float(p)
    if value < known[0][2]:
        return f"below the {known[0][1]}", None
    for (p1, l1, f1), (p2, l2, f2) in itertools.pairwise(known):
        if f1 < value < f2:
            return f"between the {l1} and the {l2}", round(p1 + (p2 - p1) * (value - f1)
                                                          / (f2 - f1), 1)
    last = known[-1][1]
    if last != "90th percentile":
        return f"above the {last} (BLS does not publish higher percentiles here)", None
    return "above the 90th percentile", None


def _annual_figures(wages: Wages) -> tuple[WageFigures, list[str]] | None:
    from sidedoor.knowledge.models import WageFigures

    names = ("mean", "pct10", "pct25", "median", "pct75", "pct90")
    if any(getattr(wages.annual, n) is not None for n in names):
        return wages.annual, []
    if any(getattr(wages.hourly, n) is not None for n in names):
        scaled = {n: (None if getattr(wages.hourly, n) is None
                      else round(getattr(wages.hourly, n) * 2080)) for n in names}
        return WageFigures(**scaled), ["BLS publishes hourly wages only here; shown × 2,080 "
                                       "hours (BLS's own annualisation)."]
    return None


def market_position(knowledge: Knowledge | None, occupation_code: str | None,
                    occupation_title: str | None, area: AreaMatch | None,
                    currency: str | None, points: list[tuple[str, float]]) -> MarketPosition:
    if knowledge is None:
        return MarketPosition(applies=False, reason="No knowledge data installed: run "
                                                    "`sidedoor data install` for OEWS wages.")
    if area is not None and area.method == "outside_us":
        return MarketPosition(applies=False, area=area, reason=area.reason)
    if occupation_code is None:
        return MarketPosition(applies=False, area=area,
                              reason="The role's occupation is not known, so there is no "
                                     "market band (set one: `sidedoor opportunity set ID "
                                     "occupation=15-1252.00`).")
    if currency not in (None, "USD"):
        return MarketPosition(applies=False, area=area,
                              reason=f"The pay is in {currency}; BLS OEWS wages are US dollars "
                                     "for US jobs, so no market data applies.")
    chain = [area.area, *area.fallbacks] if area and area.area else ["99"]
    skipped: list[str] = []
    for code in chain:
        if code is None:
            continue
        wages = knowledge.wages(occupation_code, area=code)
        found = _annual_figures(wages) if wages is not None else None
        if wages is None or found is None:
            skipped.append(_area_title(knowledge.db, code))
            continue
        figures, notes = found
        why = area.reason if area is not None and code == area.area else ""
        if skipped:
            why = (f"BLS publishes no figures for SOC {occupation_code[:7]} in "
                   f"{' or '.join(skipped)}, so {wages.area_title} is used. " + why).strip()
        elif not why:
            why = f"{wages.area_title}: the job's location is not known."
        return MarketPosition(
            applies=True, reason=why, area=area, area_used=wages.area,
            area_title=wages.area_title, occupation_code=occupation_code,
            occupation_title=occupation_title, occ_code=wages.occ_code,
            occ_title=wages.occ_title, basis=wages.basis, pct10=figures.pct10,
            pct25=figures.pct25, median=figures.median, pct75=figures.pct75,
            pct90=figures.pct90, mean=figures.mean, employment=wages.tot_emp,
            points=[MarketPoint(label=label, value=v, placement=placement(v, figures)[0],
                                percentile=placement(v, figures)[1]) for label, v in points],
            notes=[*notes, *wages.notes], source=wages.source)
    return MarketPosition(applies=False, area=area, occupation_code=occupation_code,
                          occupation_title=occupation_title,
                          reason=f"BLS publishes no wage figures for SOC {occupation_code[:7]} "
                                 f"in {', '.join(skipped) or 'any area tried'}.")


def _area_title(db: sqlite3.Connection, code: str) -> str:
    row = db.execute("SELECT area_title FROM oews_areas WHERE area = ?", (code,)).fetchone()
    return str(row[0]) if row else code
