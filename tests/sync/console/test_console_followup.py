"""Working visitors in the console, against a real uvicorn: today page, contact actions and
outcomes, appointments with an .ics through a local SMTP server, review states, merges; signed
webhooks to a local receiver that fails twice; the integration API's tokens and scopes."""

from __future__ import annotations

import email
import hashlib
import hmac
import json
import re
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import requests
from aiosmtpd.controller import Controller
from fastapi import FastAPI, Request
from fastapi.responses import Response
from sqlalchemy import Engine, select

from sync.contract.clock import FakeClock, utc_iso
from sync.hq import (
    agencies,
    catalog,
    catalog_source,
    debrief,
    events,
    followup,
    integrations,
    keyring,
    outreach,
    visitors,
    webhooks,
)
from sync.hq.console import visitorview
from sync.hq.leads import hq_leads
from tests.support.hq_visitors import send
from tests.support.kiosk_leads import visitor
from tests.support.servers import bound_socket, uvicorn_thread
from tests.sync.console.harness import Server, add_person, csrf_of, sign_in

ARABIC = "+212 6 00 00 02 01"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


class BoundController(Controller):
    """aiosmtpd on a socket bound beforehand: the port is ours from the start."""

    def __init__(self, handler: Any, sock: socket.socket) -> None:
        super().__init__(handler, hostname="127.0.0.1", port=int(sock.getsockname()[1]))
        self.sock = sock

    def _create_server(self) -> Any:
        return self.loop.create_server(self._factory_invoker, sock=self.sock)


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, outreach.Mailer]]:
    inbox = Inbox()
    controller = BoundController(inbox, bound_socket())
    controller.start()
    try:
        yield inbox, outreach.Mailer("127.0.0.1", int(controller.port))
    finally:
        controller.stop()


@dataclass
class Day:
    server: Server
    arabic: int
    french: int
    overdue: int
    units: list[dict[str, Any]]


def _seed(server: Server, tmp_path: Path) -> Day:
    """A published catalog, the demo agencies, an Oujda agent, three visitors of Oujda."""
    store = server.app.state.store
    settings = server.app.state.settings
    keys = keyring.load_keys(settings)
    with store.engine.begin() as conn:
        agencies.import_rows(conn, agencies.read_rows(agencies.demo_file()), "2026-01-01T00:00Z")
    records = catalog_source.catalog_records_from(None, demo_units=400, seed=2)
    catalog.publish_catalog(store, records, "demo")
    units = [r for r in records if r["city_id"] == "oujda"][:2]
    clock = server.clock
    old = send(store, settings, keys, tmp_path / "old", "s-old", "turin-2025", [visitor(30)], clock)
    clock.advance(3 * 86400)  # that one is now past its 48-hour deadline
    arabic = replace(
        visitor(31), first_name="Salma", language="ar", phone=ARABIC, phone_country="MA",
        interests=[u["ref"] for u in units], email="salma@example.org",
    )  # fmt: skip
    french = replace(visitor(32), interests=[units[0]["ref"]])
    ids = send(
        store, settings, keys, tmp_path / "new", "s-new", "paris-2026", [arabic, french], clock
    )
    vid = {i: _visitor_of(store.engine, i) for i in [*old, *ids]}
    with store.engine.connect() as conn:
        oujda = agencies.agency_for_region(conn, "oriental")
    assert oujda is not None
    agent = add_person(server.engine, clock, "sara@alomrane.example", "agent", region="oriental")
    with store.engine.begin() as conn:
        agencies.set_agent_agency(conn, agent.id, oujda.id)
        for lead_id in [*old, *ids]:  # route them all to Oujda, as a manager would
            visitors.change(conn, vid[lead_id], {"agency_id": oujda.id})
    return Day(server, vid[ids[0]], vid[ids[1]], vid[old[0]], units)


def _visitor_of(engine: Engine, lead_id: str) -> int:
    with engine.connect() as conn:
        found = conn.execute(select(hq_leads.c.visitor_id).where(hq_leads.c.id == lead_id))
        return int(found.scalar_one())


def _post(browser: requests.Session, url: str, page: str, **data: str) -> requests.Response:
    token = csrf_of(browser.get(page, timeout=10).text)
    return browser.post(url, data={"csrf_token": token, **data}, timeout=10)


