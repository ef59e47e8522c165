"""Who may see what, forms that cannot be forged, escaped output, throttled sign-in."""

from __future__ import annotations

import requests
from sqlalchemy import select

from sync.hq.console.audit import audit_log
from tests.sync.console.harness import PASSWORD, Server, add_person, csrf_of, sign_in
from tests.sync.console.leadgen import add_lead


def test_agent_of_another_region_gets_403_on_the_lead(server: Server) -> None:
    add_person(server.engine, server.clock, "rabat@example.test", "agent", "rabat-sale-kenitra")
    lead = add_lead(server.engine, interest_region_id="oriental", interest_city_id="oujda")
    browser = sign_in(server, "rabat@example.test")
    page = browser.get(f"{server.url}/console/leads/{lead['id']}", timeout=10)
    assert page.status_code == 403
    listing = browser.get(f"{server.url}/console/leads", timeout=10)
    assert lead["id"] not in listing.text


def test_agent_sees_own_region_and_leads_assigned_to_them(server: Server) -> None:
    me = add_person(server.engine, server.clock, "oujda@example.test", "agent", "oriental")
    mine = add_lead(server.engine, 1, interest_region_id="oriental")
    handed = add_lead(server.engine, 2, interest_region_id="marrakech-safi", assigned_to=me.id)
    other = add_lead(server.engine, 3, interest_region_id="marrakech-safi")
    browser = sign_in(server, "oujda@example.test")
    listing = browser.get(f"{server.url}/console/leads", timeout=10).text
    assert mine["id"] in listing and handed["id"] in listing
    assert other["id"] not in listing
    assert browser.get(f"{server.url}/console/leads/{handed['id']}", timeout=10).status_code == 200


def test_agent_cannot_open_manager_pages(server: Server) -> None:
    add_person(server.engine, server.clock, "agent@example.test", "agent", "oriental")
    browser = sign_in(server, "agent@example.test")
    for page in ("fleet", "dashboard", "erase", "agents", "audit"):
        assert browser.get(f"{server.url}/console/{page}", timeout=10).status_code == 403


def test_form_without_csrf_token_is_refused(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    lead = add_lead(server.engine)
    browser = sign_in(server, "boss@example.test")
    missing = browser.post(
        f"{server.url}/console/leads/{lead['id']}/status", data={"status": "sale"}, timeout=10
    )
    wrong = browser.post(
        f"{server.url}/console/leads/{lead['id']}/status",
        data={"status": "sale", "csrf_token": "forged"},
        timeout=10,
    )
    assert missing.status_code == 403 and wrong.status_code == 403
    detail = browser.get(f"{server.url}/console/leads/{lead['id']}", timeout=10).text
    assert 's-new"' in detail  # still new


def test_sign_in_form_without_its_token_is_refused(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    reply = requests.post(
        f"{server.url}/console/signin",
        data={"email": "boss@example.test", "password": PASSWORD},
        timeout=10,
    )
    assert reply.status_code == 403


def test_script_in_a_name_is_shown_as_text(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    payload = "<script>alert(1)</script>"
    lead = add_lead(server.engine, first_name=payload, note='"><img src=x onerror=alert(2)>')
    browser = sign_in(server, "boss@example.test")
    for url in (f"/console/leads?q={payload}", f"/console/leads/{lead['id']}"):
        html = browser.get(server.url + url, timeout=10).text
        assert "<script>alert(1)" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    detail = browser.get(f"{server.url}/console/leads/{lead['id']}", timeout=10).text
    assert "<img src=x" not in detail


def test_wrong_passwords_lock_sign_in_for_a_while(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    for _ in range(5):
        reply = sign_in(server, "boss@example.test", "wrong password!").last_reply  # type: ignore[attr-defined]
        assert reply.status_code in (401, 429)
    locked = sign_in(server, "boss@example.test").last_reply  # type: ignore[attr-defined]
    assert locked.status_code == 429 and "Retry-After" in locked.headers
    server.clock.advance(6 * 60)
    browser = sign_in(server, "boss@example.test")
    assert browser.get(f"{server.url}/console/leads", timeout=10).status_code == 200


def test_locked_account_does_not_lock_out_colleagues_on_the_same_network(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    add_person(server.engine, server.clock, "colleague@example.test", "manager")
    for _ in range(5):
        sign_in(server, "boss@example.test", "wrong password!")
    assert sign_in(server, "boss@example.test").last_reply.status_code == 429  # type: ignore[attr-defined]
    colleague = sign_in(server, "colleague@example.test")
    assert colleague.get(f"{server.url}/console/leads", timeout=10).status_code == 200


def test_inactive_session_signs_out(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    browser = sign_in(server, "boss@example.test")
    assert browser.get(f"{server.url}/console/leads", timeout=10).url.endswith("/console/leads")
    server.clock.advance(31 * 60)
    after = browser.get(f"{server.url}/console/leads", timeout=10)
    assert "/console/signin" in after.url


def test_activity_keeps_the_session_alive(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    browser = sign_in(server, "boss@example.test")
    for _ in range(3):  # 60 minutes in all, never 30 without a page view
        server.clock.advance(20 * 60)
        assert browser.get(f"{server.url}/console/leads", timeout=10).url.endswith("/leads")


def test_session_cookie_is_httponly_and_strict(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    browser = requests.Session()
    form = browser.get(f"{server.url}/console/signin", timeout=10)
    reply = browser.post(
        f"{server.url}/console/signin",
        data={"email": "boss@example.test", "password": PASSWORD, "csrf_token": csrf_of(form.text)},
        allow_redirects=False,
        timeout=10,
    )
    cookie = reply.headers["set-cookie"].lower()
    assert "hq_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_viewing_a_lead_is_audited(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    lead = add_lead(server.engine)
    browser = sign_in(server, "boss@example.test")
    browser.get(f"{server.url}/console/leads/{lead['id']}", timeout=10)
    with server.engine.connect() as conn:
        actions = (
            conn.execute(select(audit_log.c.action).where(audit_log.c.lead_id == lead["id"]))
            .scalars()
            .all()
        )
    assert actions == ["viewed"]
