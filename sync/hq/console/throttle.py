"""Sign-in throttling that slows guessing without letting a stranger lock an account out.

This module alone writes ``hq_signin_throttle``. Three counters per failed sign-in, each
stored under a keyed hash (HMAC-SHA256 with a secret HQ key) so the table never holds what
was typed in the e-mail field, nor client addresses:

- ``pair``: this account from this address — locked after a few failures, each further
  failure doubling the wait (5 min, 10 min, … up to a day);
- ``client``: this address, any account — against password spraying;
- ``account``: this account from anywhere — a short, capped, progressive delay that a
  browser where the account signed in before (its device cookie) does not wait for, so
  failures from elsewhere never keep the owner out. An admin can also unlock an account.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    String,
    Table,
    delete,
    insert,
    select,
    update,
)

from sync.contract.clock import Clock, utc_iso
from sync.contract.errors import AuthError
from sync.hq.metadata import metadata

signin_throttle = Table(
    "hq_signin_throttle",
    metadata,
    Column("key", String(300), primary_key=True),  # a kind and keyed hashes, never clear text
    Column("failures", Integer, nullable=False, default=0),
    Column("window_start", String(20), nullable=False),
    Column("locked_until", String(20), nullable=True),
)


@dataclass(frozen=True)
class Rule:
    failures: int  # failures within the window before the first wait
    first_wait_s: int
    longest_wait_s: int


PAIR = Rule(5, 5 * 60, 24 * 3600)
CLIENT = Rule(20, 5 * 60, 3600)
ACCOUNT = Rule(20, 60, 15 * 60)
WINDOW_S = 15 * 60


def keyed(secret: bytes, value: str) -> str:
    return hmac.new(secret, value.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class SigninKeys:
    pair: str
    client: str
    account: str


def keys_for(secret: bytes, email: str, client: str) -> SigninKeys:
    account = keyed(secret, "email:" + email.strip().lower())
    address = keyed(secret, "client:" + client)
    return SigninKeys(f"pair:{account}:{address}", f"client:{address}", f"account:{account}")


def _rule(key: str) -> Rule:
    return {"pair": PAIR, "client": CLIENT}.get(key.split(":", 1)[0], ACCOUNT)


def check(engine: Engine, keys: list[str], clock: Clock) -> None:
    """AuthError with ``retry_after`` while any of these keys waits."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(signin_throttle.c.locked_until).where(signin_throttle.c.key.in_(keys))
        ).all()
    now = utc_iso(clock.now())
    waits = [r.locked_until for r in rows if r.locked_until and r.locked_until > now]
    if waits:
        wait = datetime.fromisoformat(max(waits)) - clock.now()
        raise AuthError(
            "too many wrong passwords",
            key="error.auth.wait",
            retry_after=max(1, int(wait.total_seconds())),
        )


def failure(engine: Engine, key: str, clock: Clock) -> None:
    rule, now = _rule(key), clock.now()
    with engine.begin() as conn:
        row = conn.execute(select(signin_throttle).where(signin_throttle.c.key == key)).first()
        recent = row is not None and (
            datetime.fromisoformat(row.window_start) > now - timedelta(seconds=WINDOW_S)
            or bool(row.locked_until)
        )
        failures = (int(row.failures) if row is not None and recent else 0) + 1
        start = row.window_start if row is not None and recent else utc_iso(now)
        locked = None
        if failures >= rule.failures:
            doubling = min(failures - rule.failures, 20)
            wait = min(rule.longest_wait_s, rule.first_wait_s * 2**doubling)
            locked = utc_iso(now + timedelta(seconds=wait))
        values = {"failures": failures, "window_start": start, "locked_until": locked}
        if row is None:
            conn.execute(insert(signin_throttle).values(key=key, **values))
        else:
            conn.execute(update(signin_throttle).where(signin_throttle.c.key == key).values(values))


def clear(engine: Engine, keys: list[str]) -> None:
    with engine.begin() as conn:
        conn.execute(delete(signin_throttle).where(signin_throttle.c.key.in_(keys)))


def unlock_account(engine: Engine, secret: bytes, email: str) -> int:
    """Forget every failure counted against this account (from any address)."""
    account = keyed(secret, "email:" + email.strip().lower())
    table = signin_throttle.c
    with engine.begin() as conn:
        done = conn.execute(
            delete(signin_throttle).where(
                (table.key == f"account:{account}") | table.key.startswith(f"pair:{account}:")
            )
        )
    return int(done.rowcount or 0)


def forget_throttle_before(conn: Connection, cutoff: str) -> int:
    """Drop throttle entries whose window started before ``cutoff`` (retention); rows dropped."""
    old = signin_throttle.c.window_start < cutoff
    return int(conn.execute(delete(signin_throttle).where(old)).rowcount or 0)


def device_cookie(secret: bytes, email: str) -> str:
    """Proof that this browser signed in to this account once (no server-side state)."""
    nonce = secrets.token_urlsafe(12)
    return f"{nonce}.{keyed(secret, 'device:' + nonce + ':' + email.strip().lower())}"


def is_known_device(secret: bytes, email: str, cookie: str | None) -> bool:
    if not cookie or "." not in cookie:
        return False
    nonce, mac = cookie.split(".", 1)
    expected = keyed(secret, "device:" + nonce + ":" + email.strip().lower())
    return hmac.compare_digest(expected, mac)


def client_address(peer: str, forwarded_for: str, trusted_proxies: tuple[str, ...]) -> str:
    """The client's address: the peer, unless the peer is a listed proxy, then the last
    address in X-Forwarded-For that is not one of our proxies (the first ones are forgeable)."""
    networks = []
    for proxy in trusted_proxies:
        try:
            networks.append(ipaddress.ip_network(proxy, strict=False))
        except ValueError:
            continue

    def trusted(address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in networks)

    if not trusted(peer):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not trusted(hop):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer
    return peer
