"""The answer of the Daam Sakane check: verdict, amount, reasons, conditions and the rules used."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import formatting
from kiosk.core.aid import AidIndication, AidRules
from kiosk.core.config import Currency
from kiosk.core.mortgage import to_currency
from kiosk.ui import theme
from kiosk.ui.screens.aid_messages import AidWords, fill
from kiosk.ui.widgets.kinetic import enable_kinetic

MARGIN_PX = 16
PRICE_UNKNOWN_REASON = "aid.reason.price_unknown"
MET_REASON = "aid.reason.conditions_met"


class AidResultView(QScrollArea):
    """Always an indication: the rules' version and date and daamsakane.ma are on it."""

    def __init__(self, words: AidWords, currency: Currency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.currency = currency
        self.setWidgetResizable(True)
        enable_kinetic(self)
        self.setFrameShape(QFrame.Shape.NoFrame)
        card = QFrame(self)
        card.setProperty("role", "card")
        column = QVBoxLayout(card)
        column.setContentsMargins(MARGIN_PX, MARGIN_PX, MARGIN_PX, MARGIN_PX)
        column.setSpacing(MARGIN_PX // 2)

        def label(role: str, name: str = "") -> QLabel:
            widget = QLabel(card)
            widget.setWordWrap(True)
            if role:
                widget.setProperty("role", role)
            if name:
                widget.setObjectName(name)
            column.addWidget(widget)
            return widget

        self.headline = label("title", "aidHeadline")
        self.amount = label("price", "aidAmount")
        self.reasons = label("subtitle", "aidReasons")
        self.conditions_title = label("subtitle")
        self.conditions = label("", "aidConditions")
        self.footer = label("hint", "aidRules")
        actions = QHBoxLayout()
        self.simulate_button = QPushButton(card)
        self.simulate_button.setProperty("role", "primary")
        self.advisor_button = QPushButton(card)
        self.advisor_button.setProperty("role", "secondary")
        self.restart_button = QPushButton(card)
        self.restart_button.setProperty("role", "secondary")
        for button in (self.simulate_button, self.advisor_button, self.restart_button):
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        holder = QWidget(self)
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 0, 0)
        holder_column.addWidget(card)
        holder_column.addStretch(1)
        self.setWidget(holder)

    def retranslate(self) -> None:
        self.conditions_title.setText(self.tr("Good to know"))
        self.simulate_button.setText(self.tr("Simulate my loan"))
        self.advisor_button.setText(self.tr("Talk to an advisor"))
        self.restart_button.setText(self.tr("Start again"))

    def show_indication(self, indication: AidIndication, rules: AidRules, lang: str) -> None:
        only_price_missing = indication.reasons == [PRICE_UNKNOWN_REASON]
        if indication.eligible:
            verdict = self.tr("✓ You may be eligible for the Daam Sakane aid")
        elif only_price_missing:
            verdict = self.tr("✓ You may be eligible: the amount depends on the price")
        else:
            verdict = self.tr("✗ You may not be eligible for the Daam Sakane aid")
        self.headline.setText(verdict)
        theme.set_role(self.headline, "title")
        if only_price_missing:
            amount = self._amounts_by_price(rules, lang)
        elif indication.eligible:
            amount = self._amount(indication.amount_mad, lang)
        else:
            amount = ""
        self.amount.setText(amount)
        self.amount.setVisible(bool(amount))
        # A price question skipped after a disqualifying answer is not a reason.
        # "All conditions met" would only repeat the verdict.
        keys = [k for k in indication.reasons if k not in (PRICE_UNKNOWN_REASON, MET_REASON)]
        reasons = [self.words.reason(key, rules, lang) for key in keys]
        self.reasons.setText("\n".join(f"• {r}" for r in reasons if r))
        self.reasons.setVisible(bool(self.reasons.text()))
        conditions = [self.words.condition(key, rules, lang) for key in indication.conditions]
        self.conditions.setText("\n".join(f"• {c}" for c in conditions if c))
        self.conditions_title.setVisible(bool(conditions))
        self.conditions.setVisible(bool(conditions))
        self.footer.setText(
            self.words.rules_footer(indication.rules_version, indication.rules_date, lang)
        )
        for button in (self.simulate_button, self.restart_button):
            button.show()

    def show_unavailable(self) -> None:
        """No readable rules file: say so kindly, and where to look."""
        self.headline.setText(self.tr("The Daam Sakane check is not available right now."))
        theme.set_role(self.headline, "subtitle")
        for widget in (self.amount, self.reasons, self.conditions_title, self.conditions):
            widget.hide()
        self.footer.setText(self.tr("Please ask an advisor on the stand, or see daamsakane.ma."))
        self.simulate_button.hide()
        self.restart_button.hide()

    def _amount(self, amount_mad: int, lang: str) -> str:
        text = formatting.format_mad(amount_mad, lang)
        if self.currency.converts:
            converted = formatting.format_money(
                to_currency(amount_mad, self.currency), self.currency.code, lang
            )
            text = fill(self.tr("%1 (about %2)"), text, converted)
        return text

    def _amounts_by_price(self, rules: AidRules, lang: str) -> str:
        lines = []
        low: int | None = None
        for bracket in rules.price_brackets:
            aid_text = formatting.format_mad(bracket.aid_mad, lang)
            high = formatting.format_mad(bracket.max_price_mad, lang)
            if low is None:
                lines.append(fill(self.tr("Price up to %1: %2 of aid"), high, aid_text))
            else:
                lines.append(
                    fill(
                        self.tr("Price from %1 to %2: %3 of aid"),
                        formatting.format_number(low + 1, lang),
                        high,
                        aid_text,
                    )
                )
            low = bracket.max_price_mad
        return "\n".join(lines)
