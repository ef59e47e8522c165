"""Kiosk start-up time against a bare Qt window, search latency and memory at 100k units.

    .venv/bin/python bench/startup.py [--runs N] [--units N]

Each start is a fresh process (offscreen): the time from just before the process is
spawned to the first frame painted, for the kiosk (catalog already there) and for a bare
QApplication with an empty window, in the same run. Both run with a bytecode cache (in the
run's temporary folder), as an installed or frozen kiosk does: compiling the sources at every
start (PYTHONDONTWRITEBYTECODE, a source checkout) is not what a stand pays. The warm-up start
loads everything, so it also leaves the attract loop's boot copy that every start of a stand
finds from the last one (kiosk.ui.attract_content). Then, in another
fresh process with a 100,000-unit catalog: the time from a keystroke in the search field to the
results and facet counts on screen (the debounce pause excluded), and the resident memory.
Last line: startup_ms=<x> bare_qt_ms=<y> ratio=<x/y> (target ratio <= 1.5).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BARE_QT = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            QApplication.exit(0)
        return False
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1280, 800)
spy = FirstFrame()
window.installEventFilter(spy)
window.show()
app.exec()
"""

KIOSK = """
import sys, time
from PySide6.QtWidgets import QApplication
from kiosk.ui.launch import run
def first_frame():
    print(time.time(), flush=True)
def ready():
    print(time.time(), flush=True)
    QApplication.exit(0)
run(sys.argv[1], kiosk_mode=False, on_first_frame=first_frame, on_ready=ready)
"""

SEARCH_AND_MEMORY = """
import json, statistics, sys, time
import psutil
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from kiosk.core.config import Paths
from kiosk.ui.launch import application, open_services
from kiosk.ui import i18n
from kiosk.ui.app import MainWindow
app = application()
services = open_services(Paths.resolve(sys.argv[1]))
i18n.apply_language("fr")
window = MainWindow(services)
window.resize(1280, 800)
window.show()
window.show_screen("language")
window.session.set_language("fr")
window.show_screen("results")
results = window.screen_widget("results")
field = results.search_field
timings, facet_timings = [], []
for word in ("casablanca", "appartement marrakech", "villa", "fes", "الدار البيضاء", "lot tamesna"):
    field.clear()
    results.search_now()
    for char in word:
        start = time.perf_counter()
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                Qt.KeyboardModifier.NoModifier, char))
        results.search_now(defer_facets=True)  # what the debounce timer fires after a pause
        results.list_view.viewport().repaint()
        timings.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        results.update_facets()  # the facet counts follow on the next turn of the event loop
        results.facets.repaint()
        facet_timings.append((time.perf_counter() - start) * 1000)
for _ in range(20):  # scroll through pages, as a visitor flicking the list
    results.list_view.scrollToBottom()
    app.processEvents()
rss = psutil.Process().memory_info().rss / 1e6
timings.sort()
print(json.dumps({"median_ms": statistics.median(timings),
                  "p95_ms": timings[int(len(timings) * 0.95) - 1],
                  "max_ms": timings[-1], "keystrokes": len(timings),
                  "facets_median_ms": statistics.median(facet_timings),
                  "loaded_rows": results.model.loaded(), "rss_mb": rss}))
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["OMRANE_KIOSK_HOME"] = str(home)
    env["PYTHONPATH"] = str(ROOT)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home.parent / "pycache")
    return env


def first_frame_ms(code: str, home: Path, *args: str) -> tuple[float, float]:
    """(first frame, everything loaded) in ms after the process was spawned."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=_env(home),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    stamps = [float(line) for line in out.stdout.split()]
    return (stamps[0] - start) * 1000, (stamps[-1] - start) * 1000


def build_catalog(home: Path, units: int) -> None:
    from kiosk.core import demo_catalog
    from kiosk.core.catalog import Catalog
    from kiosk.core.config import Paths
    from kiosk.core.db import KioskDB

    Paths(home).ensure()
    db = KioskDB(home / "kiosk.db")
    try:
        Catalog(db).replace_all(demo_catalog.generate(units=units, seed=1))
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--units", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        home = Path(tmp) / "home"
        started = time.perf_counter()
        build_catalog(home, args.units)
        print(f"catalog: {args.units} demo units built in {time.perf_counter() - started:.1f} s")

        first_frame_ms(BARE_QT, home)  # warm the disk cache for both
        first_frame_ms(KIOSK, home, str(home))
        bare, kiosk, ready = [], [], []
        for _ in range(args.runs):
            bare.append(first_frame_ms(BARE_QT, home)[0])
            frame, loaded = first_frame_ms(KIOSK, home, str(home))
            kiosk.append(frame)
            ready.append(loaded)
        bare_ms, kiosk_ms = statistics.median(bare), statistics.median(kiosk)
        print(
            f"first frame, median of {args.runs}: kiosk {kiosk_ms:.0f} ms, bare Qt {bare_ms:.0f} ms"
        )
        print(
            f"kiosk fully loaded (catalog, event, every visitor screen reachable): "
            f"median {statistics.median(ready):.0f} ms after process start"
        )

        out = subprocess.run(
            [sys.executable, "-c", SEARCH_AND_MEMORY, str(home)],
            env=_env(home),
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
        search = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"keystroke to results at {args.units} units: median {search['median_ms']:.1f} ms, "
            f"p95 {search['p95_ms']:.1f} ms, max {search['max_ms']:.1f} ms "
            f"over {search['keystrokes']} keystrokes (target <= 50 ms); "
            f"facet counts follow in a median {search['facets_median_ms']:.1f} ms"
        )
        print(
            f"rss with {args.units} units after searching and scrolling "
            f"{search['loaded_rows']} rows: {search['rss_mb']:.0f} MB (target <= 200 MB)"
        )
    print(f"startup_ms={kiosk_ms:.1f} bare_qt_ms={bare_ms:.1f} ratio={kiosk_ms / bare_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
