"""Console pages beyond daily follow-up: export, erasure, kiosk fleet, dashboard, agents, audit."""

from __future__ import annotations

import base64
import io
import json
from typing import Any

import qrcode
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from sqlalchemy import func, select

from sync.contract.clock import utc_iso
from sync.contract.errors import OmraneError, ValidationError
from sync.hq import erasure, phones
from sync.hq.console import audit, auth, charts, exporting, insights, leadquery, pipeline
from sync.hq.console.deps import AdminOnly, AgentSession, Console, CsrfChecked, ManagerOnly
from sync.hq.console.i18n import Translator
from sync.hq.console.routing import ConsoleRoute
from sync.hq.console.web import PREFIX, ConsoleContext, language_of, render
from sync.hq.leads import hq_leads

router = APIRouter(route_class=ConsoleRoute)
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.post("/export")
def export(form: CsrfChecked, session: AgentSession, ctx: Console) -> Response:
    flt = leadquery.LeadFilter.from_params(form)
    recipient = form.get("recipient", "follow_up")
    fmt = form.get("format", "csv")
    if recipient not in exporting.RECIPIENTS or fmt not in ("csv", "xlsx"):
        raise ValidationError("bad export", key="error.export")
    if flt.programme:
        ctx.programme_leads_ready()
    consent = exporting.recipient_condition(recipient)
    t = hq_leads
    where = [*leadquery.conditions(flt, session.agent), consent]
    with ctx.engine.begin() as conn:
        total = int(conn.execute(select(func.count()).select_from(t).where(*where)).scalar_one())
        detail = {"filter": flt.as_params(), "recipient": recipient, "format": fmt, "leads": total}
        audit.record(conn, ctx.clock, session.agent, "exported", None, detail)
    rows = leadquery.iter_matching(ctx.engine, flt, session.agent, [consent])
    stamp = utc_iso(ctx.clock.now()).replace(":", "").replace("-", "")
    name = f"leads-{recipient}-{stamp}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    if fmt == "csv":
        return StreamingResponse(
            exporting.csv_stream(rows), media_type="text/csv; charset=utf-8", headers=headers
        )
    handle = exporting.xlsx_file(rows)
    return StreamingResponse(exporting.file_chunks(handle), media_type=XLSX_TYPE, headers=headers)


def _erase_page(request: Request, session: Any, status: int = 200, **values: Any) -> Response:
    countries = phones.country_choices(language_of(request, session))
    return render(request, "erase.html", session, status, countries=countries, **values)


@router.get("/erase")
def erase_form(request: Request, session: ManagerOnly) -> Response:
    return _erase_page(request, session, erased=request.query_params.get("erased"))


@router.post("/erase")
def erase(request: Request, form: CsrfChecked, session: ManagerOnly, ctx: Console) -> Response:
    """First the preview of each number the text may mean, then the confirmed erasure."""
    if form.get("confirm") == "1":
        e164 = phones.normalise(form.get("e164", ""), None)
        done = pipeline.erase_person(ctx.engine, e164, session.agent, ctx.clock, ctx.phone_key)
        return RedirectResponse(f"{PREFIX}/erase?erased={done.leads}", status_code=303)
    typed, country = form.get("phone", "")[:40], form.get("country", "")[:2]
    try:
        numbers = phones.candidates(ctx.engine, typed, country)
    except ValidationError as exc:
        return _erase_page(request, session, 400, error=exc.key, typed=typed, country=country)
    previews = _erase_previews(ctx, session.agent, numbers)
    return _erase_page(request, session, previews=previews, typed=typed, country=country)


def _erase_previews(
    ctx: ConsoleContext, agent: auth.Agent, numbers: list[str]
) -> list[tuple[str, str, erasure.ErasureReport]]:
    """What erasing each number would remove; looking a number up is audited (keyed hash)."""
    previews = [(n, phones.country_of(n), erasure.preview(ctx.engine, [n])) for n in numbers]
    detail = {
        "leads": sum(report.leads for _, _, report in previews),
        "phone_hashes": [erasure.phone_hash(ctx.phone_key, n) for n in numbers],
    }
    with ctx.engine.begin() as conn:
        audit.record(conn, ctx.clock, agent, "erase_previewed", None, detail)
    return previews


@router.get("/fleet")
def fleet_page(request: Request, session: ManagerOnly, ctx: Console) -> Response:
    kiosks = insights.fleet(ctx.engine, ctx.clock, ctx.settings.kiosk_online_within_s)
    return render(
        request,
        "fleet.html",
        session,
        kiosks=kiosks,
        can_enrol=session.agent.is_admin and ctx.enrol_kiosk is not None,
        enrolled=None,
    )


@router.post("/fleet/enrol")
def enrol(request: Request, form: CsrfChecked, session: AdminOnly, ctx: Console) -> Response:
    if ctx.enrol_kiosk is None:
        raise pipeline.Forbidden("enrol")
    name, event = form.get("name", "").strip(), form.get("event", "").strip()
    if not name or not event:
        raise ValidationError("name and event needed", key="error.kiosk.fields")
    try:
        enrolled = ctx.enrol_kiosk(name, event)
    except OmraneError as exc:
        raise ValidationError(str(exc), key=exc.key) from exc
    except ValueError as exc:  # the store refuses a second kiosk with the same name
        raise ValidationError(str(exc), key="error.kiosk.exists") from exc
    with ctx.engine.begin() as conn:
        audit.record(conn, ctx.clock, session.agent, "kiosk_enrolled", None, {"name": name})
    kiosks = insights.fleet(ctx.engine, ctx.clock, ctx.settings.kiosk_online_within_s)
    view = enrolment_view(name, enrolled)
    return render(request, "fleet.html", session, kiosks=kiosks, can_enrol=True, enrolled=view)


