"""'Send me my selection': the channels HQ sends a take-away link by, behind one interface.

``Sender.send(Outgoing) -> Delivery`` for each channel: e-mail by SMTP (with the brochure PDF
attached), WhatsApp Business Cloud API template messages, and SMS through an HTTP gateway
(Twilio's Messages API shape). :func:`dispatch` adds what every channel needs: nothing
without the visitor's consent for this sending, nothing to an unsubscribed address, a
per-recipient limit, and retries with backoff for temporary failures only. Each attempt ends
as ``sent`` or ``failed`` with a reason, which goes back to the stand and the lead page.
"""

from __future__ import annotations

import email.policy
import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Literal, Protocol

import requests

from sync.contract.messages import message

Channel = Literal["email", "whatsapp", "sms"]
CHANNELS: tuple[Channel, ...] = ("email", "whatsapp", "sms")
TIMEOUT_S = 10.0
# Long unfolded header lines (RFC 5322 allows 998): a folded List-Unsubscribe URL would be
# written as an encoded word, which mail programs do not read as a link.
MAIL_POLICY = email.policy.SMTP.clone(max_line_length=998)


@dataclass(frozen=True)
class Outgoing:
    """One sending: the recipient (e-mail or E.164 phone), the visitor's language, the link."""

    channel: Channel
    recipient: str
    language: str
    link: str
    unsubscribe: str  # a link that stops every further sending to this recipient
    brochure_pdf: bytes = b""
    consent: bool = False  # the visitor ticked "send me my selection" for this sending


@dataclass(frozen=True)
class Delivery:
    status: Literal["sent", "failed"]
    reason: str = ""
    provider_id: str = ""
    temporary: bool = False  # worth another try later (timeouts, 5xx, 429)


class Sender(Protocol):
    @property
    def channel(self) -> Channel: ...

    def send(self, outgoing: Outgoing) -> Delivery: ...


def _text(key: str, lang: str, **values: object) -> str:
    return message("send." + key, lang, **values)


# ---- e-mail ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SmtpSender:
    host: str
    port: int
    sender: str = "selection@alomrane.example"
    channel: Channel = "email"

    def build(self, outgoing: Outgoing) -> EmailMessage:
        lang = outgoing.language
        mail = EmailMessage(policy=MAIL_POLICY)
        mail["From"] = self.sender
        mail["To"] = outgoing.recipient
        mail["Subject"] = _text("subject", lang)
        mail["List-Unsubscribe"] = f"<{outgoing.unsubscribe}>"
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
        body = _text("body", lang, link=outgoing.link, unsubscribe=outgoing.unsubscribe)
        mail.set_content(body)
        if outgoing.brochure_pdf:
            mail.add_attachment(
                outgoing.brochure_pdf,
                maintype="application",
                subtype="pdf",
                filename="al-omrane-selection.pdf",
            )
        mail["Content-Language"] = lang  # after the body: set_content drops Content-* headers
        return mail

    def send(self, outgoing: Outgoing) -> Delivery:
        try:
            with smtplib.SMTP(self.host, self.port, timeout=TIMEOUT_S) as smtp:
                refused = smtp.send_message(self.build(outgoing))
        except smtplib.SMTPRecipientsRefused as exc:
            return Delivery("failed", f"recipient refused: {_first(exc.recipients)}")
        except smtplib.SMTPResponseException as exc:
            temporary = 400 <= exc.smtp_code < 500
            return Delivery("failed", f"smtp {exc.smtp_code}", temporary=temporary)
        except (OSError, smtplib.SMTPException) as exc:
            return Delivery("failed", f"smtp unreachable: {type(exc).__name__}", temporary=True)
        if refused:
            return Delivery("failed", "recipient refused")
        return Delivery("sent")


def _first(recipients: dict[str, tuple[int, bytes]]) -> str:
    for code, text in recipients.values():
        return f"{code} {text.decode('utf-8', 'replace')}"
    return ""


# ---- HTTP providers --------------------------------------------------------------------


def _http_failure(response: requests.Response, reason: str) -> Delivery:
    temporary = response.status_code == 429 or response.status_code >= 500
    return Delivery("failed", f"http {response.status_code}: {reason}"[:300], temporary=temporary)


def _json(response: requests.Response) -> dict[str, object]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


