"""'Send me my selection' senders against real local servers: an aiosmtpd SMTP server (the
message read back: language, links, PDF attachment), and fake WhatsApp Business Cloud and
Twilio-style SMS endpoints answering with the providers' documented success and error bodies.
Retries only for temporary failures, a per-recipient limit, unsubscribe, consent."""

from __future__ import annotations

import email
import json
from collections.abc import Iterator
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from sync.hq.takeaway.senders import (
    Delivery,
    HttpSmsSender,
    Outgoing,
    Rules,
    SmtpSender,
    WhatsAppCloudSender,
    dispatch,
)
from tests.support.servers import bound_socket, uvicorn_thread

LINK = "https://hq.example.test/t/AEAACQINAMAAAAMQ6QO5BBQD2YBR"
STOP = "https://hq.example.test/stop/XYZ"
PDF = b"%PDF-1.4 fictional brochure"
# The providers' documented bodies (WhatsApp Cloud API "Send messages"; Twilio "Message resource").
WHATSAPP_OK = {
    "messaging_product": "whatsapp",
    "contacts": [{"input": "212600000042", "wa_id": "212600000042"}],
    "messages": [{"id": "wamid.HBgLMjEyNjAwMDAwMDQyFQIAERgSQUFBQUFBQUFBQUFBQUFBAA=="}],
}
WHATSAPP_BAD_NUMBER = {
    "error": {
        "message": "(#131026) Message undeliverable",
        "type": "OAuthException",
        "code": 131026,
        "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam",
    }
}
TWILIO_OK = {"sid": "SM1f0e8ae6ade43cb3c0ce4525424e404f", "status": "queued"}
TWILIO_BAD_NUMBER = {
    "code": 21211,
    "message": "The 'To' number +212600000099 is not a valid phone number.",
    "more_info": "https://www.twilio.com/docs/errors/21211",
    "status": 400,
}


def _outgoing(channel: str, recipient: str, language: str = "fr", **extra: Any) -> Outgoing:
    values: dict[str, Any] = {"brochure_pdf": PDF, "consent": True, **extra}
    return Outgoing(channel, recipient, language, LINK, STOP, **values)  # type: ignore[arg-type]


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    """A loopback port nobody listens on (bound then released)."""
    with bound_socket() as sock:
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.mark.parametrize(("language", "greeting"), [("fr", "Bonjour"), ("ar", "مرحبا")])
def test_the_email_arrives_in_the_visitors_language_with_links_and_brochure(
    smtp: tuple[Inbox, int], language: str, greeting: str
) -> None:
    inbox, port = smtp
    sent = SmtpSender("127.0.0.1", port).send(_outgoing("email", "visiteur@example.org", language))
    assert sent.status == "sent"
    (mail,) = inbox.messages
    assert mail["To"] == "visiteur@example.org" and mail["Content-Language"] == language
    assert mail["List-Unsubscribe"] == f"<{STOP}>"
    text_part, pdf_part = [p for p in mail.walk() if not p.is_multipart()]
    body = text_part.get_payload(decode=True).decode("utf-8")
    assert body.startswith(greeting) and LINK in body and STOP in body
    assert pdf_part.get_content_type() == "application/pdf"
    assert pdf_part.get_payload(decode=True) == PDF


def test_an_unreachable_smtp_server_is_a_temporary_failure() -> None:
    port = _free_port()
    delivery = SmtpSender("127.0.0.1", port).send(_outgoing("email", "visiteur@example.org"))
    assert delivery.status == "failed" and delivery.temporary


class Provider:
    """A fake provider endpoint: records requests, answers from a script of (status, body)."""

    def __init__(self, answers: list[tuple[int, dict[str, Any]]]) -> None:
        self.answers = answers
        self.requests: list[dict[str, Any]] = []
        self.app = FastAPI()
        self.app.post("/{path:path}")(self.handle)

    async def handle(self, request: Request, path: str) -> JSONResponse:
        raw = await request.body()
        self.requests.append(
            {"path": "/" + path, "headers": dict(request.headers), "body": raw.decode()}
        )
        status, body = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return JSONResponse(body, status_code=status)


