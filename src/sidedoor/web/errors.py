"""One error shape for the whole HTTP API, and a plain HTML error page for the pages.

Every API error, whatever raised it (a route, validation, the security middleware), is::

    {"error": {"code": "not_found", "message": "…", "hint": "…"}}

with the HTTP status saying the class of problem.
"""

from __future__ import annotations

import json
from html import escape
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response

from sidedoor.errors import SidedoorError

#: Library errors whose class name says "not found" are 404s; the rest of SidedoorError are 422.
_NOT_FOUND_WORDS = ("NotFound", "NoSuch", "Unknown", "NoProfile")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 409: "conflict", 413: "too_large",
         415: "unsupported_media_type", 422: "invalid", 500: "internal_error"}


class WebError(Exception):
    """An error a route (or the middleware) answers with: status, code, message, hint."""

    def __init__(self, status: int, message: str, *, code: str | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.hint = hint


def error_body(status: int, message: str, code: str | None = None,
               hint: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code or CODES.get(status, "error"), "message": message,
                      "hint": hint}}


def wants_json(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def error_page(status: int, message: str, hint: str | None = None) -> str:
    """A minimal page (no template engine needed: the middleware uses it too)."""
    title = f"{status} {HTTPStatus(status).phrase}" if status in HTTPStatus._value2member_map_ \
        else str(status)
    hint_html = f"<p>{escape(hint)}</p>" if hint else ""
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{escape(title)} · sidedoor</title>"
        "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>"
        f"<main id=\"main\"><h1>{escape(title)}</h1><p role=\"alert\">{escape(message)}</p>"
        f"{hint_html}<p><a href=\"/inbox\">Back to the inbox</a></p></main></body></html>"
    )


def error_response(path: str, status: int, message: str, *, code: str | None = None,
                   hint: str | None = None) -> Response:
    if wants_json(path):
        return JSONResponse(error_body(status, message, code, hint), status_code=status)
    return HTMLResponse(error_page(status, message, hint), status_code=status)


def error_bytes(path: str, status: int, message: str, *, code: str | None = None,
                hint: str | None = None) -> tuple[bytes, bytes]:
    """(body, content type) for the ASGI middleware, which answers without Starlette."""
    if wants_json(path):
        return (json.dumps(error_body(status, message, code, hint)).encode(),
                b"application/json")
    return error_page(status, message, hint).encode(), b"text/html; charset=utf-8"


def status_of(exc: SidedoorError) -> int:
    name = type(exc).__name__
    return 404 if any(w in name for w in _NOT_FOUND_WORDS) else 422


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the one shape (or the HTML page)."""

    async def web_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        return error_response(request.url.path, exc.status, exc.message, code=exc.code,
                              hint=exc.hint)

    async def library_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SidedoorError)
        hint = getattr(exc, "hint", None) or None
        return error_response(request.url.path, status_of(exc), exc.message,
                              code=type(exc).__name__, hint=hint)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(
            exc.status_code).phrase
        return error_response(request.url.path, exc.status_code, message)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'request'}: "
            f"{e.get('msg')}" for e in exc.errors())
        return error_response(request.url.path, 422, f"Invalid request ({problems}).",
                              hint="See /api/docs for the expected fields.")

    app.add_exception_handler(WebError, web_error)
    app.add_exception_handler(SidedoorError, library_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
