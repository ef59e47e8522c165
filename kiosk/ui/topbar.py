"""The bar above visitor screens: home, back, selection, language, text size, contrast, finish."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.ui import i18n, theme
from kiosk.ui.session import VisitorSession
from sync.contract.vocabulary import LANGUAGES, native_name

BAR_MARGIN_PX = 76  # keeps the top corners free for the staff gesture
BAR_SPACING_PX = 8
FINISH_GAP_PX = 24  # Finish sits apart from the display toggles
# Short names on the bar's language chips (the language screen shows the full names).
SYMBOL_EXTRA_PX = 8
SYMBOL_STROKE_PX = 2.5
# Each language's button in its own script; Latin ones by their ISO code, as on travel sites.
SHORT_NAMES = {code: "عربي" if code == "ar" else code.upper() for code in LANGUAGES}


class SymbolButton(QPushButton):
    """A checkable bar button drawn as a symbol (big/small A, half-filled circle)."""

    def __init__(self, symbol: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symbol = symbol
        self.setCheckable(True)
        self.setProperty("role", "barChip")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumWidth(theme.TOUCH_MIN_PX + SYMBOL_EXTRA_PX)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        colors = theme.current()
        color = colors.color("on_primary" if self.isChecked() else "heading")
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(color, SYMBOL_STROKE_PX))
        center = QRectF(self.rect()).center()
        radius = min(self.width(), self.height()) * 0.28
        if self.symbol == "contrast":
            circle = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
            painter.drawEllipse(circle)
            painter.setBrush(color)
            painter.drawPie(circle, 90 * 16, 180 * 16)
        else:
            font = QFont(self.font())
            font.setBold(True)
            for size, dx in ((radius * 1.0, -radius * 0.75), (radius * 1.7, radius * 0.45)):
                font.setPixelSize(max(int(size), 1))
                painter.setFont(font)
                box = QRectF(center.x() + dx - size / 2, center.y() - size, size, size * 1.6)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), "A")
        painter.end()


class TopBar(QWidget):
    navigate = Signal(str, dict)
    accessibility_changed = Signal(bool, bool)  # high contrast, large text

    def __init__(self, session: VisitorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        self.row = layout
        layout.setContentsMargins(BAR_MARGIN_PX, 8, BAR_MARGIN_PX, 8)
        layout.setSpacing(BAR_SPACING_PX)

        self.home_button = self._button("nav", lambda: self.navigate.emit("home", {}))
        self.back_button = self._button("nav", lambda: self.navigate.emit("back", {}))
        self.selection_button = self._button("secondary", lambda: self.navigate.emit("compare", {}))
        layout.addWidget(self.home_button)
        layout.addWidget(self.back_button)
        layout.addStretch(1)
        layout.addWidget(self.selection_button)

        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            button = QPushButton(SHORT_NAMES[code], self)
            button.setProperty("role", "barChip")
            button.setFont(i18n.app_font(code))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCheckable(True)
            button.setAccessibleName(native_name(code))
            button.clicked.connect(lambda _=False, c=code: self.session.set_language(c))
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            layout.addWidget(button)

        self.large_text_button = SymbolButton("large_text", self)
        self.contrast_button = SymbolButton("contrast", self)
        for toggle in (self.large_text_button, self.contrast_button):
            toggle.clicked.connect(self._accessibility_toggled)
        self.finish_button = self._button("danger", lambda: self.navigate.emit("finish", {}))
        layout.addWidget(self.large_text_button)
        layout.addWidget(self.contrast_button)
        layout.addSpacing(FINISH_GAP_PX)  # Finish erases everything: never a near miss
        layout.addWidget(self.finish_button)

        session.changed.connect(self.refresh)
        session.wiped.connect(self._on_wiped)
        self.retranslate()

    def _button(self, role: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", role)
        button.setProperty("bar", True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def set_languages(self, languages: list[str]) -> None:
        """Only the event's languages, in the event's order."""
        layout = self.row
        first = layout.indexOf(self.language_buttons[next(iter(LANGUAGES))])
        for button in self.language_buttons.values():
            layout.removeWidget(button)
            button.hide()
        for offset, code in enumerate(languages):
            if code in self.language_buttons:
                layout.insertWidget(first + offset, self.language_buttons[code])
                self.language_buttons[code].show()

    def _accessibility_toggled(self) -> None:
        self.accessibility_changed.emit(
            self.contrast_button.isChecked(), self.large_text_button.isChecked()
        )

    def _on_wiped(self) -> None:
        # The next visitor starts with the standard look.
        if self.contrast_button.isChecked() or self.large_text_button.isChecked():
            self.contrast_button.setChecked(False)
            self.large_text_button.setChecked(False)
            self._accessibility_toggled()
        self.refresh()

    def set_current(self, name: str) -> None:
        self.home_button.setEnabled(name != "home")
        self.back_button.setEnabled(name != "home")
        self.refresh()

    def refresh(self) -> None:
        count = len(self.session.selection)
        self.selection_button.setText(self.tr("My selection (%n)", "", count))
        self.selection_button.setAccessibleName(self.tr("My selection (%n)", "", count))
        self.selection_button.setEnabled(count > 0)
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.session.language)

    def retranslate(self) -> None:
        texts = {
            self.home_button: self.tr("Home"),
            self.back_button: self.tr("Back"),
            self.finish_button: self.tr("Finish"),
        }
        for button, text in texts.items():
            button.setText(text)
            button.setAccessibleName(text)
        self.large_text_button.setAccessibleName(self.tr("Large text"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
