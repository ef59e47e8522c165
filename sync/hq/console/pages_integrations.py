"""Integrations for admins: the read-API tokens and the webhooks (never their secrets, which
the command line shows once), the latest deliveries, and revoking either at once."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from sync.hq import integrations, webhooks
from sync.hq.console import audit
from sync.hq.console.deps import AdminOnly, Console, CsrfChecked
from sync.hq.console.routing import ConsoleRoute
from sync.hq.console.web import PREFIX, render

router = APIRouter(route_class=ConsoleRoute)  # mounted under the console prefix
LOG_ROWS = 50


@router.get("/integrations")
def integrations_page(request: Request, session: AdminOnly, ctx: Console) -> Response:
    with ctx.engine.connect() as conn:
        tokens = integrations.tokens(conn)
        hooks = webhooks.hooks(conn)
    return render(
        request,
        "integrations.html",
        session,
        tokens=tokens,
        hooks=hooks,
        deliveries=webhooks.deliveries(ctx.engine, LOG_ROWS),
        saved=request.query_params.get("saved"),
    )


@router.post("/integrations/tokens/{token_id}/revoke")
def revoke_token(token_id: int, form: CsrfChecked, session: AdminOnly, ctx: Console) -> Response:
    del form  # checked for its CSRF token
    with ctx.engine.begin() as conn:
        integrations.revoke(conn, token_id)
        audit.record(conn, ctx.clock, session.agent, "revoked", None, {"token": token_id})
    return RedirectResponse(f"{PREFIX}/integrations?saved=token", status_code=303)


@router.post("/integrations/webhooks/{hook_id}/revoke")
def revoke_webhook(hook_id: int, form: CsrfChecked, session: AdminOnly, ctx: Console) -> Response:
    del form  # checked for its CSRF token
    with ctx.engine.begin() as conn:
        dropped = webhooks.revoke(conn, hook_id)
        detail = {"webhook": hook_id, "dropped": dropped}
        audit.record(conn, ctx.clock, session.agent, "revoked", None, detail)
    return RedirectResponse(f"{PREFIX}/integrations?saved=webhook", status_code=303)
