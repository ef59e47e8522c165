"""Agents, passwords (argon2) and server-side sessions; sign-in goes through throttle.py.

This module alone writes the console's accounts (``hq_agents``) and sessions
(``hq_console_sessions``); ``throttle`` owns the sign-in throttle (``hq_signin_throttle``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
    update,
)

from sync.contract.clock import Clock, utc_iso
from sync.contract.errors import AuthError, NotFoundError, ValidationError
from sync.hq.console import passwords, throttle
from sync.hq.metadata import metadata

ROLES = ("agent", "manager", "admin")

agents = Table(
    "hq_agents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("email", String(254), nullable=False),
    Column("role", String(16), nullable=False),
    Column("region", String(64), nullable=True),
    Column("password_hash", String(255), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("language", String(2), nullable=False, default="fr"),
    Column("created_at", String(20), nullable=False),
    UniqueConstraint("email", name="uq_hq_agents_email"),
)

console_sessions = Table(
    "hq_console_sessions",
    metadata,
    # sha256 of the cookie value: a stolen database does not give live sessions
    Column("token_hash", String(64), primary_key=True),
    Column("agent_id", Integer, ForeignKey("hq_agents.id"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", String(20), nullable=False),
    Column("last_seen", String(20), nullable=False),
    Column("expires_at", String(20), nullable=False),
    Index("ix_hq_console_sessions_agent", "agent_id"),
)

# a key for sign-in throttle hashes when the app gives none (tests, one process)
_PROCESS_SECRET = secrets.token_bytes(32)
TOUCH_EVERY_S = 60


@dataclass(frozen=True)
class ConsoleSettings:
    idle_timeout_s: int = 30 * 60
    session_max_s: int = 12 * 3600
    kiosk_online_within_s: int = 5 * 60
    page_size: int = 50
    count_cap: int = 1_000
    default_language: str = "fr"
    password_cost: passwords.HashCost = passwords.FULL_COST


@dataclass(frozen=True)
class Agent:
    id: int
    email: str
    role: str
    region: str | None
    disabled: bool
    language: str

    @property
    def is_manager(self) -> bool:
        return self.role in ("manager", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class Session:
    agent: Agent
    csrf_token: str
    token_hash: str


def _agent_from_row(row: object) -> Agent:
    m = row._mapping  # type: ignore[attr-defined]
    return Agent(
        id=int(m["id"]),
        email=str(m["email"]),
        role=str(m["role"]),
        region=m["region"],
        disabled=bool(m["disabled"]),
        language=str(m["language"] or "fr"),
    )


def _normal_email(email: str) -> str:
    cleaned = email.strip().lower()
    if "@" not in cleaned or len(cleaned) > 254 or any(c.isspace() for c in cleaned):
        raise ValidationError(f"not an e-mail address: {email!r}", key="error.agent.email")
    return cleaned


def add_agent(
    engine: Engine,
    email: str,
    role: str,
    password: str,
    clock: Clock,
    region: str | None = None,
    *,
    cost: passwords.HashCost = passwords.FULL_COST,
) -> Agent:
    if role not in ROLES:
        raise ValidationError(f"role must be one of {', '.join(ROLES)}", key="error.agent.role")
    if role == "agent" and not region:
        raise ValidationError("an agent needs --region", key="error.agent.region")
    passwords.check(password, role)
    address = _normal_email(email)
    with engine.begin() as conn:
        if conn.execute(select(agents.c.id).where(agents.c.email == address)).first():
            raise ValidationError(f"{address} already exists", key="error.agent.exists")
        conn.execute(
            insert(agents).values(
                email=address,
                role=role,
                region=region or None,
                password_hash=passwords.hash_password(password, cost),
                disabled=False,
                language="fr",
                created_at=utc_iso(clock.now()),
            )
        )
    return agent_by_email(engine, address)


def agent_by_email(engine: Engine, email: str) -> Agent:
    with engine.connect() as conn:
        row = conn.execute(select(agents).where(agents.c.email == email.strip().lower())).first()
    if row is None:
        raise NotFoundError(f"no agent {email}", key="error.agent.unknown")
    return _agent_from_row(row)


def list_agents(engine: Engine) -> list[Agent]:
    with engine.connect() as conn:
        rows = conn.execute(select(agents).order_by(agents.c.email)).all()
    return [_agent_from_row(r) for r in rows]


def set_disabled(engine: Engine, email: str, disabled: bool = True) -> Agent:
    agent = agent_by_email(engine, email)
    with engine.begin() as conn:
        conn.execute(update(agents).where(agents.c.id == agent.id).values(disabled=disabled))
        if disabled:  # a disabled account is signed out everywhere at once
            conn.execute(delete(console_sessions).where(console_sessions.c.agent_id == agent.id))
    return agent_by_email(engine, email)


def authenticate(
    engine: Engine,
    email: str,
    password: str,
    client: str,
    clock: Clock,
    settings: ConsoleSettings,
    *,
    secret: bytes = _PROCESS_SECRET,
    known_device: bool = False,
) -> Agent:
    """The agent behind these credentials, or AuthError; failures slow down this account from
    this address, this address, and (except on a browser it signed in from) this account."""
    address = email.strip().lower()[:254]
    keys = throttle.keys_for(secret, address, client)
    watched = [keys.pair, keys.client] + ([] if known_device else [keys.account])
    throttle.check(engine, watched, clock)
    with engine.connect() as conn:
        row = conn.execute(select(agents).where(agents.c.email == address)).first()
    stored = str(row._mapping["password_hash"]) if row is not None else None
    ok = passwords.verify(stored, password, settings.password_cost)
    if not ok or row is None or bool(row._mapping["disabled"]):
        for key in (keys.pair, keys.client, keys.account):
            throttle.failure(engine, key, clock)
        raise AuthError("wrong e-mail or password", key="error.auth.wrong")
    # the address counter stays: signing in to one's own account must not reset spraying
    throttle.clear(engine, [keys.pair, keys.account])
    return _agent_from_row(row)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(engine: Engine, agent: Agent, clock: Clock, settings: ConsoleSettings) -> str:
    """A new session; returns the cookie value (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = clock.now()
    with engine.begin() as conn:
        conn.execute(
            insert(console_sessions).values(
                token_hash=_hash_token(token),
                agent_id=agent.id,
                csrf_token=secrets.token_urlsafe(32),
                created_at=utc_iso(now),
                last_seen=utc_iso(now),
                expires_at=utc_iso(now + timedelta(seconds=settings.session_max_s)),
            )
        )
        # housekeeping: forget sessions nobody can use any more
        conn.execute(delete(console_sessions).where(console_sessions.c.expires_at < utc_iso(now)))
    return token


def resume_session(
    engine: Engine, token: str | None, clock: Clock, settings: ConsoleSettings
) -> Session | None:
    """The live session for this cookie, touched; None when unknown, idle too long or expired."""
    if not token:
        return None
    digest = _hash_token(token)
    now = clock.now()
    idle_limit = utc_iso(now - timedelta(seconds=settings.idle_timeout_s))
    with engine.begin() as conn:
        row = conn.execute(
            select(console_sessions, agents)
            .join(agents, agents.c.id == console_sessions.c.agent_id)
            .where(console_sessions.c.token_hash == digest)
        ).first()
        if row is None:
            return None
        m = row._mapping
        if m["last_seen"] < idle_limit or m["expires_at"] < utc_iso(now) or m["disabled"]:
            conn.execute(delete(console_sessions).where(console_sessions.c.token_hash == digest))
            return None
        if m["last_seen"] < utc_iso(now - timedelta(seconds=TOUCH_EVERY_S)):
            # a write per page view would cost a disk flush each time; a minute is precise enough
            conn.execute(
                update(console_sessions)
                .where(console_sessions.c.token_hash == digest)
                .values(last_seen=utc_iso(now))
            )
    agent = Agent(
        id=int(m["agent_id"]),
        email=str(m["email"]),
        role=str(m["role"]),
        region=m["region"],
        disabled=False,
        language=str(m["language"] or "fr"),
    )
    return Session(agent=agent, csrf_token=str(m["csrf_token"]), token_hash=digest)


def close_session(engine: Engine, session: Session) -> None:
    with engine.begin() as conn:
        conn.execute(
            delete(console_sessions).where(console_sessions.c.token_hash == session.token_hash)
        )


def tokens_match(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())


def active_agent_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(agents)).scalar_one())
