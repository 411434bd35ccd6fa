"""The optional routing service for commutes, against a tiny OSRM-like server on 127.0.0.1
(no other network): routed distance and time when configured, the offline model on any
failure (and the report says so), and no request at all when it is not configured."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import pytest
from click.testing import Result

from sidedoor.compare.engine import CompareContext, compare
from sidedoor.compare.models import Comparison, Subject
from sidedoor.compare.offer import OfferTerms
from sidedoor.places.routing import OsrmRouter, RoutingError, parse_route
from sidedoor.profile.models import CurrentJob, ProfileView

SUBJECT = Subject(opportunity_id=None, position_id=None, position_index=1, positions=1,
                  title="Software Developer", company="Acme", source="test", location=None,
                  workplace=None)
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "recruiter-message.eml"


class FakeOsrm(BaseHTTPRequestHandler):
    """Answers GET /route/v1/... like OSRM, with what the test sets."""

    paths: ClassVar[list[str]] = []
    status: ClassVar[int] = 200
    body: ClassVar[bytes] = b""
    delay: ClassVar[float] = 0.0

    def do_GET(self) -> None:
        FakeOsrm.paths.append(self.path)
        time.sleep(FakeOsrm.delay)
        self.send_response(FakeOsrm.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(FakeOsrm.body)))
        self.end_headers()
        self.wfile.write(FakeOsrm.body)

    def log_message(self, *args: object) -> None:
        pass


def osrm_answer(metres: float, seconds: float) -> bytes:
    return json.dumps({"code": "Ok", "routes": [{"distance": metres, "duration": seconds,
                                                  "legs": []}], "waypoints": []}).encode()


@pytest.fixture
def server() -> Iterator[str]:
    FakeOsrm.paths, FakeOsrm.status, FakeOsrm.delay = [], 200, 0.0
    FakeOsrm.body = osrm_answer(12_345.0, 1_200.0)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeOsrm)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def places(knowledge_dir: Path) -> Iterator[CompareContext]:
    from sidedoor.knowledge.store import open_knowledge
    from sidedoor.places.gazetteer import open_gazetteer

    with ExitStack() as stack:
        yield CompareContext(knowledge=stack.enter_context(open_knowledge(knowledge_dir)),
                             gazetteer=stack.enter_context(open_gazetteer(knowledge_dir /
                                                                          "cache")))


def with_router(ctx: CompareContext, url: str, timeout: float = 5.0) -> CompareContext:
    router = OsrmRouter(url, timeout)
    return CompareContext(knowledge=ctx.knowledge, gazetteer=ctx.gazetteer,
                          router=router.route)


def person(mode: str = "car", **job: object) -> ProfileView:
    current = CurrentJob(**({"title": "Software Developer", "base_pay": 100_000.0,
                             "currency": "USD", "pto_days": 15.0, "location": "94103",
                             "commute_mode": mode, "workplace": "onsite"} | job))
    return ProfileView(id=1, name="Test", postal_code="94110", current_job=current)


def offer(**terms: object) -> OfferTerms:
    return OfferTerms(**({"title": "Software Developer", "company": "Acme",
                          "occupation_code": "15-1252.00", "workplace": "onsite",
                          "locations": ["Oakland, CA"], "base_min": 100_000.0,
                          "base_max": 120_000.0, "currency": "USD", "pay_basis": "base",
                          "employment_type": "full_time"} | terms))


def run(ctx: CompareContext, p: ProfileView | None = None, **terms: object) -> Comparison:
    return compare(offer(**terms), p or person(), ctx, subject=SUBJECT)


def asked(path: str) -> tuple[str, list[tuple[float, float]], str]:
    """(profile, [(lon, lat), (lon, lat)], query) of one request to the fake server."""
    parts = urlsplit(path)
    _, route, v1, profile, coords = parts.path.split("/")
    assert (route, v1) == ("route", "v1")
    points = [tuple(float(v) for v in pair.split(",")) for pair in coords.split(";")]
    return profile, points, parts.query  # type: ignore[return-value]


def test_routed_distance_and_time_replace_the_model(places: CompareContext, server: str
                                                    ) -> None:
    c = run(with_router(places, server))
    est = c.commute.offer.estimate
    assert est is not None and est.method == "routing" and est.routing_error is None
    assert est.distance_km == pytest.approx(12.35)  # 12,345 m
    assert est.minutes_one_way == pytest.approx(5 + 20)  # car overhead + 1,200 s routed
    assert any(f"routed by {urlsplit(server).netloc}" in b for b in est.basis)
    # One request per trip: home → offer office, home → current office; lon,lat order.
    assert len(FakeOsrm.paths) == 2
    home, work = places.place("94110"), places.place("Oakland, CA")
    assert home is not None and work is not None
    profile, points, query = asked(FakeOsrm.paths[0])
    assert profile == "driving" and query == "overview=false"
    assert points[0] == pytest.approx((home.longitude, home.latitude), abs=1e-6)
    assert points[1] == pytest.approx((work.longitude, work.latitude), abs=1e-6)
    current = c.commute.current.estimate if c.commute.current else None
    assert current is not None and current.method == "routing"


def test_each_mode_gets_its_profile_and_transit_stays_offline(places: CompareContext,
                                                              server: str) -> None:
    ctx = with_router(places, server)
    bike = run(ctx, person("bike"), commute_mode="bike")
    assert bike.commute.offer.estimate is not None
    assert bike.commute.offer.estimate.minutes_one_way == pytest.approx(3 + 20)
    assert {asked(p)[0] for p in FakeOsrm.paths} == {"cycling"}
    FakeOsrm.paths.clear()
    transit = run(ctx, person("transit"), commute_mode="transit")
    assert transit.commute.offer.estimate is not None
    assert transit.commute.offer.estimate.method == "model"
    assert FakeOsrm.paths == []  # OSRM does not route public transit


def test_what_the_user_gave_is_not_replaced_by_a_route(places: CompareContext,
                                                       server: str) -> None:
    c = run(with_router(places, server), person(commute_minutes=40.0))
    assert c.commute.current is not None and c.commute.current.estimate is not None
    assert c.commute.current.estimate.method == "given"
    assert c.commute.current.estimate.minutes_one_way == 40.0
    assert len(FakeOsrm.paths) == 1  # only the offer's trip was asked


@pytest.mark.parametrize(("status", "body", "delay", "says"), [
    (500, b"oops", 0.0, "answered HTTP 500"),
    (200, b"<html>not json</html>", 0.0, "did not answer with an OSRM route"),
    (200, json.dumps({"code": "NoRoute", "message": "Impossible route"}).encode(), 0.0,
     "found no route (NoRoute: Impossible route)"),
    (200, json.dumps({"code": "Ok", "routes": [{"distance": -1, "duration": 5}]}).encode(),
     0.0, "impossible route"),
    (200, osrm_answer(1.0, 1.0), 2.0, "could not be reached"),
])
def test_any_failure_falls_back_to_the_model_and_says_so(
        places: CompareContext, server: str, status: int, body: bytes, delay: float,
        says: str) -> None:
    FakeOsrm.status, FakeOsrm.body, FakeOsrm.delay = status, body, delay
    routed = run(with_router(places, server, timeout=0.5))
    offline = run(places)
    est, model = routed.commute.offer.estimate, offline.commute.offer.estimate
    assert est is not None and model is not None
    assert est.method == "model" and est.routing_error is not None and says in est.routing_error
    assert est.distance_km == model.distance_km and est.minutes_one_way == model.minutes_one_way
    assert any("The offline model was used instead." in b for b in est.basis)


def test_a_refused_connection_falls_back(places: CompareContext, server: str) -> None:
    port = urlsplit(server).port
    dead = "http://127.0.0.1:9"  # the discard port: nothing listens there
    assert port != 9
    est = run(with_router(places, dead, timeout=1.0)).commute.offer.estimate
    assert est is not None and est.method == "model"
    assert est.routing_error is not None and "could not be reached" in est.routing_error


def test_parse_route_reads_the_first_route() -> None:
    route = parse_route(osrm_answer(2_500.0, 300.0), "osrm.local")
    assert (route.distance_km, route.minutes, route.service) == (2.5, 5.0, "osrm.local")
    with pytest.raises(RoutingError):
        parse_route(b'{"code": "Ok", "routes": []}', "osrm.local")


def test_settings_switch_it_on_and_nothing_is_asked_by_default(server: str) -> None:
    from types import SimpleNamespace

    assert OsrmRouter.from_settings(SimpleNamespace()) is None
    assert OsrmRouter.from_settings(SimpleNamespace(commute_routing_url="")) is None
    router = OsrmRouter.from_settings(SimpleNamespace(commute_routing_url=server + "/",
                                                      commute_routing_timeout=2))
    assert router is not None and router.base_url == server and router.timeout == 2.0


# --- through the CLI: the setting, the report, and no call when unset -------------------

Run = Callable[..., Result]


@pytest.fixture
def me(installed_home: Path, run_cli: Run, tmp_path: Path) -> Run:
    doc = tmp_path / "me.yaml"
    doc.write_text("name: Test\npostal_code: '78704'\ncurrent_job:\n  title: Developer\n"
                   "  base_pay: 150000\n  currency: USD\n  location: '78701'\n"
                   "  commute_mode: car\n  workplace: onsite\n", encoding="utf-8")
    result = run_cli("profile", "edit", str(doc))
    assert result.exit_code == 0, result.output
    return run_cli


def _commute(result: Result) -> dict[str, Any]:
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output)["commute"])


def test_cli_uses_the_configured_service(me: Run, server: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIDEDOOR_COMMUTE_ROUTING_URL", server)
    commute = _commute(me("compare", str(EXAMPLE), "--json"))
    assert commute["offer"]["estimate"]["method"] == "routing"
    assert commute["offer"]["estimate"]["distance_km"] == pytest.approx(12.35)
    assert FakeOsrm.paths
    md = me("compare", str(EXAMPLE)).output
    assert "[routing service]" in md and f"routed by {urlsplit(server).netloc}" in md


def test_cli_calls_nothing_when_unset(me: Run, server: str) -> None:
    commute = _commute(me("compare", str(EXAMPLE), "--json"))
    assert commute["offer"]["estimate"]["method"] == "model"
    assert commute["offer"]["estimate"]["routing_error"] is None
    assert FakeOsrm.paths == []
    assert "[offline model]" in me("compare", str(EXAMPLE)).output
