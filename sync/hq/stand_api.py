"""The stand API under /api/v1: lead batches and their outcomes, catalog changes, heartbeat,
analytics, erasures both ways, media (the gate has checked the token before any body)."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from itertools import chain
from typing import Annotated, Any

from fastapi import BackgroundTasks, Depends, FastAPI, Request
from fastapi.responses import FileResponse, Response, StreamingResponse
from pydantic import ValidationError

from kiosk.core.media.store import MediaStore
from sync.contract.clock import Clock, utc_iso
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
    Heartbeat,
    LeadBatch,
    LeadOutcomes,
    LeadRecord,
    MediaManifest,
    MediaManifestRequest,
    RecordResult,
)
from sync.hq import catalog, erasure, inbox, media, service
from sync.hq.keyring import HQKeys
from sync.hq.opener import InboxOpener
from sync.hq.store import KioskIdentity, Store

GZIP_MIN_BYTES = 1024
GZIP_LEVEL = 5


class HTTPError(Exception):
    """An error answer of the stand API (``{"detail": …}`` with its status)."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


def install(app: FastAPI, store: Store, keys: HQKeys, clock: Clock, opener: InboxOpener) -> None:
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
        ordered = [by_id.get(r.id, r) for r in results] if results is not None else held
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
        request: Request,
        identity: AuthedKiosk,
        since: int = 0,
        after: str = "",
        limit: int = 0,
        stream: bool = False,
    ) -> Response:
        """One page of changes, or with ``stream`` every page from ``after`` on, one JSON
        line each, each built as the link takes the one before (a cut link costs the page
        in flight)."""
        # a plain def: the answer is built and gzipped in the threadpool, never on the loop
        del identity
        page = max(0, min(limit, CATALOG_PAGE_MAX))
        since, after = max(0, min(since, 2**62)), after[:200]
        if stream:
            pages = catalog.catalog_pages(store, since, after, page or CATALOG_PAGE_MAX)
            first = next(pages)  # built before the answer starts: a failure here is a 500
            lines = (p.model_dump_json().encode("utf-8") for p in chain([first], pages))
            return _json_lines_maybe_gzipped(request, lines)
        changes = catalog.catalog_changes(store, since, after, page)
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
        ids, cursor = erasure.feed(store.single_statement, since, ERASURE_FEED_MAX)
        return ErasureFeed(since=since, next=cursor, lead_ids=ids)


def install_media(app: FastAPI, media_files: MediaStore) -> None:
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
            raise HTTPError(404, "no such media file")
        return FileResponse(path, media_type="image/jpeg")


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


def _json_lines_maybe_gzipped(request: Request, lines: Iterator[bytes]) -> StreamingResponse:
    """JSON lines as they are built (Starlette runs the generator in the threadpool), one
    gzip stream flushed at each line's end when the client accepts it, so that each line
    can be opened as soon as it arrives."""
    packer = None
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)

    def body() -> Iterator[bytes]:
        for line in lines:
            if packer is None:
                yield line + b"\n"
            else:
                yield packer.compress(line + b"\n") + packer.flush(zlib.Z_SYNC_FLUSH)
        if packer is not None:
            yield packer.flush()

    headers = {"Vary": "Accept-Encoding"}
    if packer is not None:
        headers["Content-Encoding"] = "gzip"
    return StreamingResponse(body(), media_type="application/x-ndjson", headers=headers)


async def _authenticated_kiosk(request: Request) -> KioskIdentity:
    """The kiosk the gate found behind the bearer token (checked before the body was read);
    async: FastAPI would run a plain def in the threadpool, a thread hop per request."""
    identity = getattr(request.state, "kiosk", None)
    if not isinstance(identity, KioskIdentity):
        raise HTTPError(401, "missing kiosk token", {"WWW-Authenticate": "Bearer"})
    return identity


AuthedKiosk = Annotated[KioskIdentity, Depends(_authenticated_kiosk)]


async def _raw_body(request: Request) -> bytes:
    return await request.body()  # already read and bounded by the gate


RawBody = Annotated[bytes, Depends(_raw_body)]


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPError(400, "the body is not JSON") from exc
    if not isinstance(body, dict):
        raise HTTPError(400, "the body must be a JSON object")
    return body


def _lead_records(raw: bytes) -> tuple[list[LeadRecord], list[RecordResult] | None]:
    """A batch's valid records and a result slot per record: a clean batch (the usual case)
    is checked in one pass over its bytes, and needs no slots (None: the hold answers every
    record, in order); any fault sends it record by record, so that a bad record is answered
    alone and never blocks the others."""
    try:
        batch = LeadBatch.model_validate_json(raw)
    except ValidationError:
        pass
    else:
        if batch.protocol == PROTOCOL_VERSION:
            return batch.leads, None
    body = _json_object(raw)
    raw_leads = body.get("leads")
    if body.get("protocol") != PROTOCOL_VERSION or not isinstance(raw_leads, list):
        raise HTTPError(400, f"expected a protocol {PROTOCOL_VERSION} lead batch")
    if len(raw_leads) > MAX_BATCH:
        raise HTTPError(413, f"at most {MAX_BATCH} leads per batch")
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
