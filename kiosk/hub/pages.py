"""The pages the hub serves to browsers on the stand: the advisors' desk page (desk PIN, call
next, recall, no-show, done, transfer) and the "now serving" display for a TV (server-sent
events, a chime and a flash on each call, recovers by itself after a cut), in French and
Arabic. Desk browsers sign in with the desk PIN; the display URL carries the display key."""

from __future__ import annotations

import asyncio
import hmac
import json
import secrets
from collections.abc import AsyncIterator
from importlib import resources
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from kiosk.core.config import EventProfile, event_day
from kiosk.hub import cards, queue, stand
from kiosk.hub.store import HubStore
from sync.contract.messages import message
from sync.contract.vocabulary import DESKS, RTL_LANGUAGES

PAGE_LANGUAGES = ("fr", "ar")
WORDS = (
    "title", "pin", "signin", "choose", "next", "recall", "no_show", "done", "transfer",
    "serving", "waiting", "nobody", "wrong_pin", "display_title", "display_last", "offline",
    "stand", "kiosk", "alive", "silent", "pending", "catalog", "printer", "last_sync",
    "tickets", "served", "no_show_count", "median",
    "scan", "scan_hint", "camera", "open", "card_unknown", "card_anonymous", "card_waiting",
    "units", "simulation", "aid", "aid_note", "contact", "not_shared", "price", "own",
    "rate", "years", "monthly", "budget", "phone",
)  # fmt: skip
TITLES = {"display": "display_title", "stand": "stand"}
COOKIE = "omrane_desk"
TICK_S = 0.2  # the display's change check: a call shows within this plus the network
KEEPALIVE_S = 15.0


def _lang(value: str | None) -> str:
    return value if value in PAGE_LANGUAGES else "fr"


def words(lang: str) -> dict[str, str]:
    return {w: message(f"hub.page.{w}", lang) for w in WORDS}


def _page(name: str, lang: str, data: dict[str, Any]) -> HTMLResponse:
    template = resources.files("kiosk.hub").joinpath(f"{name}.html").read_text(encoding="utf-8")
    payload = json.dumps({"lang": lang, "words": words(lang), **data}, ensure_ascii=False)
    html = (
        template.replace("{{lang}}", lang)
        .replace("{{dir}}", "rtl" if lang in RTL_LANGUAGES else "ltr")
        .replace("{{title}}", words(lang)[TITLES.get(name, "title")])
        .replace("{{data}}", payload.replace("</", "<\\/"))
    )
    return HTMLResponse(html, headers={"Cache-Control": "no-store"})


class Pages:
    def __init__(self, store: HubStore, event: EventProfile, box: cards.CardBox | None) -> None:
        self.store, self.event = store, event
        self.box = box or cards.CardBox(store.path.parent)
        self.desks = list(event.kiosk.desks)
        self.sessions: dict[str, str] = {}  # desk browser cookie -> its desk

    def secret(self, key: str, digits: bool) -> str:
        found = self.store.state(key)
        if found is None:
            found = (
                "".join(secrets.choice("0123456789") for _ in range(6))
                if digits
                else secrets.token_urlsafe(12)
            )
            self.store.set_state(key, found)
        return found

    @property
    def desk_pin(self) -> str:
        return self.secret("desk.pin", digits=True)

    @property
    def display_key(self) -> str:
        return self.secret("display.key", digits=False)

    def board(self) -> dict[str, object]:
        day = event_day(self.event, self.store.clock)
        return queue.board(self.store, self.event.event.id, day, self.desks)

    def desk_of(self, request: Request) -> str:
        desk = self.sessions.get(request.cookies.get(COOKIE, ""))
        if desk is None:
            raise HTTPException(401, "sign in with the desk PIN")
        return desk

    def check_display(self, key: str) -> None:
        if not hmac.compare_digest(key, self.display_key):
            raise HTTPException(401, "this display link is not valid")

    def desk_names(self, lang: str) -> dict[str, str]:
        return {d: DESKS[d].get(lang) for d in self.desks}


