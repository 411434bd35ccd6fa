"""Request-scoped helpers shared by the pages and the API: services, CSRF token, rendering."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from jinja2 import Environment
from starlette.responses import HTMLResponse

from sidedoor.web.services import Services

#: Stands for the request's CSRF token in pages cached across requests.
CSRF_SENTINEL = "\x00csrf\x00"


async def services(request: Request) -> Services:
    """The app's `Services` (async: resolved on the event loop, no thread hop)."""
    found: Services = request.app.state.services
    return found


def csrf_token(request: Request) -> str:
    state = request.scope.get("state") or {}
    return str(state.get("csrf_token") or "")


def render_text(request: Request, template: str, *, csrf: str | None = None,
                **context: Any) -> str:
    env: Environment = request.app.state.templates
    return env.get_template(template).render(
        csrf_token=csrf_token(request) if csrf is None else csrf,
        path=request.url.path, **context)


def render(request: Request, template: str, *, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    return HTMLResponse(render_text(request, template, **context), status_code=status_code)
