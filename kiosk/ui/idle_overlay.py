"""The "Are you still there?" overlay over the whole window, with its countdown (the
watcher that decides when it shows is kiosk.ui.idle.IdleWatcher)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class IdleOverlay(QFrame):
    """Covers the window: "Are you still there?", a countdown, stay or finish; or, when the
    visitor taps Finish with a half-filled form, "Erase what you typed?" (no countdown)."""

    stay = Signal()
    finish = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card = self.card = QFrame(self)
        card.setObjectName("overlayCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(24)
        self.question = QLabel(card)
        self.question.setProperty("role", "title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setWordWrap(True)
        self.countdown = QLabel(card)
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel(card)
        self.explain.setProperty("role", "subtitle")
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain.setWordWrap(True)
        buttons = QHBoxLayout()
        self.stay_button = QPushButton(card)
        self.stay_button.setProperty("role", "primary")
        self.stay_button.clicked.connect(self.stay)
        self.stay_button.clicked.connect(self._stay_after_question)
        self.finish_button = QPushButton(card)
        self.finish_button.setProperty("role", "secondary")
        self.finish_button.clicked.connect(self.finish)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.stay_button)
        for widget in (self.question, self.countdown, self.explain):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self._seconds = 0
        self.asking = False  # the Finish question, not the idle countdown
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        if self.asking:
            self.question.setText(self.tr("Finish and erase what you typed?"))
            self.explain.setText(self.tr("Your contact is not sent yet."))
            stay, finish = self.tr("No, continue"), self.tr("Yes, finish")
        else:
            self.question.setText(self.tr("Are you still there?"))
            self.explain.setText(
                self.tr(
                    "Your search will be cleared for the next visitor if nobody touches the screen."
                )
            )
            stay, finish = self.tr("Yes, continue"), self.tr("Finish now")
        self.stay_button.setText(stay)
        self.stay_button.setAccessibleName(stay)
        self.finish_button.setText(finish)
        self.finish_button.setAccessibleName(finish)
        self._show_seconds()

    def ask_before_finish(self) -> None:
        """Finish tapped with a half-filled form: ask first (Finish then wipes)."""
        self.asking = True
        self.countdown.hide()
        self.retranslate()
        self._cover()

    def _stay_after_question(self) -> None:
        if self.asking:
            self.hide_overlay()

    def _show_seconds(self) -> None:
        self.countdown.setText(str(self._seconds))
        self.countdown.setAccessibleName(self.tr("%n second(s) left", "", self._seconds))

    def show_countdown(self, seconds_left: int) -> None:
        if self.asking:  # the idle countdown takes over the question
            self.asking = False
            self.countdown.show()
            self.retranslate()
        self._seconds = seconds_left
        self._show_seconds()
        self._cover()

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self._fit_card()

    def _fit_card(self) -> None:
        """The card is as tall as its wrapped texts (large text, Arabic line height)."""
        inner = self.card.layout()
        if inner is not None:
            self.card.setMinimumHeight(0)
            inner.activate()
            self.card.setMinimumHeight(inner.totalHeightForWidth(self.card.width()))

    def hide_overlay(self) -> None:
        self.hide()
        if self.asking:
            self.asking = False
            self.countdown.show()
            self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
