"""Signed webhooks to integrations (a CRM, a messaging tool) and their delivery log; this
module alone writes ``hq_webhooks`` and ``hq_webhook_deliveries``.

Events: ``visitor.created``, ``visitor.status_changed``, ``visitor.appointment_set``,
``visitor.appointment_changed`` (moved or cancelled). A
delivery is queued in the same transaction as the change (nothing is sent for a change that
rolls back) and posted later by ``deliver_due``: JSON body, headers ``X-Omrane-Event``,
``X-Omrane-Delivery``, ``X-Omrane-Timestamp`` and ``X-Omrane-Signature: sha256=<hex>``, the
HMAC-SHA256 under the hook's secret of ``"<timestamp>.<body>"``. A failure (network, or any
status but 2xx) is retried with exponential backoff (30 s, 1 min, 2 min… capped at 1 h) up
to ``MAX_ATTEMPTS``, then marked ``failed``. Bodies carry ids and states only: personal
fields are read through the integration API, under its scopes and the consent rules.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import requests
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    String,
    Table,
    Text,
    insert,
    select,
    update,
)

from sync.contract.clock import utc_iso
from sync.contract.errors import NotFoundError, ValidationError
from sync.hq.metadata import metadata

log = logging.getLogger(__name__)

EVENTS = (
    "visitor.created",
    "visitor.status_changed",
    "visitor.appointment_set",
    "visitor.appointment_changed",  # moved or cancelled
)
MAX_ATTEMPTS = 8
BACKOFF_BASE_S = 30.0
BACKOFF_CAP_S = 3600.0
TIMEOUT_S = 10.0

hq_webhooks = Table(
    "hq_webhooks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False),
    Column("url", String(500), nullable=False),
    Column("secret", String(100), nullable=False),
    Column("events", Text, nullable=False),  # JSON list
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", String(32), nullable=False),
)

hq_webhook_deliveries = Table(
    "hq_webhook_deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("webhook_id", Integer, nullable=False),
    Column("event", String(40), nullable=False),
    Column("body", Text, nullable=False),
    Column("state", String(12), nullable=False),  # pending | delivered | failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_at", String(32), nullable=False),
    Column("last_status", Integer),
    Column("last_error", String(200)),
    Column("created_at", String(32), nullable=False),
    Column("delivered_at", String(32)),
    Index("ix_hq_webhook_deliveries_due", "state", "next_at"),
    Index("ix_hq_webhook_deliveries_hook", "webhook_id", "id"),
)


def add(conn: Connection, name: str, url: str, events: list[str], at: str) -> tuple[int, str]:
    """A new hook; returns (id, secret) — the secret is shown once, to configure the receiver."""
    if not url.startswith(("https://", "http://")) or len(url) > 500:
        raise ValidationError("a webhook needs an http(s) URL", key="error.webhook")
    unknown = set(events) - set(EVENTS)
    if unknown or not events:
        raise ValidationError(f"unknown events: {sorted(unknown)}", key="error.webhook")
    secret = secrets.token_hex(32)
    new_id = conn.execute(
        insert(hq_webhooks).values(
            name=name[:100], url=url, secret=secret, events=json.dumps(events), created_at=at
        )
    ).inserted_primary_key
    assert new_id is not None
    return int(new_id[0]), secret


def revoke(conn: Connection, hook_id: int) -> int:
    """Stop a hook: nothing more is queued or posted to it (its log stays); returns how many
    queued deliveries were dropped."""
    h, d = hq_webhooks.c, hq_webhook_deliveries.c
    found = conn.execute(update(hq_webhooks).where(h.id == hook_id).values(active=False))
    if not found.rowcount:
        raise NotFoundError(f"no webhook {hook_id}", key="error.webhook.unknown")
    dropped = conn.execute(
        update(hq_webhook_deliveries)
        .where(d.webhook_id == hook_id, d.state == "pending")
        .values(state="failed", last_error="revoked")
    )
    return int(dropped.rowcount or 0)


def hooks(conn: Connection) -> list[dict[str, Any]]:
    """Every hook without its secret, newest first."""
    h = hq_webhooks.c
    rows = conn.execute(
        select(h.id, h.name, h.url, h.events, h.active, h.created_at).order_by(h.id.desc())
    )
    return [dict(r._mapping) | {"events": json.loads(r.events)} for r in rows]


def signature(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("ascii"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def enqueue(conn: Connection, event: str, visitor_id: int, now: datetime, **extra: Any) -> int:
    """Queue ``event`` about a visitor for every active hook that wants it; how many."""
    assert event in EVENTS
    hooks = conn.execute(select(hq_webhooks.c.id, hq_webhooks.c.events).where(hq_webhooks.c.active))
    wanted = [int(h.id) for h in hooks if event in json.loads(h.events)]
    if not wanted:
        return 0
    at = utc_iso(now)
    body = json.dumps({"event": event, "visitor_id": visitor_id, "at": at, **extra}, sort_keys=True)
    conn.execute(
        insert(hq_webhook_deliveries),
        [
            {"webhook_id": w, "event": event, "body": body, "state": "pending", "attempts": 0,
             "next_at": at, "created_at": at}
            for w in wanted
        ],
    )  # fmt: skip
    return len(wanted)


def backoff(attempts: int, base_s: float = BACKOFF_BASE_S) -> timedelta:
    return timedelta(seconds=min(BACKOFF_CAP_S, base_s * 2 ** max(0, attempts - 1)))


Poster = Callable[..., Any]


@dataclass(frozen=True)
class Outcome:
    delivered: int = 0
    retried: int = 0
    failed: int = 0


def _post(post: Poster, hook: Any, delivery: Any, now: datetime) -> tuple[int | None, str]:
    body = str(delivery.body).encode("utf-8")
    stamp = str(int(now.timestamp()))
    headers = {
        "Content-Type": "application/json",
        "X-Omrane-Event": str(delivery.event),
        "X-Omrane-Delivery": str(delivery.id),
        "X-Omrane-Timestamp": stamp,
        "X-Omrane-Signature": signature(str(hook.secret), stamp, body),
    }
    try:
        response = post(str(hook.url), data=body, headers=headers, timeout=TIMEOUT_S)
    except requests.RequestException as exc:
        return None, type(exc).__name__
    status = int(response.status_code)
    return status, "" if 200 <= status < 300 else f"HTTP {status}"


def deliver_due(
    engine: Engine, now: datetime, *, post: Poster = requests.post, base_s: float = BACKOFF_BASE_S
) -> Outcome:
    """Post every delivery that is due; schedule retries; returns what happened."""
    d, h = hq_webhook_deliveries.c, hq_webhooks.c
    with engine.connect() as conn:
        due = conn.execute(
            select(hq_webhook_deliveries, h.url, h.secret)
            .join(hq_webhooks, h.id == d.webhook_id)
            .where(d.state == "pending", d.next_at <= utc_iso(now), h.active)
            .order_by(d.id)
            .limit(200)
        ).all()
    counts = {"delivered": 0, "retried": 0, "failed": 0}
    for delivery in due:
        status, error = _post(post, delivery, delivery, now)
        attempts = int(delivery.attempts) + 1
        values: dict[str, Any] = {"attempts": attempts, "last_status": status, "last_error": error}
        if not error:
            values |= {"state": "delivered", "delivered_at": utc_iso(now)}
            counts["delivered"] += 1
        elif attempts >= MAX_ATTEMPTS:
            values["state"] = "failed"
            counts["failed"] += 1
            log.warning("webhook delivery %s failed for good: %s", delivery.id, error)
        else:
            values["next_at"] = utc_iso(now + backoff(attempts, base_s))
            counts["retried"] += 1
        with engine.begin() as conn:
            conn.execute(update(hq_webhook_deliveries).where(d.id == delivery.id).values(values))
    return Outcome(**counts)


def deliveries(engine: Engine, limit: int = 200) -> list[dict[str, Any]]:
    """The delivery log, newest first."""
    d = hq_webhook_deliveries.c
    with engine.connect() as conn:
        rows = conn.execute(select(hq_webhook_deliveries).order_by(d.id.desc()).limit(limit))
        return [dict(r._mapping) for r in rows]
