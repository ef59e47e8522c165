"""The desk page and the now-serving display, served by a real hub process, in Debian's
Chromium: sign in with the desk PIN, call next, the display changes within 1 s, Arabic reads
right to left, and the display recovers by itself after the hub was cut."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.config import active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.tickets import issue_anonymous_tickets
from kiosk.hub.store import HubStore
from kiosk.uplink import hub_link
from tests.support.stand_hub import HubProcess, paired_kiosk, save_visitor

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS_ENV = "OMRANE_SCREENSHOTS_DIR"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]
DISPLAY_BUDGET_MS = 1000


@pytest.fixture
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        found = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run"],
        )  # fmt: skip
        yield found
        found.close()


def _secrets(hub: HubProcess) -> tuple[str, str]:
    store = HubStore(hub.home / "hub" / "hub.db")
    try:
        return store.state("desk.pin") or "", store.state("display.key") or ""
    finally:
        store.close()


def _issue(kiosk_home: Path, count: int) -> list[str]:
    db = KioskDB(kiosk_home / "kiosk.db")
    from kiosk.core.config import Paths

    event = active_event_profile(Paths(kiosk_home))
    link = hub_link.HubLink.from_settings(db)
    assert link is not None
    numbers = hub_link.HubNumbers(link)
    labels = [
        issue_anonymous_tickets(db, ["bank"], event=event, numbers=numbers)["bank"].label
        for _ in range(count)
    ]
    link.close()
    db.close()
    return labels


def _shot(page: object, name: str) -> None:
    folder = os.environ.get(SCREENSHOTS_ENV)
    if folder:
        page.screenshot(path=str(Path(folder) / name))  # type: ignore[attr-defined]


def _sign_in(context: object, hub: HubProcess, pin: str, lang: str = "fr") -> object:
    desk = context.new_page()  # type: ignore[attr-defined]
    desk.goto(f"{hub.url}/desk?lang={lang}")
    desk.select_option("#desk", "bank")
    desk.fill("#pin", pin)
    desk.click("#signin-button")
    desk.wait_for_selector("#next")
    return desk


def test_call_next_shows_on_the_display_within_a_second(tmp_path: Path, browser: object) -> None:
    hub = HubProcess(tmp_path / "hub")
    hub.start()
    try:
        kiosk = paired_kiosk(tmp_path / "kiosk", hub, "k1")
        assert _issue(kiosk.home, 3) == ["B-001", "B-002", "B-003"]
        pin, key = _secrets(hub)
        context = browser.new_context(
            ignore_https_errors=True, viewport={"width": 1280, "height": 720}
        )  # type: ignore[attr-defined]
        display = context.new_page()
        display.goto(f"{hub.url}/display?key={key}")
        display.wait_for_function("document.body.dataset.version !== undefined")
        wrong = context.new_page()
        wrong.goto(f"{hub.url}/desk")
        wrong.fill("#pin", "000000" if pin != "000000" else "111111")
        wrong.click("#signin-button")
        assert wrong.locator("[role=alert]").is_visible()
        desk = _sign_in(context, hub, pin)
        started = time.monotonic()
        desk.click("#next")
        display.wait_for_function(
            "document.querySelector('#desk-bank .number').textContent === 'B-001'",
            timeout=DISPLAY_BUDGET_MS,
        )
        assert (time.monotonic() - started) * 1000 < DISPLAY_BUDGET_MS
        assert desk.locator("#serving").inner_text() == "B-001"
        _shot(display, "display-fr.png")
        _shot(desk, "desk-fr.png")

        hub.kill()  # a cut: the display says so, then comes back by itself
        display.wait_for_function("document.body.classList.contains('cut')", timeout=10_000)
        hub.start()
        desk = _sign_in(context, hub, pin)  # desk sessions do not outlive the hub process
        desk.click("#next")
        display.wait_for_function(
            "document.querySelector('#desk-bank .number').textContent === 'B-002'",
            timeout=15_000,
        )
        assert not display.evaluate("document.body.classList.contains('cut')")
        context.close()
    finally:
        hub.kill()


def test_desk_and_display_read_right_to_left_in_arabic(tmp_path: Path, browser: object) -> None:
    hub = HubProcess(tmp_path / "hub")
    hub.start()
    try:
        pin, key = _secrets(hub)
        context = browser.new_context(
            ignore_https_errors=True, viewport={"width": 1280, "height": 720}
        )  # type: ignore[attr-defined]
        desk = _sign_in(context, hub, pin, "ar")
        assert desk.evaluate("document.documentElement.dir") == "rtl"
        assert desk.locator("#next").inner_text() == "نداء التالي"
        display = context.new_page()
        display.goto(f"{hub.url}/display?key={key}&lang=ar")
        display.wait_for_function("document.body.dataset.version !== undefined")
        assert display.evaluate("document.documentElement.dir") == "rtl"
        assert display.locator("#heading").inner_text() == "ننادي الآن"
        assert display.locator("#desk-bank h2").inner_text() == "البنك"
        _shot(desk, "desk-ar.png")
        _shot(display, "display-ar.png")
        bank = display.locator("#desk-bank").bounding_box()
        first = display.locator("#desks > .desk").first.bounding_box()
        assert first["x"] > bank["x"] or first == bank  # the first desk sits on the right
        context.close()
    finally:
        hub.kill()


def test_a_desk_types_or_scans_a_ticket_and_sees_the_visitor(
    tmp_path: Path, browser: object
) -> None:
    """Item 7 in Chromium: the ticket typed, then the QR text as a wedge scanner types it (with
    Enter); units, simulation and aid shown; the name only with the "share" box at the bank."""
    hub = HubProcess(tmp_path / "hub")
    hub.start()
    try:
        kiosk = paired_kiosk(tmp_path / "kiosk", hub, "k1")
        private, _ = save_visitor(kiosk, 11, desk="bank", consent_share=False)
        shared, _ = save_visitor(kiosk, 12, desk="bank", consent_share=True)
        pin, _key = _secrets(hub)
        context = browser.new_context(
            ignore_https_errors=True, viewport={"width": 800, "height": 1100}
        )  # type: ignore[attr-defined]
        desk = _sign_in(context, hub, pin)
        desk.fill("#scan", private.ticket_labels["bank"].lower())
        desk.press("#scan", "Enter")
        desk.wait_for_selector("#units li")
        assert desk.locator("#units li").count() == 2
        assert "2" in desk.locator("#simulation").inner_text()
        assert "50" in desk.locator("#aid").inner_text()
        assert "non partagés" in desk.locator("#contact").inner_text()
        assert "TESTNOM" not in desk.content()
        desk.locator("#scan").type(shared.qr_payload("bank") + "\n")  # a wedge scanner
        desk.wait_for_function(
            "document.querySelector('#contact').textContent.includes('TESTNOM-00012')"
        )
        _shot(desk, "desk-card-fr.png")
        arabic = context.new_page()  # the same desk browser, switched to Arabic
        arabic.goto(f"{hub.url}/desk?lang=ar")
        arabic.fill("#scan", private.ticket_labels["bank"])
        arabic.press("#scan", "Enter")
        arabic.wait_for_selector("#units li")
        assert "لم يشارك الزائر" in arabic.locator("#contact").inner_text()
        assert (
            arabic.evaluate("getComputedStyle(document.querySelector('#visitor')).direction")
            == "rtl"
        )
        _shot(arabic, "desk-card-ar.png")
        context.close()
    finally:
        hub.kill()
