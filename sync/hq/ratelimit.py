"""The per-kiosk rate limit, shared by every worker through the database (``hq_rate_buckets``).

A token bucket per kiosk: ``per_minute`` requests, bursts up to the same number. Taking a token
is one conditional UPDATE (refill and take in SQL), so workers in other processes see the same
bucket and two of them never both spend its last token. When the database is held by another
writer for more than a moment, the worker's own bucket decides instead: a locked database never
delays the stand API behind a counter.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Float,
    String,
    Table,
    bindparam,
    case,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError

from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.hq.metadata import metadata
from sync.hq.store import KioskIdentity, hq_kiosks

hq_rate_buckets = Table(
    "hq_rate_buckets",
    metadata,
    Column("kiosk_id", String(64), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("at", Float, nullable=False),  # seconds since the epoch of the last take
)


LOCK_WAIT_MS = 50  # how long a take may wait for a database held by another writer
LOCAL_FOR_S = 1.0  # after a take found the database held: this process decides meanwhile


class RateLimiter(Protocol):
    def admit(self, token_hash: str) -> KioskIdentity | None: ...

    def retry_after(self, key: str) -> int: ...


class LocalRateLimiter:
    """The same bucket in this process's memory (the fallback)."""

    def __init__(self, per_minute: int, clock: Clock = SYSTEM_CLOCK) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def admit(self, token_hash: str) -> KioskIdentity | None:
        """No shortcut here: the token is checked apart, then ``retry_after``."""
        del token_hash
        return None

    def retry_after(self, key: str) -> int:
        now = self.clock.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0
            self._buckets[key] = (tokens, now)
            return max(1, int((1 - tokens) / self.rate + 0.999))


@contextmanager
def _short_wait(engine: Engine) -> Iterator[Connection]:
    """A transaction that gives up soon on a locked database (OperationalError)."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA busy_timeout={LOCK_WAIT_MS}")
            try:
                yield conn
            finally:
                conn.exec_driver_sql("PRAGMA busy_timeout=10000")
            return
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT_MS}ms'")
        yield conn


class SharedRateLimiter:
    """``retry_after(kiosk_id)``: 0 when the request may pass, else the seconds to wait."""

    def __init__(self, engine: Engine, per_minute: int, clock: Clock = SYSTEM_CLOCK) -> None:
        self.engine = engine
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.clock = clock
        self.local = LocalRateLimiter(per_minute, clock)
        self._local_until = 0.0
        # one statement needs no transaction around it: no BEGIN and COMMIT round trips
        self._single = engine.execution_options(isolation_level="AUTOCOMMIT")
        self._admit = self._admit_statement()

    def _level(self, now: Any) -> Any:
        """The bucket's tokens refilled up to ``now`` (an SQL expression); a bucket another
        worker touched after ``now`` was read here gets nothing back (never less)."""
        b = hq_rate_buckets.c
        refilled = b.tokens + case((now > b.at, (now - b.at) * self.rate), else_=0.0)
        return case((refilled > self.capacity, self.capacity), else_=refilled)

    @staticmethod
    def _latest(now: Any) -> Any:
        """The bucket's time moved on to ``now``, never back (an SQL expression)."""
        b = hq_rate_buckets.c
        return case((b.at > now, b.at), else_=now)

    def _admit_statement(self) -> Any:
        """Built once: the statement of every stand request (bound values, cached plan)."""
        b, k = hq_rate_buckets.c, hq_kiosks.c
        level = self._level(bindparam("now", type_=Float))
        return (
            update(hq_rate_buckets)
            .where(b.kiosk_id == k.id, k.token_hash == bindparam("token_hash", type_=String))
            .where(k.revoked.is_(False), level >= 1)
            .values(tokens=level - 1, at=self._latest(bindparam("now", type_=Float)))
            .returning(k.id, k.name, k.event_id)
        )

    def admit(self, token_hash: str) -> KioskIdentity | None:
        """A stand request's usual case in one statement (one round trip): the kiosk holding
        the token hash, not revoked, takes a token from its bucket. None when that did not
        happen (unknown or revoked token, a bucket empty or not made yet, the database held):
        the caller then checks the token and ``retry_after`` apart, to say why."""
        if self.clock.monotonic() < self._local_until:
            return None
        values = {"now": self.clock.now().timestamp(), "token_hash": token_hash}
        try:
            with self._single.connect() as conn:
                row = conn.execute(self._admit, values).first()
        except OperationalError:
            return None
        return None if row is None else KioskIdentity(row.id, row.name, row.event_id, False)

    def retry_after(self, key: str) -> int:
        if self.clock.monotonic() < self._local_until:
            return self.local.retry_after(key)
        try:
            return self._take(key)
        except OperationalError:
            self._local_until = self.clock.monotonic() + LOCAL_FOR_S
            return self.local.retry_after(key)

    def _take(self, key: str) -> int:
        now = self.clock.now().timestamp()
        b = hq_rate_buckets.c
        level = self._level(now)
        take = update(hq_rate_buckets).where(b.kiosk_id == key, level >= 1)
        take = take.values(tokens=level - 1, at=self._latest(now))
        with _short_wait(self.engine) as conn:
            for _ in range(3):  # another worker may make the bucket between two reads
                if conn.execute(take).rowcount:
                    return 0
                row = conn.execute(select(b.tokens, b.at).where(b.kiosk_id == key)).first()
                if row is None:
                    try:
                        with conn.begin_nested():
                            first = {"kiosk_id": key, "tokens": self.capacity - 1, "at": now}
                            conn.execute(insert(hq_rate_buckets).values(**first))
                        return 0
                    except IntegrityError:  # made by another worker meanwhile: take from it
                        continue
                tokens = min(self.capacity, row.tokens + max(0.0, now - row.at) * self.rate)
                if tokens < 1:
                    return max(1, int((1 - tokens) / self.rate + 0.999))
        return 1
