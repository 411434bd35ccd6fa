"""The commute time model: great-circle distance × a detour factor, a speed and a fixed
overhead per mode, days in the office from the workplace policy.

    one-way km      = great-circle km × detour factor                     (default 1.3)
    one-way minutes = overhead[mode] + one-way km / speed[mode] × 60
    office days/yr  = office days a week × (260 − PTO days − paid holidays) / 5
    hours a year    = 2 × one-way minutes × office days a year / 60
    cost a year     = car: 2 × one-way km × office days × cost per km (IRS mileage rate)
                      transit: 2 × fare × office days; bike and walk: 0

With a routing service configured (``sidedoor.places.routing``), the road distance and the
travel time come from its route instead (minutes = overhead + routed time); when it fails
the model above is used and the estimate says why.

Defaults (all overridable, see ``CommuteAssumptions``): speeds car 40, transit 25, bike 15,
walk 5 km/h door to door; overheads car 5 min (parking, walking to the door), transit 10 min
(walking to the stop and waiting), bike 3, walk 0; the detour factor 1.3 is the usual ratio
of road to straight-line distance (circuity studies find 1.2–1.4 for US trips). The car cost
is the IRS 2025 standard mileage rate, 70¢ a mile (0.435 USD a km), which covers fuel,
wear and depreciation; the transit fare is a single ride, 2.90.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sidedoor.places.geo import great_circle_km
from sidedoor.places.models import CommuteEstimate, CommuteMethod, CommuteMode, Place
from sidedoor.places.routing import Route

MODES: tuple[CommuteMode, ...] = ("car", "transit", "bike", "walk")
WORKDAYS_PER_YEAR = 260  # 52 weeks × 5 days


@dataclass(frozen=True)
class CommuteAssumptions:
    detour_factor: float = 1.3
    speed_kmh: dict[str, float] = field(
        default_factory=lambda: {"car": 40.0, "transit": 25.0, "bike": 15.0, "walk": 5.0})
    overhead_min: dict[str, float] = field(
        default_factory=lambda: {"car": 5.0, "transit": 10.0, "bike": 3.0, "walk": 0.0})
    cost_per_km: float = 0.435  # IRS 2025 standard mileage rate, 70 cents a mile
    transit_fare: float = 2.90  # one ride
    paid_holidays: float = 10.0


def office_days_per_year(days_per_week: float, pto_days: float, holidays: float) -> float:
    worked_weeks = max(WORKDAYS_PER_YEAR - pto_days - holidays, 0.0) / 5
    return days_per_week * worked_weeks


def one_way_minutes(km: float, mode: CommuteMode, a: CommuteAssumptions) -> float:
    return a.overhead_min[mode] + km / a.speed_kmh[mode] * 60


def estimate_commute(
    home: Place | None,
    work: Place | None,
    *,
    mode: CommuteMode,
    days_per_week: float,
    pto_days: float,
    assumptions: CommuteAssumptions,
    given_minutes: float | None = None,
    given_km: float | None = None,
    given_cost_monthly: float | None = None,
    route: Route | None = None,
    routing_error: str | None = None,
) -> CommuteEstimate:
    """The commute between ``home`` and ``work``; what the user gave wins over estimates, a
    ``route`` from a routing service over the offline model (``routing_error``: the service
    was asked and failed, so the model was used)."""
    a = assumptions
    if given_km is not None or given_minutes is not None:
        route = None  # the user's own figures are not mixed with a routed trip
    basis: list[str] = []
    days_year = office_days_per_year(days_per_week, pto_days, a.paid_holidays)
    basis.append(f"{days_per_week:g} office days a week × (260 − {pto_days:g} PTO − "
                 f"{a.paid_holidays:g} holidays) / 5 = {days_year:.0f} days a year")
    gc: float | None = None
    if (home is not None and work is not None and home.latitude is not None
            and home.longitude is not None and work.latitude is not None
            and work.longitude is not None):
        gc = great_circle_km(home.latitude, home.longitude, work.latitude, work.longitude)
    km = given_km
    method: CommuteMethod = "model"
    if km is not None:
        basis.append(f"{km:.1f} km one way, as you gave it")
    elif route is not None:
        km = route.distance_km
        method = "routing"
        basis.append(f"{km:.1f} km one way by road, routed by {route.service}")
    elif gc is not None:
        km = gc * a.detour_factor
        basis.append(f"{gc:.1f} km great-circle ({home.label if home else '?'} → "
                     f"{work.label if work else '?'}) × detour factor {a.detour_factor:g} "
                     f"= {km:.1f} km one way")
    minutes = given_minutes
    estimated = given_minutes is None
    if minutes is not None:
        basis.append(f"{minutes:g} minutes one way, as you gave it")
    elif route is not None:
        minutes = a.overhead_min[mode] + route.minutes
        basis.append(f"{mode}: {a.overhead_min[mode]:g} min overhead + {route.minutes:.0f} min "
                     f"routed by {route.service} = {minutes:.0f} min one way")
    elif km is not None:
        minutes = one_way_minutes(km, mode, a)
        basis.append(f"{mode}: {a.overhead_min[mode]:g} min overhead + {km:.1f} km at "
                     f"{a.speed_kmh[mode]:g} km/h = {minutes:.0f} min one way")
    hours = None if minutes is None else 2 * minutes * days_year / 60
    cost: float | None = None
    if given_cost_monthly is not None:
        cost = given_cost_monthly * 12
        basis.append(f"cost {given_cost_monthly:g} a month, as you gave it")
    elif days_year == 0:
        cost = 0.0
    elif mode == "car" and km is not None:
        cost = 2 * km * days_year * a.cost_per_km
        basis.append(f"car cost 2 × {km:.1f} km × {days_year:.0f} days × "
                     f"{a.cost_per_km:g} per km = {cost:,.0f} a year")
    elif mode == "transit":
        cost = 2 * a.transit_fare * days_year
        basis.append(f"transit 2 × fare {a.transit_fare:g} × {days_year:.0f} days "
                     f"= {cost:,.0f} a year")
    elif mode in ("bike", "walk"):
        cost = 0.0
    if days_year == 0:
        hours = 0.0
    if given_km is not None or given_minutes is not None:
        method = "given"
    if routing_error and method == "model":
        basis.append(f"{routing_error} The offline model was used instead.")
    return CommuteEstimate(
        mode=mode,
        great_circle_km=None if gc is None else round(gc, 2),
        distance_km=None if km is None else round(km, 2),
        minutes_one_way=None if minutes is None else round(minutes, 1),
        days_per_week=days_per_week,
        days_per_year=round(days_year, 1),
        hours_per_year=None if hours is None else round(hours, 1),
        cost_per_year=None if cost is None else round(cost, 2),
        estimated=estimated,
        basis=basis,
        method=method,
        routing_error=routing_error if method == "model" else None,
    )
