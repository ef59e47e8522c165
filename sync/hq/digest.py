"""The morning digest: one e-mail per active agent with counts of their today page and, per
visitor, a first name and a console link (``outreach.digest``).

Sent once per agent per day (``hq_digest_sends``, written here only): by the running service at
the configured hour of the agencies' time zone (``DailyDigest``, $OMRANE_HQ_DIGEST_AT), or by
hand with ``omrane-hq digest send``. An agent's row is claimed before their mail goes out and
released if the relay refuses it, so two workers, or the command beside the service, never send
one agent two digests in a day, and a failed sending is tried again at the next check.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Engine, Integer, String, Table, delete, insert, select
from sqlalchemy.exc import IntegrityError

from sync.contract.clock import Clock, utc_iso
from sync.contract.errors import ValidationError
from sync.hq import agencies, followup, outreach
from sync.hq.console import auth
from sync.hq.metadata import metadata
from sync.hq.settings import HQSettings

log = logging.getLogger(__name__)

AT_ENV = "OMRANE_HQ_DIGEST_AT"  # HH:MM, local time of the agencies
ZONE_ENV = "OMRANE_HQ_DIGEST_TZ"
DEFAULT_ZONE = HQSettings.digest_zone
CHECK_EVERY_S = 60.0

hq_digest_sends = Table(
    "hq_digest_sends",
    metadata,
    Column("agent_id", Integer, primary_key=True),
    Column("day", String(10), primary_key=True),  # the agencies' local date
    Column("sent_at", String(32), nullable=False),
)


@dataclass(frozen=True)
class Schedule:
    """When the digest goes out: a local hour in the agencies' time zone."""

    at: time
    zone: str = DEFAULT_ZONE

    @classmethod
    def parse(cls, at: str, zone: str = DEFAULT_ZONE) -> Schedule:
        try:
            hour, _, minute = at.strip().partition(":")
            moment = time(int(hour), int(minute or 0))
            ZoneInfo(zone or DEFAULT_ZONE)
        except (ValueError, KeyError) as exc:
            raise ValidationError(f"digest time {at!r} {zone!r}", key="error.digest") from exc
        return cls(moment, zone or DEFAULT_ZONE)

    def day_of(self, now: datetime) -> str:
        return now.astimezone(ZoneInfo(self.zone)).date().isoformat()

    def due_day(self, now: datetime) -> str | None:
        """Today's local date once the hour has come, else None."""
        local = now.astimezone(ZoneInfo(self.zone))
        return local.date().isoformat() if local.time() >= self.at else None


def morning_digests(engine: Engine, now: datetime, console_url: str) -> list[EmailMessage]:
    """The digests to send (agents with something to do; managers get none)."""
    return [message for _, message in _digests(engine, now, console_url)]


def _digests(
    engine: Engine, now: datetime, console_url: str, skip: frozenset[int] = frozenset()
) -> list[tuple[int, EmailMessage]]:
    out = []
    for agent in auth.list_agents(engine):
        if agent.disabled or agent.is_manager or agent.id in skip:
            continue
        with engine.connect() as conn:
            agency = agencies.agency_of_agent(conn, agent.id)
            sections = followup.today(conn, agent.id, agency, now)
        names = {int(r["id"]): r["first_name"] or "" for rows in sections.values() for r in rows}
        if not names:
            continue
        message = outreach.digest(
            to=agent.email,
            language=agent.language,
            sections=sections,
            first_names=names,
            console_url=console_url.rstrip("/"),
        )
        out.append((agent.id, message))
    return out


def _claim(engine: Engine, agent_id: int, day: str, now: datetime) -> bool:
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(hq_digest_sends).values(agent_id=agent_id, day=day, sent_at=utc_iso(now))
            )
    except IntegrityError:  # sent already today, or another worker is sending it
        return False
    return True


def _release(engine: Engine, agent_id: int, day: str) -> None:
    c = hq_digest_sends.c
    with engine.begin() as conn:
        conn.execute(delete(hq_digest_sends).where(c.agent_id == agent_id, c.day == day))


def send_due(
    engine: Engine, mailer: outreach.Mailer, now: datetime, console_url: str, day: str
) -> int:
    """Send ``day``'s digest to each agent who has not had it; returns how many went out."""
    sent = 0
    for agent_id, message in _digests(engine, now, console_url, frozenset(sent_on(engine, day))):
        if not _claim(engine, agent_id, day, now):
            continue
        try:
            mailer.send([message])
        except Exception:
            _release(engine, agent_id, day)  # tried again at the next check
            raise
        sent += 1
    return sent


def sent_on(engine: Engine, day: str) -> list[int]:
    """The agents who had ``day``'s digest."""
    c = hq_digest_sends.c
    with engine.connect() as conn:
        return [int(r) for r in conn.execute(select(c.agent_id).where(c.day == day)).scalars()]


class DailyDigest:
    """The digest at the scheduled hour, inside the running service."""

    def __init__(
        self,
        engine: Engine,
        schedule: Schedule,
        mailer: Callable[[], outreach.Mailer | None],
        clock: Clock,
        console_url: str,
    ) -> None:
        self.engine = engine
        self.schedule = schedule
        self.mailer = mailer
        self.clock = clock
        self.console_url = console_url

    def run_if_due(self) -> int:
        now = self.clock.now()
        day = self.schedule.due_day(now)
        relay = self.mailer()
        if day is None or relay is None:
            return 0
        return send_due(self.engine, relay, now, self.console_url, day)

    async def run_forever(self, every_s: float = CHECK_EVERY_S) -> None:
        while True:
            try:
                await asyncio.to_thread(self.run_if_due)
            except Exception:  # a relay or database hiccup must not end the loop; retried
                log.exception("morning digest")
            await asyncio.sleep(every_s)
