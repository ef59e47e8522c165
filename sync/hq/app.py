"""The HQ web service: kiosk API (leads, catalog, heartbeat, analytics) and agent console."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from kiosk import __version__
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.wire import Health
from sync.hq import integrations, keyring, kiosk_tokens, media, retention, service, stand_api
from sync.hq.background import lifespan_of, schedule_of
from sync.hq.console import routes as console_routes
from sync.hq.console import web as console_web
from sync.hq.console.auth import ConsoleSettings
from sync.hq.gate import Gate, quiet_access_log
from sync.hq.keyring import HQKeys
from sync.hq.opener import InboxOpener
from sync.hq.ratelimit import LocalRateLimiter, SharedRateLimiter
from sync.hq.settings import HQSettings, secret_key
from sync.hq.store import Store
from sync.hq.takeaway import page as takeaway_page
from sync.hq.takeaway import sending_api
from sync.hq.takeaway.dispatcher import Dispatcher, SenderSet

log = logging.getLogger("sync.hq.api")


def create_app(
    store: Store,
    settings: HQSettings,
    clock: Clock = SYSTEM_CLOCK,
    console: ConsoleSettings | None = None,
    senders: SenderSet | None = None,
) -> FastAPI:
    """The HQ app; ``clock`` and the console's settings (password hash cost among them) are
    passed in, so tests run the real app on a fake clock and a cheap hash. ``senders``
    (default: ``senders.json`` in HQ's folder) send the stands' "send me my selection"."""
    keys = keyring.load_keys(settings)
    dispatchers: list[Dispatcher] = []  # filled below, run by the lifespan
    daily_purge = retention.DailyPurge(
        store.engine, retention.RetentionPolicy.load(settings.retention_file), clock
    )
    opener = InboxOpener(store, keys, clock)
    store.settle = lambda: service.settle_inbox(store, keys, clock)
    app = FastAPI(
        title="Al Omrane HQ",
        version=__version__,
        description="Lead ingest, catalog publishing and kiosk fleet of the Al Omrane stands.",
        lifespan=lifespan_of(daily_purge, store, clock, opener, dispatchers, schedule_of(settings)),
    )
    app.state.store = store
    app.state.settings = settings
    # on PostgreSQL (several workers) every worker spends the same bucket, in the database;
    # a SQLite HQ is one process and keeps it in memory (no write per request on one file)
    per_minute = settings.rate_limit_per_minute
    app.state.limiter = (
        SharedRateLimiter(store.engine, per_minute, clock)
        if store.dialect == "postgresql"
        else LocalRateLimiter(per_minute, clock)
    )

    app.add_middleware(
        Gate,
        max_body_bytes=settings.max_body_bytes,
        admit=lambda token: kiosk_tokens.admit(store, app.state.limiter, token),
    )
    quiet_access_log()

    @app.exception_handler(stand_api.HTTPError)
    async def http_error(_request: Request, exc: stand_api.HTTPError) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=exc.headers)

    @app.get("/health", response_model=Health, tags=["service"])
    def health() -> Health:
        return Health(version=__version__, time=utc_iso(clock.now()))

    stand_api.install(app, store, keys, clock, opener)
    stand_api.install_media(app, media.media_store(settings.home))
    _install_console(app, store, settings, keys, clock, console or ConsoleSettings())
    integrations.install(app)
    takeaway_page.install(app, store.engine, keys.takeaway_secret, clock)
    chosen = senders if senders is not None else SenderSet.load(settings.senders_file)
    public_url = settings.takeaway_url or settings.public_url
    app.state.send_dispatcher = sending_api.install(
        app, store.engine, keys, clock, chosen, public_url
    )
    dispatchers.append(app.state.send_dispatcher)
    return app


def _install_console(
    app: FastAPI,
    store: Store,
    settings: HQSettings,
    keys: HQKeys,
    clock: Clock,
    console: ConsoleSettings,
) -> None:
    """The agent console under /console, on the same store and clock."""

    def enrol(name: str, event_id: str) -> dict[str, Any]:
        return kiosk_tokens.enroll_kiosk(store, settings, keys, name, event_id, clock).model_dump()

    console_web.install(
        app,
        store.engine,
        clock=clock,
        settings=console,
        enrol_kiosk=enrol,
        revoke_kiosk=store.revoke_kiosk,
        phone_key=keys.phone_key,
        signin_secret=secret_key(settings.home, "signin"),
        trusted_proxies=settings.trusted_proxies,
    )
    app.include_router(console_routes.router)
