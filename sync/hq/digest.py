"""The morning digest: one e-mail per active agent with counts of their today page and, per
visitor, a first name and a console link (``outreach.digest``). Run it from cron:
``omrane-hq digest``."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import Engine

from sync.hq import agencies, followup, outreach
from sync.hq.console import auth


def morning_digests(engine: Engine, now: datetime, console_url: str) -> list[EmailMessage]:
    """The digests to send (agents with something to do; managers get none)."""
    out = []
    for agent in auth.list_agents(engine):
        if agent.disabled or agent.is_manager:
            continue
        with engine.connect() as conn:
            agency = agencies.agency_of_agent(conn, agent.id)
            sections = followup.today(conn, agent.id, agency, now)
        names = {int(r["id"]): r["first_name"] or "" for rows in sections.values() for r in rows}
        if not names:
            continue
        out.append(
            outreach.digest(
                to=agent.email,
                language=agent.language,
                sections=sections,
                first_names=names,
                console_url=console_url.rstrip("/"),
            )
        )
    return out
