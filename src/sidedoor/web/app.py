"""The app factory: `create_app(settings) -> FastAPI`.

Engines and the store are opened once per app, in the lifespan (`web.services.Services`),
never per request. The security middleware (`web.security`) wraps everything.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.staticfiles import StaticFiles

from sidedoor import __version__
from sidedoor.web import errors
from sidedoor.web.security import DEFAULT_MAX_UPLOAD, Guard, SecurityMiddleware

if TYPE_CHECKING:
    from sidedoor.settings import Settings

HERE = Path(__file__).parent


@dataclass
class WebConfig:
    """How one app instance serves: where it is bound, its token, its limits and cache."""

    host: str = "127.0.0.1"
    token: str | None = None
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD
    cache_size: int = 1200
    disk_cache: bool = True
    preload: bool = True  # load the language engines at startup (before any request)
    warm: bool = False  # build every missing evaluate report in the background at startup
    build_process: bool = True  # build reports in a worker process (else on the engine thread)


def templates() -> Environment:
    from sidedoor.web import filters

    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    filters.install(env)
    return env


def create_app(settings: Settings, config: WebConfig | None = None) -> FastAPI:
    """The web app over the user's store (raises ValueError for a non-loopback host with no
    token)."""
    from sidedoor.web.api import router as api_router
    from sidedoor.web.pages import router as pages_router
    from sidedoor.web.services import Services

    config = config or WebConfig()
    guard = Guard(bind_host=config.host, token=config.token,
                  max_body=config.max_upload_bytes)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = Services(settings, cache_size=config.cache_size,
                            disk_cache=config.disk_cache, build_process=config.build_process)
        app.state.services = services
        try:
            services.start(preload=config.preload)
            if config.warm:
                services.warm()
            yield
        finally:
            services.close()

    app = FastAPI(
        title="sidedoor",
        version=__version__,
        description="The JSON API of the local sidedoor app. Errors have one shape: "
                    '{"error": {"code", "message", "hint"}}. State-changing requests need the '
                    "sidedoor_csrf cookie's value in X-CSRF-Token (GET /api/csrf gives both).",
        lifespan=lifespan,
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.templates = templates()
    app.state.config = config
    app.state.guard = guard
    errors.install(app)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(SecurityMiddleware, guard=guard)
    return app
