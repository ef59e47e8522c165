"""The stand API under /api/v1: lead batches and their outcomes, catalog changes, heartbeat,
analytics, erasures both ways, media (the gate has checked the token before any body)."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from itertools import chain
from typing import Annotated, Any

import orjson
from fastapi import BackgroundTasks, Depends, FastAPI, Request
from fastapi.responses import FileResponse, Response, StreamingResponse

from kiosk.core.media.store import MediaStore
from sync.contract import bodies
from sync.contract.clock import Clock, utc_iso
from sync.contract.wire import (
    API_PREFIX,
    CATALOG_PAGE_MAX,
    CONTENT_HASH_LENGTH,
    ERASURE_FEED_MAX,
    LEAD_ID_LENGTH,
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
    LeadOutcomes,
    MediaManifest,
    MediaManifestRequest,
    RecordResult,
)
from sync.hq import catalog, erasure, holding, inbox, media, service
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
        # a plain def: parsing and the database run in the threadpool. The batch is held as
        # it was sent (the stand's ack needs it durable, no more); its records are checked
        # against the contract, compared with what HQ holds and opened after the answer,
        # and what HQ then finds reaches the stand as outcomes (/leads/outcomes)
        with opener.busy():
            sent, results = _sent_batch(raw, getattr(request.state, "sent_body", None))
            if sent.records:
                holding.hold_sent(store, identity, sent, clock)
        later.add_task(opener.run)
        # built here from plain values (a BatchResult, as the response model documents it):
        # 500 result models, checked again by FastAPI, cost more than holding the batch
        answer = orjson.dumps({"protocol": PROTOCOL_VERSION, "results": results})
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
        body = orjson.loads(raw)  # a batch body in a quarter of the stdlib's time
    except orjson.JSONDecodeError as exc:
        raise HTTPError(400, "the body is not JSON") from exc
    if not isinstance(body, dict):
        raise HTTPError(400, "the body must be a JSON object")
    return body


def _sent_batch(
    raw: bytes, as_sent: tuple[str, bytes] | None
) -> tuple[holding.SentBatch, list[dict[str, str]]]:
    """The batch to hold, and a result per record: ``stored`` (held) for each record the
    answer can address, ``rejected`` now for one it cannot (no lead id, no content hash).
    A batch held whole is kept as it came (compressed as sent); one with a rejected record
    is kept without it. ``as_sent``: (Content-Encoding, body) when the body came
    compressed."""
    body = _json_object(raw)
    leads = body.get("leads")
    if body.get("protocol") != PROTOCOL_VERSION or not isinstance(leads, list):
        raise HTTPError(400, f"expected a protocol {PROTOCOL_VERSION} lead batch")
    if len(leads) > MAX_BATCH:
        raise HTTPError(413, f"at most {MAX_BATCH} leads per batch")
    results = [_addressed(item) for item in leads]
    kept = [
        item for item, result in zip(leads, results, strict=True) if result["status"] == "stored"
    ]
    if len(kept) == len(leads):
        encoding, held = as_sent or (bodies.IDENTITY, raw)
    else:
        packed = orjson.dumps({"protocol": PROTOCOL_VERSION, "leads": kept})
        encoding, held = bodies.ZSTD, bodies.pack(packed)
    return holding.SentBatch(encoding, held, len(kept)), results


def _addressed(item: Any) -> dict[str, str]:
    """``stored`` for a record HQ can hold and answer about later, else ``rejected``."""
    if not isinstance(item, dict):
        return _result("", "rejected", "a lead record must be an object")
    lead_id, content_hash = item.get("id"), item.get("content_hash")
    if not isinstance(lead_id, str) or not LEAD_ID_LENGTH[0] <= len(lead_id) <= LEAD_ID_LENGTH[1]:
        where = str(lead_id)[:64] if lead_id is not None else ""
        return _result(where, "rejected", "id: not a lead id")
    if (
        not isinstance(content_hash, str)
        or not CONTENT_HASH_LENGTH[0] <= len(content_hash) <= CONTENT_HASH_LENGTH[1]
    ):
        return _result(lead_id, "rejected", "content_hash: missing")
    return _result(lead_id, "stored")


def _result(lead_id: str, status: str, reason: str = "") -> dict[str, str]:
    """One record's answer, as a RecordResult reads it."""
    return {"id": lead_id, "status": status, "reason": reason}
