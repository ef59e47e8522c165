"""The monthly income, typed or stepped in dirhams or in the event's currency.

Visitors abroad earn in euros: the income is typed in the currency they choose and kept
in dirhams (the event's rate of the day), so the debt ratio stays one computation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.core import formatting
from kiosk.core.config import Currency
from kiosk.ui.widgets.stepper import Stepper

MAD = "MAD"


class IncomeCurrency(QObject):
    """A row of currency chips ("My income in: € DH", `row`, empty when the event is in
    dirhams); `text(value)` shows the income in the currency chosen."""

    changed = Signal()

    def __init__(
        self,
        stepper: Stepper,
        currency: Currency,
        language: Callable[[], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._stepper = stepper
        self._currency = currency
        self._language = language
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        self.row = QHBoxLayout()
        self.caption = QLabel(parent)
        self.caption.setProperty("role", "hint")
        self.caption.setVisible(currency.converts)
        self.row.addWidget(self.caption)
        codes = [currency.code, MAD] if currency.converts else []
        for code in codes:
            button = QPushButton(parent)
            button.setCheckable(True)
            button.setProperty("role", "chip")
            button.setObjectName("incomeCurrency")
            self.group.addButton(button)
            self.buttons[code] = button
            self.row.addWidget(button)
            button.clicked.connect(lambda _=False, c=code: self.choose(c))
        self.row.addStretch(1)
        self.code = MAD
        self.reset()

    def reset(self) -> None:
        """The event's currency first: a visitor abroad states the income of a payslip."""
        self.choose(next(iter(self.buttons), MAD), notify=False)

    def choose(self, code: str, *, notify: bool = True) -> None:
        self.code = code
        if code in self.buttons:
            self.buttons[code].setChecked(True)
        self._stepper.set_entry_scale(self._currency.mad_per_unit if code != MAD else 1.0)
        self._stepper.refresh()
        if notify:
            self.changed.emit()

    def retranslate(self, caption: str) -> None:
        self.caption.setText(caption)
        lang = self._language()
        for code, button in self.buttons.items():
            # "DH" alone reads like a code: the dirham chip says its name.
            label = self.tr("Dirhams") if code == MAD else formatting.currency_label(code, lang)
            button.setText(label)
            button.setAccessibleName(label)

    def text(self, value_mad: float) -> str:
        """The income in the currency chosen (the rate of the day is shown on the screen)."""
        lang = self._language()
        if self.code == MAD:
            return formatting.format_mad(value_mad, lang)
        return formatting.format_money(value_mad / self._currency.mad_per_unit, self.code, lang)
