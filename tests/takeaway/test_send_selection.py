"""'Send me my selection' end to end: a stand saves the request with its consent, its sync
carries it sealed to a real HQ (uvicorn), HQ sends it on arrival through SMTP (aiosmtpd reads
the message back: language, links, PDF brochure) and the delivery comes back to the stand.
Then what surrounds it: retries with backoff, the per-recipient limit, the unsubscribe link,
no consent / no enrollment / a tampered request, and another stand's ids."""

from __future__ import annotations

import email
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
import requests
from aiosmtpd.controller import Controller
from sqlalchemy import select

from kiosk.core import enrollment, retention, takeaway
from kiosk.core.catalog import Catalog
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from kiosk.core.leads import save_lead
from kiosk.core.send_requests import SendInput, SendOutbox, save_request, state_of
from kiosk.uplink.client import KioskSync
from sync.contract.clock import FakeClock, utc_iso
from sync.contract.errors import ConfigError, ValidationError
from sync.hq import agencies, catalog_source, erasure, keyring, kiosk_tokens
from sync.hq import retention as hq_retention
from sync.hq.app import create_app
from sync.hq.catalog import publish_catalog
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from sync.hq.takeaway.dispatcher import SenderSet
from sync.hq.takeaway.senders import Rules, WhatsAppCloudSender
from sync.hq.takeaway.sending import hq_sends
from tests.support.kiosk_leads import STAFF_PIN, kiosk_with_leads, visitor
from tests.support.servers import bound_socket, uvicorn_thread
from tests.sync.console.harness import CONSOLE, Server, add_person, sign_in
from tests.takeaway.test_public_page_browser import CHROMIUM, PHONE, phone  # noqa: F401
from tests.takeaway.test_senders import WHATSAPP_BAD_NUMBER, WHATSAPP_OK, Provider

UNITS = 60


