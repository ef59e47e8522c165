"""Benchmark: a fleet of simulated stands against one HQ on PostgreSQL with 4 uvicorn workers,
loopback only, bounded in count and time.

Each stand, on a compressed clock (HQ's 60-second heartbeat every ``PERIOD_S``): a heartbeat,
a catalog check and an erasure pull each period, and its share of a day's sealed leads in
batches. Every request starts at its planned moment as its own coroutine on a pool of
keep-alive connections (bench/fleet_client.py), so a slow answer never delays the next
request (no coordinated omission) and the generator stays cheap: its own CPU share is
printed. Ingest latency is the lead batch POST's, from request to answer read; an error is any
answer but 200 or any request that fails. Printed first: HQ's per-request work profiled in
one process (the same calls the routes make, and the plans of their statements), then the
same lead batches one at a time with the fleet idle (the baseline from the same run).

Last line: ``fleet_p95_ms=<x> errors=<n> stands=<k>`` (target: p95 ≤ 200 ms, no error).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
import uvicorn
from uvicorn.supervisors import Multiprocess

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.fleet_client import HTTPFailure, Pool
from bench.fleet_profile import postmaster_pid, profile_requests, tree_cpu_s
from bench.sync import BenchHQ, enroll_copy, make_stand
from kiosk.core.outbox import Outbox
from sync.hq import kiosk_tokens
from sync.hq.settings import HQSettings
from tests.support.servers import listening_socket, postgres_server

STANDS = int(os.environ.get("BENCH_FLEET_STANDS", "500"))
LEADS = int(os.environ.get("BENCH_FLEET_LEADS", "2000"))
DURATION_S = float(os.environ.get("BENCH_FLEET_SECONDS", "40"))
PERIOD_S = float(os.environ.get("BENCH_FLEET_PERIOD", "10"))  # 60 s of a stand's life
WORKERS = 4
BATCH = 4  # leads per batch: a stand sends as visitors come, not a day at once
ROOT = Path(__file__).resolve().parents[1]
Event = tuple[float, int, str, bytes]


@contextmanager
def workers(home: Path, db_url: str) -> Iterator[tuple[str, int, int]]:
    """HQ as `uvicorn --workers 4` runs it, on a socket bound here (``--serve`` below)."""
    sock = listening_socket()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OMRANE_HQ_HOME": str(home),
        "OMRANE_HQ_DB": db_url,
        "OMRANE_HQ_RATE_LIMIT": "600",
    }
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(sock.fileno())],
        env=env,
        cwd=ROOT,
        pass_fds=[sock.fileno()],
    )
    port = sock.getsockname()[1]
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(f"http://127.0.0.1:{port}/health", timeout=2).ok:
                    break
            except requests.RequestException:
                time.sleep(0.2)
        time.sleep(2.0)  # every worker up, not only the first to answer
        yield "127.0.0.1", port, proc.pid
    finally:
        sock.close()
        proc.terminate()
        proc.wait(timeout=60)


def serve(fd: int) -> None:
    """The workers on the inherited socket. Not `uvicorn --fd`: it takes any inherited socket
    for a Unix one, so asyncio leaves Nagle on and every answer on a reused connection waits
    ~40 ms for the client's delayed ACK. `socket.socket(fileno=)` reads the real family."""
    sock = socket.socket(fileno=fd)
    config = uvicorn.Config(
        "sync.hq.asgi:build",
        factory=True,
        workers=WORKERS,
        log_level="error",
        proxy_headers=False,
        timeout_keep_alive=120,  # as behind a proxy: the stands' connections are reused
    )
    Multiprocess(config, sockets=[sock]).run()


def py_spy(hq_pid: int) -> subprocess.Popen[bytes] | None:
    """With $BENCH_FLEET_PY_SPY (the py-spy program), a flame graph of the HQ workers during
    the run as collapsed stacks in bench/fleet-profile.txt (not needed for the figures)."""
    program = os.environ.get("BENCH_FLEET_PY_SPY", "")
    if not program:
        return None
    out = ROOT / "bench" / "fleet-profile.txt"
    options = ["--pid", str(hq_pid), "--subprocesses", "--nonblocking", "--format", "raw"]
    duration = ["--duration", str(int(DURATION_S)), "--rate", "25", "--output", str(out)]
    return subprocess.Popen([program, "record", *options, *duration])


def sealed_batches(work: Path, hq: BenchHQ) -> list[bytes]:
    """The day's leads sealed on a stand, as lead batch bodies ready to send."""
    source = make_stand(work / "stand", bytes(hq.keys.private.public_key), LEADS)
    db = enroll_copy(source, work / "pool", "http://bench", hq.enroll("pool", "x"))
    leads = Outbox(db).claim_batch(LEADS)
    db.close()
    return [
        json.dumps({"protocol": 1, "leads": leads[i : i + BATCH]}).encode()
        for i in range(0, len(leads), BATCH)
    ]


