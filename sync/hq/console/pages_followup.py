"""Follow-up pages: an agent's today page, visitors (list and page with timeline, contact
actions, outcomes, appointments, review state, re-routing and merges) and an agency's week."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from sync.contract.clock import utc_iso
from sync.contract.errors import ValidationError
from sync.contract.vocabulary import (
    APPOINTMENT_KINDS,
    CONTACT_CHANNELS,
    CONTACT_OUTCOMES,
    LOST_REASONS,
    REVIEW_STATES,
    SALES_STAGES,
)
from sync.hq import (
    agencies,
    appointments,
    debrief,
    events,
    followup,
    visitors,
    webhooks,
)
from sync.hq import debrief_pdf as debrief_pdf_module
from sync.hq.console import audit, exporting, leadquery, pipeline, visitor_export, visitorview
from sync.hq.console.deps import AgentSession, Console, CsrfChecked, ManagerOnly
from sync.hq.console.pages_manage import XLSX_TYPE
from sync.hq.console.routing import ConsoleRoute
from sync.hq.console.web import PREFIX, language_of, render

router = APIRouter(route_class=ConsoleRoute)  # mounted under the console prefix


def _actor(ctx: Any, session: Any) -> followup.Actor:
    return followup.Actor(session.agent.id, ctx.clock.now())


def _back(visitor_id: int, saved: str) -> RedirectResponse:
    return RedirectResponse(f"{PREFIX}/visitors/{visitor_id}?saved={saved}", status_code=303)


@router.get("/today")
def today_page(request: Request, session: AgentSession, ctx: Console) -> Response:
    with ctx.engine.connect() as conn:
        agency = visitorview.agency_of(conn, session.agent)
        sections = followup.today(conn, session.agent.id, agency, ctx.clock.now())
    names = {int(r["id"]): r["first_name"] or "" for rows in sections.values() for r in rows}
    return render(
        request, "today.html", session, sections=sections, names=names, now=ctx.clock.now()
    )


@router.get("/visitors")
def visitors_page(request: Request, session: AgentSession, ctx: Console) -> Response:
    params = request.query_params
    review = params.get("review", "") if params.get("review", "") in REVIEW_STATES else ""
    stage = params.get("stage", "") if params.get("stage", "") in SALES_STAGES else ""
    with ctx.engine.connect() as conn:
        rows = visitorview.listing(
            conn, session.agent, review=review, stage=stage, before=params.get("before", "")[:32]
        )
        counts = visitors.counts(conn)
    return render(
        request,
        "visitors.html",
        session,
        rows=rows,
        counts=counts,
        review=review,
        stage=stage,
        reviews=list(REVIEW_STATES),
        stages=list(SALES_STAGES),
    )


@router.post("/visitors/export")
def export_visitors(form: CsrfChecked, session: AgentSession, ctx: Console) -> Response:
    recipient, fmt = form.get("recipient", "follow_up"), form.get("format", "csv")
    review = form.get("review", "") if form.get("review", "") in REVIEW_STATES else ""
    stage = form.get("stage", "") if form.get("stage", "") in SALES_STAGES else ""
    if recipient not in exporting.RECIPIENTS or fmt not in ("csv", "xlsx"):
        raise ValidationError("bad export", key="error.export")
    with ctx.engine.begin() as conn:
        detail = {"visitors": {"review": review, "stage": stage}, "recipient": recipient,
                  "format": fmt}  # fmt: skip
        audit.record(conn, ctx.clock, session.agent, "exported", None, detail)
    found = visitor_export.rows(ctx.engine, session.agent, recipient, review=review, stage=stage)
    stamp = utc_iso(ctx.clock.now()).replace(":", "").replace("-", "")
    name = f"visitors-{recipient}-{stamp}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    if fmt == "csv":
        body = exporting.csv_rows(found, visitor_export.VISITOR_COLUMNS)
        return StreamingResponse(body, media_type="text/csv; charset=utf-8", headers=headers)
    handle = exporting.xlsx_rows(found, visitor_export.VISITOR_COLUMNS, "visitors")
    return StreamingResponse(exporting.file_chunks(handle), media_type=XLSX_TYPE, headers=headers)


@router.get("/visitors/{visitor_id}")
def visitor_page(
    request: Request, visitor_id: int, session: AgentSession, ctx: Console
) -> Response:
    language = language_of(request, session)
    with ctx.engine.begin() as conn:
        row = visitorview.detail(conn, visitor_id, session.agent, language)
        similar = visitorview.suggestions(conn, row) if session.agent.is_manager else []
        all_agencies = agencies.all_agencies(conn)
        audit.record(conn, ctx.clock, session.agent, "viewed", detail={"visitor": visitor_id})
    event_id = row["leads"][-1]["event_id"] if row["leads"] else row["event_id"]
    links = visitorview.contact_links(ctx.engine, row, event_id)
    agents = pipeline.assignable_agents(ctx.engine)
    return render(
        request,
        "visitor.html",
        session,
        v=row,
        links=links,
        similar=similar,
        agencies=all_agencies,
        agency_names={a.id: a.name for a in all_agencies},
        agent_names={a["id"]: a["email"] for a in agents},
        outcomes=list(CONTACT_OUTCOMES),
        channels=list(CONTACT_CHANNELS),
        reasons=list(LOST_REASONS),
        kinds=list(APPOINTMENT_KINDS),
        reviews=list(REVIEW_STATES),
        saved=request.query_params.get("saved"),
        today=ctx.clock.now().date().isoformat(),
    )


@router.post("/visitors/{visitor_id}/attempt")
def log_attempt(
    visitor_id: int, form: CsrfChecked, session: AgentSession, ctx: Console
) -> Response:
    with ctx.engine.begin() as conn:
        visitorview.visible(conn, visitor_id, session.agent)
        changed = followup.log_attempt(
            conn,
            visitor_id,
            _actor(ctx, session),
            channel=form.get("channel", ""),
            outcome=form.get("outcome", ""),
            lost_reason=form.get("lost_reason", ""),
            note=form.get("note", ""),
            next_call=form.get("next_call", ""),
        )
        detail = {
            "visitor": visitor_id,
            "outcome": form.get("outcome", ""),
            "fields": sorted(changed),
        }
        audit.record(conn, ctx.clock, session.agent, "contacted", detail=detail)
        if "stage" in changed:
            webhooks.enqueue(conn, "visitor.status_changed", visitor_id, ctx.clock.now())
    return _back(visitor_id, "attempt")


@router.post("/visitors/{visitor_id}/review")
def set_review(visitor_id: int, form: CsrfChecked, session: AgentSession, ctx: Console) -> Response:
    with ctx.engine.begin() as conn:
        visitorview.visible(conn, visitor_id, session.agent)
        changed = visitors.change(conn, visitor_id, {"review": form.get("review", "")})
        detail = {"visitor": visitor_id, "review": form.get("review", "")}
        audit.record(conn, ctx.clock, session.agent, "reviewed", detail=detail)
        if changed:
            webhooks.enqueue(conn, "visitor.status_changed", visitor_id, ctx.clock.now())
    return _back(visitor_id, "review")


@router.post("/visitors/{visitor_id}/route")
def reroute(visitor_id: int, form: CsrfChecked, session: ManagerOnly, ctx: Console) -> Response:
    agency = leadquery.small_int(form.get("agency", ""))
    assignee = leadquery.small_int(form.get("assignee", ""))
    with ctx.engine.begin() as conn:
        if agency is not None:
            agencies.get(conn, agency)
        visitors.change(conn, visitor_id, {"agency_id": agency, "assigned_to": assignee})
        detail = {"visitor": visitor_id, "agency": agency, "assignee": assignee}
        audit.record(conn, ctx.clock, session.agent, "routed", detail=detail)
    return _back(visitor_id, "route")


@router.post("/visitors/{visitor_id}/merge")
def merge(visitor_id: int, form: CsrfChecked, session: ManagerOnly, ctx: Console) -> Response:
    other = leadquery.small_int(form.get("other", ""))
    if other is None:
        raise ValidationError("no visitor to merge", key="error.visitor.merge")
    with ctx.engine.begin() as conn:
        merge_id = followup.merge(conn, visitor_id, other, _actor(ctx, session))
        detail = {"visitor": visitor_id, "other": other, "merge": merge_id}
        audit.record(conn, ctx.clock, session.agent, "merged", detail=detail)
    return _back(visitor_id, "merge")


@router.post("/merges/{merge_id}/undo")
def unmerge(merge_id: int, form: CsrfChecked, session: ManagerOnly, ctx: Console) -> Response:
    keep = leadquery.small_int(form.get("visitor", "")) or 0
    with ctx.engine.begin() as conn:
        followup.unmerge(conn, merge_id, _actor(ctx, session))
        audit.record(conn, ctx.clock, session.agent, "unmerged", detail={"merge": merge_id})
    return _back(keep, "unmerge")


@router.get("/agencies/{agency_id}/week")
def agency_week(request: Request, agency_id: int, session: AgentSession, ctx: Console) -> Response:
    try:
        start = date.fromisoformat(request.query_params.get("start", ""))
    except ValueError:
        start = ctx.clock.now().date()
    monday = start - timedelta(days=start.weekday())
    with ctx.engine.connect() as conn:
        agency = agencies.get(conn, agency_id)
        if not session.agent.is_manager and visitorview.agency_of(conn, session.agent) != agency_id:
            raise pipeline.Forbidden(str(agency_id))
        meetings = appointments.week_of_agency(conn, agency_id, monday)
        names = visitorview.first_names(conn, sorted({int(m["visitor_id"]) for m in meetings}))
    days = [monday + timedelta(days=n) for n in range(7)]
    by_day = {
        d.isoformat(): [m for m in meetings if m["starts_at"][:10] == d.isoformat()] for d in days
    }
    return render(
        request,
        "week.html",
        session,
        agency=agency,
        days=days,
        by_day=by_day,
        names=names,
        previous=(monday - timedelta(days=7)).isoformat(),
        following=(monday + timedelta(days=7)).isoformat(),
    )


@router.get("/debrief")
def debrief_page(request: Request, session: ManagerOnly, ctx: Console) -> Response:
    event_id = request.query_params.get("event", "")[:64]
    with ctx.engine.connect() as conn:
        known = leadquery.distinct_values(ctx.engine, "event_id")
        event_id = event_id if event_id in known else (known[0] if known else "")
        funnels = [debrief.funnel(conn, event_id)] if event_id else []
        funnels += [debrief.funnel(conn, event_id, k) for k in debrief.stands_of(conn, event_id)]
        settings = events.settings_of(conn, event_id)
    return render(
        request,
        "debrief.html",
        session,
        event_id=event_id,
        known=known,
        funnels=funnels,
        settings=settings,
        saved=request.query_params.get("saved"),
    )


@router.post("/debrief/settings")
def debrief_settings(form: CsrfChecked, session: ManagerOnly, ctx: Console) -> Response:
    event_id = form.get("event", "")
    cost = leadquery.small_int(form.get("cost", ""))
    hours = leadquery.small_int(form.get("deadline_hours", "")) or events.DEFAULT_DEADLINE_HOURS
    with ctx.engine.begin() as conn:
        events.save(conn, event_id, utc_iso(ctx.clock.now()), deadline_hours=hours, cost_mad=cost)
        detail = {"event": event_id, "deadline_hours": hours, "cost": cost}
        audit.record(conn, ctx.clock, session.agent, "event_set", detail=detail)
    return RedirectResponse(f"{PREFIX}/debrief?event={quote(event_id)}&saved=1", status_code=303)


@router.get("/debrief.pdf")
def debrief_pdf(request: Request, session: ManagerOnly, ctx: Console) -> Response:
    event_id = request.query_params.get("event", "")[:64]
    language = request.query_params.get("lang", "") or language_of(request, session)
    with ctx.engine.begin() as conn:
        funnel = debrief.funnel(conn, event_id, request.query_params.get("stand", "")[:64])
        audit.record(conn, ctx.clock, session.agent, "exported", detail={"debrief": event_id})
    body = debrief_pdf_module.render(funnel, language)
    name = f"debrief-{event_id or 'event'}-{language}.pdf"
    return Response(
        body,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{quote(name)}"'},
    )
