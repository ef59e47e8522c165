"""What a console page asks for, as FastAPI dependencies: its context, a signed-in session, a
role, a form whose CSRF token matches.

A handler declares ``session: ManagerOnly`` or ``form: CsrfChecked`` instead of repeating the
checks; the exceptions they raise become the sign-in redirect or a 403 page in
``routing.ConsoleRoute``. Declared in the order the checks should run: the form's token
before the role, so a forged request learns nothing about roles.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from sync.hq.console.auth import Session
from sync.hq.console.pipeline import Forbidden
from sync.hq.console.web import ConsoleContext, check_csrf, context_of, current_session


def _context(request: Request) -> ConsoleContext:  # the first call may create the schema
    return context_of(request)


Console = Annotated[ConsoleContext, Depends(_context)]
# resolved once per request, however many dependencies ask for it
AgentSession = Annotated[Session, Depends(current_session)]


async def _manager(session: AgentSession) -> Session:
    if not session.agent.is_manager:
        raise Forbidden("managers only")
    return session


async def _admin(session: AgentSession) -> Session:
    if not session.agent.is_admin:
        raise Forbidden("admins only")
    return session


async def _checked_form(request: Request, session: AgentSession) -> dict[str, str]:
    return await check_csrf(request, session)


ManagerOnly = Annotated[Session, Depends(_manager)]
AdminOnly = Annotated[Session, Depends(_admin)]
CsrfChecked = Annotated[dict[str, str], Depends(_checked_form)]
