"""Benchmark: 10,000 leads pushed from a stand to a real HQ over loopback (claim, zstd, HTTP,
HQ holding each batch as sent, per-record answers, acks) against a raw `requests` POST loop
of the same batch bodies (uncompressed) to a trivial endpoint of the same server, in the same
run; the server takes its socket as a TCP one, so both have Nagle off (``serve``). HQ
unpacks the held batches and opens the envelopes after answering; the time until every lead
is opened (what the console waits for) is printed too. Before it: HQ ingest with 4 kiosks
pushing at once, on SQLite and on PostgreSQL, and a profile of both sides (in one process,
2,000 leads) saying where the time goes. The leads are a stand day's
(tests/support/stand_day.py) over the units HQ published; the stand already holds that
catalog (pulled at the start of its day, timed apart), so the sync timed is the day's leads
plus the other streams' checks.

Target: ratio ≤ 2. Last line: ``sync_10k_s=<x> raw_post_10k_s=<y> ratio=<x/y>``.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import psutil
import requests
import uvicorn
from fastapi import FastAPI, Request

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.core import enrollment, settings, staff
from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.leads import save_lead
from kiosk.core.outbox import Outbox
from kiosk.uplink.client import KioskSync, SyncReport
from kiosk.uplink.transport import lead_batch_body
from sync.contract import bodies
from sync.contract.clock import SYSTEM_CLOCK
from sync.contract.sealing import b64
from sync.contract.wire import MAX_BATCH
from sync.hq import catalog, catalog_source, holding, inbox, keyring, kiosk_tokens, service
from sync.hq.app import create_app
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.servers import listening_socket, postgres_bindir, postgres_server
from tests.support.stand_day import stand_day

LEADS = int(os.environ.get("BENCH_SYNC_LEADS", "10000"))
KIOSKS = 4
PIN = "bench-135790"
BODY_LIMIT = 8_000_000
SAVE_BATCH = 500
CATALOG = catalog_source.catalog_records_from(None, demo_units=2000, seed=1)  # what HQ published


def make_stand(folder: Path, hq_public: bytes, count: int) -> Path:
    """A kiosk database with ``count`` leads of a stand day (units HQ published), sealed for HQ."""
    paths = Paths(folder).ensure()
    db = KioskDB(paths.database)
    staff.set_pin(db, PIN, SYSTEM_CLOCK)
    settings.put(db, settings.HQ_PUBLIC_KEY, b64(hq_public))
    event = active_event_profile(paths)
    visits = stand_day(CATALOG, visitors=count, seed=3)[:count]
    for start in range(0, count, SAVE_BATCH):
        with db.transaction():
            for visit in visits[start : start + SAVE_BATCH]:
                save_lead(db, visit.lead, event=event, clock=SYSTEM_CLOCK)
    db.close()
    return paths.database


def enroll_copy(source: Path, folder: Path, hq_url: str, creds: tuple[str, str, str]) -> KioskDB:
    """A copy of the generated stand, enrolled with ``creds`` (token, kiosk id, name)."""
    folder.mkdir(parents=True)
    target = folder / source.name
    shutil.copy(source, target)
    db = KioskDB(target)
    with db.transaction() as conn:
        conn.execute(
            "UPDATE sync_state SET hq_url = ?, token = ?, hq_kiosk_id = ?, kiosk_name = ?, "
            "event_id = 'bench', revoked = 0 WHERE id = 1",
            (hq_url, *creds),
        )
    return db


class CpuClock:
    """CPU seconds this process (the stand) and its children (the HQ server) spend from now."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.before = self._times()

    def _times(self) -> tuple[float, float]:
        def spent(process: psutil.Process) -> float:
            times = process.cpu_times()
            return float(times.user + times.system)

        return spent(self.me), sum(spent(child) for child in self.me.children())

    def read(self) -> tuple[float, float]:
        after = self._times()
        return after[0] - self.before[0], after[1] - self.before[1]


def bench_app(home: Path, url: str) -> FastAPI:
    """The real HQ app plus the baseline's trivial endpoint (reads the body, answers)."""
    store = Store(url)
    store.migrate()
    app = create_app(store, HQSettings(home, rate_limit_per_minute=1_000_000))

    @app.post("/bench/echo")
    async def echo(request: Request) -> dict[str, int]:
        return {"received": len(await request.body())}

    return app


