"""Render every screen and state offscreen into PNG files, in every language and display mode.

`walk_states` puts one kiosk window through every screen and state (keyboard open, errors
shown, ticket, brochure, idle countdown, staff PIN) and yields after each; `render_all` saves
a PNG at each stop and the regression tests check the widget tree at the same stops.
Files: DIR/<lang>-<screen>.png in the normal mode, DIR/<lang>-<mode>-<screen>.png otherwise.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.core.tickets import Ticket
from kiosk.ui import i18n, registry
from kiosk.ui.app import MainWindow
from kiosk.ui.services import Services
from kiosk.ui.thumbnails import Pictures

log = logging.getLogger(__name__)

SCREEN_SIZE = (1280, 800)
COMPARED_UNITS = 3
COUNTDOWN_SHOWN_S = 12
SEARCH_EXAMPLE = {
    "fr": "Casablanca",
    "ar": "الدار البيضاء",
    "en": "Marrakech",
    "it": "Tanger",
    "es": "Agadir",
    "nl": "Fès",
}
# A misspelt city with understood filters (chips), and a search nothing matches.
UNDERSTOOD_EXAMPLE = {
    "fr": "appartement rabbat 3 pièces moins de 900 000 dh",
    "ar": "شقة بالرباط 3 غرف أقل من 900 ألف درهم",
    "en": "flat in rabbat under 900k",
    "it": "appartamento rabbat 900k",
    "es": "piso rabbat 900k",
    "nl": "appartement rabbat 900k",
}
NOTHING_EXAMPLE = {
    "fr": "villa tamesna moins de 300 000",
    "ar": "فيلا تامسنا أقل من 300 ألف درهم",
    "en": "villa in tamesna under 300k",
    "it": "villa tamesna 300k",
    "es": "chalet tamesna 300k",
    "nl": "villa tamesna 300k",
}
MAP_REGION = "rabat-sale-kenitra"
# mode -> (large text, high contrast)
MODES: dict[str, tuple[bool, bool]] = {
    "normal": (False, False),
    "large": (True, False),
    "contrast": (False, True),
    "large-contrast": (True, True),
}
# A ticket shown on the thank-you screen (made up: screenshots never write to the database).
SAMPLE_TICKET_NUMBER = 42


@dataclass(frozen=True)
class Stop:
    """One state of the window: language, display mode and screen (with its state)."""

    lang: str
    mode: str
    name: str

    def file_name(self) -> str:
        middle = "" if self.mode == "normal" else f"{self.mode}-"
        return f"{self.lang}-{middle}{self.name}.png"


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def show_pictures(window: MainWindow) -> None:
    """Let the photos being decoded for the screen arrive, as a visitor's eye would."""
    window.grab()  # paints the screen, which asks for its pictures
    for loader in window.findChildren(Pictures):
        loader.wait()
    settle()


def set_mode(window: MainWindow, mode: str) -> None:
    """Switch display mode the way a visitor does, through the top bar's toggles."""
    large, contrast = MODES[mode]
    window.top_bar.large_text_button.setChecked(large)
    window.top_bar.contrast_button.setChecked(contrast)
    window.top_bar.accessibility_changed.emit(contrast, large)


def sample_ticket(desk: str, lang: str) -> Ticket:
    letter = desk[:1].upper()
    return Ticket(
        id=0,
        desk=desk,
        number=SAMPLE_TICKET_NUMBER,
        label=f"{letter}{SAMPLE_TICKET_NUMBER:03d}",
        day="2026-01-01",
        state="waiting",
        lead_id=None,
        language=lang,
        issued_at="2026-01-01T10:00:00+00:00",
    )


def _open_keyboard(window: MainWindow, field: QLineEdit | None) -> bool:
    attacher = getattr(window, "_keyboard_attacher", None)
    if window.keyboard is None or field is None or attacher is None:
        return False
    field.setFocus()
    attacher.show_for(field)
    return True


def _first_units(window: MainWindow) -> list[str]:
    results = window.screen_widget("results")
    model = getattr(results, "model", None)
    if model is None:
        return []
    return [model.unit_at(i).ref for i in range(min(model.loaded(), COMPARED_UNITS))]


