"""Appointments from the visitor page: book one, move it, cancel it. When the visitor agreed to
be called back and gave an e-mail, each step e-mails them the .ics (invitation, update with the
same calendar UID and a higher sequence, cancellation)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import Connection

from sync.contract.clock import utc_iso
from sync.contract.errors import NotFoundError, ValidationError
from sync.hq import appointments, followup, outreach, webhooks
from sync.hq.console import audit, visitorview
from sync.hq.console.deps import AgentSession, Console, CsrfChecked
from sync.hq.console.routing import ConsoleRoute
from sync.hq.console.web import PREFIX

router = APIRouter(route_class=ConsoleRoute)  # mounted under the console prefix


def _back(visitor_id: int, saved: str) -> RedirectResponse:
    return RedirectResponse(f"{PREFIX}/visitors/{visitor_id}?saved={saved}", status_code=303)


def _moment(form: dict[str, str]) -> tuple[datetime, int]:
    try:
        starts = visitorview.parse_moment(form.get("day", ""), form.get("time", ""))
        return starts, int(form.get("minutes", "60"))
    except ValueError as exc:
        raise ValidationError("bad appointment time", key="error.appointment") from exc


def _mail(request: Request, row: dict[str, Any], meeting: dict[str, Any], now: datetime) -> bool:
    """E-mail the visitor the .ics of this step, if they may be written to; True when sent."""
    mailer = getattr(request.app.state, "mailer", None) or outreach.Mailer.from_env()
    if mailer is None or not row["email_consent"]:
        return False
    agency = row["agency"]
    message = outreach.invitation(
        to=row["email"],
        language=str(row["language"]),
        first_name=row["first_name"],
        appointment=meeting,
        agency_name=agency.name if agency else "Al Omrane",
        agency_email=agency.email if agency else "",
        now=now,
    )
    mailer.send([message])
    return True


@router.post("/visitors/{visitor_id}/appointment")
def book_appointment(
    request: Request, visitor_id: int, form: CsrfChecked, session: AgentSession, ctx: Console
) -> Response:
    starts, minutes = _moment(form)
    with ctx.engine.begin() as conn:
        row = visitorview.detail(conn, visitor_id, session.agent, "fr")
        agency = row["agency"]
        meeting = followup.book(
            conn,
            visitor_id,
            followup.Actor(session.agent.id, ctx.clock.now()),
            kind=form.get("kind", ""),
            starts_at=starts,
            minutes=minutes,
            place=form.get("place", "") or (agency.name if agency else ""),
            agency_id=agency.id if agency else None,
        )
        audit.record(conn, ctx.clock, session.agent, "appointment", detail={"visitor": visitor_id})
        webhooks.enqueue(conn, "visitor.appointment_set", visitor_id, ctx.clock.now())
        if form.get("invite") == "yes" and _mail(request, row, meeting, ctx.clock.now()):
            appointments.mark_invited(conn, int(meeting["id"]))
    return _back(visitor_id, "appointment")


def _own(conn: Connection, visitor_id: int, appointment_id: int) -> dict[str, Any]:
    meeting = appointments.get(conn, appointment_id)
    if int(meeting["visitor_id"]) != visitor_id:
        raise NotFoundError("no such appointment", key="error.appointment.unknown")
    return meeting


def _changed(
    request: Request, conn: Connection, ctx: Any, session: Any, meeting: dict[str, Any], what: str
) -> None:
    """After a move or a cancellation: audit, webhook, and the visitor's calendar if invited."""
    visitor_id = int(meeting["visitor_id"])
    detail = {"visitor": visitor_id, "appointment": int(meeting["id"]), "change": what}
    audit.record(conn, ctx.clock, session.agent, "appointment", detail=detail)
    webhooks.enqueue(
        conn, "visitor.appointment_changed", visitor_id, ctx.clock.now(),
        appointment_id=int(meeting["id"]), change=what,
    )  # fmt: skip
    if meeting["invited"]:
        row = visitorview.detail(conn, visitor_id, session.agent, "fr")
        _mail(request, row, meeting, ctx.clock.now())


@router.post("/visitors/{visitor_id}/appointments/{appointment_id}/move")
def move_appointment(
    request: Request,
    visitor_id: int,
    appointment_id: int,
    form: CsrfChecked,
    session: AgentSession,
    ctx: Console,
) -> Response:
    starts, minutes = _moment(form)
    with ctx.engine.begin() as conn:
        visitorview.visible(conn, visitor_id, session.agent)
        meeting = _own(conn, visitor_id, appointment_id)
        meeting = appointments.reschedule(
            conn, appointment_id, utc_iso(ctx.clock.now()), starts_at=starts, minutes=minutes,
            place=form.get("place", "") or str(meeting["place"]),
        )  # fmt: skip
        _changed(request, conn, ctx, session, meeting, "moved")
    return _back(visitor_id, "moved")


@router.post("/visitors/{visitor_id}/appointments/{appointment_id}/cancel")
def cancel_appointment(
    request: Request,
    visitor_id: int,
    appointment_id: int,
    form: CsrfChecked,
    session: AgentSession,
    ctx: Console,
) -> Response:
    del form  # checked for its CSRF token
    with ctx.engine.begin() as conn:
        visitorview.visible(conn, visitor_id, session.agent)
        _own(conn, visitor_id, appointment_id)
        meeting = appointments.cancel(conn, appointment_id, utc_iso(ctx.clock.now()))
        _changed(request, conn, ctx, session, meeting, "cancelled")
    return _back(visitor_id, "cancelled")
