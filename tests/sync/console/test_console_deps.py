"""Every console page declares its checks (session, role, CSRF) as FastAPI dependencies, and
the checks answer as the pages promise: sign-in redirect, 403 "not allowed", 403 "form expired"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import requests
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from sync.hq.console import deps, pages_manage, routes
from sync.hq.console.web import current_session
from tests.sync.console.harness import Server, add_person, sign_in

PUBLIC = {"/console", "/console/", "/console/static/console.css", "/console/fonts/{name}"}
PUBLIC |= {"/console/lang/{code}", "/console/signin"}
MANAGER_PAGES = ("fleet", "dashboard", "erase")
ADMIN_PAGES = ("agents", "audit")


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


def _routes() -> list[APIRoute]:
    """The pages of both console routers (the second is included in the first)."""
    found = [*routes.router.routes, *pages_manage.router.routes]
    return [r for r in found if isinstance(r, APIRoute)]


def test_every_page_but_sign_in_asks_for_a_session() -> None:
    guarded = [r for r in _routes() if r.path not in PUBLIC]
    assert len(guarded) >= 16
    missing = [r.path for r in guarded if current_session not in set(_calls(r.dependant))]
    assert missing == []


def test_every_form_but_sign_in_checks_its_csrf_token() -> None:
    forms = [r for r in _routes() if "POST" in r.methods and r.path != "/console/signin"]
    checked = deps.CsrfChecked.__metadata__[0].dependency
    assert [r.path for r in forms if checked not in set(_calls(r.dependant))] == []


def test_without_a_session_every_page_sends_to_sign_in(server: Server) -> None:
    for page in ("leads", "leads/some-id", *MANAGER_PAGES, *ADMIN_PAGES):
        reply = requests.get(f"{server.url}/console/{page}", allow_redirects=False, timeout=10)
        assert reply.status_code == 303, page
        assert "/console/signin" in reply.headers["location"]


def test_a_manager_opens_manager_pages_but_not_admin_pages(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    browser = sign_in(server, "boss@example.test")
    browser.get(f"{server.url}/console/lang/en", timeout=10)
    for page in MANAGER_PAGES:
        assert browser.get(f"{server.url}/console/{page}", timeout=10).status_code == 200
    for page in ADMIN_PAGES:
        reply = browser.get(f"{server.url}/console/{page}", timeout=10)
        assert reply.status_code == 403
        assert "Not allowed" in reply.text


def test_a_forged_form_is_refused_before_the_role_is_looked_at(server: Server) -> None:
    """An agent's forged request to an admin form gets "form expired", never "not allowed":
    a forger learns nothing about who may do what."""
    add_person(server.engine, server.clock, "agent@example.test", "agent", "oriental")
    browser = sign_in(server, "agent@example.test")
    browser.get(f"{server.url}/console/lang/en", timeout=10)
    reply = browser.post(
        f"{server.url}/console/agents",
        data={"email": "x@example.test", "role": "admin", "csrf_token": "forged"},
        timeout=10,
    )
    assert reply.status_code == 403
    assert "Form expired" in reply.text and "Not allowed" not in reply.text
