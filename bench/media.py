"""Benchmark: a catalog with photos, from import to the first screen of result cards.

    .venv/bin/python bench/media.py [--units 27000] [--photos 60000] [--queries 30]

1. Import: a catalog file of ``--units`` units whose rows name ``--photos`` generated photos
   (JPEG, 1200×800, several per unit), through `catalog import` (each file checked, stored
   by hash, thumbnail and screen versions made), timed, with the process's peak RSS.
2. Paint: in a fresh kiosk process (offscreen) with that catalog and its media, a search,
   then the first 20 result cards painted with their photos (decoded off the UI thread), p95
   over ``--queries`` searches after one warm-up search (the kiosk's attract loop has shown
   photos before anyone searches), against painting the same cards without photos (baseline,
   same run), and the kiosk's resident memory at the end (target ≤ 300 MB).

Last line: ``results_paint_p95_ms=<x> import_27k_s=<y> rss_mb=<z>`` (paint target ≤ 100 ms).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.core.catalog import Catalog  # noqa: E402
from kiosk.core.catalog_import import import_file  # noqa: E402
from kiosk.core.catalog_records import RECORD_FIELDS  # noqa: E402
from kiosk.core.db import KioskDB  # noqa: E402
from kiosk.core.demo_catalog import generate  # noqa: E402
from kiosk.core.media.catalog_media import MEDIA_COLUMNS  # noqa: E402

PAINT = """
import json, statistics, sys, time
import psutil
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from kiosk.core import resources, staff
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.config import Paths, load_event_profile
from kiosk.core.db import KioskDB
from kiosk.ui import i18n, theme
from kiosk.ui.app import MainWindow
from kiosk.ui.models import PHOTO_ROLE
from kiosk.ui.services import Services
from sync.contract.clock import FakeClock

app = QApplication(sys.argv[:1])
theme.apply(app)
i18n.load_fonts()
home = Paths.resolve(sys.argv[1])
db = KioskDB(home.database)
event = load_event_profile(resources.data() / "events" / "paris-2026.toml")
services = Services(home, db, Catalog(db), event, FakeClock(), pin_cost=staff.PinCost.lowest())
window = MainWindow(services, pin_verifier=lambda pin: False)
window.resize(1280, 800)
window.show()
window.show_screen("results")
results = window.screen_widget("results")
delegate = results.list_view.itemDelegate()
pictures = delegate.pictures
words = json.loads(sys.argv[2])

prefetch = pictures.prefetch

def paint(with_photos):
    delegate.pictures = pictures if with_photos else None
    pictures.prefetch = prefetch if with_photos else (lambda shas: None)
    samples = []
    for n, word in enumerate([words[-1], *words]):  # the first search warms up, untimed
        pictures.clear()
        started = time.perf_counter()
        results.model.run(SearchQuery(text=word))
        rows = min(results.model.rowCount(), 20)
        photos = [results.model.index(i, 0).data(PHOTO_ROLE) for i in range(rows)]
        results.list_view.viewport().repaint()
        wanted = {p.sha256 for p in photos if p is not None} if with_photos else set()
        if not all(pictures.pixmap(sha) is not None for sha in wanted):
            loop = QEventLoop()  # waits as the kiosk does, without spinning
            def arrived(_sha):
                if all(pictures.pixmap(sha) is not None for sha in wanted):
                    loop.quit()
            pictures.ready.connect(arrived)
            loop.exec()
            pictures.ready.disconnect(arrived)
        results.list_view.viewport().repaint()
        if n:
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.quantiles(samples, n=20)[-1]

base = paint(False)
ours = paint(True)
rss = psutil.Process().memory_info().rss / 1_048_576
print(json.dumps({"paint_p95_ms": ours, "bare_paint_p95_ms": base, "rss_mb": rss}))
"""


def photo(rng: random.Random) -> bytes:
    image = Image.new("RGB", (1200, 800), tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(1100), rng.randrange(700)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle((x, y, x + rng.randrange(40, 300), y + rng.randrange(40, 200)), fill=colour)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def write_catalog(folder: Path, units: int, photos: int) -> Path:
    rng = random.Random(7)
    media = folder / "catalog-media"
    media.mkdir(parents=True)
    seeds = [rng.randrange(2**32) for _ in range(photos)]

    def write(n: int) -> None:
        (media / f"p{n:05d}.jpg").write_bytes(photo(random.Random(seeds[n])))

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:  # Pillow frees the GIL
        list(pool.map(write, range(photos)))
    data = generate(units, 1)
    full = [data.full_record(u) for u in data.units]
    per_unit = max(1, photos // max(units, 1))
    path = folder / "catalog.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[*RECORD_FIELDS, *MEDIA_COLUMNS])
        writer.writeheader()
        for n, record in enumerate(full):
            row = {k: ("" if v is None else v) for k, v in record.items() if k in RECORD_FIELDS}
            row["city_aliases"] = "|".join(record.get("city_aliases") or [])
            first = (n * per_unit) % photos
            row["photos"] = "|".join(f"p{(first + k) % photos:05d}.jpg" for k in range(per_unit))
            writer.writerow(row)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=27_000)
    parser.add_argument("--photos", type=int, default=60_000)
    parser.add_argument("--queries", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-media-") as tmp:
        folder = Path(tmp)
        source = write_catalog(folder / "source", args.units, args.photos)
        home = folder / "kiosk"
        home.mkdir()
        db = KioskDB(home / "kiosk.db")
        started = time.perf_counter()
        import_file(Catalog(db), source)
        import_s = time.perf_counter() - started
        db.close()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"import: {args.units} units, {args.photos} photos in {import_s:.1f} s "
            f"({import_s / max(args.photos, 1) * 1000:.1f} ms a photo), peak RSS {peak_mb:.0f} MB"
        )
        words = ["casablanca", "rabat", "marrakech", "appartement", "villa", "tanger"]
        queries = [words[n % len(words)] for n in range(args.queries)]
        done = subprocess.run(
            [sys.executable, "-c", PAINT, str(home), json.dumps(queries)],
            capture_output=True,
            text=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": ""},
            check=True,
        )
        paint = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"first 20 cards with photos: p95 {paint['paint_p95_ms']:.1f} ms "
        f"(without photos {paint['bare_paint_p95_ms']:.1f} ms, "
        f"ratio {paint['paint_p95_ms'] / max(paint['bare_paint_p95_ms'], 0.01):.2f}); "
        f"kiosk RSS {paint['rss_mb']:.0f} MB (target paint ≤ 100 ms, RSS ≤ 300 MB)"
    )
    print(
        f"results_paint_p95_ms={paint['paint_p95_ms']:.1f} import_27k_s={import_s:.1f} "
        f"rss_mb={paint['rss_mb']:.0f}"
    )


if __name__ == "__main__":
    main()
