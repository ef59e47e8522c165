"""Benchmark: a one-unit A4 brochure in Arabic and in French (warm) with its photo and plan,
against a one-page reportlab document with a paragraph and a QR image made in the same run.

Target: brochure p95 ≤ 150 ms. Last line: ``brochure_p95_ms=<x> baseline_p95_ms=<y> ratio=<x/y>``.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import qrcode
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.core.brochure import BrochureRequest, render_brochure, unit_pictures
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.config import load_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from kiosk.core.media.demo import demo_media
from kiosk.core.resources import data

ROUNDS = 60


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def timed(make: Callable[[], bytes]) -> list[float]:
    make()  # warm: fonts registered, modules imported
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        make()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def baseline() -> bytes:
    buffer = io.BytesIO()
    qr = io.BytesIO()
    qrcode.make("https://www.alomrane.gov.ma/produit/CAS-000001").save(qr, format="PNG")
    qr.seek(0)
    text = "Appartement 3 pièces, 78 m² — Casablanca. Prix 450 000 DH. " * 6
    story = [Paragraph(text, getSampleStyleSheet()["Normal"]), Image(qr, 100, 100)]
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = KioskDB(Path(tmp) / "kiosk.db")
        catalog = Catalog(db)
        demo = generate(500, 1)
        catalog.replace_all(demo, media=demo_media(demo, catalog.media))
        unit = catalog.search(SearchQuery(category="logement", min_rooms=2, limit=1)).units[0]
        pictures = unit_pictures(catalog, [unit])
        event = load_event_profile(data() / "events" / "paris-2026.toml")
        languages = iter(["ar", "fr"] * ROUNDS * 2)

        def brochure() -> bytes:
            request = BrochureRequest([unit], next(languages), event, pictures=pictures)
            return render_brochure(request)

        ours = timed(brochure)
        base = timed(baseline)
        db.close()
    print(
        f"brochure A4 (ar/fr alternating): p50 {statistics.median(ours):.1f} ms, "
        f"p95 {p95(ours):.1f} ms over {ROUNDS} runs with photo and plan (target ≤ 150 ms)"
    )
    print(f"baseline reportlab page + QR: p50 {statistics.median(base):.1f} ms")
    x, y = p95(ours), p95(base)
    print(f"brochure_p95_ms={x:.2f} baseline_p95_ms={y:.2f} ratio={x / y:.2f}")


if __name__ == "__main__":
    main()
