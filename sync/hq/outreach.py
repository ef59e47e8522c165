"""What goes out to visitors and agents: click-to-call and WhatsApp click-to-chat links, e-mail
templates, appointment invitations (.ics) and the agents' morning digest, sent by SMTP.

Texts are the console's gettext catalogs (``sync/hq/console/locale``), in the visitor's
language for what they receive. The digest names visitors by first name only, with links to
the console; nothing else personal is in its body.
"""

from __future__ import annotations

import os
import smtplib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import quote

from sync.contract.clock import utc_iso
from sync.hq import appointments
from sync.hq.console.i18n import Translator

SMTP_ENV = "OMRANE_HQ_SMTP"  # host:port
SENDER_ENV = "OMRANE_HQ_MAIL_FROM"
DEFAULT_SENDER = "suivi@alomrane.example"
MAX_UNITS_NAMED = 3


@dataclass(frozen=True)
class Mailer:
    """An SMTP relay (host, port) and the sender address; ``send`` opens one connection."""

    host: str
    port: int
    sender: str = DEFAULT_SENDER
    timeout_s: float = 10.0

    @classmethod
    def from_env(cls) -> Mailer | None:
        found = os.environ.get(SMTP_ENV, "")
        if not found:
            return None
        host, _, port = found.rpartition(":")
        return cls(host or "127.0.0.1", int(port or 25), os.environ.get(SENDER_ENV, DEFAULT_SENDER))

    def send(self, messages: Sequence[EmailMessage]) -> int:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout_s) as smtp:
            for message in messages:
                if "From" not in message:
                    message["From"] = self.sender
                smtp.send_message(message)
        return len(messages)


def _digits(e164: str) -> str:
    return "".join(ch for ch in e164 if ch.isdigit())


def tel_link(e164: str) -> str:
    return "tel:" + ("+" + _digits(e164) if e164 else "")


def unit_names(units: dict[str, dict[str, Any]], refs: Iterable[str], language: str) -> str:
    """The first few units of interest as the visitor saw them: title (or reference)."""
    names = []
    for ref in list(refs)[:MAX_UNITS_NAMED]:
        record = units.get(ref, {})
        title = record.get(f"title_{language}") or record.get("title_fr") or ""
        names.append(f"{title} ({ref})" if title else ref)
    return "، ".join(names) if language == "ar" else ", ".join(names)


def visitor_message(language: str, first_name: str, agency: str, units: str, event_id: str) -> str:
    t = Translator(language)
    key = "fu.msg.units" if units else "fu.msg.plain"
    return t(key, name=first_name, agency=agency, units=units, event=event_id)


def whatsapp_link(e164: str, text: str) -> str:
    """WhatsApp click-to-chat (wa.me) with the message prefilled."""
    return f"https://wa.me/{_digits(e164)}?text={quote(text, safe='')}"


def mailto_link(address: str, subject: str, body: str) -> str:
    return f"mailto:{quote(address, safe='@')}?subject={quote(subject)}&body={quote(body)}"


# ---- appointment invitations ---------------------------------------------------------------


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 lines of at most 75 octets, continued with a space."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 75:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return "\r\n".join(out)


def _ics_time(moment: datetime) -> str:
    return utc_iso(moment).replace("-", "").replace(":", "")


def ics(
    *,
    uid: str,
    starts_at: datetime,
    minutes: int,
    summary: str,
    place: str,
    organizer: str,
    now: datetime,
    sequence: int = 0,
    cancelled: bool = False,
) -> str:
    """One VEVENT in a VCALENDAR, times in UTC: METHOD:REQUEST for a new or moved meeting (the
    same UID with a higher SEQUENCE replaces it), METHOD:CANCEL to take it off the calendar."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Al Omrane//omrane-hq//FR",
        f"METHOD:{'CANCEL' if cancelled else 'REQUEST'}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{_ics_time(now)}",
        f"DTSTART:{_ics_time(starts_at)}",
        f"DTEND:{_ics_time(starts_at + timedelta(minutes=minutes))}",
        f"SUMMARY:{_ics_text(summary)}",
        f"LOCATION:{_ics_text(place)}",
        f"ORGANIZER:mailto:{organizer}",
        f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def invitation(
    *,
    to: str,
    language: str,
    first_name: str,
    appointment: dict[str, Any],
    agency_name: str,
    agency_email: str,
    now: datetime,
) -> EmailMessage:
    """The e-mail with the .ics of an appointment, in the visitor's language: the invitation,
    then an update when it moved (same UID, higher sequence) or the cancellation."""
    t = Translator(language)
    starts = datetime.fromisoformat(str(appointment["starts_at"]).replace("Z", "+00:00"))
    kind = t(f"fu.kind.{appointment['kind']}")
    cancelled = appointment.get("cancelled_at") is not None
    sequence = int(appointment.get("sequence") or 0)
    what = "fu.cancel" if cancelled else ("fu.moved" if sequence else "fu.invite")
    message = EmailMessage()
    message["To"] = to
    message["Subject"] = t(f"{what}.subject", kind=kind, agency=agency_name)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="alomrane.example")
    if agency_email:
        message["Reply-To"] = agency_email
    when = starts.strftime("%Y-%m-%d %H:%M") + " UTC"
    message.set_content(
        t(f"{what}.body", name=first_name, kind=kind, when=when, place=appointment["place"])
    )
    calendar = ics(
        uid=appointments.uid_of(appointment),
        starts_at=starts,
        minutes=int(appointment["minutes"]),
        summary=f"{kind} — {agency_name}",
        place=str(appointment["place"]),
        organizer=agency_email or DEFAULT_SENDER,
        now=now,
        sequence=sequence,
        cancelled=cancelled,
    )
    method = "CANCEL" if cancelled else "REQUEST"
    message.add_attachment(
        calendar.encode("utf-8"),
        maintype="text",
        subtype="calendar",
        filename="rendez-vous.ics",
        params={"method": method, "charset": "utf-8"},
    )
    return message


# ---- the morning digest ---------------------------------------------------------------------


def digest(
    *,
    to: str,
    language: str,
    sections: dict[str, list[dict[str, Any]]],
    first_names: dict[int, str],
    console_url: str,
) -> EmailMessage:
    """An agent's morning e-mail: counts per section and, per visitor, a first name and a
    link to the console (no phone, no surname, no e-mail address)."""
    t = Translator(language)
    counts = {name: len(rows) for name, rows in sections.items()}
    lines = [t("fu.digest.intro", **counts), ""]
    for name, rows in sections.items():
        if not rows:
            continue
        lines.append(f"{t('fu.today.' + name)} ({len(rows)})")
        for row in rows[:20]:
            first = first_names.get(int(row["id"]), "") or "—"
            lines.append(f"  • {first} — {console_url}/console/visitors/{row['id']}")
        lines.append("")
    lines.append(f"{t('fu.digest.open')} {console_url}/console/today")
    message = EmailMessage()
    message["To"] = to
    message["Subject"] = t("fu.digest.subject", **counts)
    message["Date"] = formatdate(localtime=False)
    message.set_content("\n".join(lines))
    return message