class Fleet:
    def __init__(self, host: str, port: int, tokens: list[str], batches: list[bytes]) -> None:
        self.pool = Pool(host, port)
        self.tokens = tokens
        self.batches = batches
        self.ingest_ms: list[float] = []
        self.other_ms: list[float] = []
        self.late_ms: list[float] = []  # how late the generator started requests
        self.errors: list[str] = []

    def plan(self, seed: int) -> list[Event]:
        """(when, stand, what, body) for the whole run, in time order."""
        rng = random.Random(seed)
        events: list[Event] = []
        for stand in range(len(self.tokens)):
            t = rng.uniform(0, PERIOD_S)
            while t < DURATION_S:
                events += [(t, stand, "heartbeat", b""), (t + 0.3, stand, "catalog", b"")]
                events.append((t + 0.6, stand, "erasures", b""))
                t += PERIOD_S
        for n, body in enumerate(self.batches):
            events.append((rng.uniform(0, DURATION_S), n % len(self.tokens), "leads", body))
        return sorted(events, key=lambda e: e[0])

    async def run(self) -> float:
        events = self.plan(5)
        loop = asyncio.get_running_loop()
        started = loop.time()
        pending: set[asyncio.Task[None]] = set()
        for when, stand, what, body in events:
            delay = started + when - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            self.late_ms.append(max(0.0, loop.time() - started - when) * 1000)
            task = asyncio.create_task(self.call(stand, what, body))
            pending.add(task)
            task.add_done_callback(pending.discard)
        if pending:
            await asyncio.wait(pending)
        return loop.time() - started

    async def call(self, stand: int, what: str, body: bytes) -> None:
        beat = b'{"app_version": "0.1.0", "pending": 0}'
        method, path, sent = {
            "leads": ("POST", "/api/v1/leads:batch", body),
            "heartbeat": ("POST", "/api/v1/heartbeat", beat),
            "catalog": ("GET", "/api/v1/catalog/changes?since=1", b""),
            "erasures": ("GET", "/api/v1/erasures?since=0", b""),
        }[what]
        begun = time.perf_counter()
        try:
            answer = await self.pool.request(method, path, self.tokens[stand], sent)
            json.loads(answer.body)
            failed = "" if answer.status == 200 else f"{what}: HTTP {answer.status}"
        except (HTTPFailure, OSError, ValueError) as exc:
            failed = f"{what}: {type(exc).__name__} {exc}"[:80]
        took = (time.perf_counter() - begun) * 1000
        (self.ingest_ms if what == "leads" else self.other_ms).append(took)
        if failed:
            self.errors.append(failed)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else float("nan")


async def baseline(host: str, port: int, tokens: list[str], batches: list[bytes]) -> float:
    idle = Fleet(host, port, tokens, [])
    for n, body in enumerate(batches):
        await idle.call(n, "leads", body)
    idle.pool.close()
    if idle.errors:
        raise SystemExit(f"the baseline failed: {idle.errors[:3]}")
    return statistics.median(idle.ingest_ms)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-fleet-") as tmp, postgres_server() as pg:
        work = Path(tmp)
        hq = BenchHQ(work / "hq", pg)
        print(f"sealing {LEADS} leads, enrolling {STANDS} stands…", flush=True)
        batches = sealed_batches(work, hq)
        settings = HQSettings(hq.settings.home)
        tokens = [
            kiosk_tokens.enroll_kiosk(hq.store, settings, hq.keys, f"fleet-{n:04d}", "bench").token
            for n in range(STANDS)
        ]
        profile_requests(hq.store, hq.keys, tokens[-1], batches[-1])
        with workers(hq.settings.home, pg) as (host, port, hq_pid):
            base = asyncio.run(baseline(host, port, tokens, batches[:20]))
            print(f"baseline: one lead batch with the fleet idle, median {base:.0f} ms")
            fleet = Fleet(host, port, tokens, batches[20:-1])
            pg_pid = postmaster_pid(pg)
            pids = {"HQ workers": hq_pid, "PostgreSQL": pg_pid}
            before = {name: tree_cpu_s(pid) for name, pid in pids.items()}
            mine = time.process_time()  # this process only (the workers are its children)
            spy = py_spy(hq_pid)
            took = asyncio.run(fleet.run())
            if spy is not None:
                spy.wait(timeout=120)
            cpu = {"load generator": time.process_time() - mine}
            cpu.update({name: tree_cpu_s(pid) - before[name] for name, pid in pids.items()})
        hq.store.dispose()
        shutil.rmtree(work / "stand", ignore_errors=True)
    report(fleet, took, cpu)


def report(fleet: Fleet, took: float, cpu: dict[str, float]) -> None:
    calls = len(fleet.ingest_ms) + len(fleet.other_ms)
    cores = os.cpu_count() or 1
    print(
        f"{STANDS} stands, {took:.0f} s, {calls} requests ({calls / took:.0f}/s) on "
        f"{fleet.pool.opened} connections: {len(fleet.ingest_ms)} lead batches of {BATCH}, "
        f"p50 {statistics.median(fleet.ingest_ms):.0f} ms; other requests p50 "
        f"{statistics.median(fleet.other_ms):.0f} ms p95 {p95(fleet.other_ms):.0f} ms"
    )
    shares = ", ".join(
        f"{name} {spent:.1f} s = {spent / took:.2f} core ({100 * spent / took / cores:.0f} %)"
        for name, spent in cpu.items()
    )
    print(f"CPU during the run, of {cores} cores: {shares}")
    print(f"requests started late by the generator: p95 {p95(fleet.late_ms):.1f} ms")
    for kind in sorted(set(fleet.errors))[:5]:
        print(f"  error: {kind} x{fleet.errors.count(kind)}")
    print(f"fleet_p95_ms={p95(fleet.ingest_ms):.0f} errors={len(fleet.errors)} stands={STANDS}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve(int(sys.argv[2]))
    else:
        main()
