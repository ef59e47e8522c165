"""Managers' and admins' pages: kiosk fleet, event dashboard, accounts, audit log, languages."""

from __future__ import annotations

import html
import json
import re
from datetime import timedelta

import requests
from sqlalchemy import insert

from sync.contract.clock import utc_iso
from sync.hq.store import hq_kiosks
from tests.sync.console.harness import Server, add_person, csrf_of, sign_in
from tests.sync.console.leadgen import add_lead


def _kiosk(server: Server, name: str, seen_minutes_ago: int, **heartbeat: object) -> None:
    seen = server.clock.now() - timedelta(minutes=seen_minutes_ago)
    row = {
        "id": f"id-{name}",
        "name": name,
        "event_id": "paris-2026",
        "token_hash": "x",
        "revoked": False,
        "created_at": utc_iso(seen),
        "last_seen": utc_iso(seen),
        "last_heartbeat": json.dumps(heartbeat),
    }
    table = hq_kiosks
    with server.engine.begin() as conn:
        conn.execute(insert(table).values({k: v for k, v in row.items() if k in table.c}))


def test_fleet_shows_which_kiosks_are_online_and_their_troubles(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    _kiosk(
        server,
        "Paris stand 1",
        1,
        app_version="0.1.0",
        catalog_version=7,
        pending=0,
        quarantined=2,
        disk_free_mb=5400,
        printer_state="ok",
        last_error="",
    )
    _kiosk(
        server,
        "Paris stand 2",
        90,
        app_version="0.1.0",
        pending=14,
        last_error="printer out of paper",
    )
    html = sign_in(server, "boss@example.test").get(f"{server.url}/console/fleet", timeout=10).text
    first = html[html.index("Paris stand 1") : html.index("Paris stand 2")]
    second = html[html.index("Paris stand 2") :]
    assert "En ligne" in first and "5400 MB" in first and '<strong class="warn">2</strong>' in first
    assert "Hors ligne" in second and "printer out of paper" in second


def test_dashboard_charts_leads_per_desk_and_language(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    for n, (desk, language) in enumerate([("bank", "ar"), ("bank", "fr"), ("notary", "ar")]):
        add_lead(server.engine, n, desk=desk, language=language, event_id="paris-2026")
    add_lead(server.engine, 9, event_id="turin-2025")
    browser = sign_in(server, "boss@example.test")
    html = browser.get(f"{server.url}/console/dashboard?event=paris-2026", timeout=10).text
    assert html.count("<svg") == 6
    assert ">Banque</text>" in html and ">2</text>" in html
    assert '<div class="kpi"><span>Prospects</span><strong>3</strong>' in html


def test_admin_adds_an_account_from_the_web(server: Server) -> None:
    add_person(server.engine, server.clock, "it@example.test", "admin")
    browser = sign_in(server, "it@example.test")
    page = browser.get(f"{server.url}/console/agents", timeout=10)
    reply = browser.post(
        f"{server.url}/console/agents",
        data={
            "csrf_token": csrf_of(page.text),
            "email": "new@example.test",
            "role": "agent",
            "region": "oriental",
            "password": "long enough pass",
        },
        timeout=10,
    )
    assert reply.status_code == 200 and "new@example.test" in reply.text
    assert sign_in(server, "new@example.test", "long enough pass").last_reply.status_code == 200  # type: ignore[attr-defined]
    audit = browser.get(f"{server.url}/console/audit", timeout=10).text
    assert "agent_added" in audit and "signed_in" in audit


def test_arabic_pages_are_right_to_left_and_english_available(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    browser = sign_in(server, "boss@example.test")
    browser.get(f"{server.url}/console/lang/ar?next=/console/leads", timeout=10)
    html = browser.get(f"{server.url}/console/leads", timeout=10).text
    assert '<html lang="ar" dir="rtl">' in html and "الزبناء المحتملون" in html
    moved = browser.get(f"{server.url}/console/lang/en?next=https://evil.example/", timeout=10)
    assert moved.url == f"{server.url}/console/leads"  # never sent to another site
    html = moved.text
    assert '<html lang="en" dir="ltr">' in html and "<h1>Leads</h1>" in html


def test_admin_enrols_a_kiosk_then_revokes_it(server: Server) -> None:
    add_person(server.engine, server.clock, "it@example.test", "admin")
    browser = sign_in(server, "it@example.test")
    page = browser.get(f"{server.url}/console/fleet", timeout=10)
    token = csrf_of(page.text)
    reply = browser.post(
        f"{server.url}/console/fleet/enrol",
        data={"csrf_token": token, "name": "Oujda caravan 1", "event": "caravan-oujda"},
        timeout=10,
    )
    assert reply.status_code == 200
    shown = re.search(r"<pre dir=\"ltr\">(.*?)</pre>", reply.text, re.S)
    assert shown is not None and "data:image/png;base64," in reply.text
    enrolment = json.loads(html.unescape(shown.group(1)))
    assert enrolment["kiosk_name"] == "Oujda caravan 1"
    heartbeat = {"app_version": "0.1.0", "catalog_version": 1}
    bearer = {"Authorization": f"Bearer {enrolment['token']}"}
    assert (
        requests.post(
            f"{server.url}/api/v1/heartbeat", json=heartbeat, headers=bearer, timeout=10
        ).status_code
        == 200
    )
    fleet = browser.get(f"{server.url}/console/fleet", timeout=10).text
    assert "Oujda caravan 1" in fleet and "En ligne" in fleet
    again = browser.post(
        f"{server.url}/console/fleet/enrol",
        data={"csrf_token": token, "name": "Oujda caravan 1", "event": "caravan-oujda"},
        timeout=10,
    )
    assert again.status_code == 400
    browser.post(
        f"{server.url}/console/fleet/{enrolment['kiosk_id']}/revoke",
        data={"csrf_token": token},
        timeout=10,
    )
    assert "Révoquée" in browser.get(f"{server.url}/console/fleet", timeout=10).text
    assert (
        requests.post(
            f"{server.url}/api/v1/heartbeat", json=heartbeat, headers=bearer, timeout=10
        ).status_code
        == 401
    )


def test_manager_sees_fleet_but_cannot_enrol(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    browser = sign_in(server, "boss@example.test")
    page = browser.get(f"{server.url}/console/fleet", timeout=10)
    assert page.status_code == 200 and "/console/fleet/enrol" not in page.text
    reply = browser.post(
        f"{server.url}/console/fleet/enrol",
        data={"csrf_token": csrf_of(page.text), "name": "x", "event": "y"},
        timeout=10,
    )
    assert reply.status_code == 403


def test_dashboard_conversion_uses_the_kiosks_visitor_counts(server: Server) -> None:
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    for n in range(3):
        add_lead(server.engine, n, event_id="paris-2026")
    server.app.state.store.record_analytics(
        "kiosk-a",
        "paris-2026",
        [
            {"day": "2026-02-13", "kind": "session", "value": "", "count": 40},
            {"day": "2026-02-13", "kind": "search", "value": "tamesna", "count": 9},
            {"day": "2026-02-13", "kind": "unit_view", "value": "RAB-000123", "count": 5},
        ],
    )
    browser = sign_in(server, "boss@example.test")
    page = browser.get(f"{server.url}/console/dashboard?event=paris-2026", timeout=10).text
    assert "<span>Visiteurs</span><strong>40</strong>" in page
    assert "7.5 %" in page  # 3 leads out of 40 visitors
    assert ">tamesna</text>" in page and ">RAB-000123</text>" in page