@dataclass
class WhatsAppCloudSender:
    """WhatsApp Business Cloud API: POST {base}/{phone_number_id}/messages, a template
    message (business-initiated messages must use an approved template)."""

    base_url: str  # e.g. https://graph.facebook.com/v19.0
    phone_number_id: str
    token: str
    template: str = "selection_link"
    channel: Channel = "whatsapp"
    session: requests.Session = field(default_factory=requests.Session)

    def payload(self, outgoing: Outgoing) -> dict[str, object]:
        return {
            "messaging_product": "whatsapp",
            "to": outgoing.recipient.lstrip("+"),
            "type": "template",
            "template": {
                "name": self.template,
                "language": {"code": outgoing.language},
                "components": [
                    {"type": "body", "parameters": [{"type": "text", "text": outgoing.link}]}
                ],
            },
        }

    def send(self, outgoing: Outgoing) -> Delivery:
        url = f"{self.base_url.rstrip('/')}/{self.phone_number_id}/messages"
        try:
            response = self.session.post(
                url,
                json=self.payload(outgoing),
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=TIMEOUT_S,
            )
        except requests.RequestException as exc:
            return Delivery("failed", f"whatsapp unreachable: {type(exc).__name__}", temporary=True)
        body = _json(response)
        if response.ok:
            messages = body.get("messages")
            first = messages[0] if isinstance(messages, list) and messages else {}
            return Delivery("sent", provider_id=str(first.get("id", "")))
        error = body.get("error")
        detail = error if isinstance(error, dict) else {}
        return _http_failure(response, f"{detail.get('code', '')} {detail.get('message', '')}")


@dataclass
class HttpSmsSender:
    """An HTTP SMS gateway with Twilio's Messages API shape: POST form To, From, Body to
    {base}/Accounts/{account}/Messages.json with basic auth; 201 and a ``sid`` when queued."""

    base_url: str
    account: str
    token: str
    sender: str
    channel: Channel = "sms"
    session: requests.Session = field(default_factory=requests.Session)

    def send(self, outgoing: Outgoing) -> Delivery:
        url = f"{self.base_url.rstrip('/')}/Accounts/{self.account}/Messages.json"
        text = _text("sms", outgoing.language, link=outgoing.link, unsubscribe=outgoing.unsubscribe)
        try:
            response = self.session.post(
                url,
                data={"To": outgoing.recipient, "From": self.sender, "Body": text},
                auth=(self.account, self.token),
                timeout=TIMEOUT_S,
            )
        except requests.RequestException as exc:
            return Delivery("failed", f"sms unreachable: {type(exc).__name__}", temporary=True)
        body = _json(response)
        if response.ok:
            return Delivery("sent", provider_id=str(body.get("sid", "")))
        return _http_failure(response, f"{body.get('code', '')} {body.get('message', '')}")


# ---- what every channel needs ----------------------------------------------------------


@dataclass
class Rules:
    """Limits around every sending: per recipient, and retries with exponential backoff."""

    per_recipient: int = 3  # sendings to one address or number, ever (a request, not a list)
    attempts: int = 4
    first_wait_s: float = 2.0
    sleep: Callable[[float], None] = time.sleep


def dispatch(
    outgoing: Outgoing,
    sender: Sender,
    rules: Rules,
    *,
    sent_before: int,
    unsubscribed: bool,
) -> tuple[Delivery, int]:
    """Send once it is allowed, retrying temporary failures: the outcome and the attempts."""
    if not outgoing.consent:
        return Delivery("failed", "no consent for this sending"), 0
    if unsubscribed:
        return Delivery("failed", "recipient unsubscribed"), 0
    if sent_before >= rules.per_recipient:
        return Delivery("failed", "limit reached for this recipient"), 0
    if outgoing.channel != sender.channel:
        return Delivery("failed", f"no {outgoing.channel} sender configured"), 0
    wait = rules.first_wait_s
    delivery = Delivery("failed", "not tried")
    for attempt in range(1, rules.attempts + 1):
        delivery = sender.send(outgoing)
        if delivery.status == "sent" or not delivery.temporary:
            return delivery, attempt
        if attempt < rules.attempts:
            rules.sleep(wait)
            wait *= 2
    return delivery, rules.attempts
