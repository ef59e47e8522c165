"""Render every screen offscreen into PNG files: DIR/<lang>-<screen>.png."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.ui import i18n, registry
from kiosk.ui.app import MainWindow
from kiosk.ui.services import Services

log = logging.getLogger(__name__)

SCREEN_SIZE = (1280, 800)
COMPARED_UNITS = 3
COUNTDOWN_SHOWN_S = 12
SEARCH_EXAMPLE = {"fr": "Casablanca", "ar": "الدار البيضاء", "en": "Marrakech"}


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def render_all(services: Services, out_dir: Path, languages: list[str]) -> list[Path]:
    """Every screen that exists, in every language asked; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow(services)
    window.resize(*SCREEN_SIZE)
    window.show()
    window.ensure_keyboard()

    def shot(lang: str, name: str) -> None:
        _settle()
        path = out_dir / f"{lang}-{name}.png"
        window.grab().save(str(path))
        written.append(path)

    for lang in languages:
        window.wipe()
        shot(lang, "attract")
        window.show_screen("language")
        shot(lang, "language")
        window.session.set_language(lang)
        window.show_screen("home")
        shot(lang, "home")
        window.show_screen("results", text=SEARCH_EXAMPLE.get(lang, ""))
        shot(lang, "results")
        results = window.screen_widget("results")
        model = getattr(results, "model", None)
        units = [model.unit_at(i) for i in range(model.loaded())] if model is not None else []
        first = units[0] if units else None
        refs = [unit.ref for unit in units[:COMPARED_UNITS]]
        if first is not None:
            window.show_screen("detail", ref=first.ref)
            shot(lang, "detail")
        for ref in refs:
            window.session.add_to_selection(ref)
        window.show_screen("compare")
        shot(lang, "compare")
        tools: list[tuple[str, dict[str, object]]] = [
            ("aid", {}),
            ("simulator", {"ref": first.ref} if first else {}),
        ]
        for name, kwargs in tools:
            if registry.is_available(name):
                window.show_screen(name, **kwargs)
                shot(lang, name)
        if window.keyboard is not None:
            window.show_screen("results")
            field = window.findChild(QLineEdit, "searchField")
            attacher = getattr(window, "_keyboard_attacher", None)
            if field is not None and attacher is not None:
                attacher.show_for(field)
                shot(lang, "keyboard")
                window.keyboard.hide()
        window.idle_overlay.show_countdown(COUNTDOWN_SHOWN_S)
        shot(lang, "idle")
        window.idle_overlay.hide_overlay()
        if registry.module_available("kiosk.ui.widgets.pinpad"):
            from kiosk.ui.staff_access import StaffAccess

            layer = StaffAccess.open(window)
            shot(lang, "staff-pin")
            layer.close_access()
    window.wipe()
    window.kiosk_mode = False
    window.close()
    window.deleteLater()
    _settle()
    i18n.apply_language(services.event.default_language)
    return written