def router(pages: Pages) -> APIRouter:
    routes = APIRouter()

    @routes.get("/desk")
    def desk_page(request: Request, lang: str = "fr") -> HTMLResponse:
        lang = _lang(lang)
        desk = pages.sessions.get(request.cookies.get(COOKIE, ""))
        data = {"desk": desk, "desks": pages.desk_names(lang), "error": ""}
        return _page("desk", lang, data)

    @routes.post("/desk/signin", response_model=None)
    def sign_in(
        pin: str = Form(""), desk: str = Form(""), lang: str = Form("fr")
    ) -> HTMLResponse | RedirectResponse:
        lang = _lang(lang)
        if desk not in pages.desks or not hmac.compare_digest(pin, pages.desk_pin):
            data = {
                "desk": None,
                "desks": pages.desk_names(lang),
                "error": words(lang)["wrong_pin"],
            }
            page = _page("desk", lang, data)
            page.status_code = 401
            return page
        token = secrets.token_urlsafe(24)
        pages.sessions[token] = desk
        answer = RedirectResponse(f"/desk?lang={lang}", status_code=303)
        answer.set_cookie(COOKIE, token, httponly=True, secure=True, samesite="strict")
        return answer

    @routes.get("/desk/api/board")
    def desk_board(request: Request) -> dict[str, object]:
        return {"desk": pages.desk_of(request), **pages.board()}

    @routes.post("/desk/api/{action}")
    async def desk_act(action: str, request: Request) -> dict[str, object]:
        desk = pages.desk_of(request)
        if request.headers.get("x-omrane-desk") != "1":  # a page of ours, not a cross-site form
            raise HTTPException(403, "not from the desk page")
        body = await request.json() if await request.body() else {}
        day = event_day(pages.event, pages.store.clock)
        called = await run_in_threadpool(
            queue.desk_action, pages.store, action, pages.event.event.id, day, desk,
            str(body.get("to_desk", "")),
        )  # fmt: skip
        return {"desk": desk, "called": called, **pages.board()}

    @routes.get("/desk/api/card")
    def desk_card(request: Request, code: str = "") -> dict[str, object]:
        """The visitor behind a scanned or typed ticket, as this desk may see them."""
        desk = pages.desk_of(request)
        day = event_day(pages.event, pages.store.clock)
        return cards.lookup(
            pages.store, pages.box, code[:300], desk=desk, event_id=pages.event.event.id, day=day
        )

    @routes.get("/stand")
    def stand_page(request: Request, lang: str = "fr") -> HTMLResponse:
        pages.desk_of(request)
        lang = _lang(lang)
        return _page("stand", lang, {"desks": pages.desk_names(lang)})

    @routes.get("/stand/api")
    def stand_data(request: Request) -> dict[str, object]:
        pages.desk_of(request)
        day = event_day(pages.event, pages.store.clock)
        return stand.stand_view(pages.store, pages.event.event.id, day, pages.desks)

    @routes.get("/display")
    def display_page(key: str = "", lang: str = "fr") -> HTMLResponse:
        pages.check_display(key)
        lang = _lang(lang)
        return _page("display", lang, {"key": key, "desks": pages.desk_names(lang)})

    @routes.get("/display/events")
    async def display_events(request: Request, key: str = "") -> StreamingResponse:
        pages.check_display(key)
        return StreamingResponse(
            _events(pages, request),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    return routes


async def _events(pages: Pages, request: Request) -> AsyncIterator[str]:
    """The board at once, then each time it changes; a comment now and then keeps the line
    open; the browser reconnects by itself after a cut (``retry``)."""
    yield "retry: 1000\n\n"
    sent, quiet = "", 0.0
    while not await request.is_disconnected():
        state = json.dumps(await run_in_threadpool(pages.board), ensure_ascii=False)
        if state != sent:
            yield f"data: {state}\n\n"
            sent, quiet = state, 0.0
        elif quiet >= KEEPALIVE_S:
            yield ": keep-alive\n\n"
            quiet = 0.0
        await asyncio.sleep(TICK_S)
        quiet += TICK_S
