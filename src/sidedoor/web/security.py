"""Security for a local app, as one ASGI middleware in front of everything.

In order, for every HTTP request:

1. **Host** must be localhost, 127.0.0.1 or [::1] (plus the bound host when the app serves
   another interface with a token): a page on another site cannot reach the app through DNS
   rebinding.
2. **Access token** when the app listens on a non-loopback interface: ``Authorization: Bearer
   TOKEN``, or the ``sidedoor_token`` cookie set after opening ``/?token=TOKEN`` once.
3. **Body size**: ``Content-Length`` over the limit is refused at once; a streamed body is
   counted while it is read and refused as soon as it passes the limit (413).
4. **CSRF** on every POST/PUT/PATCH/DELETE: Origin (or Referer) must be this app when
   present, and the token of the ``sidedoor_csrf`` cookie (SameSite=Strict, signed with a
   random per-app secret) must come back in the ``X-CSRF-Token`` header or the
   ``csrf_token`` form field (double submit).
5. **Headers** on every response: CSP without inline script, no framing, no sniffing, no
   referrer.

Refusals use the API's one error shape under /api and a small HTML page elsewhere.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from sidedoor.web.errors import error_bytes

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "sidedoor_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
TOKEN_COOKIE = "sidedoor_token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024

HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (the default, token-free case)."""
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass
class Guard:
    """What the middleware enforces; one per app."""

    bind_host: str = "127.0.0.1"
    token: str | None = None
    max_body: int = DEFAULT_MAX_UPLOAD
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    def __post_init__(self) -> None:
        if not is_loopback(self.bind_host) and not self.token:
            raise ValueError(f"Serving on {self.bind_host} needs an access token.")

    @property
    def needs_token(self) -> bool:
        return not is_loopback(self.bind_host)

    # ---------------------------------------------------------------- host

    def host_allowed(self, host_header: str) -> bool:
        name = _host_name(host_header)
        if name in LOOPBACK_NAMES:
            return True
        if self.needs_token:
            bound = self.bind_host.strip("[]").lower()
            # 0.0.0.0 / :: listen everywhere: the token is then the only gate.
            return bound in ("0.0.0.0", "::") or name == bound
        return False

    # ---------------------------------------------------------------- CSRF tokens

    def new_csrf(self) -> str:
        nonce = secrets.token_urlsafe(24)
        return f"{nonce}.{self._sign(nonce)}"

    def csrf_valid(self, token: str | None) -> bool:
        if not token or "." not in token:
            return False
        nonce, _, sig = token.partition(".")
        return hmac.compare_digest(sig, self._sign(nonce))

    def _sign(self, nonce: str) -> str:
        return hmac.new(self.secret, nonce.encode(), hashlib.sha256).hexdigest()[:32]

    def token_ok(self, given: str | None) -> bool:
        return bool(self.token) and given is not None and hmac.compare_digest(
            given.encode(), (self.token or "").encode())


def _host_name(host_header: str) -> str:
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class TooLarge(Exception):
    pass


