"""The local web app's security: Host check, CSRF, upload limit, escaping, token, headers.

Over ASGI in-process (FastAPI's TestClient) against a real SQLite store.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "recruiter-message.eml"
SHAPE_KEYS = {"code", "message", "hint"}


def make_client(home: Path, **config: object) -> TestClient:
    from sidedoor.settings import load_settings
    from sidedoor.web.app import WebConfig, create_app

    app = create_app(load_settings(), WebConfig(preload=False, **config))  # type: ignore[arg-type]
    return TestClient(app, base_url="http://127.0.0.1:8765")


@pytest.fixture
def client(home: Path) -> Iterator[TestClient]:
    with make_client(home) as c:
        c.get("/inbox")  # sets the CSRF cookie, as a browser's first visit does
        yield c


def token(c: TestClient) -> str:
    value = c.cookies.get("sidedoor_csrf")
    assert value
    return value


def count_opportunities(c: TestClient) -> int:
    return len(c.get("/api/opportunities", params={"include_closed": True}).json())


def assert_error_shape(response: object, status: int) -> dict[str, object]:
    assert response.status_code == status  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and set(body["error"]) == SHAPE_KEYS
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return dict(body["error"])


@pytest.mark.parametrize("host", ["evil.example", "attacker.test:8765", "127.0.0.2", "10.0.0.5"])
def test_foreign_host_is_refused(client: TestClient, host: str) -> None:
    err = assert_error_shape(client.get("/api/health", headers={"host": host}), 400)
    assert err["code"] == "foreign_host"
    page = client.get("/inbox", headers={"host": host})
    assert page.status_code == 400 and "localhost" in page.text
    # Nothing behind the check runs: a refused POST stores nothing either.
    client.post("/api/opportunities", data={"text": "Hi, a role for you"},
                headers={"host": host, "X-CSRF-Token": token(client)})
    assert count_opportunities(client) == 0


@pytest.mark.parametrize("host", ["localhost:8765", "127.0.0.1:8765", "[::1]:8765", "localhost"])
def test_loopback_hosts_are_served(client: TestClient, host: str) -> None:
    assert client.get("/api/health", headers={"host": host}).json()["ok"] is True


def test_post_without_csrf_token_is_refused_api_and_pages(client: TestClient) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    csrf = token(client)
    # API: no header, a wrong one, a forged one that is not signed by this app.
    assert assert_error_shape(client.post("/api/opportunities", data={"text": text}),
                              403)["code"] == "csrf"
    assert_error_shape(client.post("/api/opportunities", data={"text": text},
                                   headers={"X-CSRF-Token": csrf[:-2] + "xx"}), 403)
    forged = "abc.def"
    client.cookies.set("sidedoor_csrf", forged)
    assert_error_shape(client.post("/api/opportunities", data={"text": text},
                                   headers={"X-CSRF-Token": forged}), 403)
    client.cookies.set("sidedoor_csrf", csrf)
    # Pages: the form without its hidden field, or with a token from another cookie.
    page = client.post("/inbox", data={"text": text}, follow_redirects=False)
    assert page.status_code == 403 and "CSRF" in page.text
    other = make_client(client.app.state.services.settings.home)  # type: ignore[attr-defined]
    with other:
        other.get("/inbox")
        stolen = token(other)
    assert client.post("/inbox", data={"text": text, "csrf_token": stolen},
                       follow_redirects=False).status_code == 403
    # A right token from another site (Origin) is refused too.
    assert client.post("/inbox", data={"text": text, "csrf_token": csrf},
                       headers={"origin": "http://evil.example"},
                       follow_redirects=False).status_code == 403
    assert client.post("/inbox", data={"text": text, "csrf_token": csrf},
                       headers={"sec-fetch-site": "cross-site"},
                       follow_redirects=False).status_code == 403
    assert count_opportunities(client) == 0
    # The same form with its token goes through.
    ok = client.post("/inbox", data={"text": text, "csrf_token": csrf},
                     headers={"origin": "http://127.0.0.1:8765"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"].startswith("/opportunities/")
    assert count_opportunities(client) == 1


def test_delete_and_put_need_the_token_too(client: TestClient) -> None:
    assert client.delete("/api/opportunities/1").status_code == 403
    assert client.put("/api/opportunities/1", json={}).status_code == 403


def test_oversized_upload_is_refused_and_nothing_stored(home: Path) -> None:
    limit = 4096
    with make_client(home, max_upload_bytes=limit) as c:
        c.get("/inbox")
        csrf = token(c)
        big = b"Hi Alex, a Senior Engineer role. " + b"x" * limit
        # Announced by Content-Length.
        r = c.post("/api/opportunities", files={"file": ("big.txt", big, "text/plain")},
                   headers={"X-CSRF-Token": csrf})
        assert assert_error_shape(r, 413)["code"] == "too_large"
        # Streamed without a Content-Length: counted while read.
        def chunks() -> Iterator[bytes]:
            for _ in range(8):
                yield b"y" * 1024

        r = c.post("/api/opportunities", content=chunks(),
                   headers={"X-CSRF-Token": csrf, "content-type": "text/plain"})
        assert "content-length" not in {k.lower() for k in r.request.headers}
        assert_error_shape(r, 413)
        page = c.post("/inbox", files={"file": ("big.txt", big, "text/plain")},
                      data={"csrf_token": csrf})
        assert page.status_code == 413 and "larger than the limit" in page.text
        assert count_opportunities(c) == 0
        # Under the limit it is read and stored.
        small = EXAMPLE.read_bytes()
        with make_client(home, max_upload_bytes=len(small) + 2048) as c2:
            c2.get("/inbox")
            r = c2.post("/api/opportunities",
                        files={"file": ("recruiter-message.eml", small, "message/rfc822")},
                        headers={"X-CSRF-Token": token(c2)})
            assert r.status_code == 201, r.text
            assert r.json()["summary"]["added"] == 1


def test_script_in_a_pasted_message_is_escaped(client: TestClient) -> None:
    text = ("Hi Alex,\n\nI'm a recruiter with Brightpath Talent. <script>alert('pwned')"
            "</script> We are hiring a Senior Python Engineer <img src=x onerror=alert(2)> at "
            "Acme Robotics, fully remote, $150,000-$170,000 base.\n\nWould you be open to a "
            "quick call this week?\n\nSam Lee\nBrightpath Talent")
    r = client.post("/inbox", data={"text": text, "csrf_token": token(client)})
    assert r.status_code == 200 and r.url.path.startswith("/opportunities/")
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in r.text
    # The only scripts are the app's own file.
    assert r.text.count("<script") == 1 and '<script src="/static/app.js"' in r.text
    api = client.get(f"/api{r.url.path}").json()
    assert "<script>alert('pwned')</script>" in api["messages"][0]["body"]  # kept as written
    inbox = client.get("/inbox").text
    assert "<script>alert" not in inbox and "<img src=x" not in inbox


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/inbox", "/api/health", "/static/app.css", "/api/nope"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"
    cookie = client.get("/inbox", headers={"cookie": ""}).headers["set-cookie"]
    assert "SameSite=Strict" in cookie and "HttpOnly" in cookie


def test_error_shape_is_the_same_for_404_403_413_422(home: Path) -> None:
    with make_client(home, max_upload_bytes=1000) as c:
        c.get("/inbox")
        csrf = token(c)
        shapes = [
            assert_error_shape(c.get("/api/opportunities/424242"), 404),
            assert_error_shape(c.get("/api/no/such/route"), 404),
            assert_error_shape(c.post("/api/opportunities/1/stage", json={"stage": "x"}), 403),
            assert_error_shape(c.post("/api/opportunities", content=b"z" * 2000,
                                      headers={"X-CSRF-Token": csrf}), 413),
            assert_error_shape(c.post("/api/opportunities/1/stage", json={"nope": 1},
                                      headers={"X-CSRF-Token": csrf}), 422),
            assert_error_shape(c.get("/api/opportunities/not-a-number"), 422),
        ]
    assert all(set(s) == SHAPE_KEYS for s in shapes)
    assert [s["code"] for s in shapes[2:4]] == ["csrf", "too_large"]


def test_non_loopback_host_requires_a_token(home: Path) -> None:
    from sidedoor.settings import load_settings
    from sidedoor.web.app import WebConfig, create_app

    with pytest.raises(ValueError, match="token"):
        create_app(load_settings(), WebConfig(host="0.0.0.0"))
    secret = "s3cret-token-value"
    with make_client(home, host="192.168.1.20", token=secret) as c:
        headers = {"host": "192.168.1.20:8765"}
        err = assert_error_shape(c.get("/api/health", headers=headers), 401)
        assert err["code"] == "unauthorized"
        assert c.get("/inbox", headers=headers).status_code == 401
        assert c.get("/api/health", headers={**headers, "authorization": "Bearer nope"}
                     ).status_code == 401
        ok = c.get("/api/health", headers={**headers, "authorization": f"Bearer {secret}"})
        assert ok.status_code == 200
        # Opening the printed URL once sets a cookie and drops the token from the address.
        first = c.get(f"/inbox?token={secret}", headers=headers, follow_redirects=False)
        assert first.status_code == 303 and first.headers["location"] == "/inbox"
        assert "HttpOnly" in first.headers["set-cookie"]
        assert c.get("/inbox", headers=headers).status_code == 200
        # Another host name is still refused, token or not.
        assert c.get("/inbox", headers={"host": "evil.example"}).status_code == 400
