"""The fleet bench's profile of HQ's per-request work, in one process on the bench's database.

Each step is what a stand API route (or the gate in front of it) calls; for each: the time per
call, the connections it takes from the pool and the statements it sends (each one a round
trip), then EXPLAIN ANALYZE of those statements (in a transaction rolled back).
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import psutil
from sqlalchemy import event

from sync.contract import bodies
from sync.contract.clock import SYSTEM_CLOCK, utc_iso
from sync.hq import catalog, erasure, holding, kiosk_tokens
from sync.hq.keyring import HQKeys
from sync.hq.ratelimit import SharedRateLimiter
from sync.hq.store import Store

REPEAT = 200


class _Counter:
    def __init__(self, store: Store) -> None:
        self.statements: list[tuple[str, Any]] = []
        self.checkouts = 0
        event.listen(store.engine, "before_cursor_execute", self._statement)
        event.listen(store.engine.pool, "checkout", self._checkout)
        self.store = store

    def _statement(self, _c: Any, _cur: Any, statement: str, params: Any, *_: Any) -> None:
        self.statements.append((statement, params))

    def _checkout(self, *_: Any) -> None:
        self.checkouts += 1

    def stop(self) -> None:
        event.remove(self.store.engine, "before_cursor_execute", self._statement)
        event.remove(self.store.engine.pool, "checkout", self._checkout)


def _plan(store: Store, statement: str, params: Any) -> str:
    if not statement.lstrip().upper().startswith(("SELECT", "UPDATE", "INSERT", "DELETE")):
        return ""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", params).all()
        conn.rollback()
    lines = [str(r[0]) for r in rows]
    took = next((line for line in lines if line.startswith("Execution Time")), "")
    return f"{lines[0].strip()[:90]} | {took}"


def profile_requests(store: Store, keys: HQKeys, token: str, body: bytes) -> None:
    """Print where HQ's time goes per stand request (one process, the bench's PostgreSQL)."""
    kiosk = kiosk_tokens.authenticate(store, token)
    limiter = SharedRateLimiter(store.engine, 1_000_000)
    sent = holding.SentBatch(bodies.IDENTITY, body, len(json.loads(body)["leads"]))
    beat = {"app_version": "0.1.0", "pending": 0}
    steps: list[tuple[str, Callable[[], object], int]] = [
        ("gate: admit (token, rate)", lambda: kiosk_tokens.admit(store, limiter, token), REPEAT),
        (
            "heartbeat upsert",
            lambda: store.record_heartbeat(kiosk.id, utc_iso(SYSTEM_CLOCK.now()), beat),
            REPEAT,
        ),
        ("catalog check (since=1)", lambda: catalog.catalog_changes(store, 1, "", 0), REPEAT),
        ("erasure pull (since=0)", lambda: erasure.feed(store.engine, 0, 1000), REPEAT),
        ("lead batch held as sent", lambda: holding.hold_sent(store, kiosk, sent), REPEAT),
    ]
    print("HQ per-request work, one process (ms per call, pool checkouts, statements):")
    plans: dict[str, str] = {}
    for name, step, repeat in steps:
        step()  # warm: compiled statement cache, pool
        counter = _Counter(store)
        begun = time.perf_counter()
        for _ in range(repeat):
            step()
        took = (time.perf_counter() - begun) * 1000 / repeat
        counter.stop()
        print(
            f"  {name:28s} {took:6.2f} ms  {counter.checkouts / repeat:.0f} checkout(s)  "
            f"{len(counter.statements) / repeat:.0f} statement(s)"
        )
        for statement, params in counter.statements[: len(counter.statements) // repeat]:
            key = " ".join(statement.split())[:60]
            if key not in plans:
                plans[key] = _plan(store, statement, params)
    print("plans (EXPLAIN ANALYZE):")
    for key, plan in plans.items():
        if plan:
            print(f"  {key:60s} -> {plan}")
    print(json.dumps({"profiled_kiosk": kiosk.name}))


def tree_cpu_s(pid: int) -> float:
    """CPU seconds spent so far by a process, its children, and children that have exited."""
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for proc in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            t = proc.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
    return total


def postmaster_pid(db_url: str) -> int:
    """The PID of the bench's PostgreSQL (its data folder is beside the socket folder)."""
    folder = Path(parse_qs(urlparse(db_url).query)["host"][0])
    return int((folder / "data" / "postmaster.pid").read_text().split()[0])
