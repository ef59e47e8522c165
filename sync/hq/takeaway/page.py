"""The public take-away page: ``GET /t/{code}`` (HTML) and ``GET /t/{code}/brochure.pdf``.

No sign-in and no personal data: everything shown comes from the signed link and HQ's
published catalog. A changed link is refused (404), an expired one explained (410).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from kiosk.core.brochure import BrochureRequest, render_brochure
from kiosk.core.config import EventProfile, load_event_profile, shipped_event_profiles
from kiosk.core.formatting import format_date, format_mad
from sync.contract.clock import Clock
from sync.contract.messages import message
from sync.contract.takeaway import PATH, LinkError, Takeaway
from sync.contract.vocabulary import LANGUAGES, RTL_LANGUAGES
from sync.hq.takeaway import content

templates = Environment(
    loader=FileSystemLoader(str(Path(__file__).with_name("templates"))),
    autoescape=select_autoescape(["html"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
# A phone's page: no third-party resource, no referrer leaking the link, never framed.
HEADERS = {
    "Cache-Control": "private, max-age=300",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'",
}


def public_page(template: str, status: int, lang: str, **values: Any) -> HTMLResponse:
    html = templates.get_template(template).render(
        lang=lang,
        dir="rtl" if lang in RTL_LANGUAGES else "ltr",
        t=lambda key, **kw: message("takeaway.page." + key, lang, **kw),
        languages={code: label.get(code) for code, label in LANGUAGES.items()},
        **values,
    )
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def _language(request: Request, link: Takeaway | None) -> str:
    wanted = request.query_params.get("lang", "")
    if wanted in LANGUAGES:
        return wanted
    return link.language if link is not None else "fr"


def language_of(request: Request) -> str:
    """The language a page without a link opens in (``?lang=``, else French)."""
    return _language(request, None)


def brochure_event() -> EventProfile:
    """The brochure's event frame at HQ: the first shipped profile (name, legal lines)."""
    return load_event_profile(shipped_event_profiles()[0])


def install(app: FastAPI, engine: Engine, hq_secret: bytes, clock: Clock) -> None:
    def check(code: str) -> Takeaway | LinkError:
        try:
            return content.verified(code, hq_secret)
        except LinkError as exc:
            return exc

    def refused(request: Request, link: Takeaway | LinkError) -> HTMLResponse | None:
        if isinstance(link, LinkError):
            return public_page("refused.html", 404, _language(request, None))
        if link.expired(clock.now().date()):
            lang = _language(request, link)
            return public_page(
                "expired.html", 410, lang, expired_on=format_date(link.expires, lang)
            )
        return None

    @app.get(PATH + "{code}", include_in_schema=False)
    def takeaway_page(request: Request, code: str) -> Response:
        link = check(code)
        answer = refused(request, link)
        if answer is not None or isinstance(link, LinkError):
            return answer or public_page("refused.html", 404, "fr")
        lang = _language(request, link)
        with engine.connect() as conn:
            units = content.page_units(content.catalog_units(conn, link.refs), _in(link, lang))
            contact = content.contact_for(conn, units)
        simulation = content.loan_of(link)
        return public_page(
            "takeaway.html",
            200,
            lang,
            code=code,
            units=units,
            aid=format_mad(link.aid_mad, lang) if link.aid_mad else "",
            loan=content.loan_lines(simulation, lang) if simulation else [],
            contact=contact,
            valid_until=format_date(link.expires, lang),
            has_units=any(u.unit is not None for u in units),
        )

    @app.get(PATH + "{code}/brochure.pdf", include_in_schema=False)
    async def takeaway_brochure(request: Request, code: str) -> Response:
        link = check(code)
        answer = refused(request, link)
        if answer is not None or isinstance(link, LinkError):
            return answer or public_page("refused.html", 404, "fr")
        lang = _language(request, link)
        page_url = str(request.url_for("takeaway_page", code=code))
        pdf = await run_in_threadpool(
            brochure_pdf, engine, link, lang, page_url, clock.now().date()
        )
        if pdf is None:
            return public_page("refused.html", 404, lang)
        headers = {**HEADERS, "Content-Disposition": 'inline; filename="al-omrane.pdf"'}
        return Response(pdf, media_type="application/pdf", headers=headers)


def _in(link: Takeaway, lang: str) -> Takeaway:
    """The same link read in another language (the visitor's choice on the page)."""
    return Takeaway(link.refs, lang, link.expires, link.aid_mad, link.loan, link.key_id)


def brochure_pdf(engine: Engine, link: Takeaway, lang: str, url: str, today: date) -> bytes | None:
    """The stand's brochure of the link's units, made by HQ with the same code."""
    with engine.connect() as conn:
        known = content.catalog_units(conn, link.refs)
    units = [known[ref] for ref in link.refs if ref in known]
    if not units:
        return None
    simulation = content.loan_of(link)
    simulated: dict[str, Any] | None = None
    if simulation is not None:
        # the brochure prints a simulation on the page of the unit it was made for
        ref = next((u.ref for u in units if u.price_mad == round(simulation.price_mad)), None)
        simulated = {**simulation.to_dict(), "ref": ref}
    request = BrochureRequest(
        units,
        lang,
        brochure_event(),
        "a4",
        simulation=simulated,
        printed_on=today,
        takeaway_url=url,
    )
    return render_brochure(request)
