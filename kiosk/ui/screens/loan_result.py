"""The answer side of the loan simulator: monthly payment, totals, debt ratio and warning."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.core import formatting, mortgage
from kiosk.core.config import Currency
from kiosk.ui.screens.aid_messages import fill
from kiosk.ui.widgets.wrap_button import WrapButton

MARGIN_PX = 16
LINE_SPACING_PX = 4


class LoanResultCard(QFrame):
    """Shows one `mortgage.Simulation` in the visitor's language, MAD and event currency."""

    def __init__(self, currency: Currency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.simulation: mortgage.Simulation | None = None
        self.language = "fr"
        self.setProperty("role", "card")
        self.setObjectName("simulatorResult")
        column = QVBoxLayout(self)
        column.setContentsMargins(MARGIN_PX, MARGIN_PX // 2, MARGIN_PX, MARGIN_PX // 2)
        column.setSpacing(LINE_SPACING_PX)

        def label(role: str = "", name: str = "") -> QLabel:
            widget = QLabel(self)
            widget.setWordWrap(True)
            if role:
                widget.setProperty("role", role)
            if name:
                widget.setObjectName(name)
            column.addWidget(widget)
            return widget

        self.payment_caption = label("hint")
        self.payment_label = label("price", "monthlyPayment")
        # The converted amount goes under the payment: side by side they overflow in large text.
        self.payment_converted = label("hint")
        self.loan_label = label()
        self.aid_label = label()
        self.total_label = label()
        self.ratio_label = label(name="debtRatio")
        self.warning_label = label("warning", "debtWarning")
        column.addStretch(1)
        self.bank_button = WrapButton("", self)
        self.bank_button.setProperty("role", "primary")
        column.addWidget(self.bank_button)

    def _mad(self, amount: float) -> str:
        return formatting.format_mad(amount, self.language)

    def _converted(self, amount_mad: float) -> str:
        if not self.currency.converts:
            return ""
        converted = mortgage.to_currency(amount_mad, self.currency)
        return "≈ " + formatting.format_money(converted, self.currency.code, self.language)

    def show_simulation(self, sim: mortgage.Simulation, language: str) -> None:
        self.simulation = sim
        self.language = language
        self.payment_label.setText(fill(self.tr("%1 / month"), self._mad(sim.monthly_payment_mad)))
        self.payment_converted.setText(self._converted(sim.monthly_payment_mad))
        self.payment_converted.setVisible(bool(self.payment_converted.text()))
        self.loan_label.setText(fill(self.tr("Amount to borrow: %1"), self._mad(sim.loan_mad)))
        self.aid_label.setText(
            fill(self.tr("Daam Sakane aid deducted: %1"), self._mad(sim.aid_mad))
        )
        self.aid_label.setVisible(sim.aid_mad > 0)
        self.total_label.setText(
            fill(
                self.tr("Total repaid to the bank: %1, of which interest: %2"),
                self._mad(sim.total_cost_mad),
                self._mad(sim.total_interest_mad),
            )
        )
        if sim.debt_ratio_pct is None:
            self.ratio_label.setText(self.tr("Give your monthly income to see your debt ratio."))
        else:
            self.ratio_label.setText(
                fill(
                    self.tr("Debt ratio: %1 of your income"),
                    formatting.format_percent(sim.debt_ratio_pct, language),
                )
            )
        self.warning_label.setText(
            fill(
                self.tr(
                    "Above %1: banks usually refuse such a loan. Try a longer duration "
                    "or a bigger contribution."
                ),
                formatting.format_percent(sim.max_debt_ratio_pct, language, 0),
            )
        )
        self.warning_label.setVisible(sim.over_limit)

    def warning_shown(self) -> bool:
        return not self.warning_label.isHidden()

    def retranslate(self) -> None:
        self.payment_caption.setText(self.tr("Monthly payment"))
        self.bank_button.setText(self.tr("Talk to a bank advisor"))
        if self.simulation is not None:
            self.show_simulation(self.simulation, self.language)