def _visitor_stops(window: MainWindow, lang: str) -> Iterator[str]:
    """The visitor's screens, in the order of a visit; yields each state's name."""
    window.show_screen("home")
    yield "home"
    if registry.is_available("map"):
        window.show_screen("map")
        yield "map"
        window.show_screen("map", region=MAP_REGION)
        yield "map-region"
    window.show_screen("results", text=SEARCH_EXAMPLE.get(lang, ""))
    yield "results"
    if _open_keyboard(window, window.findChild(QLineEdit, "searchField")):
        yield "results-keyboard"
        window.keyboard.hide()  # type: ignore[union-attr]
    refs = _first_units(window)
    window.show_screen("results", text=UNDERSTOOD_EXAMPLE.get(lang, ""))
    yield "results-understood"
    window.show_screen("results", text=NOTHING_EXAMPLE.get(lang, ""))
    yield "results-nothing"
    if refs:
        window.show_screen("detail", ref=refs[0])
        yield "detail"
        if registry.is_available("programme"):
            unit = window.services.catalog.get(refs[0])
            window.show_screen("programme", id=unit.programme_id)
            yield "programme"
    for ref in refs:
        window.session.add_to_selection(ref)
    window.show_screen("compare")
    yield "compare"
    yield from _tool_stops(window, refs[0] if refs else None)
    yield from _form_stops(window, refs)


def _tool_stops(window: MainWindow, ref: str | None) -> Iterator[str]:
    if registry.is_available("aid"):
        window.show_screen("aid")
        yield "aid"
    if registry.is_available("simulator"):
        window.show_screen("simulator", **({"ref": ref} if ref else {}))
        yield "simulator"
    if ref and registry.is_available("brochure_preview"):
        window.show_screen("brochure_preview", refs=[ref])
        yield "brochure"


def _form_stops(window: MainWindow, refs: list[str]) -> Iterator[str]:
    if not registry.is_available("lead_form"):
        return
    window.show_screen("lead_form", refs=refs[:1])
    yield "form"
    form: QWidget | None = window.screen_widget("lead_form")
    callback = getattr(form, "consent_callback", None)
    send = getattr(form, "send_button", None)
    if callback is not None and send is not None:
        callback.setChecked(True)
        send.click()  # nothing typed: every required field says what is missing
        yield "form-errors"
        first = getattr(form, "fields", {}).get("first_name")
        if _open_keyboard(window, first):
            yield "form-keyboard"
            window.keyboard.hide()  # type: ignore[union-attr]
    if registry.is_available("thanks"):
        lang = window.session.language
        desks = list(window.services.event.kiosk.desks)[:2]
        window.show_screen("thanks", tickets={d: sample_ticket(d, lang) for d in desks})
        yield "thanks"
    if registry.is_available("send_selection"):
        window.show_screen("send_selection", refs=refs[:2])
        chips = getattr(window.screen_widget("send_selection"), "chips", {})
        if "whatsapp" in chips:
            chips["whatsapp"].click()  # the phone row and the consent naming WhatsApp
        yield "send"


def walk_states(
    window: MainWindow, languages: list[str], modes: list[str] | None = None
) -> Iterator[Stop]:
    """Every screen and state in every language and mode; the caller looks at each stop."""
    for lang in languages:
        for mode in modes or list(MODES):
            window.wipe()
            window.session.set_language(lang)
            settle()
            if mode == "normal":
                window.show_screen("attract")
                yield Stop(lang, mode, "attract")
                window.show_screen("language")
                yield Stop(lang, mode, "language")
            window.show_screen("home")
            set_mode(window, mode)
            for name in _visitor_stops(window, lang):
                settle()
                yield Stop(lang, mode, name)
            window.idle_overlay.show_countdown(COUNTDOWN_SHOWN_S)
            yield Stop(lang, mode, "idle")
            window.idle_overlay.hide_overlay()
            if mode == "normal" and registry.module_available("kiosk.ui.widgets.pinpad"):
                from kiosk.ui.staff_access import StaffAccess

                layer = StaffAccess.open(window)
                yield Stop(lang, mode, "staff-pin")
                layer.close_access()
    window.wipe()


def open_window(services: Services) -> MainWindow:
    window = MainWindow(services)
    window.resize(*SCREEN_SIZE)
    window.show()
    window.ensure_keyboard()
    return window


def close_window(window: MainWindow, services: Services) -> None:
    window.kiosk_mode = False
    window.close()
    window.deleteLater()
    settle()
    i18n.apply_language(services.event.default_language)


def render_all(
    services: Services, out_dir: Path, languages: list[str], modes: list[str] | None = None
) -> list[Path]:
    """Every screen that exists, in every language and mode asked; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = open_window(services)
    try:
        for stop in walk_states(window, languages, modes):
            settle()
            show_pictures(window)
            path = out_dir / stop.file_name()
            window.grab().save(str(path))
            written.append(path)
    finally:
        close_window(window, services)
    return written