class Inbox:
    """An SMTP server's mailbox; ``refuse`` answers the next N messages with a 451."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.refuse = 0

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        if self.refuse:
            self.refuse -= 1
            return "451 4.3.0 try again later"
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


@dataclass
class World:
    url: str
    app: Any
    store: Store
    clock: FakeClock
    inbox: Inbox
    stand: KioskDB
    event: EventProfile
    settings_home: Path

    def link(self, count: int = 2, language: str = "fr") -> str:
        rows = self.stand.query(
            "SELECT ref FROM units WHERE price_mad IS NOT NULL ORDER BY ref LIMIT ?", (count,)
        )
        refs = [str(row["ref"]) for row in rows]
        return takeaway.build_link(self.stand, self.event, refs, language, clock=self.clock)

    def ask(self, recipient: str, *, language: str = "fr", lead_id: str = "") -> str:
        self.clock.advance(1)
        inp = SendInput("email", recipient, language, self.link(language=language), True)
        inp = SendInput(**{**inp.__dict__, "lead_id": lead_id})
        return save_request(self.stand, inp, event=self.event, clock=self.clock)

    def sync(self) -> None:
        KioskSync(self.stand, self.clock).sync_once()

    def mail_to(self, address: str) -> Message:
        """The latest message to ``address`` (waiting for it to arrive)."""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            found = [m for m in self.inbox.messages if m["To"] == address]
            if found:
                return found[-1]
            time.sleep(0.05)
        raise AssertionError(f"no message to {address}")

    def hq_row(self, send_id: str) -> Any:
        with self.store.engine.connect() as conn:
            return conn.execute(select(hq_sends).where(hq_sends.c.id == send_id)).one()

    def wait_for_state(self, send_id: str, *states: str) -> Any:
        deadline = time.monotonic() + 20
        row = self.hq_row(send_id)
        while row.state not in states and time.monotonic() < deadline:
            time.sleep(0.05)
            row = self.hq_row(send_id)
        assert row.state in states
        return row

    def stand_row(self, send_id: str) -> dict[str, Any]:
        return next(r for r in SendOutbox(self.stand, self.clock).recent() if r["id"] == send_id)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("send-selection")
    clock = FakeClock(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    inbox = Inbox()
    with bound_socket() as sock:
        port = int(sock.getsockname()[1])
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings = HQSettings(tmp / "hq-home", rate_limit_per_minute=10_000)
    keys = keyring.init_keys(settings)
    store = Store(f"sqlite:///{tmp / 'hq.db'}")
    store.migrate()
    publish_catalog(store, catalog_source.catalog_records_from(None, demo_units=UNITS), "demo")
    with store.engine.begin() as conn:
        agencies.import_rows(conn, agencies.read_rows(agencies.demo_file()), utc_iso(clock.now()))
    senders = SenderSet.from_mapping(
        {"smtp": {"host": "127.0.0.1", "port": port}, "per_recipient": 2, "attempts": 3}
    )
    senders.rules = Rules(per_recipient=2, attempts=3, first_wait_s=60.0)
    app = create_app(store, settings, clock, console=CONSOLE, senders=senders)
    try:
        with uvicorn_thread(app) as url:
            public = HQSettings(settings.home, public_url=url, rate_limit_per_minute=10_000)
            app.state.send_dispatcher.public_url = url
            db, _ids, event = kiosk_with_leads(tmp / "stand", None, 0, clock)
            Catalog(db).replace_all(generate(units=UNITS, seed=1))
            enrolled = kiosk_tokens.enroll_kiosk(store, public, keys, "stand-send", event.event.id)
            enrollment.enroll(db, enrolled, STAFF_PIN)
            yield World(url, app, store, clock, inbox, db, event, settings.home)
            db.close()
    finally:
        controller.stop()
        store.dispose()


def _body(mail: Message) -> tuple[str, list[Message]]:
    parts = [p for p in mail.walk() if not p.is_multipart()]
    text = parts[0].get_payload(decode=True)
    assert isinstance(text, bytes)
    return text.decode("utf-8"), parts[1:]


@pytest.mark.parametrize(("language", "greeting"), [("fr", "Bonjour"), ("ar", "مرحبا")])
def test_a_consented_request_is_mailed_on_arrival_and_reported_sent_to_the_stand(
    world: World, language: str, greeting: str
) -> None:
    address = f"famille.{language}@example.org"
    send_id = world.ask(address, language=language)
    assert state_of(world.stand_row(send_id)) == "pending"
    assert address not in str(world.stand.query("SELECT * FROM send_requests")[0])

    world.sync()  # the request leaves; HQ sends it as soon as it is stored
    mail = world.mail_to(address)
    assert mail["To"] == address and mail["Content-Language"] == language
    body, attachments = _body(mail)
    link = world.hq_row(send_id).link
    assert body.startswith(greeting) and link in body
    stop = mail["List-Unsubscribe"].strip("<>")
    assert stop.startswith(world.url + "/t/stop/") and stop in body
    (pdf,) = attachments
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_payload(decode=True).startswith(b"%PDF")  # type: ignore[union-attr]
    assert requests.get(link, timeout=10).status_code == 200  # the link in the mail opens

    world.wait_for_state(send_id, "sent")
    world.sync()  # the delivery report comes back
    row = world.stand_row(send_id)
    assert (state_of(row), row["delivery"], row["status"]) == ("sent", "sent", "acked")
    assert row["recipient_hint"] == "f•••@example.org"


def test_a_temporary_refusal_is_tried_again_later_with_a_doubling_wait(world: World) -> None:
    dispatcher = world.app.state.send_dispatcher
    world.inbox.refuse = 2
    before = len(world.inbox.messages)
    send_id = world.ask("retry@example.org")
    world.sync()
    deadline = time.monotonic() + 20
    first = world.hq_row(send_id)
    while not (first.state == "queued" and first.attempts == 1) and time.monotonic() < deadline:
        time.sleep(0.05)
        first = world.hq_row(send_id)
    assert first.reason == "smtp 451"
    assert first.next_at == utc_iso(world.clock.now() + timedelta(seconds=60))
    dispatcher.run_due()  # not due yet: nothing tried
    assert world.hq_row(send_id).attempts == 1
    world.clock.advance(61)
    dispatcher.run_due()
    second = world.hq_row(send_id)
    assert (second.state, second.attempts) == ("queued", 2)
    world.clock.advance(121)  # the wait doubled
    dispatcher.run_due()
    assert world.hq_row(send_id).state == "sent"
    assert len(world.inbox.messages) == before + 1
    world.sync()
    assert world.stand_row(send_id)["delivery"] == "sent"


def test_the_per_recipient_limit_and_the_unsubscribe_link(world: World) -> None:
    address = "limite@example.org"
    first, second = world.ask(address), world.ask(address)
    world.sync()
    world.wait_for_state(first, "sent")
    world.wait_for_state(second, "sent")
    third = world.ask(address)
    world.sync()
    over = world.wait_for_state(third, "failed")
    assert over.reason == "limit reached for this recipient"

    stop = world.mail_to(address)["List-Unsubscribe"].strip("<>")
    page = requests.get(stop, timeout=10)
    assert page.status_code == 200 and 'id="stop-button"' in page.text
    assert requests.post(stop, timeout=10).status_code == 200
    assert requests.post(stop[:-4] + "0000", timeout=10).status_code == 404
    other = "stopped@example.org"
    world.ask(other)
    world.sync()
    stopped_link = world.mail_to(other)["List-Unsubscribe"].strip("<>")
    requests.post(stopped_link, timeout=10)
    again = world.ask(other)
    world.sync()
    assert world.wait_for_state(again, "failed").reason == "recipient unsubscribed"
    world.sync()
    row = world.stand_row(again)
    assert (row["delivery"], row["delivery_reason"]) == ("failed", "recipient unsubscribed")


def test_nothing_is_kept_without_consent_or_before_enrollment(world: World, tmp_path: Path) -> None:
    inp = SendInput("email", "x@example.org", "fr", world.link(), consent=False)
    with pytest.raises(ValidationError) as refused:
        save_request(world.stand, inp, event=world.event, clock=world.clock)
    assert ("consent", "send.error.consent") in refused.value.problems
    bad = SendInput("sms", "not a number", "fr", world.link(), consent=True)
    with pytest.raises(ValidationError) as wrong:
        save_request(world.stand, bad, event=world.event, clock=world.clock)
    assert ("phone", "lead.error.phone") in wrong.value.problems
    fresh, _ids, event = kiosk_with_leads(tmp_path / "not-enrolled", None, 0, world.clock)
    try:
        ok = SendInput("email", "x@example.org", "fr", world.link(), consent=True)
        with pytest.raises(ValidationError):
            save_request(fresh, ok, event=event, clock=world.clock)
        assert fresh.scalar("SELECT count(*) FROM send_requests") == 0
    finally:
        fresh.close()


def test_hq_refuses_a_changed_request_and_answers_only_the_stands_own_ids(world: World) -> None:
    send_id = world.ask("intact@example.org")
    (record,) = SendOutbox(world.stand, world.clock).claim_batch(10)
    token = enrollment.load_link(world.stand)
    assert token is not None
    headers = {"Authorization": f"Bearer {token.token}"}
    ending = "BB" if record["link"].endswith("AA") else "AA"
    changed = {**record, "link": record["link"][:-2] + ending}
    answer = requests.post(
        f"{world.url}/api/v1/sends:batch",
        json={"protocol": 1, "sends": [changed]},
        headers=headers,
        timeout=10,
    ).json()
    assert answer["results"] == [
        {"id": send_id, "status": "rejected", "reason": "content hash does not match"}
    ]
    SendOutbox(world.stand, world.clock).release_sending()
    world.sync()
    assert world.wait_for_state(send_id, "sent")
    statuses = requests.post(
        f"{world.url}/api/v1/sends:status",
        json={"ids": [send_id, "0190f000-0000-7000-8000-000000000000"]},
        headers=headers,
        timeout=10,
    ).json()
    assert [s["id"] for s in statuses["results"]] == [send_id]


def test_the_lead_page_shows_what_was_sent_to_the_visitor(world: World) -> None:
    world.clock.advance(1)
    lead = save_lead(world.stand, visitor(7), event=world.event, clock=world.clock)
    send_id = world.ask("suivi@example.org", lead_id=lead.id)
    world.sync()
    world.wait_for_state(send_id, "sent")
    world.store.settle()  # the console shows a lead once HQ has opened it (after the ack)
    add_person(world.store.engine, world.clock, "manager@example.test", "manager")
    server = Server(world.url, world.store.engine, world.clock, world.app)
    browser = sign_in(server, "manager@example.test")
    page = browser.get(f"{world.url}/console/leads/{lead.id}", timeout=10)
    assert page.status_code == 200
    section = page.text.split('id="lead-sends"', 1)[1].split("</section>", 1)[0]
    assert 'class="send-sent"' in section and "E-mail" in section
    assert world.event.event.notice_version in section
    assert "suivi@example.org" not in page.text.split('id="lead-sends"', 1)[1]


def test_an_erasure_takes_the_sendings_of_the_lead_and_to_the_phone_with_it(
    world: World, tmp_path: Path
) -> None:
    world.clock.advance(1)
    lead = save_lead(world.stand, visitor(8), event=world.event, clock=world.clock)
    by_lead = world.ask("efface@example.org", lead_id=lead.id)
    world.clock.advance(1)
    number = visitor(8).phone
    inp = SendInput("whatsapp", number, "fr", world.link(), True, phone_country="FR")
    to_phone = save_request(world.stand, inp, event=world.event, clock=world.clock)
    world.sync()
    world.wait_for_state(by_lead, "sent")
    assert world.wait_for_state(to_phone, "failed").reason == "no whatsapp sender configured at HQ"
    held = world.hq_row(to_phone)
    world.store.settle()  # erasure matches leads HQ has opened (they arrive held sealed)
    keys = keyring.load_keys(HQSettings(world.settings_home))
    report = erasure.erase(
        world.store.engine,
        keys.phone_key,
        lead_ids=[lead.id],
        by="dpo@example.test",
        source="cli",
        clock=world.clock,
    )
    assert report.leads == 1
    with world.store.engine.connect() as conn:
        left = conn.execute(select(hq_sends.c.id).where(hq_sends.c.id.in_([by_lead, to_phone])))
        assert left.all() == []
    assert held.recipient_key  # it was keyed like the tombstone's phone hash
    with world.stand.transaction() as conn:
        retention.delete_leads(conn, [lead.id])  # on the stand too
    assert world.stand.scalar("SELECT count(*) FROM send_requests WHERE id = ?", (by_lead,)) == 0


def test_whatsapp_requests_go_through_the_cloud_api_and_its_error_comes_back(
    world: World,
) -> None:
    fake = Provider([(200, WHATSAPP_OK), (400, WHATSAPP_BAD_NUMBER)])
    senders = world.app.state.send_dispatcher.senders.senders
    with uvicorn_thread(fake.app) as provider_url:
        senders["whatsapp"] = WhatsAppCloudSender(provider_url + "/v19.0", "1059545", "tok")
        try:
            world.clock.advance(1)
            link = world.link(language="ar")
            good = save_request(
                world.stand,
                SendInput("whatsapp", "+212 6 00 00 00 42", "ar", link, True),
                event=world.event,
                clock=world.clock,
            )
            world.sync()
            assert world.wait_for_state(good, "sent").provider_id.startswith("wamid.")
            bad = save_request(
                world.stand,
                SendInput("whatsapp", "+212 6 00 00 00 99", "ar", link, True),
                event=world.event,
                clock=world.clock,
            )
            world.sync()
            assert "131026" in world.wait_for_state(bad, "failed").reason
        finally:
            del senders["whatsapp"]
    first = json.loads(fake.requests[0]["body"])
    assert first["to"] == "212600000042" and first["template"]["language"] == {"code": "ar"}
    assert first["template"]["components"][0]["parameters"][0]["text"] == link
    world.sync()
    assert world.stand_row(bad)["delivery_reason"].startswith("http 400: 131026")


def test_senders_are_read_from_the_hq_folder(tmp_path: Path) -> None:
    assert SenderSet.load(tmp_path / "senders.json").senders == {}
    (tmp_path / "senders.json").write_text(
        json.dumps(
            {
                "smtp": {"host": "127.0.0.1", "port": 2525},
                "sms": {"base_url": "http://x", "account": "AC1", "token": "t", "sender": "+1"},
                "attempts": 6,
            }
        ),
        encoding="utf-8",
    )
    loaded = SenderSet.load(tmp_path / "senders.json")
    assert sorted(loaded.senders) == ["email", "sms"] and loaded.rules.attempts == 6
    (tmp_path / "senders.json").write_text('{"smtp": {}}', encoding="utf-8")
    with pytest.raises(ConfigError):
        SenderSet.load(tmp_path / "senders.json")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_the_stop_link_works_on_a_phone_in_arabic(
    world: World,
    phone: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    send_id = world.ask("telephone@example.org", language="ar")
    world.sync()
    world.wait_for_state(send_id, "sent")
    stop = world.mail_to("telephone@example.org")["List-Unsubscribe"].strip("<>")
    phone.goto(stop + "?lang=ar")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]  # nothing wider than the phone
    phone.click("#stop-button")
    phone.wait_for_selector("#stopped")
    phone.screenshot(path=str(tmp_path / "stop-ar.png"), full_page=True)
    again = world.ask("telephone@example.org", language="ar")
    world.sync()
    assert world.wait_for_state(again, "failed").reason == "recipient unsubscribed"


def test_hqs_daily_purge_drops_sendings_settled_a_month_ago(world: World) -> None:
    send_id = world.ask("ancien@example.org")
    world.sync()
    world.wait_for_state(send_id, "sent")
    policy = hq_retention.RetentionPolicy()
    world.clock.advance(29 * 86_400)
    hq_retention.purge(world.store.engine, policy, world.clock)
    assert world.hq_row(send_id).state == "sent"  # still inside its 30 days
    world.clock.advance(2 * 86_400)
    hq_retention.purge(world.store.engine, policy, world.clock)
    with world.store.engine.connect() as conn:
        assert conn.execute(select(hq_sends.c.id).where(hq_sends.c.id == send_id)).all() == []
