"""The attract loop shows the programmes' photos under the event's slogans."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.ui.app import MainWindow
from kiosk.ui.screens.attract import AttractScreen


def test_the_loop_goes_through_programme_photos_with_the_event_slogans(
    kiosk_window: MainWindow, qtbot: QtBot
) -> None:
    kiosk_window.show_screen("attract")
    attract = kiosk_window.screen_widget("attract")
    assert isinstance(attract, AttractScreen)
    catalog = kiosk_window.services.catalog
    assert attract.slides == catalog.attract_slides(12)
    assert len(attract.slides) > 1
    pages = [catalog.programme(s.id) for s in attract.slides]
    assert all(page is not None and page.available for page in pages)

    first = attract.slides[0]
    slogan = attract.slogan.text()
    assert slogan in kiosk_window.services.event.attract.slogans["fr"]
    assert attract.caption.text() == f"{first.name_fr} · {first.city_fr}"
    qtbot.waitUntil(lambda: attract._slide_pixmap() is not None, timeout=5000)
    attract.repaint()
    assert not attract._frames.isActive()  # a still photo is not repainted every frame
    picture = attract.grab().toImage()
    assert picture.pixelColor(640, 400) != picture.pixelColor(5, 5) or first.illustration

    # the next slogan comes with the next programme; an Arabic slogan names it in Arabic
    while attract.slogans[attract.slogan_index % len(attract.slogans)][0] != "ar":
        attract.next_slogan()
    shown = attract.current_slide()
    assert shown is not None
    assert attract.caption.text() == f"{shown.name_ar} · {shown.city_ar}"
    assert attract.caption.isVisible()
