"""The HQ console in Debian's Chromium against a real uvicorn: the sales agent's day."""

from __future__ import annotations

import io
import json
import os
import random
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from sync.contract.clock import FakeClock
from sync.hq import catalog, catalog_source
from tests.sync.console.harness import PASSWORD, Server, add_person, hq_engine, serve
from tests.sync.console.leadgen import insert_leads, lead_row

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS_ENV = "OMRANE_SCREENSHOTS_DIR"  # set it to keep the pictures (docs/screenshots)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


@pytest.fixture
def page(tmp_path: Path) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        context = browser.new_context(
            viewport={"width": 1400, "height": 900}, accept_downloads=True, locale="fr-FR"
        )
        yield context.new_page()
        context.close()
        browser.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    engine = hq_engine(tmp_path)
    with serve(engine, FakeClock()) as running:
        yield running
    engine.dispose()


def shoot(page: object, tmp_path: Path, name: str, full_page: bool = True) -> Path:
    target = tmp_path / f"hq-{name}.png"
    page.screenshot(path=str(target), full_page=full_page)  # type: ignore[attr-defined]
    keep = os.environ.get(SCREENSHOTS_ENV)
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(target, Path(keep) / target.name)
    return target


def seed(server: Server) -> dict[str, object]:
    records = catalog_source.catalog_records_from(None, demo_units=400, seed=2)
    catalog.publish_catalog(server.app.state.store, records, "demo")
    oujda = [r["ref"] for r in records if r["city_id"] == "oujda"][:2]
    rng = random.Random(42)
    start = datetime(2026, 2, 13, 9, tzinfo=UTC)
    rows = [lead_row(rng, n, start, spacing_s=900 + rng.randint(0, 600)) for n in range(240)]
    star = lead_row(
        rng,
        999,
        start,
        first_name="Salma",
        last_name="Bennani",
        event_id="paris-2026",
        desk="bank",
        interest_region_id="oriental",
        interest_city_id="oujda",
        interests=json.dumps(oujda),
        interest_type="appartement",
        phone_e164="+212612345678",
        consent_share=True,
        note="Cherche un 3 pièces <b>près du tram</b>",
    )
    insert_leads(server.engine, [*rows, star])
    counters = [
        {"day": f"2026-02-{13 + d}", "kind": "session", "value": "", "count": 150 + 40 * d}
        for d in range(4)
    ] + [
        {"day": "2026-02-14", "kind": "search", "value": v, "count": n}
        for v, n in (("tamesna", 31), ("oujda", 22), ("villa", 17), ("agadir", 9))
    ]
    server.app.state.store.record_analytics("kiosk-01", "paris-2026", counters)
    add_person(server.engine, server.clock, "manager@example.test", "manager")
    add_person(server.engine, server.clock, "agent.oujda@example.test", "agent", "oriental")
    return star


def test_sales_day_sign_in_filter_follow_up_export_and_arabic(
    server: Server, page: object, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    p = page  # type: ignore[assignment]
    star = seed(server)
    p.goto(f"{server.url}/console/leads")
    expect(p).to_have_url(f"{server.url}/console/signin?next=%2Fconsole%2Fleads")
    p.fill("input[name=email]", "manager@example.test")
    p.fill("input[name=password]", PASSWORD)
    p.click("button[type=submit]")
    expect(p.locator("h1")).to_have_text("Prospects")
    shoot(p, tmp_path, "leads-fr", full_page=False)

    p.select_option("select[name=event]", "paris-2026")
    p.select_option("select[name=desk]", "bank")
    p.fill("input[name=q]", "Bennani")
    p.click("#filters button[type=submit]")
    expect(p.locator("table.leads tbody tr")).not_to_have_count(0)
    assert "event=paris-2026" in p.url

    p.click(f"a[href='/console/leads/{star['id']}']")
    expect(p.locator("#lead-name")).to_contain_text("Salma Bennani")
    expect(p.locator("dd.prewrap")).to_contain_text("<b>près du tram</b>")

    p.select_option("#assign select[name=assignee]", label="agent.oujda@example.test · oriental")
    p.click("#assign button[type=submit]")
    expect(p.locator(".notice")).to_be_visible()
    p.select_option("#status select[name=status]", "visit")
    p.fill("#status input[name=next_call]", "2026-02-20")
    p.fill("#status textarea[name=note]", "Visite prévue à Oujda avec son frère")
    p.click("#status button[type=submit]")
    expect(p.locator("h1 .status")).to_have_text("Visite")
    expect(p.locator("table.history")).to_contain_text("Visite prévue à Oujda")
    shoot(p, tmp_path, "lead-fr")

    p.goto(f"{server.url}/console/leads?event=paris-2026")
    p.select_option("#export select[name=recipient]", "bank")
    p.select_option("#export select[name=format]", "xlsx")
    with p.expect_download() as download_info:
        p.click("#export button[type=submit]")
    saved = tmp_path / download_info.value.suggested_filename
    download_info.value.save_as(saved)
    sheet = openpyxl.load_workbook(io.BytesIO(saved.read_bytes())).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    records = [dict(zip(header, r, strict=True)) for r in rows[1:]]
    assert records and all(r["event_id"] == "paris-2026" for r in records)
    assert all(r["consent_share"] == "yes" for r in records)
    assert star["id"] in {r["id"] for r in records}

    p.click("a[lang=ar]")
    expect(p.locator("html")).to_have_attribute("dir", "rtl")
    expect(p.locator("html")).to_have_attribute("lang", "ar")
    expect(p.locator("h1")).to_have_text("الزبناء المحتملون")
    assert "event=paris-2026" in p.url
    shoot(p, tmp_path, "leads-ar", full_page=False)
    p.goto(f"{server.url}/console/leads/{star['id']}")
    shoot(p, tmp_path, "lead-ar")
    p.goto(f"{server.url}/console/dashboard")
    expect(p.locator("svg").first).to_be_visible()
    shoot(p, tmp_path, "dashboard-ar")
    p.click("a[lang=fr]")
    shoot(p, tmp_path, "dashboard-fr")
