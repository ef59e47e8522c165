"""Benchmark: durable lead save (validation + sealing + tickets + commit with synchronous=FULL)
against a bare INSERT + commit of a row of the same size with the same pragmas; then the
export of 100,000 leads to CSV and XLSX (time and extra memory).

Then the staff console's leads list at 100,000 leads (offscreen Qt): opening it and
scrolling fast through 100 pages while a timer on the UI thread measures how long the event
loop is held; baseline, same run: the same scrolling over a bare table whose rows are all
in memory already.

Targets: lead save p95 ≤ 5 ms; each export ≤ 10 s and ≤ 60 MB extra RSS; the leads list
never holds the UI thread more than 50 ms.
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
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


SCROLL_PAGES = int(os.environ.get("BENCH_SCROLL_PAGES", "100"))  # 200 leads a page
FRAME_MS = 16  # one scroll step per frame, as a fast flick
PROBE_MS = 2


class UiBlockProbe:
    """A timer on the UI thread: the gaps between its ticks are how long the loop was held."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self.timer.start()

    def blocks_ms(self) -> list[float]:
        self.timer.stop()
        gaps = [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
        return sorted(max(0.0, gap - PROBE_MS) for gap in gaps)


def scroll_while_probing(
    view: Any, done: Callable[[], bool], start: Callable[[], None]
) -> list[float]:
    """Start, then scroll ``view`` down a page each frame until ``done``; the UI blocks."""
    from PySide6.QtCore import QEventLoop, QTimer

    probe, loop, frames = UiBlockProbe(), QEventLoop(), QTimer()
    bar = view.verticalScrollBar()

    def frame() -> None:
        bar.setValue(bar.value() + bar.pageStep())
        if done():
            frames.stop()
            loop.quit()

    frames.setInterval(FRAME_MS)
    frames.timeout.connect(frame)
    probe.start()
    start()
    frames.start()
    loop.exec()
    return probe.blocks_ms()


def bench_console_list(db_path: Path, key: Any) -> dict[str, float]:
    """UI-thread blocks while the console's leads list opens and scrolls; bare table baseline."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from kiosk.ui.staff import leads_model
    from kiosk.ui.staff.console import LEAD_COLUMNS

    app = QApplication.instance() or QApplication([])
    model = leads_model.LeadsModel(db_path, LEAD_COLUMNS, list(LEAD_COLUMNS), lambda _c, v: v)
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 700)
    view.show()
    wanted = SCROLL_PAGES * leads_model.PAGE_SIZE
    started = time.perf_counter()
    ours = scroll_while_probing(
        view,
        lambda: model.rowCount() >= wanted or not model.canFetchMore(QModelIndex()),
        lambda: model.open(key),
    )
    elapsed = time.perf_counter() - started
    loaded = model.rowCount()
    model.wait()

    class Bare(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows = [tuple(f"{c}-{n}" for c in LEAD_COLUMNS) for n in range(loaded)]

        def rowCount(self, parent: Any = None) -> int:
            return len(self.rows)

        def columnCount(self, parent: Any = None) -> int:
            return len(LEAD_COLUMNS)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    bare_view = QTableView()
    bare_view.setModel(Bare())
    bare_view.resize(1280, 700)
    bare_view.show()
    bar = bare_view.verticalScrollBar()
    until = time.perf_counter() + elapsed  # as long as ours scrolled, or to the end

    def bare_done() -> bool:
        return bar.value() >= bar.maximum() or time.perf_counter() >= until

    bare = scroll_while_probing(bare_view, bare_done, lambda: None)
    del app
    return {
        "max": ours[-1],
        "p95": p95(ours),
        "bare_max": bare[-1],
        "bare_p95": p95(bare),
        "rows": loaded,
        "total": model.total or 0,
        "seconds": elapsed,
    }


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-leads-") as tmp:
        folder = Path(tmp)
        db = KioskDB(folder / "kiosk.db")
        staff.set_pin(db, PIN)
        save_p95, row_bytes = bench_lead_save(db)
        bare_p95 = bench_bare_insert(folder, row_bytes)
        print(f"lead save: {SAVES} saves, sealed row ≈ {row_bytes} bytes")
        fill_for_export(db)
        bench_export(db, folder)
        key = staff.unlock_staff_key(db, PIN)
        db.close()
        console_list = bench_console_list(folder / "kiosk.db", key)
        c = console_list
        print(
            f"console leads list at {c['total']:.0f} leads: opened and scrolled through "
            f"{c['rows']:.0f} rows in {c['seconds']:.1f} s; UI thread held at most "
            f"{c['max']:.1f} ms, p95 {c['p95']:.1f} ms (target <= 50 ms); bare table with every "
            f"row in memory, same scrolling: max {c['bare_max']:.1f} ms, p95 {c['bare_p95']:.1f} ms"
        )
        print(
            f"lead_save_p95_ms={save_p95:.3f} bare_insert_p95_ms={bare_p95:.3f} "
            f"ratio={save_p95 / bare_p95:.2f}"
        )


if __name__ == "__main__":
    main()