class SecurityMiddleware:
    """The ASGI middleware applying a `Guard` (see the module docstring)."""

    def __init__(self, app: ASGIApp, guard: Guard) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        path = scope.get("path", "")
        cookies = _cookies(headers.get("cookie", ""))
        g = self.guard

        if not g.host_allowed(headers.get("host", "")):
            await _refuse(send, path, 400, "This app answers only to localhost.",
                          code="foreign_host",
                          hint="Open it at http://127.0.0.1 (the Host header was refused).")
            return

        set_cookies: list[str] = []
        if g.needs_token:
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            given = query.get("token", [None])[0]
            auth = headers.get("authorization", "")
            bearer = auth[7:].strip() if auth.lower().startswith("bearer ") else None
            if given is not None and g.token_ok(given) and scope["method"] == "GET":
                rest = {k: v for k, v in query.items() if k != "token"}
                location = path + ("?" + urlencode(rest, doseq=True) if rest else "")
                await _redirect(send, location, [
                    f"{TOKEN_COOKIE}={g.token}; Path=/; HttpOnly; SameSite=Strict"])
                return
            if not (g.token_ok(bearer) or g.token_ok(cookies.get(TOKEN_COOKIE))):
                await _refuse(send, path, 401, "An access token is needed.", code="unauthorized",
                              hint="Open the URL `sidedoor serve` printed (it carries ?token=), "
                                   "or send Authorization: Bearer TOKEN.")
                return

        csrf = cookies.get(CSRF_COOKIE)
        if not g.csrf_valid(csrf):
            csrf = g.new_csrf()
            set_cookies.append(f"{CSRF_COOKIE}={csrf}; Path=/; SameSite=Strict; HttpOnly")
        scope.setdefault("state", {})["csrf_token"] = csrf

        method = scope["method"]
        body: bytes | None = None
        if method in UNSAFE or "content-length" in headers or "transfer-encoding" in headers:
            length = headers.get("content-length")
            if length is not None and (not length.isdigit() or int(length) > g.max_body):
                await _refuse(send, path, 413, f"The request is larger than the limit of "
                              f"{g.max_body:,} bytes.", hint="Send a smaller file.")
                return
            try:
                body = await _read_body(receive, g.max_body)
            except TooLarge:
                await _refuse(send, path, 413, f"The request is larger than the limit of "
                              f"{g.max_body:,} bytes.", hint="Send a smaller file.")
                return

        if method in UNSAFE:
            problem = _origin_problem(headers)
            if problem is None:
                sent = headers.get(CSRF_HEADER) or _form_token(
                    headers.get("content-type", ""), body or b"")
                if not (sent and cookies.get(CSRF_COOKIE) and hmac.compare_digest(
                        sent, cookies[CSRF_COOKIE]) and g.csrf_valid(sent)):
                    problem = "The CSRF token is missing or does not match."
            if problem is not None:
                await _refuse(send, path, 403, problem, code="csrf",
                              hint="Reload the page and submit the form again; API clients "
                                   "send the sidedoor_csrf cookie's value as X-CSRF-Token.")
                return

        if body is not None:
            receive = _replay(body)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = list(message.get("headers", []))
                names = {k.lower() for k, _ in out}
                out += [(k, v) for k, v in HEADERS if k not in names]
                out += [(b"set-cookie", c.encode("latin-1")) for c in set_cookies]
                message["headers"] = out
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _headers(scope: Scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for k, v in scope.get("headers", []):
        name = k.decode("latin-1").lower()
        out[name] = (out[name] + "; " if name in out and name == "cookie" else "") + \
            v.decode("latin-1")
    return out


def _cookies(header: str) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # a malformed cookie header is treated as none
        return {}
    return {k: m.value for k, m in jar.items()}


def _origin_problem(headers: dict[str, str]) -> str | None:
    """Sec-Fetch-Site, Origin (else Referer), when sent, must say this app sent it."""
    host = headers.get("host", "").lower()
    if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return "The request came from another site (Sec-Fetch-Site)."
    origin = headers.get("origin")
    # With Referrer-Policy: no-referrer browsers send "Origin: null" even for this app's own
    # forms, so "null" counts as absent (the double-submit token still has to match).
    if origin is not None and origin != "null":
        if urlsplit(origin).netloc.lower() != host:
            return "The request came from another site (Origin)."
        return None
    referer = headers.get("referer")
    if referer and urlsplit(referer).netloc.lower() != host:
        return "The request came from another site (Referer)."
    return None


def _form_token(content_type: str, body: bytes) -> str | None:
    ctype = content_type.split(";")[0].strip().lower()
    if ctype == "application/x-www-form-urlencoded":
        values = parse_qs(body.decode("latin-1"), max_num_fields=1000).get(CSRF_FIELD)
        return values[0] if values else None
    if ctype == "multipart/form-data":
        return _multipart_field(content_type, body, CSRF_FIELD)
    return None


def _multipart_field(content_type: str, body: bytes, name: str) -> str | None:
    """The value of one small text field of a multipart body (the parts are not parsed
    further; the route parses the body with Starlette as usual)."""
    boundary = None
    for piece in content_type.split(";")[1:]:
        key, _, value = piece.strip().partition("=")
        if key.lower() == "boundary":
            boundary = value.strip('"')
    if not boundary:
        return None
    marker = f'name="{name}"'.encode()
    for part in body.split(b"--" + boundary.encode()):
        head, sep, content = part.partition(b"\r\n\r\n")
        if sep and marker in head and b"filename=" not in head:
            return content.rstrip(b"\r\n").decode("latin-1")[:512]
    return None


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


async def _refuse(send: Send, path: str, status: int, message: str, *, code: str | None = None,
                  hint: str | None = None) -> None:
    body, ctype = error_bytes(path, status, message, code=code, hint=hint)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", ctype),
                            (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


async def _redirect(send: Send, location: str, cookies: list[str]) -> None:
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", location.encode("latin-1")),
                            (b"content-length", b"0"), *HEADERS,
                            *[(b"set-cookie", c.encode("latin-1")) for c in cookies]]})
    await send({"type": "http.response.body", "body": b""})
