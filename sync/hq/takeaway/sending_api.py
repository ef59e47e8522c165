"""The HTTP side of 'send me my selection': stands post their requests and ask how they went;
a recipient stops every further sending from the link in each message."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any

from fastapi import BackgroundTasks, Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from sync.contract.clock import Clock, utc_iso
from sync.contract.takeaway import LinkError
from sync.contract.wire import (
    API_PREFIX,
    MAX_BATCH,
    PROTOCOL_VERSION,
    BatchResult,
    RecordResult,
    SendRecord,
    SendStatuses,
    SendStatusQuery,
)
from sync.hq.takeaway import content, page, sending
from sync.hq.takeaway.dispatcher import STOP_PATH, Dispatcher, SenderSet


def _kiosk_id(request: Request) -> str:
    """The kiosk the gate found behind the bearer token."""
    identity = getattr(request.state, "kiosk", None)
    kiosk_id = getattr(identity, "id", None)
    if not isinstance(kiosk_id, str):
        raise HTTPException(401, "missing kiosk token", {"WWW-Authenticate": "Bearer"})
    return kiosk_id


KioskId = Annotated[str, Depends(_kiosk_id)]


def _records(body: Any) -> tuple[list[SendRecord], list[RecordResult]]:
    if not isinstance(body, dict) or body.get("protocol") != PROTOCOL_VERSION:
        raise HTTPException(400, f"expected a protocol {PROTOCOL_VERSION} send batch")
    raw = body.get("sends")
    if not isinstance(raw, list):
        raise HTTPException(400, "expected a list of sends")
    if len(raw) > MAX_BATCH:
        raise HTTPException(413, f"at most {MAX_BATCH} sends per batch")
    valid: list[SendRecord] = []
    rejected: list[RecordResult] = []
    for item in raw:
        send_id = str(item.get("id", ""))[:64] if isinstance(item, dict) else ""
        try:
            valid.append(SendRecord.model_validate(item))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            reason = f"{where}: {first['msg']}"[:300]
            rejected.append(RecordResult(id=send_id, status="rejected", reason=reason))
    return valid, rejected


def install(
    app: FastAPI,
    engine: Engine,
    keys: Any,  # sync.hq.keyring.HQKeys
    clock: Clock,
    senders: SenderSet,
    public_url: str,
) -> Dispatcher:
    """The endpoints, and the dispatcher HQ runs on arrival and for the retries."""

    def brochure(code: str, lang: str, url: str, today: date) -> bytes | None:
        try:
            link = content.verified(code, keys.takeaway_secret)
        except LinkError:
            return None
        return page.brochure_pdf(engine, link, lang, url, today)

    dispatcher = Dispatcher(engine, keys, senders, public_url, clock, brochure)

    @app.post(f"{API_PREFIX}/sends:batch", response_model=BatchResult, tags=["kiosk"])
    async def sends_batch(
        request: Request, kiosk_id: KioskId, background: BackgroundTasks
    ) -> BatchResult:
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError) as exc:
            raise HTTPException(400, "the body is not JSON") from exc
        valid, rejected = _records(body)
        stored = await _in_thread(
            sending.ingest,
            engine,
            valid,
            kiosk_id,
            keys.private,
            keys.phone_key,
            utc_iso(clock.now()),
        )
        if any(r.status == "stored" for r in stored):
            background.add_task(dispatcher.run_due)  # sent as soon as it arrives
        return BatchResult(results=[*stored, *rejected])

    @app.post(f"{API_PREFIX}/sends:status", response_model=SendStatuses, tags=["kiosk"])
    def sends_status(query: SendStatusQuery, kiosk_id: KioskId) -> SendStatuses:
        return SendStatuses(results=sending.statuses(engine, kiosk_id, query.ids))

    @app.get(STOP_PATH + "{key}", include_in_schema=False)
    def stop_page(request: Request, key: str) -> HTMLResponse:
        return page.public_page("stop.html", 200, page.language_of(request), done=False)

    @app.post(STOP_PATH + "{key}", include_in_schema=False)
    def stop(request: Request, key: str) -> HTMLResponse:
        with engine.begin() as conn:
            known = sending.stop(conn, key, utc_iso(clock.now()))
        lang = page.language_of(request)
        if not known:
            return page.public_page("refused.html", 404, lang)
        return page.public_page("stop.html", 200, lang, done=True)

    return dispatcher


async def _in_thread(function: Any, *args: Any) -> Any:
    return await run_in_threadpool(function, *args)
