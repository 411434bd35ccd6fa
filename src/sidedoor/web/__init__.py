"""The local web app behind `sidedoor serve`: server-rendered pages and a JSON API under /api.

    from sidedoor.web.app import create_app
    app = create_app(settings)            # 127.0.0.1, no token
    app = create_app(settings, config=WebConfig(host="0.0.0.0", token="..."))

A thin layer over the engines: routes call the engines through `web.services.Services`
(opened once per app, in the lifespan) and hand their reports to templates.
"""
