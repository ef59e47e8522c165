"""Follow-up, second round, through the real HQ (uvicorn, SMTP server, SQLite): an appointment
moved then cancelled updates the visitor's calendar (same UID, higher SEQUENCE, METHOD:CANCEL);
the morning digest goes by itself at the set hour, once per agent per day; tokens and webhooks
can be revoked; an agent's console opens on their day."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, update

from sync.contract.clock import FakeClock
from sync.hq import appointments, cli, digest, integrations, outreach, visitors, webhooks
from sync.hq.console import auth
from sync.hq.leads import hq_leads
from tests.support.servers import uvicorn_thread
from tests.sync.console.harness import Server, add_person, csrf_of, hq_app, sign_in
from tests.sync.console.test_console_followup import Inbox, _post, _seed, smtp  # noqa: F401


def _calendar(message: object) -> str:
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")  # type: ignore[attr-defined]
    return str(part.get_payload(decode=True).decode("utf-8"))


def _field(ics: str, name: str) -> str:
    return next(line.split(":", 1)[1] for line in ics.splitlines() if line.startswith(name + ":"))


def test_an_appointment_moved_then_cancelled_updates_the_visitors_calendar(
    server: Server,
    tmp_path: Path,
    smtp: tuple[Inbox, outreach.Mailer],  # noqa: F811
) -> None:
    inbox, mailer = smtp
    server.app.state.mailer = mailer
    day = _seed(server, tmp_path)
    with server.engine.begin() as conn:
        hook_id, _ = webhooks.add(
            conn, "crm", "http://127.0.0.1:9/hook", ["visitor.appointment_changed"], "2026-01-01"
        )
    base = f"{server.url}/console"
    browser = sign_in(server, "sara@alomrane.example")
    page = f"{base}/visitors/{day.arabic}"
    starts = (server.clock.now() + timedelta(days=2)).date().isoformat()
    _post(
        browser, f"{page}/appointment", page,
        kind="agency", day=starts, time="10:30", minutes="45", place="Agence d'Oujda", invite="yes",
    )  # fmt: skip
    with server.engine.connect() as conn:
        meeting = appointments.of_visitor(conn, day.arabic)[0]
    later = (server.clock.now() + timedelta(days=3)).date().isoformat()
    moved = _post(
        browser, f"{page}/appointments/{meeting['id']}/move", page,
        day=later, time="15:00", minutes="60", place="Chantier Oujda Sud",
    )  # fmt: skip
    assert moved.status_code == 200 and "saved=moved" in moved.url
    assert "Chantier Oujda Sud" in moved.text and 'id="appointment-' in moved.text
    cancelled = _post(browser, f"{page}/appointments/{meeting['id']}/cancel", page)
    assert cancelled.status_code == 200 and 'class="cancelled"' in cancelled.text
    assert len(inbox.messages) == 3
    first, update, cancel = (_calendar(m) for m in inbox.messages)
    assert _field(first, "UID") == _field(update, "UID") == _field(cancel, "UID")
    assert [_field(c, "SEQUENCE") for c in (first, update, cancel)] == ["0", "1", "2"]
    assert _field(update, "METHOD") == "REQUEST"
    assert _field(update, "DTSTART") == later.replace("-", "") + "T150000Z"
    assert _field(update, "LOCATION") == "Chantier Oujda Sud"
    assert _field(cancel, "METHOD") == "CANCEL" and _field(cancel, "STATUS") == "CANCELLED"
    subject = str(make_header(decode_header(str(inbox.messages[1]["Subject"]))))
    assert subject.startswith("تغيير الموعد")  # in the visitor's language
    week = browser.get(f"{base}/agencies/{meeting['agency_id']}/week?start={later}", timeout=10)
    assert "Chantier Oujda Sud" not in week.text  # a cancelled meeting leaves the week
    again = _post(
        browser, f"{page}/appointments/{meeting['id']}/move", page,
        day=later, time="16:00", minutes="60", place="x",
    )  # fmt: skip
    assert again.status_code == 400 and len(inbox.messages) == 3
    logged = [d["body"] for d in webhooks.deliveries(server.engine) if d["webhook_id"] == hook_id]
    assert sorted(json.loads(b)["change"] for b in logged) == ["cancelled", "moved"]


@contextmanager
def _digest_server(
    engine: Engine, clock: FakeClock, home: Path, mailer: outreach.Mailer, at: str
) -> Iterator[Server]:
    app = hq_app(engine, clock, home, digest_at=at)
    app.state.mailer = mailer
    with uvicorn_thread(app, lifespan="on") as url:
        yield Server(url, engine, clock, app)
    app.state.store.dispose()


def _set(clock: FakeClock, moment: datetime) -> None:
    assert moment >= clock.now()
    clock.advance((moment - clock.now()).total_seconds())


def _wait_for(inbox: Inbox, count: int, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while len(inbox.messages) < count and time.monotonic() < deadline:
        time.sleep(0.05)


def test_the_morning_digest_goes_at_the_set_hour_once_per_agent_per_day(
    server: Server,
    tmp_path: Path,
    smtp: tuple[Inbox, outreach.Mailer],  # noqa: F811
) -> None:
    inbox, mailer = smtp
    _seed(server, tmp_path)
    clock = server.clock
    # 06:10 in Casablanca (UTC+1 outside Ramadan): before the 07:30 digest
    _set(clock, datetime(2026, 4, 14, 5, 10, tzinfo=UTC))
    for n in range(2):  # two workers of one HQ: each runs the schedule
        with _digest_server(server.engine, clock, tmp_path / f"w{n}", mailer, "07:30"):
            time.sleep(0.3)
    assert inbox.messages == []
    _set(clock, datetime(2026, 4, 14, 6, 31, tzinfo=UTC))
    home = tmp_path / "w0"
    with _digest_server(server.engine, clock, home, mailer, "07:30"):
        _wait_for(inbox, 1)
        with _digest_server(server.engine, clock, tmp_path / "w1", mailer, "07:30"):
            time.sleep(0.5)
    assert [m["To"] for m in inbox.messages] == ["sara@alomrane.example"]
    body = inbox.messages[0].get_payload(decode=True).decode("utf-8")
    assert "Salma" in body and "/console/today" in body
    assert digest.sent_on(server.engine, "2026-04-14") == [
        auth.agent_by_email(server.engine, "sara@alomrane.example").id
    ]
    _set(clock, datetime(2026, 4, 15, 7, 0, tzinfo=UTC))  # next morning
    with _digest_server(server.engine, clock, home, mailer, "07:30"):
        _wait_for(inbox, 2)
    assert len(inbox.messages) == 2
    # by hand (the real date): once, then nothing more that day
    db = ["--home", str(tmp_path / "cli"), "--db", str(server.engine.url)]
    relay = ["--smtp", f"127.0.0.1:{mailer.port}"]
    assert cli.main([*db, "digest", "send", *relay]) == 0
    assert cli.main([*db, "digest", "send", *relay]) == 0
    assert len(inbox.messages) == 3


def test_a_bad_digest_hour_stops_the_start(
    engine: Engine, clock: FakeClock, tmp_path: Path
) -> None:
    with pytest.raises(Exception, match="digest time"):
        hq_app(engine, clock, tmp_path, digest_at="7h30")


def test_revoked_token_and_webhook_stop_at_once(
    server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--home", str(tmp_path / "cli"), "--db", str(server.engine.url)]
    assert cli.main([*db, "integration", "token", "crm", "--scope", "visitors:read"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli.main([*db, "integration", "webhook", "crm", "http://127.0.0.1:9/h",
                     "--event", "visitor.created"]) == 0  # fmt: skip
    listing = f"{server.url}{integrations.PREFIX}/visitors"
    bearer = {"Authorization": f"Bearer {token}"}
    assert requests.get(listing, headers=bearer, timeout=10).status_code == 200
    with server.engine.begin() as conn:
        webhooks.enqueue(conn, "visitor.created", 1, server.clock.now())
    capsys.readouterr()
    assert cli.main([*db, "integration", "list", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert token not in json.dumps(found) and "secret" not in found["webhooks"][0]
    token_id, hook_id = found["tokens"][0]["id"], found["webhooks"][0]["id"]
    assert cli.main([*db, "integration", "revoke-token", str(token_id)]) == 0
    assert cli.main([*db, "integration", "revoke-webhook", str(hook_id)]) == 0
    assert "1 queued deliveries dropped" in capsys.readouterr().out
    assert requests.get(listing, headers=bearer, timeout=10).status_code == 401
    posted: list[str] = []
    outcome = webhooks.deliver_due(
        server.engine, server.clock.now() + timedelta(hours=1),
        post=lambda url, **kw: posted.append(url),  # type: ignore[arg-type,return-value]
    )  # fmt: skip
    assert posted == [] and outcome.delivered == outcome.retried == 0
    with server.engine.begin() as conn:
        assert webhooks.enqueue(conn, "visitor.created", 2, server.clock.now()) == 0
    assert cli.main([*db, "integration", "revoke-token", "999"]) != 0


def test_the_console_opens_on_an_agents_day(server: Server, tmp_path: Path) -> None:
    _seed(server, tmp_path)
    add_person(server.engine, server.clock, "boss@alomrane.example", "manager")
    agent = sign_in(server, "sara@alomrane.example")
    assert agent.last_reply.url.endswith("/console/today")  # type: ignore[attr-defined]
    assert agent.get(f"{server.url}/console/", timeout=10).url.endswith("/console/today")
    boss = sign_in(server, "boss@alomrane.example")
    assert boss.get(f"{server.url}/console/", timeout=10).url.endswith("/console/leads")
    form = requests.get(f"{server.url}/console/signin?next=/console/visitors", timeout=10)
    assert 'value="/console/visitors"' in form.text and csrf_of(form.text)


def test_visitors_export_under_the_consent_rules(server: Server, tmp_path: Path) -> None:
    day = _seed(server, tmp_path)
    c = hq_leads.c
    with server.engine.begin() as conn:
        conn.execute(update(hq_leads).values(consent_marketing=False))
        conn.execute(update(hq_leads).where(c.visitor_id == day.arabic).values(
            consent_marketing=True))  # fmt: skip
        visitors.change(conn, day.french, {"review": "excluded"})
    add_person(server.engine, server.clock, "boss@alomrane.example", "manager")
    boss = sign_in(server, "boss@alomrane.example")
    page = f"{server.url}/console/visitors"

    def export(recipient: str, fmt: str = "csv") -> requests.Response:
        reply = _post(boss, f"{page}/export", page, recipient=recipient, format=fmt)
        assert reply.status_code == 200
        return reply

    table = list(csv.reader(io.StringIO(export("marketing").content.decode("utf-8-sig"))))
    assert table[0][:4] == ["visitor_id", "first_name", "last_name", "phone"]
    assert [int(r[0]) for r in table[1:]] == [day.arabic]
    assert table[1][1] == "Salma" and table[1][3] == "+212600000201"
    assert "salma@example.org" in table[1] and "paris-2026" in table[1]
    follow = list(csv.reader(io.StringIO(export("follow_up").content.decode("utf-8-sig"))))
    ids = sorted(int(r[0]) for r in follow[1:])
    assert ids == sorted([day.arabic, day.overdue])  # test/spam never exported
    book = export("follow_up", "xlsx")
    assert book.content[:2] == b"PK"
    assert "visitors-follow_up-" in book.headers["content-disposition"]
    agent = sign_in(server, "sara@alomrane.example")  # an agent: their agency's visitors only
    with server.engine.begin() as conn:
        visitors.change(conn, day.overdue, {"agency_id": None, "assigned_to": None})
    reply = _post(agent, f"{page}/export", page, recipient="follow_up", format="csv")
    rows = list(csv.reader(io.StringIO(reply.content.decode("utf-8-sig"))))[1:]
    assert [int(r[0]) for r in rows] == [day.arabic]


def test_an_admin_revokes_a_token_and_a_webhook_in_the_console(server: Server) -> None:
    with server.engine.begin() as conn:
        token = integrations.issue(conn, "crm", ["visitors:read"], "2026-02-13T09:00:00Z")
        hook_id, secret = webhooks.add(
            conn, "crm", "http://127.0.0.1:9/h", ["visitor.created"], "2026-02-13T09:00:00Z"
        )
        webhooks.enqueue(conn, "visitor.created", 1, server.clock.now())
    add_person(server.engine, server.clock, "root@alomrane.example", "admin")
    add_person(server.engine, server.clock, "boss@alomrane.example", "manager")
    page = f"{server.url}/console/integrations"
    assert sign_in(server, "boss@alomrane.example").get(page, timeout=10).status_code == 403
    admin = sign_in(server, "root@alomrane.example")
    listing = admin.get(page, timeout=10).text
    assert 'id="token-1"' in listing and f'id="webhook-{hook_id}"' in listing
    assert token not in listing and secret not in listing
    api = f"{server.url}{integrations.PREFIX}/visitors"
    bearer = {"Authorization": f"Bearer {token}"}
    assert requests.get(api, headers=bearer, timeout=10).status_code == 200
    reply = _post(admin, f"{page}/tokens/1/revoke", page)
    assert reply.status_code == 200 and "saved=token" in reply.url
    assert requests.get(api, headers=bearer, timeout=10).status_code == 401
    reply = _post(admin, f"{page}/webhooks/{hook_id}/revoke", page)
    assert f'action="/console/integrations/webhooks/{hook_id}/revoke"' not in reply.text
    assert [d["state"] for d in webhooks.deliveries(server.engine)] == ["failed"]
