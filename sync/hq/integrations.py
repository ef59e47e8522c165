"""The read API for integrations (``/api/integrations/v1``): per-integration bearer tokens with
scopes (``hq_api_tokens``, written here only), documented in the OpenAPI.

Scopes: ``visitors:read`` (ids, states, agency, dates, counts — no personal field),
``contacts:read`` (adds first and last name, phone and e-mail, only for visitors who ticked
the call-back consent on at least one lead), ``appointments:read``. Test/spam visitors are
never listed. Tokens are stored as SHA-256 hashes; the token itself is shown once.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Integer,
    String,
    Table,
    Text,
    insert,
    select,
    update,
)

from sync.contract.errors import NotFoundError, ValidationError
from sync.hq import appointments, visitors
from sync.hq.metadata import metadata
from sync.hq.visitors import hq_visitors

PREFIX = "/api/integrations/v1"
SCOPES = {
    "visitors:read": "visitors: ids, review state, stage, agency, dates (no personal field)",
    "contacts:read": "names, phone and e-mail of visitors who agreed to be called back",
    "appointments:read": "appointments: visitor, agency, kind, time, place",
}
PAGE_MAX = 500

hq_api_tokens = Table(
    "hq_api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("scopes", Text, nullable=False),  # JSON list
    Column("revoked", Boolean, nullable=False, default=False),
    Column("created_at", String(32), nullable=False),
)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue(conn: Connection, name: str, scopes: list[str], at: str) -> str:
    """A new token for an integration; returned once, stored as a hash."""
    unknown = set(scopes) - set(SCOPES)
    if unknown or not scopes:
        raise ValidationError(f"unknown scopes: {sorted(unknown)}", key="error.integration")
    token = "omr_" + secrets.token_urlsafe(32)
    conn.execute(
        insert(hq_api_tokens).values(
            name=name[:100], token_hash=_hash(token), scopes=json.dumps(sorted(scopes)),
            revoked=False, created_at=at,
        )
    )  # fmt: skip
    return token


def revoke(conn: Connection, token_id: int) -> None:
    """The token stops working at once (its row stays, for the record)."""
    t = hq_api_tokens.c
    if not conn.execute(
        update(hq_api_tokens).where(t.id == token_id).values(revoked=True)
    ).rowcount:
        raise NotFoundError(f"no token {token_id}", key="error.integration.unknown")


def tokens(conn: Connection) -> list[dict[str, Any]]:
    """Every token without its hash, newest first."""
    t = hq_api_tokens.c
    rows = conn.execute(
        select(t.id, t.name, t.scopes, t.revoked, t.created_at).order_by(t.id.desc())
    )
    return [dict(r._mapping) | {"scopes": json.loads(r.scopes)} for r in rows]


def scopes_of(engine: Engine, token: str) -> set[str] | None:
    wanted = _hash(token)
    with engine.connect() as conn:
        row = conn.execute(
            select(hq_api_tokens).where(hq_api_tokens.c.token_hash == wanted)
        ).first()
    if row is None or row.revoked or not hmac.compare_digest(row.token_hash, wanted):
        return None
    return set(json.loads(row.scopes))


class VisitorOut(BaseModel):
    id: int
    review: str
    stage: str
    agency_id: int | None
    first_seen: str
    last_seen: str
    first_contact_at: str | None
    language: str
    leads: int
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    email: str | None = None


class VisitorPage(BaseModel):
    visitors: list[VisitorOut]
    next_after: int | None


class AppointmentOut(BaseModel):
    id: int
    visitor_id: int
    agency_id: int | None
    kind: str
    starts_at: str
    minutes: int
    place: str


_bearer = HTTPBearer(auto_error=False, description="an integration token (omr_…)")


def _require(scope: str) -> Any:
    def check(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> set[str]:
        engine = request.app.state.store.engine
        found = scopes_of(engine, credentials.credentials) if credentials else None
        if found is None:
            raise HTTPException(401, "unknown integration token", {"WWW-Authenticate": "Bearer"})
        if scope not in found:
            raise HTTPException(403, f"this token lacks the scope {scope}")
        return found

    return Depends(check)


def _visitor_out(conn: Connection, row: dict[str, Any], personal: bool) -> VisitorOut:
    leads = visitors.leads_of(conn, int(row["id"]))
    out = VisitorOut(
        id=row["id"], review=row["review"], stage=row["stage"], agency_id=row["agency_id"],
        first_seen=row["first_seen"], last_seen=row["last_seen"],
        first_contact_at=row["first_contact_at"], language=row["language"], leads=len(leads),
    )  # fmt: skip
    if personal and any(lead["consent_callback"] for lead in leads):
        latest = leads[-1]
        out.first_name, out.last_name = latest["first_name"], latest["last_name"]
        out.phone = latest["phone_e164"]
        out.email = next((lead["email"] for lead in reversed(leads) if lead["email"]), None)
    return out


def router() -> APIRouter:
    api = APIRouter(prefix=PREFIX, tags=["integrations"])

    @api.get(
        "/visitors",
        response_model=VisitorPage,
        summary="Visitors, oldest first (scope visitors:read; contacts:read adds contacts)",
    )
    def list_visitors(
        request: Request,
        scopes: Annotated[set[str], _require("visitors:read")],
        after: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 100,
    ) -> VisitorPage:
        v = hq_visitors.c
        engine = request.app.state.store.engine
        with engine.connect() as conn:
            rows = conn.execute(
                select(hq_visitors)
                .where(visitors.COUNTED, v.id > after)
                .order_by(v.id)
                .limit(limit)
            ).all()
            out = [_visitor_out(conn, dict(r._mapping), "contacts:read" in scopes) for r in rows]
        return VisitorPage(visitors=out, next_after=out[-1].id if len(out) == limit else None)

    @api.get(
        "/visitors/{visitor_id}/appointments",
        response_model=list[AppointmentOut],
        summary="A visitor's appointments (scope appointments:read)",
    )
    def visitor_appointments(
        request: Request,
        visitor_id: int,
        _scopes: Annotated[set[str], _require("appointments:read")],
    ) -> list[AppointmentOut]:
        with request.app.state.store.engine.connect() as conn:
            rows = appointments.of_visitor(conn, visitor_id)
        return [AppointmentOut(**{k: r[k] for k in AppointmentOut.model_fields}) for r in rows]

    return api


def install(app: FastAPI) -> None:
    app.include_router(router())
    scopes = "; ".join(f"`{name}`: {text}" for name, text in SCOPES.items())
    app.description = (app.description or "") + f"\n\nIntegration API scopes — {scopes}."
