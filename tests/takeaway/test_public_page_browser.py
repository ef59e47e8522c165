"""The take-away page as the visitor sees it: Debian's Chromium, a 390-pixel-wide phone, in
French and in Arabic (right to left), nothing wider than the screen; a changed link refused."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core import takeaway as stand_takeaway
from sync.contract.vocabulary import type_label
from tests.takeaway.conftest import TakeawayHQ

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS_ENV = "OMRANE_SCREENSHOTS_DIR"  # set it to keep the pictures
PHONE = {"width": 390, "height": 844}
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


@pytest.fixture
def phone() -> Iterator[object]:
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
            viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
        )
        yield context.new_page()
        context.close()
        browser.close()


def _shoot(page: object, tmp_path: Path, name: str) -> None:
    target = tmp_path / f"takeaway-{name}.png"
    page.screenshot(path=str(target), full_page=True)  # type: ignore[attr-defined]
    keep = os.environ.get(SCREENSHOTS_ENV)
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(target, Path(keep) / target.name)


def _link(hq: TakeawayHQ, lang: str) -> str:
    refs = hq.refs(3)
    price = int(hq.stand.scalar("SELECT price_mad FROM units WHERE ref = ?", (refs[0],)))
    simulation = {"price_mad": price, "own_contribution_mad": price // 5, "rate_pct": 4.75}
    simulation["years"] = 25
    return stand_takeaway.build_link(
        hq.stand, hq.event(), refs, lang, simulation=simulation, aid_mad=70_000
    )


def _fits_the_phone(page: object) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
    assert width <= PHONE["width"], f"the page is {width} px wide on a 390 px phone"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_visitor_reads_the_selection_on_a_390_px_phone(
    phone: object, takeaway_hq: TakeawayHQ, tmp_path: Path, lang: str
) -> None:
    page = phone
    answer = page.goto(_link(takeaway_hq, lang))  # type: ignore[attr-defined]
    assert answer.status == 200
    direction = page.evaluate("getComputedStyle(document.body).direction")  # type: ignore[attr-defined]
    assert direction == ("rtl" if lang == "ar" else "ltr")
    cards = page.locator("section.unit")  # type: ignore[attr-defined]
    assert cards.count() == 3
    assert page.locator("#loan dd").count() == 7  # type: ignore[attr-defined]
    assert page.locator("#contact a[href^='tel:']").count() == 1  # type: ignore[attr-defined]
    _fits_the_phone(page)
    if lang == "ar":  # the first card starts at the right edge of the screen
        box = cards.first.bounding_box()
        assert box["x"] + box["width"] > PHONE["width"] - 20
        unit_type = takeaway_hq.stand.scalar(
            "SELECT type FROM units WHERE ref = ?", (takeaway_hq.refs(1)[0],)
        )
        assert type_label(str(unit_type)).ar in cards.first.inner_text()
    _shoot(page, tmp_path, lang)
    href = page.locator("#brochure").evaluate("a => a.href")  # type: ignore[attr-defined]
    brochure = page.request.get(href)  # type: ignore[attr-defined]
    assert brochure.status == 200 and brochure.body()[:5] == b"%PDF-"


def test_a_changed_link_is_refused_in_the_browser(
    phone: object, takeaway_hq: TakeawayHQ, tmp_path: Path
) -> None:
    url = _link(takeaway_hq, "fr")
    changed = url[:-3] + ("A" if url[-3] != "A" else "B") + url[-2:]
    answer = phone.goto(changed)  # type: ignore[attr-defined]
    assert answer.status == 404
    assert phone.locator("#refused").is_visible()  # type: ignore[attr-defined]
    _fits_the_phone(phone)
    _shoot(phone, tmp_path, "refused")
