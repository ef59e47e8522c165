"""The HQ web service: kiosk API (leads, catalog, heartbeat, analytics) and agent console."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import BackgroundTasks, Depends, FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from kiosk import __version__
from kiosk.core.media.store import MediaStore
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.wire import (
    API_PREFIX,
    CATALOG_PAGE_MAX,
    ERASURE_FEED_MAX,
    MAX_BATCH,
    OUTCOME_FEED_MAX,
    PROTOCOL_VERSION,
    AnalyticsBatch,
    BatchResult,
    CatalogChanges,
    ErasureBatch,
    ErasureFeed,
    ErasureResult,
    Health,
    Heartbeat,
    LeadBatch,
    LeadOutcomes,
    LeadRecord,
    MediaManifest,
    MediaManifestRequest,
    RecordResult,
)
from sync.hq import (
    catalog,
    digest,
    erasure,
    inbox,
    integrations,
    media,
    outreach,
    retention,
    service,
    webhooks,
)
from sync.hq.console import routes as console_routes
from sync.hq.console import web as console_web
from sync.hq.console.auth import ConsoleSettings
from sync.hq.gate import Gate, quiet_access_log
from sync.hq.ratelimit import LocalRateLimiter, SharedRateLimiter
from sync.hq.settings import HQSettings, secret_key
from sync.hq.store import KioskIdentity, Store
from sync.hq.takeaway import page as takeaway_page
from sync.hq.takeaway import sending_api
from sync.hq.takeaway.dispatcher import Dispatcher, SenderSet

log = logging.getLogger("sync.hq.api")
GZIP_MIN_BYTES = 1024
GZIP_LEVEL = 5
OPEN_WHEN_QUIET_S = 0.3  # the opener waits this long after the latest lead batch
OPEN_BATCH = 100  # leads the background opener opens per transaction
LEFTOVER_OPEN_S = 30.0  # how often a worker looks for held leads nobody is opening


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
    keys = service.load_keys(settings)
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
        lifespan=_background(daily_purge, store, clock, opener, dispatchers, _schedule(settings)),
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
        kiosk_of=lambda token: service.authenticate(store, token),
        retry_after=app.state.limiter.retry_after,
    )
    quiet_access_log()

    @app.exception_handler(_HTTPError)
    async def http_error(_request: Request, exc: _HTTPError) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=exc.headers)

    @app.get("/health", response_model=Health, tags=["service"])
    def health() -> Health:
        return Health(version=__version__, time=utc_iso(clock.now()))

    _install_stand_api(app, store, keys, clock, opener)
    _install_media_api(app, media.media_store(settings.home))
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


class InboxOpener:
    """Opens the leads held sealed, in the background once lead batches stop arriving (the
    stands' acks go first: opening shares the process and the database with them); one run
    per process at a time (a nudge during a run makes it go round once more). It opens in
    small batches, so a stand that starts pushing again waits for little."""

    def __init__(self, store: Store, keys: service.HQKeys, clock: Clock) -> None:
        self.store = store
        self.keys = keys
        self.clock = clock
        self._running = threading.Lock()
        self._again = threading.Event()
        self._state = threading.Lock()
        self._in_flight = 0  # lead batches being received or held right now
        self._busy_until = 0.0

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        """A lead batch is being held: the opener waits until a moment after the last one."""
        with self._state:
            self._in_flight += 1
        try:
            yield
        finally:
            with self._state:
                self._in_flight -= 1
                self._busy_until = time.monotonic() + OPEN_WHEN_QUIET_S

    def _quiet(self) -> bool:
        while True:
            with self._state:
                wait = max(self._busy_until - time.monotonic(), 0.0)
                if self._in_flight:
                    wait = max(wait, OPEN_WHEN_QUIET_S)
            if wait <= 0:
                return True
            time.sleep(wait)

    def run(self) -> None:
        self._again.set()
        while self._again.is_set():
            if not self._running.acquire(blocking=False):
                return  # the run in progress goes round again
            try:
                self._again.clear()
                service.open_inbox(self.store, self.keys, self.clock, OPEN_BATCH, go_on=self._quiet)
            except Exception as exc:  # the leads stay held; the next run tries again
                log.error("opening held leads failed: %s", type(exc).__name__)
                return
            finally:
                self._running.release()


def _install_stand_api(
    app: FastAPI, store: Store, keys: service.HQKeys, clock: Clock, opener: InboxOpener
) -> None:
    """The stand endpoints under /api/v1 (the gate has checked the token before any body)."""

    @app.post(f"{API_PREFIX}/leads:batch", response_model=BatchResult, tags=["kiosk"])
    def leads_batch(
        request: Request, raw: RawBody, identity: AuthedKiosk, later: BackgroundTasks
    ) -> Response:
        # a plain def: parsing and the database run in the threadpool; the envelopes are
        # opened after the answer (the stand's ack needs them held, not opened)
        with opener.busy():
            valid, results = _lead_records(raw)
            batch = LeadBatch.model_construct(leads=valid)  # validated just above
            held = service.hold_batch(store, identity, batch, clock, seen=True)
        by_id = {r.id: r for r in held}
        ordered = [by_id.get(r.id, r) for r in results]
        later.add_task(opener.run)
        # built once here: FastAPI would check the answer's 500 results against the model again
        answer = BatchResult(results=ordered).model_dump_json().encode("utf-8")
        return _json_maybe_gzipped(request, answer)

    @app.get(f"{API_PREFIX}/leads/outcomes", response_model=LeadOutcomes, tags=["kiosk"])
    def lead_outcomes(identity: AuthedKiosk, since: int = 0) -> LeadOutcomes:
        since = max(0, min(since, 2**62))
        found, cursor = inbox.outcomes_after(store.engine, identity.id, since, OUTCOME_FEED_MAX)
        return LeadOutcomes(since=since, next=cursor, results=[RecordResult(**o) for o in found])

    @app.get(f"{API_PREFIX}/catalog/changes", response_model=CatalogChanges, tags=["kiosk"])
    def catalog_changes(
        request: Request, identity: AuthedKiosk, since: int = 0, after: str = "", limit: int = 0
    ) -> Response:
        # a plain def: the answer is built and gzipped in the threadpool, never on the loop
        del identity
        page = max(0, min(limit, CATALOG_PAGE_MAX))
        changes = catalog.catalog_changes(store, max(0, min(since, 2**62)), after[:200], page)
        return _json_maybe_gzipped(request, changes.model_dump_json().encode("utf-8"))

    @app.post(f"{API_PREFIX}/heartbeat", tags=["kiosk"])
    def heartbeat(beat: Heartbeat, identity: AuthedKiosk) -> dict[str, str]:
        now = utc_iso(clock.now())
        store.record_heartbeat(identity.id, now, beat.model_dump())
        return {"status": "ok", "time": now}

    @app.post(f"{API_PREFIX}/analytics", tags=["kiosk"])
    def analytics(batch: AnalyticsBatch, identity: AuthedKiosk) -> dict[str, int]:
        store.record_analytics(
            identity.id, batch.event_id, [c.model_dump() for c in batch.counters]
        )
        return {"received": len(batch.counters)}

    @app.post(f"{API_PREFIX}/erasures", response_model=ErasureResult, tags=["kiosk"])
    def erasures(batch: ErasureBatch, identity: AuthedKiosk) -> ErasureResult:
        return ErasureResult(erased=service.stand_erasure(store, keys, identity, batch, clock))

    @app.get(f"{API_PREFIX}/erasures", response_model=ErasureFeed, tags=["kiosk"])
    def erasure_feed(identity: AuthedKiosk, since: int = 0) -> ErasureFeed:
        del identity
        since = max(0, min(since, 2**62))
        ids, cursor = erasure.feed(store.engine, since, ERASURE_FEED_MAX)
        return ErasureFeed(since=since, next=cursor, lead_ids=ids)


WEBHOOKS_EVERY_S = 15.0
SENDS_EVERY_S = 10.0


async def _deliver_webhooks(store: Store, clock: Clock) -> None:
    while True:
        try:
            await asyncio.to_thread(webhooks.deliver_due, store.engine, clock.now())
        except Exception:  # a database hiccup must not end the loop; logged, retried
            log.exception("webhook deliveries")
        await asyncio.sleep(WEBHOOKS_EVERY_S)


def _schedule(settings: HQSettings) -> digest.Schedule | None:
    """The digest's hour, checked when the app is made (a typo fails the start, not at 7:30)."""
    if not settings.digest_at:
        return None
    return digest.Schedule.parse(settings.digest_at, settings.digest_zone)


async def _send_selections(dispatchers: list[Dispatcher]) -> None:
    while True:
        for dispatcher in dispatchers:
            try:
                await asyncio.to_thread(dispatcher.run_due)
            except Exception:  # a database hiccup must not end the loop; logged, retried
                log.exception("send me my selection")
        await asyncio.sleep(SENDS_EVERY_S)


def _background(
    daily_purge: retention.DailyPurge,
    store: Store,
    clock: Clock,
    opener: InboxOpener,
    dispatchers: list[Dispatcher],
    schedule: digest.Schedule | None = None,
) -> Callable[[FastAPI], Any]:
    """The service's own work while it runs: the daily retention purge, webhook deliveries,
    held leads left by a worker that stopped while opening them, the retries of "send me my
    selection", and the morning digest when a time is set."""

    async def open_leftovers() -> None:
        while True:
            await run_in_threadpool(opener.run)
            await asyncio.sleep(LEFTOVER_OPEN_S)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        tasks = [
            asyncio.create_task(daily_purge.run_forever(), name="daily-retention-purge"),
            asyncio.create_task(_deliver_webhooks(store, clock), name="webhook-deliveries"),
            asyncio.create_task(open_leftovers(), name="open-held-leads"),
            asyncio.create_task(_send_selections(dispatchers), name="send-selections"),
        ]
        if schedule is not None:
            morning = digest.DailyDigest(
                store.engine,
                schedule,
                lambda: getattr(app.state, "mailer", None) or outreach.Mailer.from_env(),
                clock,
                app.state.settings.public_url,
            )
            tasks.append(asyncio.create_task(morning.run_forever(), name="morning-digest"))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    return lifespan


def _json_maybe_gzipped(request: Request, body: bytes) -> Response:
    """A JSON answer, gzipped when the client accepts it and it is worth it (a stand's
    catalog pull over a weak link)."""
    accepted = request.headers.get("accept-encoding", "").lower()
    if len(body) < GZIP_MIN_BYTES or "gzip" not in accepted:
        return Response(body, media_type="application/json")
    packed = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
    return Response(
        packed,
        media_type="application/json",
        headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
    )


def _authenticated_kiosk(request: Request) -> KioskIdentity:
    """The kiosk the gate found behind the bearer token (checked before the body was read)."""
    identity = getattr(request.state, "kiosk", None)
    if not isinstance(identity, KioskIdentity):
        raise _HTTPError(401, "missing kiosk token", {"WWW-Authenticate": "Bearer"})
    return identity


AuthedKiosk = Annotated[KioskIdentity, Depends(_authenticated_kiosk)]


class _HTTPError(Exception):
    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


async def _raw_body(request: Request) -> bytes:
    return await request.body()  # already read and bounded by the gate


RawBody = Annotated[bytes, Depends(_raw_body)]


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _HTTPError(400, "the body is not JSON") from exc
    if not isinstance(body, dict):
        raise _HTTPError(400, "the body must be a JSON object")
    return body


def _lead_records(raw: bytes) -> tuple[list[LeadRecord], list[RecordResult]]:
    """A batch's valid records and a result slot per record: a clean batch (the usual case)
    is checked in one pass over its bytes; any fault sends it record by record, so that a
    bad record is answered alone and never blocks the others."""
    try:
        batch = LeadBatch.model_validate_json(raw)
    except ValidationError:
        pass
    else:
        if batch.protocol == PROTOCOL_VERSION:
            return batch.leads, [RecordResult(id=r.id, status="stored") for r in batch.leads]
    body = _json_object(raw)
    raw_leads = body.get("leads")
    if body.get("protocol") != PROTOCOL_VERSION or not isinstance(raw_leads, list):
        raise _HTTPError(400, f"expected a protocol {PROTOCOL_VERSION} lead batch")
    if len(raw_leads) > MAX_BATCH:
        raise _HTTPError(413, f"at most {MAX_BATCH} leads per batch")
    return _validate_records(raw_leads)


def _validate_records(raw: list[Any]) -> tuple[list[LeadRecord], list[RecordResult]]:
    """Valid records, and a result slot per record (rejections filled in here)."""
    valid: list[LeadRecord] = []
    results: list[RecordResult] = []
    for item in raw:
        lead_id = str(item.get("id", ""))[:64] if isinstance(item, dict) else ""
        try:
            record = LeadRecord.model_validate(item)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            results.append(
                RecordResult(id=lead_id, status="rejected", reason=f"{where}: {first['msg']}")
            )
            continue
        valid.append(record)
        results.append(RecordResult(id=record.id, status="stored"))
    return valid, results


def _install_media_api(app: FastAPI, media_files: MediaStore) -> None:
    """Photos and plans of the published catalog, for enrolled kiosks."""

    @app.post(f"{API_PREFIX}/media/manifest", response_model=MediaManifest, tags=["kiosk"])
    def media_manifest(wanted: MediaManifestRequest, identity: AuthedKiosk) -> MediaManifest:
        del identity
        return media.manifest(media_files, wanted.sha256)

    @app.get(f"{API_PREFIX}/media/{{sha256}}/{{version}}", tags=["kiosk"])
    def media_file(sha256: str, version: str, identity: AuthedKiosk) -> FileResponse:
        """One version of a file; ``Range: bytes=N-`` resumes an interrupted download."""
        del identity
        path = media.version_file(media_files, sha256, version)
        if path is None:
            raise _HTTPError(404, "no such media file")
        return FileResponse(path, media_type="image/jpeg")


def _install_console(
    app: FastAPI,
    store: Store,
    settings: HQSettings,
    keys: service.HQKeys,
    clock: Clock,
    console: ConsoleSettings,
) -> None:
    """The agent console under /console, on the same store and clock."""

    def enrol(name: str, event_id: str) -> dict[str, Any]:
        return service.enroll_kiosk(store, settings, keys, name, event_id, clock).model_dump()

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
