"""The stand's staff screens follow the kiosk's language: an Italian, Spanish or Dutch stand's
staff read their own language there, not English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.ui import i18n
from kiosk.ui.app import MainWindow
from kiosk.ui.screens.first_start import FirstStartScreen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.staff.console import StaffConsoleScreen
from tests.ui.tools_fixtures import IGNORE_OFFSCREEN_NOTICE

pytestmark = IGNORE_OFFSCREEN_NOTICE

TABS = {
    "it": ["Oggi", "Contatti", "Sincronizzazione", "Code agli sportelli", "Stampa", "Strumenti"],
    "es": ["Hoy", "Contactos", "Sincronización", "Colas de los mostradores", "Impresión",
           "Herramientas"],
    "nl": ["Vandaag", "Contacten", "Synchronisatie", "Wachtrijen per balie", "Afdrukken",
           "Hulpmiddelen"],
}  # fmt: skip
SET_UP = {
    "it": "Messa in servizio dello stand",
    "es": "Puesta en marcha del stand",
    "nl": "Deze stand instellen",
}


@pytest.mark.parametrize("language", sorted(TABS))
def test_the_staff_console_speaks_the_kiosks_language(
    kiosk_window: MainWindow, language: str
) -> None:
    kiosk_window.session.set_language(language)
    assert kiosk_window.show_screen("staff")
    console = kiosk_window.screen_widget("staff")
    assert isinstance(console, StaffConsoleScreen)
    tabs = console.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][: len(TABS[language])] == TABS[language]
    tools = console.tools
    shown = {label.text() for label in tools.findChildren(QLabel) if label.text()}
    assert not shown & {"Erase a visitor on request", "Self-check", "Event profile"}


@pytest.mark.parametrize("language", sorted(SET_UP))
def test_the_set_up_screen_speaks_the_kiosks_language(
    qtbot: QtBot, shell_services: Services, language: str
) -> None:
    i18n.apply_language(language)
    screen = FirstStartScreen(shell_services, VisitorSession(language))
    qtbot.addWidget(screen)
    assert screen.title.text() == SET_UP[language]
