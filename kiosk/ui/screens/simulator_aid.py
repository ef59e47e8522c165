"""The simulator's Daam Sakane aid: one chip per amount the rules know ("None" first), preset
from a unit or from the aid check, and following the simulated price when the visitor
qualifies (until they pick an amount themselves).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.core import aid
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)


def load_aid_rules() -> aid.AidRules | None:
    try:
        return aid.load_rules()
    except OmraneError:
        log.exception("Daam Sakane rules unavailable: the simulator offers no aid")
        return None


def unit_aid(unit: Any) -> int:
    """The aid a unit's own page indicates (0 when it has none or the rules are missing)."""
    try:
        return aid.indicate_for_unit(unit, aid.load_rules()).amount_mad
    except OmraneError:
        return 0


class AidChoice(QObject):
    """`row` holds the caption and the chips; `amount()` is the aid chosen, in dirhams."""

    chosen = Signal(int)  # the visitor tapped an amount

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rules = load_aid_rules()
        brackets = self.rules.price_brackets if self.rules is not None else ()
        self.amounts = [0, *sorted({b.aid_mad for b in brackets if b.aid_mad})]
        self.by_price = False
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.row = QHBoxLayout()
        self.caption = QLabel(parent)
        self.caption.setProperty("role", "hint")
        self.row.addWidget(self.caption)
        self.buttons: dict[int, QPushButton] = {}
        for amount in self.amounts:
            button = QPushButton(parent)
            button.setCheckable(True)
            button.setProperty("role", "chip")
            self.group.addButton(button, amount)
            self.buttons[amount] = button
            self.row.addWidget(button)
        self.row.addStretch(1)
        self.group.idClicked.connect(self._tapped)

    def _tapped(self, amount: int) -> None:
        self.by_price = False  # the visitor's own choice wins over the price's
        self.chosen.emit(amount)

    def amount(self) -> int:
        return max(0, self.group.checkedId())

    def select(self, amount: int) -> None:
        self.buttons[amount if amount in self.buttons else 0].setChecked(True)

    def follow_price(self, price: float) -> None:
        """The visitor qualifies for Daam Sakane: the aid is the one of the price simulated."""
        if self.by_price and self.rules is not None:
            self.select(self.rules.aid_for_price(round(price)))

    def retranslate(self, caption: str, none: str, money: Callable[[float], str]) -> None:
        self.caption.setText(caption)
        for amount, button in self.buttons.items():
            button.setText(money(amount) if amount else none)