def enrolment_view(name: str, enrolment: dict[str, Any]) -> dict[str, str]:
    """The enrollment file, shown once: as text, as a download and as a QR code to scan."""
    text = json.dumps(enrolment, indent=2, ensure_ascii=False)
    picture = io.BytesIO()
    qrcode.make(json.dumps(enrolment, separators=(",", ":"))).save(picture)
    safe_name = "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:60] or "kiosk"
    return {
        "text": text,
        "file_name": f"{safe_name}.enroll.json",
        "file_href": "data:application/json;base64," + base64.b64encode(text.encode()).decode(),
        "qr_src": "data:image/png;base64," + base64.b64encode(picture.getvalue()).decode(),
    }


@router.post("/fleet/{kiosk_id}/revoke")
def revoke(kiosk_id: str, form: CsrfChecked, session: AdminOnly, ctx: Console) -> Response:
    del form  # checked: the token matched
    if ctx.revoke_kiosk is None:
        raise pipeline.Forbidden("revoke")
    ctx.revoke_kiosk(kiosk_id)
    with ctx.engine.begin() as conn:
        audit.record(conn, ctx.clock, session.agent, "kiosk_revoked", None, {"kiosk": kiosk_id})
    return RedirectResponse(f"{PREFIX}/fleet", status_code=303)


@router.get("/dashboard")
def dashboard_page(request: Request, session: ManagerOnly, ctx: Console) -> Response:
    event = request.query_params.get("event", "")[:120]
    data = insights.dashboard(ctx.engine, event)
    events = leadquery.distinct_values(ctx.engine, "event_id")
    t = Translator(language_of(request, session))
    catalog = ctx.catalog_index()

    def labelled(rows: list[tuple[str, int]], prefix: str) -> list[tuple[str, int]]:
        return [(t(prefix + k) if t(prefix + k) != prefix + k else k, n) for k, n in rows]

    chart_values: dict[str, Any] = {
        "per_day": charts.column_chart(data["per_day"], t("dash.per_day")),
        "per_desk": charts.bar_chart(labelled(data["per_desk"], "desk."), t("dash.per_desk")),
        "per_language": charts.bar_chart(
            labelled(data["per_language"], "lang."), t("dash.per_language")
        ),
        "per_status": charts.bar_chart(
            labelled(data["per_status"], "status."), t("dash.per_status")
        ),
        "top_cities": charts.bar_chart(
            [(catalog.place_name(c, t.language), n) for c, n in data["top_cities"]],
            t("dash.top_cities"),
        ),
        "top_units": charts.bar_chart(data["top_units"], t("dash.top_units")),
        "top_searches": charts.bar_chart(data["top_searches"], t("dash.top_searches")),
        "top_viewed": charts.bar_chart(data["top_viewed"], t("dash.top_viewed")),
    }
    return render(
        request,
        "dashboard.html",
        session,
        data=data,
        charts=chart_values,
        event=event,
        events=events,
    )


@router.get("/agents")
def agents_page(request: Request, session: AdminOnly, ctx: Console) -> Response:
    return render(
        request, "agents.html", session, people=auth.list_agents(ctx.engine), roles=auth.ROLES
    )


@router.post("/agents")
def add_agent(request: Request, form: CsrfChecked, session: AdminOnly, ctx: Console) -> Response:
    try:
        added = auth.add_agent(
            ctx.engine,
            form.get("email", ""),
            form.get("role", ""),
            form.get("password", ""),
            ctx.clock,
            region=form.get("region", "").strip() or None,
            cost=ctx.settings.password_cost,
        )
    except ValidationError as exc:
        people = auth.list_agents(ctx.engine)
        return render(
            request, "agents.html", session, 400, people=people, roles=auth.ROLES, error=exc.key
        )
    with ctx.engine.begin() as conn:
        audit.record(conn, ctx.clock, session.agent, "agent_added", None, {"agent": added.id})
    return RedirectResponse(f"{PREFIX}/agents", status_code=303)


@router.post("/agents/{agent_id}/disable")
def disable_agent(agent_id: int, form: CsrfChecked, session: AdminOnly, ctx: Console) -> Response:
    if agent_id == session.agent.id:
        raise pipeline.Forbidden("disable oneself")
    target = next((a for a in auth.list_agents(ctx.engine) if a.id == agent_id), None)
    if target is not None:
        auth.set_disabled(ctx.engine, target.email, form.get("enable") != "1")
        with ctx.engine.begin() as conn:
            audit.record(
                conn,
                ctx.clock,
                session.agent,
                "agent_disabled",
                None,
                {"agent": agent_id, "enable": form.get("enable") == "1"},
            )
    return RedirectResponse(f"{PREFIX}/agents", status_code=303)


@router.get("/audit")
def audit_page(request: Request, session: AdminOnly, ctx: Console) -> Response:
    return render(request, "audit.html", session, entries=audit.recent(ctx.engine))
