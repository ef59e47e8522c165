"""Language choice: one big button per event language, in the event's order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import i18n, stand_counters
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from sync.contract.vocabulary import native_name

TITLE_FONT_PX = 44
BUTTON_FONT_PX = 40
MAX_COLUMNS = 3
# Shown before any language is chosen, so in every language at once.
CHOOSE = {
    "fr": "Choisissez votre langue",
    "ar": "اختر لغتك",
    "en": "Choose your language",
    "it": "Scegli la tua lingua",
    "es": "Elige tu idioma",
    "nl": "Kies uw taal",
}


class LanguageScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen")
        self.languages = list(services.event.event.languages)
        layout = QVBoxLayout(self)
        crowded = len(self.languages) > MAX_COLUMNS
        layout.setContentsMargins(64, 64, 64, 64)
        layout.setSpacing(32 if crowded else 48)
        layout.addStretch(1)
        for lang in self.languages:
            title = QLabel(CHOOSE[lang], self)
            title.setProperty("role", "title")
            title.setFont(i18n.app_font(lang, TITLE_FONT_PX))
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(title)
        # One row; with more than three languages the buttons drop their wide minimum so that
        # four fit side by side at 1280 px, in large text too.
        columns = len(self.languages)
        grid = QGridLayout()
        grid.setSpacing(32)
        self.buttons: dict[str, QPushButton] = {}
        for n, lang in enumerate(self.languages):
            button = QPushButton(native_name(lang), self)
            button.setProperty("role", "language")
            button.setProperty("compact", crowded)
            button.setFont(i18n.app_font(lang, BUTTON_FONT_PX))
            button.setAccessibleName(native_name(lang))
            button.clicked.connect(lambda _=False, code=lang: self.choose(code))
            self.buttons[lang] = button
            grid.addWidget(button, n // columns, n % columns)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(grid)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def enter(self, **kwargs: Any) -> None:
        # Mirror nothing here: each button is in its own script.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def choose(self, language: str) -> None:
        self.session.set_language(language)
        stand_counters.visit_started(self.services, language)
        self.go("home")
