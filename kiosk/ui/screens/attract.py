"""Attract loop: the event's slogans over programme photos (a generated city scene until the
catalog is loaded, or when it has no photos), one button per event language.

A language button starts the visit in that language (one tap to the home tiles); a touch
anywhere else opens the language screen, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import i18n, theme
from kiosk.ui.attract_content import AttractContent
from kiosk.ui.lockdown import CORNER_PX
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.city_scene import paint_city_scene

if TYPE_CHECKING:  # the catalog and the picture cache load after the first frame
    from kiosk.core.catalog_programmes import ProgrammeSlide
    from kiosk.ui.services import Services
    from kiosk.ui.session import VisitorSession
    from kiosk.ui.thumbnails import Pictures

FRAME_MS = 50  # 20 frames a second is enough for a slow drift
SCENE_CYCLE_MS = 60_000  # the sun crosses the sky once a minute
MS_PER_S = 1000
SLOGAN_FONT_PX = 56
CALL_FONT_PX = 30
LANGUAGE_FONT_PX = 34
CALL_GAP_PX = 24
CAPTION_FONT_PX = 26
SLIDES = 12  # programmes the loop goes through
VEIL_ALPHA = 140  # a dark veil over the photo: the white slogan stays readable on any picture
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
        self.content = content
        languages = list(content.languages)
        self.languages = languages
        self.slogans: list[tuple[str, str]] = [
            (lang, text)
            for lang in languages
            for text in (content.slogans.get(lang) or DEFAULT_SLOGANS.get(lang, []))
        ]
        self.slogan_index = 0
        self._painted = False
        self._rtl: dict[str, bool] = {}  # labels laid out explicitly: right to left or not
        self.slides: list[ProgrammeSlide] = []
        self.pictures: Pictures | None = None
        self._cover: tuple[str, QSize, QPixmap] | None = None
        self.caption = QLabel(self)
        self.caption.setObjectName("attractCaption")
        self.caption.setWordWrap(True)
        self.caption.hide()
        self.slogan = QLabel(self)
        self.slogan.setObjectName("attractSlogan")
        self.slogan.setWordWrap(True)
        self.call = QLabel(" · ".join(TOUCH_TO_START[lang] for lang in languages), self)
        self.call.setObjectName("attractCall")
        self.call.setWordWrap(True)
        self.call.setFont(i18n.app_font("fr", CALL_FONT_PX, rtl=False))
        self.call.setAccessibleName(self.call.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.addWidget(self.caption)
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
            button = QPushButton(self)  # (text, parent) would load QIcon for its overloads
            button.setText(self.content.name_of(lang))
            button.setProperty("role", "language")
            button.setObjectName("attractLanguage")
            button.setFont(i18n.app_font(lang, LANGUAGE_FONT_PX, rtl=self.content.reads_rtl(lang)))
            button.setAccessibleName(self.content.name_of(lang))
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
        self.slogan.setFont(i18n.app_font(lang, SLOGAN_FONT_PX, rtl=self.content.reads_rtl(lang)))
        self._lay_out_in(self.slogan, lang)
        self.slogan.setText(text)
        self.slogan.setAccessibleName(text)
        self._show_caption(lang)
        if self.isVisible():
            self._frames.start()  # the scene moves again until this slide's photo is there

    def _lay_out_in(self, label: QLabel, lang: str) -> None:
        """Right to left for an Arabic slogan, left to right for the others. A label never
        set follows the app's direction; `Qt`'s enums (~25 ms to build) are only touched
        when the direction changes, so a first frame in the app's direction never needs them."""
        rtl = self.content.reads_rtl(lang)
        following = i18n.current_is_rtl()
        if self._rtl.get(label.objectName(), following) == rtl:
            return
        from PySide6.QtCore import Qt

        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        label.setLayoutDirection(direction)
        self._rtl[label.objectName()] = rtl

    def next_slogan(self) -> None:
        self.slogan_index += 1
        self._show_slogan()

    # --- programme photos ---
    def attach(self, services: Services) -> None:
        """The catalog is there: the loop shows its programmes' photos from now on."""
        from kiosk.ui.thumbnails import Pictures

        self.services = services
        self.pictures = Pictures(services.catalog.media, "screen", self)
        self.pictures.ready.connect(lambda _sha: self.update())
        self.slides = services.catalog.attract_slides(SLIDES)
        self._show_slogan()

    def current_slide(self) -> ProgrammeSlide | None:
        return self.slides[self.slogan_index % len(self.slides)] if self.slides else None

    def _show_caption(self, lang: str) -> None:
        slide = self.current_slide()
        self.caption.setVisible(slide is not None)
        if slide is None:
            return
        if self.pictures is not None and len(self.slides) > 1:
            following = self.slides[(self.slogan_index + 1) % len(self.slides)]
            self.pictures.pixmap(following.sha256)  # decoded while this one is shown
        arabic = lang == "ar"
        name = slide.name_ar if arabic and slide.name_ar else slide.name_fr
        city = slide.city_ar if arabic and slide.city_ar else slide.city_fr
        text = f"{name} · {city}"
        self.caption.setFont(i18n.app_font(lang, CAPTION_FONT_PX, rtl=self.content.reads_rtl(lang)))
        self._lay_out_in(self.caption, lang)
        self.caption.setText(text)
        self.caption.setAccessibleName(text)

    def _slide_pixmap(self) -> tuple[QPixmap, bool] | None:
        """The current programme's photo scaled to cover the screen, once per size."""
        slide = self.current_slide()
        if slide is None or self.pictures is None:
            return None
        size = self.size()
        if self._cover is not None and self._cover[:2] == (slide.sha256, size):
            return self._cover[2], slide.illustration
        photo = self.pictures.pixmap(slide.sha256)
        if photo is None:
            return None
        from PySide6.QtCore import Qt

        scaled = photo.scaled(
            size,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        self._cover = (slide.sha256, size, scaled)
        return scaled, slide.illustration

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
        shown = self._slide_pixmap()
        if shown is None:
            phase = (self._clock.elapsed() % SCENE_CYCLE_MS) / SCENE_CYCLE_MS
            paint_city_scene(painter, QRectF(self.rect()), phase)
        else:
            self._frames.stop()  # a still photo: no need to paint twenty times a second
            photo, drawn = shown
            painter.drawPixmap(
                (self.width() - photo.width()) // 2, (self.height() - photo.height()) // 2, photo
            )
            veil = QColor(theme.current().color("attract_b"))
            veil.setAlpha(VEIL_ALPHA)
            painter.fillRect(self.rect(), veil)
            if drawn:
                from kiosk.ui.widgets.scenery import paint_illustration_tag

                paint_illustration_tag(painter, self.rect().adjusted(24, 24, -24, -24))
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
