"""The bar above visitor screens: home, back, my selection, language, text size, contrast, finish."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.ui import i18n
from kiosk.ui.session import VisitorSession

BAR_MARGIN_PX = 80  # keeps the top corners free for the staff gesture
BAR_SPACING_PX = 12


class TopBar(QWidget):
    navigate = Signal(str, dict)
    accessibility_changed = Signal(bool, bool)  # high contrast, large text

    def __init__(self, session: VisitorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
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
        for code in i18n.LANGUAGES:
            button = QPushButton(i18n.NATIVE_NAMES[code], self)
            button.setProperty("role", "chip")
            button.setCheckable(True)
            button.setAccessibleName(i18n.NATIVE_NAMES[code])
            button.clicked.connect(lambda _=False, c=code: self.session.set_language(c))
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            layout.addWidget(button)

        self.large_text_button = self._button("chip", self._accessibility_toggled)
        self.large_text_button.setCheckable(True)
        self.contrast_button = self._button("chip", self._accessibility_toggled)
        self.contrast_button.setCheckable(True)
        self.finish_button = self._button("danger", lambda: self.navigate.emit("finish", {}))
        layout.addWidget(self.large_text_button)
        layout.addWidget(self.contrast_button)
        layout.addWidget(self.finish_button)

        session.changed.connect(self.refresh)
        session.wiped.connect(self._on_wiped)
        self.retranslate()

    def _button(self, role: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", role)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)  # type: ignore[arg-type]
        return button

    def set_languages(self, languages: list[str]) -> None:
        """Only the event's languages, in the event's order."""
        layout = self.layout()
        first = layout.indexOf(self.language_buttons[i18n.LANGUAGES[0]])
        for button in self.language_buttons.values():
            layout.removeWidget(button)
            button.hide()
        for offset, code in enumerate(languages):
            if code in self.language_buttons:
                layout.insertWidget(first + offset, self.language_buttons[code])  # type: ignore[attr-defined]
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
            self.large_text_button: self.tr("Large text"),
            self.contrast_button: self.tr("High contrast"),
            self.finish_button: self.tr("Finish"),
        }
        for button, text in texts.items():
            button.setText(text)
            button.setAccessibleName(text)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
