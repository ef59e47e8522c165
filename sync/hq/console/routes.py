"""Console pages: sign-in, leads list and lead follow-up; the manager pages (dashboard, fleet,
agents, audit, erasure) live in pages_manage.py.

Mounted by the HQ app factory (`app.include_router(router)`) under /console.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from kiosk.core import resources
from sync.contract import vocabulary
from sync.contract.errors import AuthError
from sync.contract.vocabulary import DESKS, STAFF_LANGUAGES
from sync.hq.console import audit, auth, leadquery, pipeline, throttle
from sync.hq.console.auth import Agent
from sync.hq.console.deps import AgentSession, Console, CsrfChecked
from sync.hq.console.pages_appointments import router as appointments_router
from sync.hq.console.pages_followup import router as followup_router
from sync.hq.console.pages_integrations import router as integrations_router
from sync.hq.console.pages_manage import router as manage_router
from sync.hq.console.routing import ConsoleRoute
from sync.hq.console.web import (
    DEVICE_COOKIE,
    DEVICE_COOKIE_MAX_AGE,
    LANG_COOKIE,
    LANG_COOKIE_MAX_AGE,
    PREFIX,
    SESSION_COOKIE,
    SIGNIN_COOKIE,
    FormFields,
    client_of,
    context_of,
    language_of,
    new_token,
    render,
    safe_redirect_target,
    set_cookie,
)

router = APIRouter(prefix=PREFIX, route_class=ConsoleRoute, include_in_schema=False)
_STATIC = Path(__file__).with_name("static")
_FONTS = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)
CHOICES_TTL_S = 60.0


def home_of(agent: Agent) -> str:
    """Where a person starts: an agent's day, a manager's leads."""
    return f"{PREFIX}/leads" if agent.is_manager else f"{PREFIX}/today"


@router.get("")
@router.get("/")
def home(session: AgentSession) -> RedirectResponse:
    return RedirectResponse(home_of(session.agent), status_code=303)


@router.get("/static/console.css")
async def stylesheet() -> FileResponse:
    return FileResponse(_STATIC / "console.css", media_type="text/css")


@router.get("/fonts/{name}")
async def font(name: str) -> Response:
    if name not in _FONTS:
        return Response(status_code=404)
    return FileResponse(resources.assets() / "fonts" / name, media_type="font/ttf")


@router.get("/lang/{code}")
async def choose_language(request: Request, code: str, next: str = "") -> Response:
    response = RedirectResponse(safe_redirect_target(next), status_code=303)
    if code in STAFF_LANGUAGES:
        set_cookie(request, response, LANG_COOKIE, code, max_age=LANG_COOKIE_MAX_AGE)
    return response


def _signin_page(request: Request, status: int = 200, **values: Any) -> Response:
    token = new_token()
    wanted = request.query_params.get("next")
    next_page = safe_redirect_target(wanted) if wanted else ""  # none: each person's home
    response = render(
        request, "signin.html", None, status, signin_token=token, next_page=next_page, **values
    )
    set_cookie(request, response, SIGNIN_COOKIE, token)
    return response


@router.get("/signin")
def signin_form(request: Request) -> Response:
    return _signin_page(request)


@router.post("/signin")
def signin(request: Request, form: FormFields, ctx: Console) -> Response:
    # before a session exists, the form token must match the cookie set with the form
    if not auth.tokens_match(request.cookies.get(SIGNIN_COOKIE, "\0"), form.get("csrf_token")):
        return render(request, "error.html", None, 403, reason="csrf")
    email = form.get("email", "")
    try:
        agent = auth.authenticate(
            ctx.engine,
            email,
            form.get("password", ""),
            client_of(request),
            ctx.clock,
            ctx.settings,
            secret=ctx.signin_secret,
            known_device=throttle.is_known_device(
                ctx.signin_secret, email, request.cookies.get(DEVICE_COOKIE)
            ),
        )
    except AuthError as exc:
        wait = int(exc.context.get("retry_after", 0))
        response = _signin_page(
            request, 429 if wait else 401, error=exc.key, wait_minutes=max(1, (wait + 59) // 60)
        )
        if wait:
            response.headers["Retry-After"] = str(wait)
        return response
    token = auth.open_session(ctx.engine, agent, ctx.clock, ctx.settings)
    with ctx.engine.begin() as conn:
        audit.record(conn, ctx.clock, agent, "signed_in")
    target = safe_redirect_target(form.get("next")) if form.get("next") else home_of(agent)
    response = RedirectResponse(target, status_code=303)
    set_cookie(request, response, SESSION_COOKIE, token)
    device = throttle.device_cookie(ctx.signin_secret, agent.email)
    set_cookie(request, response, DEVICE_COOKIE, device, max_age=DEVICE_COOKIE_MAX_AGE)
    response.delete_cookie(SIGNIN_COOKIE, path=PREFIX)
    return response


@router.post("/signout")
def signout(form: CsrfChecked, session: AgentSession, ctx: Console) -> Response:
    del form  # checked: the token matched
    auth.close_session(ctx.engine, session)
    response = RedirectResponse(f"{PREFIX}/signin", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    return response


def filter_choices(request: Request) -> dict[str, list[str]]:
    """Drop-down values, cached a minute: grouping a million rows per page view is wasteful."""
    ctx = context_of(request)
    out = {}
    now = time.monotonic()
    for column in ("event_id", "interest_region_id", "interest_city_id", "interest_type"):
        cached = ctx.choices_cache.get(column)
        if cached is None or now - cached[0] > CHOICES_TTL_S:
            cached = (now, leadquery.distinct_values(ctx.engine, column))
            ctx.choices_cache[column] = cached
        out[column] = cached[1]
    return out


@router.get("/leads")
def leads_page(request: Request, session: AgentSession, ctx: Console) -> Response:
    params = dict(request.query_params)
    flt = leadquery.LeadFilter.from_params(params)
    programme_index_ready = ctx.programme_leads_ready() if flt.programme else True
    page = leadquery.fetch_page(
        ctx.engine,
        flt,
        session.agent,
        cursor=params.get("cursor", ""),
        size=ctx.settings.page_size,
        cap=None if params.get("count") == "exact" else ctx.settings.count_cap,
    )
    agents = pipeline.assignable_agents(ctx.engine)
    return render(
        request,
        "leads.html",
        session,
        flt=flt,
        page=page,
        choices=filter_choices(request),
        statuses=leadquery.STATUS_CHOICES,
        desks=tuple(DESKS),
        sorts=list(leadquery.SORTS),
        agents=agents,
        agent_names={a["id"]: a["email"] for a in agents},
        filter_params=flt.as_params(),
        programmes=programme_choices(ctx.catalog_index().programmes, language_of(request, session)),
        programme_index_ready=programme_index_ready,
    )


def programme_choices(known: dict[str, dict[str, str]], language: str) -> list[tuple[str, str]]:
    """(id, "Programme — City") in the page's language, sorted by label."""
    names = "ar" if language == "ar" else "fr"
    city = "city_ar" if language == "ar" else "city_fr"
    labelled = [
        (pid, f"{n[names] or n['fr']} — {n[city] or n['city_fr']}") for pid, n in known.items()
    ]
    return sorted(labelled, key=lambda item: item[1])


