"""What every console page shares: the context on the app, rendering, session and CSRF checks."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine

from sync.contract import vocabulary
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import ValidationError
from sync.contract.vocabulary import STAFF_LANGUAGES
from sync.hq.console import auth, throttle
from sync.hq.console.auth import ConsoleSettings, Session
from sync.hq.console.i18n import Translator, pick_language
from sync.hq.console.programmes import QUICK_BATCH, CatalogIndex, load_catalog_index
from sync.hq.console.programmes import refresh as refresh_programmes

PREFIX = "/console"
SESSION_COOKIE = "hq_session"
SIGNIN_COOKIE = "hq_signin"
LANG_COOKIE = "hq_lang"
LANG_COOKIE_MAX_AGE = 365 * 24 * 3600
# a browser where an account signed in: failures from elsewhere do not make it wait
DEVICE_COOKIE = "hq_device"
DEVICE_COOKIE_MAX_AGE = 365 * 24 * 3600
MAX_CATCH_UP_BATCHES = 1_000  # 20 million leads: a bound, not a limit anyone reaches
_TEMPLATES = Path(__file__).with_name("templates")

templates = Environment(
    loader=FileSystemLoader(str(_TEMPLATES)),
    # every value is escaped unless a template says otherwise (only our SVG charts do)
    autoescape=select_autoescape(["html", "svg"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class ConsoleContext:
    engine: Engine
    clock: Clock = SYSTEM_CLOCK
    settings: ConsoleSettings = field(default_factory=ConsoleSettings)
    # enrol(name, event_id) -> dict and revoke(kiosk_id) -> None, given by the HQ service
    enrol_kiosk: Any = None
    revoke_kiosk: Any = None
    phone_key: bytes = field(default=b"", repr=False)  # keys erasure tombstones (sync.hq.erasure)
    # filter drop-down values per column: (monotonic time, values)
    choices_cache: dict[str, tuple[float, list[str]]] = field(default_factory=dict)
    catalog: CatalogIndex | None = None
    # keyed hashes in the sign-in throttle table, and the proxies allowed to name the client
    signin_secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    trusted_proxies: tuple[str, ...] = ()
    _indexer: threading.Thread | None = None

    def catalog_index(self) -> CatalogIndex:
        """The published catalog's programmes (reloaded when a new version is published)."""
        self.catalog = load_catalog_index(self.engine, self.catalog)
        return self.catalog

    def programme_leads_ready(self) -> bool:
        """Index leads received since the last look; a backlog (first use, new catalog) is
        indexed by a background thread while pages say their results are partial."""
        if self._indexer is not None and self._indexer.is_alive():
            return False
        index = self.catalog_index()
        if refresh_programmes(self.engine, index, max_batches=1, batch=QUICK_BATCH):
            return True
        self._indexer = threading.Thread(
            target=self._catch_up, args=(index,), name="programme-index", daemon=True
        )
        self._indexer.start()
        return False

    def _catch_up(self, index: CatalogIndex) -> None:
        for _ in range(MAX_CATCH_UP_BATCHES):
            if refresh_programmes(self.engine, index, max_batches=1):
                return


class SignInRequired(Exception):
    """No live session: the page sends the browser to the sign-in form."""


class CsrfFailure(Exception):
    """A form arrived without the token of the session that displayed it."""


def install(app: Any, engine: Engine, **options: Any) -> ConsoleContext:
    """Attach the console to an app; the HQ app factory calls this, tests may too."""
    context = ConsoleContext(engine=engine, **options)
    app.state.hq_console = context
    return context


def _from_app(app: Any) -> ConsoleContext:
    state = app.state
    context = getattr(state, "hq_console", None)
    if context is None:
        store = getattr(state, "store", None)
        engine = getattr(store, "engine", None)
        if engine is None:
            raise RuntimeError("the console needs app.state.store.engine or install()")
        context = install(
            app,
            engine,
            revoke_kiosk=getattr(store, "revoke_kiosk", None),
            enrol_kiosk=getattr(state, "enrol_kiosk", None),
        )
    return context


def context_of(request: Request) -> ConsoleContext:
    return _from_app(request.app)


def language_of(request: Request, session: Session | None = None) -> str:
    ctx = context_of(request)
    cookie = request.cookies.get(LANG_COOKIE)
    if cookie not in STAFF_LANGUAGES and session is not None:
        cookie = session.agent.language
    return pick_language(
        cookie, request.headers.get("accept-language"), ctx.settings.default_language
    )


def current_session(request: Request) -> Session:
    ctx = context_of(request)
    session = auth.resume_session(
        ctx.engine, request.cookies.get(SESSION_COOKIE), ctx.clock, ctx.settings
    )
    if session is None:
        raise SignInRequired()
    request.state.console_session = session
    return session


async def _form_fields(request: Request) -> dict[str, str]:
    """The posted form's text fields (read on the event loop; handlers then run in a thread)."""
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if any("\x00" in k or "\x00" in v for k, v in fields.items()):
        raise ValidationError("NUL in a form", key="error.filter.text")
    return fields


FormFields = Annotated[dict[str, str], Depends(_form_fields)]


async def check_csrf(request: Request, session: Session) -> dict[str, str]:
    """The submitted form, once its CSRF token matches the session's (else 403)."""
    form = await _form_fields(request)
    if not auth.tokens_match(session.csrf_token, form.get("csrf_token")):
        raise CsrfFailure()
    return form


def client_of(request: Request) -> str:
    peer = request.client.host if request.client else "unknown"
    forwarded = request.headers.get("x-forwarded-for", "")
    return throttle.client_address(peer, forwarded, context_of(request).trusted_proxies)


def is_https(request: Request) -> bool:
    forwarded = request.headers.get("x-forwarded-proto", "")
    return request.url.scheme == "https" or forwarded == "https"


def set_cookie(request: Request, response: Response, name: str, value: str, **kw: Any) -> None:
    response.set_cookie(
        name,
        value,
        httponly=True,
        samesite="strict",
        secure=is_https(request),
        path=PREFIX,
        **kw,
    )


def render(
    request: Request,
    template: str,
    session: Session | None,
    status_code: int = 200,
    **values: Any,
) -> HTMLResponse:
    t = Translator(language_of(request, session))
    catalog = _from_app(request.app).catalog
    page = templates.get_template(template).render(
        t=t,
        lang=t.language,
        dir=t.direction,
        languages=STAFF_LANGUAGES,
        session=session,
        agent=session.agent if session else None,
        csrf=session.csrf_token if session else "",
        prefix=PREFIX,
        unit_type=lambda type_id: vocabulary.type_label(str(type_id)).get(t.language),
        unit_status=lambda status: vocabulary.status_label(str(status)).get(t.language),
        place=lambda place_id: (
            catalog.place_name(str(place_id), t.language) if catalog else str(place_id)
        ),
        path=request.url.path,
        query=request.url.query,
        **values,
    )
    response = HTMLResponse(page, status_code=status_code)
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Cache-Control"] = "no-store"
    return response


def to_signin(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    response = RedirectResponse(f"{PREFIX}/signin?next={_safe_next(target)}", status_code=303)
    return response


def _safe_next(target: str) -> str:
    from urllib.parse import quote

    return quote(target if target.startswith(PREFIX + "/") else PREFIX + "/leads", safe="")


def safe_redirect_target(target: str | None) -> str:
    """Only our own pages: never an open redirect to another site."""
    if target and target.startswith(PREFIX + "/") and not target.startswith("//"):
        return target
    return PREFIX + "/leads"


def new_token() -> str:
    return secrets.token_urlsafe(32)