def test_an_agents_day_from_today_page_to_appointment_invitation(
    server: Server, tmp_path: Path, smtp: tuple[Inbox, outreach.Mailer]
) -> None:
    inbox, mailer = smtp
    server.app.state.mailer = mailer
    day = _seed(server, tmp_path)
    base = f"{server.url}/console"
    browser = sign_in(server, "sara@alomrane.example")
    today = browser.get(f"{base}/today", timeout=10).text
    overdue = today.split('id="today-overdue"')[1].split("</section>")[0]
    new = today.split('id="today-new"')[1].split("</section>")[0]
    assert f"/visitors/{day.overdue}" in overdue and "Salma" in new
    page = browser.get(f"{base}/visitors/{day.arabic}", timeout=10)
    assert page.status_code == 200
    wa = page.text.split('id="whatsapp" href="')[1].split('"')[0]
    assert wa.startswith("https://wa.me/212600000201?text=")
    text = unquote(wa.split("text=")[1])
    assert "مرحبا Salma" in text and day.units[0]["ref"] in text  # Arabic, naming the unit
    assert 'href="tel:+212600000201"' in page.text
    visit_page = f"{base}/visitors/{day.arabic}"
    reply = _post(
        browser, f"{visit_page}/attempt", visit_page, channel="whatsapp", outcome="no_answer"
    )
    assert reply.status_code == 200 and "saved=attempt" in reply.url
    _post(browser, f"{visit_page}/attempt", visit_page, channel="phone", outcome="reached")
    starts = (server.clock.now() + timedelta(days=2)).date().isoformat()
    reply = _post(
        browser, f"{visit_page}/appointment", visit_page,
        kind="agency", day=starts, time="10:30", minutes="45", place="Agence d'Oujda", invite="yes",
    )  # fmt: skip
    assert reply.status_code == 200
    with server.engine.connect() as conn:
        row = visitors.get(conn, day.arabic)
        outcomes = [a["outcome"] for a in followup.attempts_of(conn, day.arabic)]
    assert row["stage"] == "contacted" and row["first_contact_at"] is not None
    assert row["assigned_to"] is not None
    assert outcomes == ["no_answer", "reached", "appointment_set"]
    assert len(inbox.messages) == 1
    invite = inbox.messages[0]
    assert invite["To"] == "salma@example.org"
    calendar = next(p for p in invite.walk() if p.get_content_type() == "text/calendar")
    ics = calendar.get_payload(decode=True).decode("utf-8")
    assert f"DTSTART:{starts.replace('-', '')}T103000Z" in ics and "DTEND:" in ics
    assert "LOCATION:Agence d'Oujda" in ics and "METHOD:REQUEST" in ics
    week = browser.get(f"{base}/agencies/{row['agency_id']}/week?start={starts}", timeout=10)
    assert f'id="day-{starts}"' in week.text and "Salma" in week.text.split(f'id="day-{starts}"')[1]


def test_review_states_exclude_test_visitors_from_the_figures(
    server: Server, tmp_path: Path
) -> None:
    day = _seed(server, tmp_path)
    add_person(server.engine, server.clock, "lina@alomrane.example", "manager")
    browser = sign_in(server, "lina@alomrane.example")
    base = f"{server.url}/console"
    with server.engine.connect() as conn:
        assert visitors.counts(conn)["visitors"] == 3
    page = f"{base}/visitors/{day.french}"
    _post(browser, f"{page}/review", page, review="excluded")
    with server.engine.connect() as conn:
        assert visitors.counts(conn) == {"visitors": 2, "leads": 3}  # excluded, not deleted
    listing = browser.get(f"{base}/visitors", timeout=10).text
    assert f"/visitors/{day.french}" not in listing and f"/visitors/{day.arabic}" in listing