@pytest.fixture
def provider() -> Iterator[Any]:
    servers: list[Any] = []

    def start(answers: list[tuple[int, dict[str, Any]]]) -> tuple[Provider, str]:
        fake = Provider(answers)
        context = uvicorn_thread(fake.app)
        url = context.__enter__()
        servers.append(context)
        return fake, url

    yield start
    for context in servers:
        context.__exit__(None, None, None)


def test_whatsapp_sends_a_template_message_with_the_link(provider: Any) -> None:
    fake, url = provider([(200, WHATSAPP_OK)])
    sender = WhatsAppCloudSender(url + "/v19.0", "105954558954427", "test-token")
    delivery = sender.send(_outgoing("whatsapp", "+212600000042", "ar"))
    assert delivery == Delivery("sent", provider_id=WHATSAPP_OK["messages"][0]["id"])
    (sent,) = fake.requests
    assert sent["path"] == "/v19.0/105954558954427/messages"
    assert sent["headers"]["authorization"] == "Bearer test-token"
    body = json.loads(sent["body"])
    assert body["to"] == "212600000042" and body["type"] == "template"
    assert body["template"]["language"] == {"code": "ar"}
    assert body["template"]["components"][0]["parameters"][0]["text"] == LINK


def test_whatsapp_error_body_gives_the_reason_and_is_not_retried(provider: Any) -> None:
    fake, url = provider([(400, WHATSAPP_BAD_NUMBER)])
    sender = WhatsAppCloudSender(url, "105954558954427", "test-token")
    rules = Rules(sleep=lambda _s: None)
    delivery, attempts = dispatch(
        _outgoing("whatsapp", "+212600000099"), sender, rules, sent_before=0, unsubscribed=False
    )
    assert delivery.status == "failed" and "131026" in delivery.reason
    assert attempts == 1 and len(fake.requests) == 1


def test_sms_goes_through_the_gateway_and_retries_with_backoff(provider: Any) -> None:
    fake, url = provider([(503, {"message": "busy"}), (429, {"code": 20429}), (201, TWILIO_OK)])
    waits: list[float] = []
    sender = HttpSmsSender(url + "/2010-04-01", "AC123", "secret", "+33199000000")
    delivery, attempts = dispatch(
        _outgoing("sms", "+212600000042", "en"),
        sender,
        Rules(sleep=waits.append),
        sent_before=0,
        unsubscribed=False,
    )
    assert delivery == Delivery("sent", provider_id=TWILIO_OK["sid"])
    assert attempts == 3 and waits == [2.0, 4.0]
    last = fake.requests[-1]
    assert last["path"] == "/2010-04-01/Accounts/AC123/Messages.json"
    assert "To=%2B212600000042" in last["body"] and "your+selection" in last["body"]


def test_sms_error_body_gives_the_providers_reason(provider: Any) -> None:
    _fake, url = provider([(400, TWILIO_BAD_NUMBER)])
    sender = HttpSmsSender(url, "AC123", "secret", "+33199000000")
    delivery = sender.send(_outgoing("sms", "+212600000099"))
    assert delivery.status == "failed" and not delivery.temporary
    assert "21211" in delivery.reason


def test_nothing_is_sent_without_consent_after_unsubscribe_or_over_the_limit(
    provider: Any,
) -> None:
    fake, url = provider([(201, TWILIO_OK)])
    sender = HttpSmsSender(url, "AC123", "secret", "+33199000000")
    rules = Rules(per_recipient=2, sleep=lambda _s: None)
    cases = [
        (_outgoing("sms", "+212600000042", consent=False), 0, False, "no consent"),
        (_outgoing("sms", "+212600000042"), 0, True, "unsubscribed"),
        (_outgoing("sms", "+212600000042"), 2, False, "limit"),
        (_outgoing("email", "visiteur@example.org"), 0, False, "no email sender"),
    ]
    for outgoing, before, unsubscribed, reason in cases:
        delivery, attempts = dispatch(
            outgoing, sender, rules, sent_before=before, unsubscribed=unsubscribed
        )
        assert delivery.status == "failed" and reason in delivery.reason and attempts == 0
    assert fake.requests == []
