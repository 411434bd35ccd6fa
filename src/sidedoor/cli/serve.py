"""`sidedoor serve`: the local web app (pages and the JSON API), bound to 127.0.0.1 by default."""

from __future__ import annotations

import os
import secrets
import socket

import click

TOKEN_ENV = "SIDEDOOR_WEB_TOKEN"


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on. Anything but loopback needs an access token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port to listen on (0: pick a free one).")
@click.option("--token", default=None,
              help=f"Access token for a non-loopback --host (also ${TOKEN_ENV}); one is "
                   "generated and printed in the URL when missing.")
@click.option("--open/--no-open", "open_browser", default=True, show_default=True,
              help="Open the app in your web browser.")
@click.option("--warm/--no-warm", default=True, show_default=True,
              help="Build missing opportunity reports in the background at start-up.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, token: str | None, open_browser: bool,
          warm: bool) -> None:
    """Open the local web app: inbox, opportunity reports, practice, profile, pivot, doors,
    tracker and recruiters, plus a JSON API under /api (docs at /api/docs).

    Listens on 127.0.0.1 only, unless --host says otherwise; then every request needs the
    access token (the printed URL carries it once, then a cookie does). Stop with Ctrl-C.
    """
    import uvicorn

    from sidedoor.cli._context import app
    from sidedoor.web.app import WebConfig, create_app
    from sidedoor.web.security import is_loopback

    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        token = secrets.token_urlsafe(24)
    settings = app(ctx).settings
    web = create_app(settings, WebConfig(host=host, token=token, warm=warm))
    sock = _bind(host, port)
    bound_port = sock.getsockname()[1]
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{'[' + shown + ']' if ':' in shown else shown}:{bound_port}/"
    if token and not is_loopback(host):
        url += f"?token={token}"
    click.echo(f"sidedoor is serving {settings.home} at {url}")
    click.echo("Press Ctrl-C to stop.")
    if open_browser:
        _open_when_ready(url, bound_port)
    config = uvicorn.Config(web, log_level="warning", access_log=False,
                            proxy_headers=False, server_header=False)
    uvicorn.Server(config).run(sockets=[sock])


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0 picks a free one), so the URL is known."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP (not 0) so asyncio sets TCP_NODELAY on each connection; set it here too.
    # Without it a keep-alive response written in two parts waits for a delayed ACK (~40 ms).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise click.ClickException(f"Cannot listen on {host}:{port}: {exc.strerror}. "
                                   "Try another --port (0 picks a free one).") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _open_when_ready(url: str, port: int) -> None:
    """Open the browser once the app answers (start-up loads the language engines)."""
    import threading
    import time
    import urllib.request
    import webbrowser

    def run() -> None:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1):
                    break
            except OSError as exc:
                if getattr(exc, "code", None) == 401:  # token-protected: it is up
                    break
                time.sleep(0.5)
        webbrowser.open(url)

    threading.Thread(target=run, name="sidedoor-open", daemon=True).start()