def test_a_manager_merges_a_near_duplicate_and_unmerges_it(server: Server, tmp_path: Path) -> None:
    day = _seed(server, tmp_path)
    store, settings = server.app.state.store, server.app.state.settings
    keys = keyring.load_keys(settings)
    # the same person typed their number with the French code by mistake
    again = replace(visitor(31), first_name="Salma", phone="+33 6 00 00 02 01", phone_country="FR")
    ids = send(
        store, settings, keys, tmp_path / "dup", "s-dup", "paris-2026", [again], server.clock
    )
    twin = _visitor_of(server.engine, ids[0])
    assert twin != day.arabic
    add_person(server.engine, server.clock, "lina@alomrane.example", "manager")
    browser = sign_in(server, "lina@alomrane.example")
    page = f"{server.url}/console/visitors/{day.arabic}"
    html = browser.get(page, timeout=10).text
    assert f'name="other" value="{twin}"' in html.split('id="similar"')[1]
    _post(browser, f"{page}/merge", page, other=str(twin))
    with server.engine.connect() as conn:
        assert len(visitors.leads_of(conn, day.arabic)) == 2
        assert visitors.get(conn, twin)["merged_into"] == day.arabic
        merge_id = followup.merges_of(conn, day.arabic)[0]["id"]
    _post(browser, f"{server.url}/console/merges/{merge_id}/undo", page, visitor=str(day.arabic))
    with server.engine.connect() as conn:
        assert len(visitors.leads_of(conn, day.arabic)) == 1
        assert visitors.get(conn, twin)["merged_into"] is None
    agent = sign_in(server, "sara@alomrane.example")
    assert _post(agent, f"{page}/merge", page, other=str(twin)).status_code == 403


