"""Benchmark: durable lead save (validation + sealing + tickets + commit with synchronous=FULL)
against a bare INSERT + commit of a row of the same size with the same pragmas; then the
export of 100,000 leads to CSV and XLSX (time and extra memory).

Targets: lead save p95 ≤ 5 ms; each export ≤ 10 s and ≤ 60 MB extra RSS.
Last line: ``lead_save_p95_ms=<x> bare_insert_p95_ms=<y> ratio=<x/y>``.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import uuid6

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.core import export, leads, staff
from kiosk.core.config import load_event_profile
from kiosk.core.db import BUSY_TIMEOUT_MS, KioskDB
from kiosk.core.demo_leads import fake_visitors
from kiosk.core.resources import data
from sync.contract.clock import SYSTEM_CLOCK

SAVES = int(os.environ.get("BENCH_LEAD_SAVES", "400"))
WARMUP = 30
EXPORT_LEADS = int(os.environ.get("BENCH_EXPORT_LEADS", "100000"))
REAL_LEADS_FOR_EXPORT = 1000  # sealed for real; the rest are copies with new ids
PIN = "bench-246810"


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[94]


def bench_lead_save(db: KioskDB) -> tuple[float, int]:
    event = load_event_profile(data() / "events" / "paris-2026.toml")
    visitors = list(fake_visitors(SAVES + WARMUP, event=event, seed=7))
    timings: list[float] = []
    for index, visitor in enumerate(visitors):
        start = time.perf_counter()
        leads.save_lead(db, visitor, event=event, clock=SYSTEM_CLOCK)
        elapsed = time.perf_counter() - start
        if index >= WARMUP:
            timings.append(elapsed * 1000)
    row_bytes = int(
        db.scalar(
            "SELECT avg(length(id) + length(kiosk_id) + length(event_id) + length(created_at) "
            "+ length(pii_box) + length(key_for_staff) + length(tickets) + length(interests) "
            "+ length(content_hash) + 120) FROM leads"
        )
    )
    return p95(timings), row_bytes


def bench_bare_insert(folder: Path, row_bytes: int) -> float:
    conn = sqlite3.connect(str(folder / "bare.db"), isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE rows (id TEXT PRIMARY KEY, payload BLOB NOT NULL)")
    timings: list[float] = []
    for index in range(SAVES + WARMUP):
        payload = os.urandom(row_bytes)
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO rows VALUES (?, ?)", (str(uuid6.uuid7()), payload))
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
        if index >= WARMUP:
            timings.append(elapsed * 1000)
    conn.close()
    return p95(timings)


def fill_for_export(db: KioskDB) -> None:
    event = load_event_profile(data() / "events" / "paris-2026.toml")
    have = leads.count_leads(db)
    with db.transaction():
        for visitor in fake_visitors(max(0, REAL_LEADS_FOR_EXPORT - have), event=event, seed=9):
            leads.save_lead(db, visitor, event=event, clock=SYSTEM_CLOCK)
    templates = [dict(r) for r in db.query("SELECT * FROM leads")]
    columns = list(templates[0])
    sql = f"INSERT INTO leads ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"  # noqa: S608
    missing = EXPORT_LEADS - leads.count_leads(db)
    with db.transaction() as conn:
        batch = []
        for index in range(missing):
            row = dict(templates[index % len(templates)], id=str(uuid6.uuid7()))
            batch.append(tuple(row[c] for c in columns))
            if len(batch) == 5000:
                conn.executemany(sql, batch)
                batch.clear()
        conn.executemany(sql, batch)


class PeakRss:
    """Samples this process's RSS in a thread; ``extra_mb`` is the peak above the start."""

    def __init__(self) -> None:
        self.process = psutil.Process()
        self.start = self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def extra_mb(self) -> float:
        return (self.peak - self.start) / 1e6


def bench_export(db: KioskDB, folder: Path) -> None:
    key = staff.unlock_staff_key(db, PIN)  # argon2: once per console session, not per lead
    for fmt in ("csv", "xlsx"):
        target = folder / f"leads.{fmt}"
        with PeakRss() as rss:
            start = time.perf_counter()
            count = export.export_leads(db, key, target, fmt=fmt)
            elapsed = time.perf_counter() - start
        size_mb = target.stat().st_size / 1e6
        print(
            f"export_{fmt}: {count} leads in {elapsed:.2f} s (target ≤ 10 s), "
            f"extra RSS {rss.extra_mb:.1f} MB (target ≤ 60 MB), file {size_mb:.1f} MB"
        )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-leads-") as tmp:
        folder = Path(tmp)
        db = KioskDB(folder / "kiosk.db")
        staff.set_pin(db, PIN)
        save_p95, row_bytes = bench_lead_save(db)
        bare_p95 = bench_bare_insert(folder, row_bytes)
        print(f"lead save: {SAVES} saves, sealed row ≈ {row_bytes} bytes")
        fill_for_export(db)
        bench_export(db, folder)
        db.close()
        print(
            f"lead_save_p95_ms={save_p95:.3f} bare_insert_p95_ms={bare_p95:.3f} "
            f"ratio={save_p95 / bare_p95:.2f}"
        )


if __name__ == "__main__":
    main()
