"""The stand hub's HTTP API (``/hub/v1``), for the stand's kiosks only.

Every route but pairing needs the token a kiosk received at pairing (header
``X-Omrane-Hub-Token``; ``Authorization`` stays free for the kiosk's own HQ token on the
relay); anything else gets 401. Served over TLS with the hub's own certificate
(``kiosk.hub.tls``), which kiosks pin at pairing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from kiosk.core.config import EventProfile
from kiosk.hub import cards, queue, stand
from kiosk.hub.forward import MAX_INFLATED, Relay
from kiosk.hub.pages import Pages, router
from kiosk.hub.store import HubStore, pairing_proof
from sync.contract.hub_wire import (
    HUB_PREFIX,
    HUB_TOKEN_HEADER,
    CardBatch,
    CardForget,
    CardKeyAnswer,
    HubStatus,
    KioskBeat,
    LeaseAnswer,
    LeaseRequest,
    LeaseWire,
    PairAnswer,
    PairRequest,
    QueueEntry,
    ReportAnswer,
    TicketAnswer,
    TicketReport,
    TicketRequest,
)


@dataclass
class HubContext:
    store: HubStore
    desks: list[str]
    fingerprint: str = ""  # SHA-256 of the hub's certificate, "" when served without TLS
    relay: Relay | None = None  # HQ through the hub, when the hub knows HQ's address
    event: EventProfile | None = None  # the desk and display pages need the event's day
    card_box: cards.CardBox | None = None  # the visitors' desk cards' key

    def __post_init__(self) -> None:
        if self.card_box is None:
            self.card_box = cards.CardBox(self.store.path.parent)


def _unauthorized() -> HTTPException:
    return HTTPException(
        401, "pair this device with the stand hub first", {"WWW-Authenticate": "Bearer"}
    )


def paired_kiosk(request: Request) -> str:
    """The paired kiosk making the request (its bearer token), else 401."""
    store: HubStore = request.app.state.hub.store
    token = request.headers.get(HUB_TOKEN_HEADER, "")
    kiosk = store.kiosk_for(token) if token else None
    if kiosk is None:
        raise _unauthorized()
    return kiosk


Kiosk = Annotated[str, Depends(paired_kiosk)]


def create_hub_app(ctx: HubContext) -> FastAPI:
    app = FastAPI(title="Omrane stand hub", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.hub = ctx
    store = ctx.store
    if ctx.event is not None:
        app.state.pages = Pages(store, ctx.event, ctx.card_box)
        app.include_router(router(app.state.pages))

    @app.post(f"{HUB_PREFIX}/pair")
    def pair(body: PairRequest) -> PairAnswer:
        token = store.pair(body.code, body.kiosk_id, body.kiosk_name)
        if token is None:
            raise HTTPException(403, "wrong or expired pairing code")
        return PairAnswer(
            hub_id=store.hub_id, token=token, proof=pairing_proof(body.code, ctx.fingerprint)
        )

    @app.post(f"{HUB_PREFIX}/tickets")
    def issue(body: TicketRequest, kiosk: Kiosk) -> TicketAnswer:
        if body.desk not in ctx.desks:
            raise HTTPException(422, f"desk {body.desk!r} is not on this stand")
        return queue.issue(store, body, kiosk)

    @app.get(f"{HUB_PREFIX}/cards/key")
    def card_key(kiosk: Kiosk) -> CardKeyAnswer:
        assert ctx.card_box is not None
        return CardKeyAnswer(key=ctx.card_box.public_key)

    @app.post(f"{HUB_PREFIX}/cards")
    def keep_cards(body: CardBatch, kiosk: Kiosk) -> dict[str, int]:
        return {"kept": cards.keep(store, kiosk, body.cards)}

    @app.post(f"{HUB_PREFIX}/cards/forget")
    def forget_cards(body: CardForget, kiosk: Kiosk) -> dict[str, int]:
        return {"forgotten": cards.forget(store, body.lead_ids)}

    @app.post(f"{HUB_PREFIX}/leases")
    def leases(body: LeaseRequest, kiosk: Kiosk) -> LeaseAnswer:
        granted = {}
        for desk in dict.fromkeys(body.desks):
            if desk in ctx.desks:
                start, end = store.lease(body.event_id, body.day, desk)
                granted[desk] = LeaseWire(start=start, end=end)
        return LeaseAnswer(leases=granted)

    @app.post(f"{HUB_PREFIX}/tickets/report")
    def report(body: TicketReport, kiosk: Kiosk) -> ReportAnswer:
        return queue.report(store, body, kiosk)

    @app.get(f"{HUB_PREFIX}/queue")
    def queue_entries(
        event_id: str, day: str, kiosk: Kiosk, desk: str | None = None
    ) -> list[QueueEntry]:
        return queue.entries(store, event_id, day, desk)

    @app.get(f"{HUB_PREFIX}/status")
    def status(event_id: str, day: str, kiosk: Kiosk) -> HubStatus:
        rows = store.query(
            "SELECT kiosk_id, name, paired_at, last_seen FROM hub_kiosks ORDER BY name"
        )
        return HubStatus(
            hub_id=store.hub_id,
            kiosks=[dict(r) for r in rows],
            queues=queue.counts(store, event_id, day, ctx.desks),
        )

    @app.post(f"{HUB_PREFIX}/heartbeat")
    def heartbeat(body: KioskBeat, kiosk: Kiosk) -> dict[str, str]:
        stand.record_beat(store, kiosk, body)
        return {"status": "ok"}

    @app.get(f"{HUB_PREFIX}/stand")
    def stand_view(event_id: str, day: str, kiosk: Kiosk) -> dict[str, object]:
        return stand.stand_view(store, event_id, day, ctx.desks)

    @app.get(f"{HUB_PREFIX}/display")
    def display_link(kiosk: Kiosk, lang: str = "fr") -> dict[str, str]:
        """Where a paired kiosk opens the now-serving display (`omrane-kiosk display`)."""
        if ctx.event is None:
            raise HTTPException(404, "this hub serves no display")
        key = app.state.pages.display_key
        return {"path": f"/display?key={key}&lang={lang}"}

    @app.api_route(f"{HUB_PREFIX}/relay/{{path:path}}", methods=["GET", "POST"])
    async def relay(path: str, request: Request, kiosk: Kiosk) -> Response:
        if ctx.relay is None:
            raise HTTPException(503, "this stand hub has no HQ address")
        body = await _limited_body(request)
        if body is None:
            raise HTTPException(413, "request too large for the stand hub")
        answer = await run_in_threadpool(
            ctx.relay.pass_on, request.method, f"/{path}", request.url.query, body,
            dict(request.headers),
        )  # fmt: skip
        return Response(answer.body, answer.status, headers=answer.headers)

    @app.exception_handler(ValueError)
    def bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    return app


async def _limited_body(request: Request, limit: int = MAX_INFLATED) -> bytes | None:
    """The request's body, or None once it passes ``limit`` (read no further)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