def test_webhooks_are_signed_and_retried_until_the_receiver_accepts(
    engine: Engine, clock: FakeClock, tmp_path: Path
) -> None:
    received: list[tuple[dict[str, str], bytes]] = []
    receiver = FastAPI()

    @receiver.post("/hook")
    async def hook(request: Request) -> Response:
        received.append((dict(request.headers), await request.body()))
        return Response(status_code=503 if len(received) <= 2 else 204)

    with uvicorn_thread(receiver) as url:
        with engine.begin() as conn:
            _hook_id, secret = webhooks.add(
                conn, "crm", f"{url}/hook", ["visitor.created"], utc_iso(clock.now())
            )
            assert webhooks.enqueue(conn, "visitor.created", 7, clock.now()) == 1
        first = webhooks.deliver_due(engine, clock.now(), base_s=30)
        assert first == webhooks.Outcome(retried=1)
        assert webhooks.deliver_due(engine, clock.now()) == webhooks.Outcome()  # not due yet
        clock.advance(30)
        assert webhooks.deliver_due(engine, clock.now(), base_s=30).retried == 1
        clock.advance(59)
        assert webhooks.deliver_due(engine, clock.now(), base_s=30) == webhooks.Outcome()
        clock.advance(1)  # the second retry waits twice as long
        assert webhooks.deliver_due(engine, clock.now(), base_s=30).delivered == 1
    assert len(received) == 3
    headers, body = received[-1]
    expected = hmac.new(
        secret.encode(), headers["x-omrane-timestamp"].encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    assert headers["x-omrane-signature"] == f"sha256={expected}"
    assert json.loads(body) == {"event": "visitor.created", "visitor_id": 7, "at": utc_iso(
        clock.now() - timedelta(seconds=90))}  # fmt: skip
    log = webhooks.deliveries(engine)
    assert log[0]["state"] == "delivered" and log[0]["attempts"] == 3


def test_integration_tokens_see_what_their_scopes_allow(server: Server, tmp_path: Path) -> None:
    day = _seed(server, tmp_path)
    with server.engine.begin() as conn:
        narrow = integrations.issue(conn, "bi", ["visitors:read"], "2026-02-01T00:00:00Z")
        wide = integrations.issue(
            conn, "crm", ["visitors:read", "contacts:read"], "2026-02-01T00:00:00Z"
        )
    api = f"{server.url}{integrations.PREFIX}/visitors"
    assert requests.get(api, timeout=10).status_code == 401
    assert (
        requests.get(api, headers={"Authorization": "Bearer nope"}, timeout=10).status_code == 401
    )
    plain = requests.get(api, headers={"Authorization": f"Bearer {narrow}"}, timeout=10).json()
    assert {v["id"] for v in plain["visitors"]} == {day.arabic, day.french, day.overdue}
    assert all(v["phone"] is None for v in plain["visitors"])
    full = requests.get(api, headers={"Authorization": f"Bearer {wide}"}, timeout=10).json()
    assert {v["phone"] for v in full["visitors"]} >= {"+212600000201"}
    meetings = f"{server.url}{integrations.PREFIX}/visitors/{day.arabic}/appointments"
    assert (
        requests.get(meetings, headers={"Authorization": f"Bearer {wide}"}, timeout=10).status_code
        == 403
    )
    schema = requests.get(f"{server.url}/openapi.json", timeout=10).json()
    assert f"{integrations.PREFIX}/visitors" in schema["paths"]
    assert "contacts:read" in schema["info"]["description"]


def test_morning_digest_names_first_names_only(
    server: Server, tmp_path: Path, smtp: tuple[Inbox, outreach.Mailer]
) -> None:
    inbox, mailer = smtp
    _seed(server, tmp_path)
    with server.engine.connect() as conn:
        agent_id = 1
        agency = agencies.agency_of_agent(conn, agent_id)
        sections = followup.today(conn, agent_id, agency, server.clock.now())
        names = visitorview.first_names(conn, [int(r["id"]) for s in sections.values() for r in s])
    message = outreach.digest(
        to="sara@alomrane.example", language="fr", sections=sections, first_names=names,
        console_url="https://hq.example",
    )  # fmt: skip
    mailer.send([message])
    body = inbox.messages[0].get_payload(decode=True).decode("utf-8")
    assert "1 en retard" in body and "Salma" in body and "/console/visitors/" in body
    assert "TESTNOM" not in body and "+212" not in body and "@example.org" not in body


def test_event_debrief_funnel_and_pdf_in_french_and_arabic(server: Server, tmp_path: Path) -> None:
    import pypdfium2

    day = _seed(server, tmp_path)
    actor = followup.Actor(1, server.clock.now())
    with server.engine.begin() as conn:
        events.save(
            conn, "paris-2026", utc_iso(server.clock.now()), deadline_hours=48, cost_mad=9000
        )
        followup.log_attempt(conn, day.arabic, actor, channel="phone", outcome="reached")
        followup.book(
            conn, day.arabic, actor, kind="agency", starts_at=server.clock.now() + timedelta(1),
            minutes=30, place="Agence", agency_id=None,
        )  # fmt: skip
        late = followup.Actor(1, server.clock.now() + timedelta(days=3))
        followup.log_attempt(conn, day.french, late, channel="phone", outcome="reservation")
        found = debrief.funnel(conn, "paris-2026")
    assert (found.leads, found.visitors, found.contacted, found.contacted_in_time) == (2, 2, 2, 1)
    assert (found.appointments, found.reservations, found.qualified) == (1, 1, 2)
    assert found.cost_per_qualified_lead == 4500
    assert found.by["language"] == {"ar": 1, "fr": 1}
    add_person(server.engine, server.clock, "lina@alomrane.example", "manager")
    browser = sign_in(server, "lina@alomrane.example")
    page = browser.get(f"{server.url}/console/debrief?event=paris-2026", timeout=10).text
    assert 'id="funnel-event"' in page and "4500 MAD" in page
    for language, words in (
        ("fr", ["Bilan — paris-2026", "4 500"]),
        ("ar", ["الحصيلة", "مسار التحويل"]),
    ):
        reply = browser.get(
            f"{server.url}/console/debrief.pdf?event=paris-2026&lang={language}", timeout=30
        )
        assert reply.headers["content-type"] == "application/pdf"
        target = tmp_path / f"debrief-{language}.pdf"
        target.write_bytes(reply.content)
        # what search and copy give (poppler's pdftotext, as in PDF viewers)
        read = subprocess.run(["pdftotext", "-l", "1", str(target), "-"], capture_output=True)
        text = re.sub("[\u202a-\u202e]", "", read.stdout.decode("utf-8"))
        text = " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())
        assert all(word in text for word in words) and "paris-2026" in text, text
        if language == "ar":
            pdf = pypdfium2.PdfDocument(str(target))
            pdf[0].render(scale=1).to_pil().save(tmp_path / "debrief-ar.png")
            pdf.close()
