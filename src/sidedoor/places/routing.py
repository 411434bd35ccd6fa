"""An optional routing service for commutes: road distance and travel time from an
OSRM-compatible server, instead of the offline model (great circle × detour factor, a speed).

Off unless the ``commute_routing_url`` setting names a server (for example a local OSRM,
``http://127.0.0.1:5000``); nothing is called otherwise. A route is asked as

    GET {commute_routing_url}/route/v1/{profile}/{lon},{lat};{lon},{lat}?overview=false

with the profile ``driving``, ``cycling`` or ``foot`` for car, bike and walk; OSRM does not
route public transit, so transit commutes always use the offline model. The answer's first
route gives the distance (metres) and duration (seconds). Any failure — refused, timed out
(``commute_routing_timeout`` seconds), an HTTP error, an answer that is not an OSRM route —
is a ``RoutingError``; the comparison then falls back to the offline model and says why.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sidedoor.errors import SidedoorError
from sidedoor.places.models import CommuteMode, Place

PROFILES: dict[str, str] = {"car": "driving", "bike": "cycling", "walk": "foot"}
DEFAULT_TIMEOUT = 5.0


class RoutingError(SidedoorError):
    """The routing service gave no usable route."""

    hint = ("Check the commute_routing_url setting (`sidedoor config show`), or clear it to "
            "use the offline commute model.")


@dataclass(frozen=True)
class Route:
    """One routed trip, one way."""

    distance_km: float
    minutes: float
    service: str  # the server's host[:port], for the report


@dataclass
class OsrmRouter:
    """Asks an OSRM-compatible ``/route/v1`` endpoint; remembers answers for its lifetime."""

    base_url: str
    timeout: float = DEFAULT_TIMEOUT
    _seen: dict[str, Route] = field(default_factory=dict, repr=False)

    @classmethod
    def from_settings(cls, settings: Any) -> OsrmRouter | None:
        """The router the settings configure, or None (the default: no routing service)."""
        url = getattr(settings, "commute_routing_url", None)
        if not url:
            return None
        timeout = getattr(settings, "commute_routing_timeout", None) or DEFAULT_TIMEOUT
        return cls(str(url).rstrip("/"), float(timeout))

    @property
    def service(self) -> str:
        return urlsplit(self.base_url).netloc or self.base_url

    def url(self, origin: Place, destination: Place, mode: CommuteMode) -> str | None:
        """The request for this trip, or None when the mode is not routed (transit) or a
        place has no coordinates."""
        profile = PROFILES.get(mode)
        if profile is None or not (origin.has_coordinates and destination.has_coordinates):
            return None
        return (f"{self.base_url}/route/v1/{profile}/"
                f"{origin.longitude:.6f},{origin.latitude:.6f};"
                f"{destination.longitude:.6f},{destination.latitude:.6f}?overview=false")

    def route(self, origin: Place, destination: Place, mode: CommuteMode) -> Route | None:
        """The route, None when the mode or places cannot be routed; RoutingError on failure."""
        url = self.url(origin, destination, mode)
        if url is None:
            return None
        if url not in self._seen:
            self._seen[url] = self._fetch(url)
        return self._seen[url]

    def _fetch(self, url: str) -> Route:
        import urllib.error
        import urllib.request

        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as exc:
            raise RoutingError(f"The routing service {self.service} answered HTTP "
                               f"{exc.code}.") from None
        except (urllib.error.URLError, OSError) as exc:  # refused, unreachable, timed out
            reason = getattr(exc, "reason", exc)
            raise RoutingError(f"The routing service {self.service} could not be reached "
                               f"({reason}).") from None
        return parse_route(body, self.service)


def parse_route(body: bytes, service: str) -> Route:
    """The first route of an OSRM ``/route`` answer; RoutingError when there is none."""
    try:
        data = json.loads(body)
        code = data.get("code")
        first = data["routes"][0] if code == "Ok" else None
        if first is None:
            message = data.get("message") or "no route"
            raise RoutingError(f"The routing service {service} found no route ({code}: "
                               f"{message}).")
        metres, seconds = float(first["distance"]), float(first["duration"])
    except RoutingError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        raise RoutingError(f"The routing service {service} did not answer with an OSRM "
                           "route.") from None
    if not (math.isfinite(metres) and math.isfinite(seconds)) or metres < 0 or seconds < 0:
        raise RoutingError(f"The routing service {service} answered an impossible route "
                           f"({metres} m, {seconds} s).")
    return Route(distance_km=metres / 1000, minutes=seconds / 60, service=service)