@router.get("/leads/{lead_id}")
def lead_page(request: Request, lead_id: str, session: AgentSession, ctx: Console) -> Response:
    lead = pipeline.lead_detail(ctx.engine, lead_id, session.agent, ctx.clock)
    ctx.catalog_index()  # city and region names
    agents = pipeline.assignable_agents(ctx.engine)
    return render(
        request,
        "lead.html",
        session,
        lead=lead,
        agents=agents,
        agent_names={a["id"]: a["email"] for a in agents},
        statuses=leadquery.STATUS_CHOICES,
        horizons=vocabulary.HORIZONS,
        funding=vocabulary.FUNDING,
        saved=request.query_params.get("saved"),
    )


@router.post("/leads/{lead_id}/assign")
def assign_lead(lead_id: str, form: CsrfChecked, session: AgentSession, ctx: Console) -> Response:
    raw = form.get("assignee", "")
    assignee = leadquery.small_int(raw)
    pipeline.assign(ctx.engine, lead_id, assignee, session.agent, ctx.clock)
    return RedirectResponse(f"{PREFIX}/leads/{lead_id}?saved=assign", status_code=303)


@router.post("/leads/{lead_id}/status")
def update_status(lead_id: str, form: CsrfChecked, session: AgentSession, ctx: Console) -> Response:
    pipeline.follow_up(
        ctx.engine,
        lead_id,
        session.agent,
        ctx.clock,
        status=form.get("status", ""),
        note=form.get("note", ""),
        next_call=form.get("next_call", ""),
    )
    return RedirectResponse(f"{PREFIX}/leads/{lead_id}?saved=status", status_code=303)


router.include_router(manage_router)
router.include_router(followup_router)
router.include_router(appointments_router)
router.include_router(integrations_router)
