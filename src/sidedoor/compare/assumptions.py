"""Every assumption the comparison makes, in one place, with its default and source.

Settings override them (``compare_*`` / ``commute_*`` names, see docs/compare.md); a setting
that is not defined yet simply leaves the default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sidedoor.places.commute import CommuteAssumptions

WORKDAYS_PER_YEAR = 260  # 52 weeks × 5 days: the daily rate is base / 260
HOURS_PER_YEAR = 2080  # 52 × 40: BLS's annualisation of hourly wages


@dataclass(frozen=True)
class CompareAssumptions:
    commute: CommuteAssumptions = field(default_factory=CommuteAssumptions)
    hours_per_week: float = 40.0
    vesting_years: float = 4.0  # a grant without a schedule: the common 4-year vest
    sidegrade_pct: float = 5.0  # within ± this much total pay is "a sidegrade"
    # Scenario ranges used only to rank unknowns by how much they could move the result:
    bonus_scenario_pct: float = 15.0  # a target bonus from 0 to 15% of base
    equity_scenario_pct: float = 10.0  # equity worth 0 to 10% of base a year
    retirement_scenario_pct: float = 6.0  # a match from 0 to 6% of base (a common cap)
    health_scenario_year: float = 1368.0  # KFF 2024: average worker premium, single cover
    pto_scenario_days: float = 10.0  # 10 days either way
    far_km: float = 80.0  # an office further than this from home means moving

    def as_dict(self) -> dict[str, float | str]:
        c = self.commute
        return {
            "hours_per_week": self.hours_per_week, "vesting_years": self.vesting_years,
            "sidegrade_pct": self.sidegrade_pct, "paid_holidays": c.paid_holidays,
            "detour_factor": c.detour_factor, "cost_per_km": c.cost_per_km,
            "transit_fare": c.transit_fare,
            "speeds_kmh": ", ".join(f"{m} {v:g}" for m, v in c.speed_kmh.items()),
            "overheads_min": ", ".join(f"{m} {v:g}" for m, v in c.overhead_min.items()),
            "bonus_scenario_pct": self.bonus_scenario_pct,
            "equity_scenario_pct": self.equity_scenario_pct,
            "retirement_scenario_pct": self.retirement_scenario_pct,
            "health_scenario_year": self.health_scenario_year,
            "far_km": self.far_km,
        }


def from_settings(settings: Any) -> CompareAssumptions:
    """Assumptions with any ``commute_detour_factor``, ``commute_cost_per_km``,
    ``commute_transit_fare``, ``compare_paid_holidays``, ``compare_hours_per_week`` and
    ``compare_vesting_years`` settings applied."""
    c = CommuteAssumptions()
    commute = CommuteAssumptions(
        detour_factor=float(getattr(settings, "commute_detour_factor", None) or c.detour_factor),
        cost_per_km=float(getattr(settings, "commute_cost_per_km", None) or c.cost_per_km),
        transit_fare=float(getattr(settings, "commute_transit_fare", None) or c.transit_fare),
        paid_holidays=float(getattr(settings, "compare_paid_holidays", None)
                            or c.paid_holidays),
    )
    d = CompareAssumptions()
    return CompareAssumptions(
        commute=commute,
        hours_per_week=float(getattr(settings, "compare_hours_per_week", None)
                             or d.hours_per_week),
        vesting_years=float(getattr(settings, "compare_vesting_years", None) or d.vesting_years),
    )
