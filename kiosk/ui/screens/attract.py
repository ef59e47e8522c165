"""Attract loop: a generated city scene, rotating event slogans, one button per event language.

A language button starts the visit in that language (one tap to the home tiles); a touch
anywhere else opens the language screen, as before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QMouseEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import i18n
from kiosk.ui.attract_content import AttractContent
from kiosk.ui.lockdown import CORNER_PX
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.scenery import paint_city_scene

FRAME_MS = 50  # 20 frames a second is enough for a slow drift
SCENE_CYCLE_MS = 60_000  # the sun crosses the sky once a minute
MS_PER_S = 1000
SLOGAN_FONT_PX = 56
CALL_FONT_PX = 30
LANGUAGE_FONT_PX = 34
CALL_GAP_PX = 24
# The call to action is never translated: the visitor has not chosen a language yet.
TOUCH_TO_START = {
    "fr": "Touchez pour commencer",
    "ar": "المس الشاشة للبدء",
    "en": "Touch to start",
    "it": "Tocca per iniziare",
    "es": "Toca para empezar",
    "nl": "Tik om te beginnen",
}
DEFAULT_SLOGANS = {
    "fr": ["Votre logement au Maroc"],
    "ar": ["سكنك في المغرب"],
    "en": ["Your home in Morocco"],
    "it": ["La tua casa in Marocco"],
    "es": ["Tu vivienda en Marruecos"],
    "nl": ["Uw woning in Marokko"],
}


class AttractScreen(Screen):
    first_painted = Signal()  # once: the kiosk is on screen, the rest may load

    def __init__(
        self,
        services: Services | None,
        session: VisitorSession,
        parent: QWidget | None = None,
        *,
        content: AttractContent | None = None,
    ) -> None:
        super().__init__(services, session, parent)  # type: ignore[arg-type]
        self.setAccessibleName("Al Omrane")
        if content is None:
            assert services is not None
            content = AttractContent.from_event(services.event)
        languages = list(content.languages)
        self.languages = languages
        self.slogans: list[tuple[str, str]] = [
            (lang, text)
            for lang in languages
            for text in (content.slogans.get(lang) or DEFAULT_SLOGANS.get(lang, []))
        ]
        self.slogan_index = 0
        self._painted = False
        self.slogan = QLabel(self)
        self.slogan.setObjectName("attractSlogan")
        self.slogan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slogan.setWordWrap(True)
        self.call = QLabel(" · ".join(TOUCH_TO_START[lang] for lang in languages), self)
        self.call.setObjectName("attractCall")
        self.call.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.call.setWordWrap(True)
        self.call.setFont(i18n.app_font("fr", CALL_FONT_PX))
        self.call.setAccessibleName(self.call.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.addStretch(2)
        layout.addWidget(self.slogan)
        layout.addStretch(3)
        layout.addWidget(self.call)
        layout.addSpacing(CALL_GAP_PX)
        layout.addLayout(self._language_row())
        layout.addStretch(1)

        self._clock = QElapsedTimer()
        self._clock.start()
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.timeout.connect(self.update)
        self._rotate = QTimer(self)
        self._rotate.setInterval(content.interval_s * MS_PER_S)
        self._rotate.timeout.connect(self.next_slogan)
        self._show_slogan()

    def _language_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang in self.languages:
            button = QPushButton(i18n.NATIVE_NAMES[lang], self)
            button.setProperty("role", "language")
            button.setObjectName("attractLanguage")
            button.setFont(i18n.app_font(lang, LANGUAGE_FONT_PX))
            button.setAccessibleName(i18n.NATIVE_NAMES[lang])
            button.clicked.connect(lambda _=False, code=lang: self.start_in(code))
            self.language_buttons[lang] = button
            row.addWidget(button)
        row.addStretch(1)
        return row

    def start_in(self, language: str) -> None:
        """The visit starts in `language`, straight to the home tiles (the window counts it:
        this screen is built before the services exist)."""
        self.go("start", language=language)

    def _show_slogan(self) -> None:
        if not self.slogans:
            self.slogan.clear()
            return
        lang, text = self.slogans[self.slogan_index % len(self.slogans)]
        self.slogan.setFont(i18n.app_font(lang, SLOGAN_FONT_PX))
        self.slogan.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if i18n.is_rtl(lang) else Qt.LayoutDirection.LeftToRight
        )
        self.slogan.setText(text)
        self.slogan.setAccessibleName(text)

    def next_slogan(self) -> None:
        self.slogan_index += 1
        self._show_slogan()

    def enter(self, **kwargs: Any) -> None:
        self.slogan_index = 0
        self._show_slogan()

    def showEvent(self, event: QShowEvent) -> None:
        self._frames.start()
        self._rotate.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._frames.stop()
        self._rotate.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        phase = (self._clock.elapsed() % SCENE_CYCLE_MS) / SCENE_CYCLE_MS
        paint_city_scene(painter, QRectF(self.rect()), phase)
        painter.end()
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        point = event.position()
        in_corner = point.y() < CORNER_PX and not CORNER_PX <= point.x() < self.width() - CORNER_PX
        if in_corner:
            return  # the staff gesture lives there: the loop stays for them
        if len(self.languages) == 1:  # nothing to choose: straight to the home tiles
            self.start_in(self.languages[0])
        else:
            self.go("language")
