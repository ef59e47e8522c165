"""The per-kiosk rate limit, shared by every worker through the database (``hq_rate_buckets``).

A token bucket per kiosk: ``per_minute`` requests, bursts up to the same number. Taking a token
is one conditional UPDATE (refill and take in SQL), so workers in other processes see the same
bucket and two of them never both spend its last token.
"""

from __future__ import annotations

from sqlalchemy import Column, Engine, Float, String, Table, case, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.hq.metadata import metadata

hq_rate_buckets = Table(
    "hq_rate_buckets",
    metadata,
    Column("kiosk_id", String(64), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("at", Float, nullable=False),  # seconds since the epoch of the last take
)


class SharedRateLimiter:
    """``retry_after(kiosk_id)``: 0 when the request may pass, else the seconds to wait."""

    def __init__(self, engine: Engine, per_minute: int, clock: Clock = SYSTEM_CLOCK) -> None:
        self.engine = engine
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.clock = clock

    def retry_after(self, key: str) -> int:
        now = self.clock.now().timestamp()
        b = hq_rate_buckets.c
        refilled = b.tokens + (now - b.at) * self.rate
        level = case((refilled > self.capacity, self.capacity), else_=refilled)
        with self.engine.begin() as conn:
            taken = conn.execute(
                update(hq_rate_buckets)
                .where(b.kiosk_id == key, level >= 1)
                .values(tokens=level - 1, at=now)
            ).rowcount
            if taken:
                return 0
            row = conn.execute(select(b.tokens, b.at).where(b.kiosk_id == key)).first()
            if row is None:
                try:
                    with conn.begin_nested():
                        conn.execute(
                            insert(hq_rate_buckets).values(
                                kiosk_id=key, tokens=self.capacity - 1, at=now
                            )
                        )
                    return 0
                except IntegrityError:  # another worker made it meanwhile: ask again
                    return 1
        tokens = min(self.capacity, row.tokens + (now - row.at) * self.rate)
        return max(1, int((1 - tokens) / self.rate + 0.999))