@contextmanager
def served(home: Path, url: str) -> Iterator[str]:
    """HQ in its own process (as in production: not sharing the stand's interpreter)."""
    sock = listening_socket()
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(home), url, str(sock.fileno())],
        stdout=subprocess.DEVNULL,
        pass_fds=[sock.fileno()],
    )
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    try:
        for _ in range(300):
            try:
                if requests.get(f"{base}/health", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            if process.poll() is not None:
                raise SystemExit("the bench HQ did not start")
            time.sleep(0.05)
        yield base
    finally:
        sock.close()
        process.terminate()
        process.wait(30)


def serve(app: FastAPI, fd: int) -> None:
    """Serve ``app`` on the inherited socket. Not ``uvicorn.run(fd=)``: it takes any inherited
    socket for a Unix one, so asyncio leaves Nagle on and an answer on a reused connection
    waits ~40 ms for the client's delayed ACK (the baseline and the sync alike, unevenly).
    ``socket.socket(fileno=)`` reads the real family, and uvicorn's accepted sockets get
    TCP_NODELAY as on a port it binds itself."""
    sock = socket.socket(fileno=fd)
    config = uvicorn.Config(app, log_level="warning", proxy_headers=False)
    uvicorn.Server(config).run(sockets=[sock])


class BenchHQ:
    def __init__(self, folder: Path, url: str) -> None:
        self.url = url
        self.settings = HQSettings(folder / "hq-home", rate_limit_per_minute=1_000_000)
        self.keys = keyring.init_keys(self.settings)
        self.store = Store(url)
        self.store.migrate()
        catalog.publish_catalog(self.store, CATALOG, "bench demo")

    def serve(self) -> AbstractContextManager[str]:
        return served(self.settings.home, self.url)

    def enroll(self, name: str, url: str) -> tuple[str, str, str]:
        settings_ = HQSettings(self.settings.home, public_url=url)
        e = kiosk_tokens.enroll_kiosk(self.store, settings_, self.keys, name, "bench")
        return e.token, e.kiosk_id, e.kiosk_name


def keep_quarter(db: KioskDB, index: int) -> int:
    """Keep one kiosk's share of the generated leads (distinct ids across the kiosks)."""
    with db.transaction() as conn:
        conn.execute("DELETE FROM desk_tickets")
        conn.execute(
            "DELETE FROM leads WHERE id NOT IN (SELECT id FROM leads ORDER BY id LIMIT ? OFFSET ?)",
            (LEADS // KIOSKS, index * (LEADS // KIOSKS)),
        )
    return int(db.scalar("SELECT count(*) FROM leads"))


def concurrent_ingest(label: str, url: str, source: Path, work: Path) -> None:
    hq = BenchHQ(work / f"hq-{label}", url)
    with hq.serve() as base:
        stands = []
        for i in range(KIOSKS):
            db = enroll_copy(source, work / f"{label}-k{i}", base, hq.enroll(f"k{i}", base))
            keep_quarter(db, i)
            db.close()
            stands.append(work / f"{label}-k{i}" / source.name)
        errors: list[BaseException] = []

        def push(path: Path) -> None:
            db = KioskDB(path)
            try:
                KioskSync(db).sync_once()
            except BaseException as exc:
                errors.append(exc)
            finally:
                db.close()

        threads = [threading.Thread(target=push, args=(p,)) for p in stands]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        wait_opened(hq.store)
        opened = time.perf_counter() - started
        held = hq.store.count_leads()
    hq.store.dispose()
    if errors:
        raise SystemExit(f"{label}: a kiosk failed: {errors[0]!r}")
    print(
        f"hq_ingest_{label}: {KIOSKS} kiosks x {LEADS // KIOSKS} leads at once: "
        f"{held} acked in {elapsed:.2f} s ({held / elapsed:.0f} leads/s), "
        f"all opened after {opened:.2f} s ({held / opened:.0f} leads/s)"
    )


def wait_opened(store: Store, timeout_s: float = 300.0) -> None:
    """Until HQ has opened every held lead (its background opener)."""
    deadline = time.monotonic() + timeout_s
    while inbox.waiting(store.engine) and time.monotonic() < deadline:
        time.sleep(0.01)


PROFILE_GROUPS = {  # profiled function name -> what it stands for
    "_claim": "stand: claim batch (kept wire records read as one row, nothing written)",
    "lead_batch_body": "stand: batch body (kept records joined, zstd level 1)",
    "unpack": "HQ gate: open the zstd body",
    "_sent_batch": "HQ request: the batch parsed, each record addressed (id, hash)",
    "hold_sent": "HQ ack: the batch held as sent (one row, one commit, fsync included)",
    "_apply": "stand: record HQ answers (one UPDATE of the narrow state rows per kind)",
    "settle_and_claim": "stand: answers + next claim (one commit, not waiting for the disk)",
    "_sent_records": "HQ after the ack: records checked against the contract (pydantic)",
    "known_hashes": "HQ after the ack: duplicate/conflict check (one SELECT, inbox + opened)",
    "unpack_sent": "HQ after the ack: batches unpacked into the inbox (total)",
    "open_envelope": "HQ opener: open envelopes (X25519 + SecretBox)",
    "check_lead": "HQ opener: contract check of opened fields (phonenumbers)",
    "insert_leads": "HQ opener: insert opened leads",
    "open_inbox": "HQ opener: total (after the ack, unpacking included)",
}


def profile(source: Path, work: Path, count: int = 2000) -> None:
    """Both sides in one process (no HTTP), as the stand and HQ run them: cumulative
    seconds per step, for ``count`` leads."""
    from sync.hq.stand_api import _sent_batch

    hq = BenchHQ(work / "hq-profile", f"sqlite:///{work / 'hq-profile.db'}")
    db = enroll_copy(source, work / "profile-stand", "http://bench", hq.enroll("p", "x"))
    with db.transaction() as conn:
        conn.execute(
            "DELETE FROM leads WHERE id NOT IN (SELECT id FROM leads ORDER BY id LIMIT ?)",
            (count,),
        )
    kiosk = kiosk_tokens.authenticate(hq.store, str(db.scalar("SELECT token FROM sync_state")))
    outbox = Outbox(db)
    profiler = cProfile.Profile()
    profiler.enable()
    batch = outbox.claim(MAX_BATCH)
    while batch:
        body = lead_batch_body([lead.record for lead in batch])
        sent, results = _sent_batch(
            bodies.unpack(bodies.ZSTD, body, BODY_LIMIT), (bodies.ZSTD, body)
        )
        holding.hold_sent(hq.store, kiosk, sent)
        answers = {r["id"]: (r["status"], r["reason"]) for r in results}
        batch = outbox.settle_and_claim(answers, MAX_BATCH, batch[-1].id)
    service.open_inbox(hq.store, hq.keys)
    profiler.disable()
    db.close()
    hq.store.dispose()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    seconds: dict[str, float] = {}
    for (_file, _line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.items():
        if name in PROFILE_GROUPS:
            seconds[name] = seconds.get(name, 0.0) + cumulative
    print(f"profile ({count} leads, one process, cProfile overhead included):")
    for name, label in PROFILE_GROUPS.items():
        print(f"  {seconds.get(name, 0.0):6.2f} s  {label}")


def batch_bodies(path: Path) -> list[bytes]:
    """The exact request bodies the stand sends, opened (a claim only reads)."""
    db = KioskDB(path)
    outbox = Outbox(db)
    sent = []
    after = ""
    while batch := outbox.claim(MAX_BATCH, after):
        after = batch[-1].id
        sent.append(
            bodies.unpack(bodies.ZSTD, lead_batch_body([r.record for r in batch]), BODY_LIMIT)
        )
    db.close()
    return sent


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        work = Path(tmp)
        keys_home = BenchHQ(work / "keys", f"sqlite:///{work / 'keys.db'}")
        hq_public = bytes(keys_home.keys.private.public_key)
        print(f"generating {LEADS} sealed leads on a stand…", flush=True)
        source = make_stand(work / "stand", hq_public, LEADS)
        # Every HQ below shares this key pair so the stand's sealed leads open everywhere.
        for name in ("sqlite", "postgresql", "main", "profile"):
            target = work / f"hq-{name}" / "hq-home" / "keys"
            target.mkdir(parents=True)
            shutil.copytree(keys_home.settings.private_key_file.parent, target, dirs_exist_ok=True)
        keys_home.store.dispose()

        concurrent_ingest("sqlite", f"sqlite:///{work / 'hq-sqlite.db'}", source, work)
        if postgres_bindir() is not None:
            with postgres_server() as pg_url:
                concurrent_ingest("postgresql", pg_url, source, work)
        else:
            print("hq_ingest_postgresql: skipped (PostgreSQL is not installed)")

        profile(source, work)
        hq = BenchHQ(work / "hq-main", f"sqlite:///{work / 'hq-main.db'}")
        with hq.serve() as base:
            db = enroll_copy(source, work / "main-stand", base, hq.enroll("main", base))
            started = time.perf_counter()
            syncer = KioskSync(db)
            syncer.pull_catalog(syncer.client(), SyncReport())
            print(
                f"the stand pulled HQ's catalog before the day's sync "
                f"({time.perf_counter() - started:.2f} s, not counted below)"
            )
            raw_bodies = batch_bodies(db.path)
            session = requests.Session()
            started = time.perf_counter()
            for body in raw_bodies:
                reply = session.post(
                    f"{base}/bench/echo",
                    data=body,
                    headers={"Content-Type": "application/json"},
                    timeout=(5, 30),
                )
                reply.raise_for_status()
                reply.json()
            raw = time.perf_counter() - started

            cpu = CpuClock()
            started = time.perf_counter()
            report = KioskSync(db).sync_once()
            synced = time.perf_counter() - started
            stand_cpu, hq_cpu = cpu.read()
            wait_opened(hq.store)
            opened = time.perf_counter() - started
            acked = enrollment.sync_status(db)["acked"]
            held = hq.store.count_leads()
            db.close()
        hq.store.dispose()
        if report.acked != LEADS or acked != LEADS or held != LEADS:
            raise SystemExit(f"sync incomplete: acked {acked}, HQ holds {held} of {LEADS}")
        size = sum(len(b) for b in raw_bodies) / 1e6
        print(
            f"{len(raw_bodies)} batches, {size:.1f} MB of request bodies; all {LEADS} leads acked"
        )
        print(f"all {LEADS} leads opened at HQ (console-ready) {opened:.3f} s after the start")
        print(
            f"CPU during the sync: stand {stand_cpu:.3f} s, HQ {hq_cpu:.3f} s "
            f"(both processes share this machine's {os.cpu_count()} cores)"
        )
        print(f"sync_10k_s={synced:.3f} raw_post_10k_s={raw:.3f} ratio={synced / raw:.2f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        home, db_url, fd = sys.argv[2:5]
        serve(bench_app(Path(home), db_url), int(fd))
    else:
        main()
