"""Loan simulator: price, own contribution, Daam Sakane aid, rate, duration and income,
chosen with steppers or typed (tap the value; ⏎ goes to the next one), and the monthly
payment, total cost and debt ratio. The income may be given in the event's currency.

Always labelled indicative: the partner banks on the stand make the offer. Amounts show
in MAD and in the event currency with its rate and date. Inputs live in
`session.simulation` and go with the visitor.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import formatting, mortgage
from kiosk.core.unit_titles import composed_title
from kiosk.ui import registry
from kiosk.ui.screens.aid_messages import fill
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.loan_result import LoanResultCard
from kiosk.ui.screens.simulator_aid import AidChoice, unit_aid
from kiosk.ui.screens.simulator_income import IncomeCurrency
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.kinetic import enable_kinetic
from kiosk.ui.widgets.stepper import Stepper
from kiosk.ui.widgets.takeaway_qr import TakeawayQr
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)

# Input ranges and steps (MAD, % per year, years).
PRICE_RANGE = (50_000, 5_000_000, 10_000)
DEFAULT_PRICE = 400_000
CONTRIBUTION_STEP = 5_000
DEFAULT_CONTRIBUTION_SHARE = 0.10
RATE_RANGE = (0.5, 12.0, 0.05)
YEARS_RANGE = (mortgage.MIN_YEARS, mortgage.MAX_YEARS, 1)
DEFAULT_YEARS = 20
INCOME_RANGE = (0, 100_000, 1)  # 0 = not declared; typed to the dirham
INCOME_BUTTON_STEPS = 500  # − and + move the income by 500 DH
PAGE_MARGIN_PX = 40
SPACING_PX = 16
ROW_SPACING_PX = 4  # the rows are already a button high


class SimulatorScreen(Screen):
    """`enter(ref=None, aid_mad=None)`: a unit presets the price and its aid indication."""

    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen")
        self.unit: Any = None
        self._subtitle_text = ""
        self.result: mortgage.Simulation | None = None
        self._loading = False
        self._build()
        self.retranslate()
        self.reset()

    # --- layout ---
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(PAGE_MARGIN_PX, SPACING_PX // 2, PAGE_MARGIN_PX, SPACING_PX // 2)
        outer.setSpacing(SPACING_PX // 2)
        header = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header.addWidget(self.title)
        header.addWidget(self.subtitle, 1)
        outer.addLayout(header)
        # Large text or long translations may not fit: scroll rather than overlap.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        enable_kinetic(scroll)
        content = QWidget(scroll)
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(SPACING_PX * 2)
        columns.addWidget(self._inputs_card(), 3)
        self.result_card = LoanResultCard(self.services.event.currency, content)
        self.result_card.bank_button.clicked.connect(self._talk_to_bank)
        result_column = QVBoxLayout()
        result_column.addWidget(self.result_card, 1)
        self.takeaway = TakeawayQr(self.services, self.session, content)
        result_column.addWidget(self.takeaway)
        columns.addLayout(result_column, 2)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        notes = QHBoxLayout()
        self.indicative_label = QLabel(self)
        self.rate_note = QLabel(self)
        for note, name in ((self.indicative_label, "indicative"), (self.rate_note, "exchangeRate")):
            note.setProperty("role", "hint")
            note.setObjectName(name)
            note.setWordWrap(True)
            notes.addWidget(note, 1)
        outer.addLayout(notes)

    def _inputs_card(self) -> QFrame:
        card = QFrame(self)
        card.setProperty("role", "card")
        money = self._mad_text
        self.price = Stepper(*PRICE_RANGE[:3], DEFAULT_PRICE, money, card)
        self.contribution = Stepper(0, DEFAULT_PRICE, CONTRIBUTION_STEP, 0, money, card)
        self.rate = Stepper(
            *RATE_RANGE,
            self.services.event.mortgage.default_rate_pct,
            lambda v: formatting.format_percent(v, self.session.language, 2),
            card,
            typable=False,
        )
        self.years = Stepper(*YEARS_RANGE, DEFAULT_YEARS, self._years_text, card)
        self.income = Stepper(
            *INCOME_RANGE, 0, self._income_text, card, button_steps=INCOME_BUTTON_STEPS
        )
        self.income_currency = IncomeCurrency(
            self.income, self.services.event.currency, lambda: self.session.language, card
        )
        self.income_currency.changed.connect(self._recompute)
        # ⏎ in a typed amount opens the next one; after the income the keyboard goes away.
        chain = (self.price, self.contribution, self.years, self.income)
        for typed, following in itertools.pairwise(chain):
            typed.entry_done.connect(following.begin_entry)
        # The focus leaves the text fields: the keyboard goes, the result shows whole.
        self.income.entry_done.connect(lambda: self.result_card.bank_button.setFocus())
        self.aid = AidChoice(card)
        self.aid_group, self.aid_buttons = self.aid.group, self.aid.buttons
        self.aid.chosen.connect(lambda _amount: self._recompute())
        column = QVBoxLayout(card)
        column.setContentsMargins(SPACING_PX, SPACING_PX // 2, SPACING_PX, SPACING_PX // 2)
        column.setSpacing(ROW_SPACING_PX)
        for stepper in (self.price, self.contribution):
            column.addWidget(stepper)
            stepper.value_changed.connect(self._on_input_changed)
        column.addLayout(self.aid.row)
        for stepper in (self.rate, self.years, self.income):
            if stepper is self.income:
                column.addLayout(self.income_currency.row)
            column.addWidget(stepper)
            stepper.value_changed.connect(self._on_input_changed)
        return card

    # --- formatting ---
    def _mad_text(self, value: float) -> str:
        return formatting.format_mad(value, self.session.language)

    def _years_text(self, value: float) -> str:
        return self.tr("%n years", "", round(value))

    def _income_text(self, value: float) -> str:
        if value <= 0:
            return self.tr("Not given")
        currency = getattr(self, "income_currency", None)  # None while the stepper is built
        return currency.text(value) if currency is not None else self._mad_text(value)

    # --- flow ---
    def enter(
        self,
        ref: str | None = None,
        aid_mad: int | None = None,
        aid_by_price: bool = False,
        **_: Any,
    ) -> None:
        if ref is not None and ref != getattr(self.unit, "ref", None):
            self._load_unit(ref)
        self.aid.by_price = aid_by_price and aid_mad is None and self.unit is None
        if aid_mad is not None:
            self.aid.select(aid_mad)
        self.aid.follow_price(self.price.value())
        self._update_subtitle()
        self._recompute()

    def _load_unit(self, ref: str) -> None:
        try:
            unit = self.services.catalog.get(ref)
        except OmraneError:
            log.warning("simulator: unit %s not found", ref)
            return
        self.unit = unit
        self._loading = True
        price = unit.price_mad or DEFAULT_PRICE
        self.price.set_value(price)
        self._sync_contribution_range()
        self.contribution.set_value(self._default_contribution(price))
        self.aid.select(unit_aid(unit))
        self._loading = False

    @staticmethod
    def _default_contribution(price: float) -> float:
        share = price * DEFAULT_CONTRIBUTION_SHARE
        return round(share / CONTRIBUTION_STEP) * CONTRIBUTION_STEP

    def reset(self) -> None:
        """Back to the defaults, with nothing of the previous visitor."""
        self.unit = None
        self._loading = True
        self.price.set_value(DEFAULT_PRICE)
        self._sync_contribution_range()
        self.contribution.set_value(self._default_contribution(DEFAULT_PRICE))
        self.rate.set_value(self.services.event.mortgage.default_rate_pct)
        self.years.set_value(DEFAULT_YEARS)
        self.income.set_value(0)
        self.income_currency.reset()
        self.aid.by_price = False
        self.aid.select(0)
        self._loading = False
        self._update_subtitle()
        self._recompute()
        self.session.simulation = None

    def _on_input_changed(self, _value: float) -> None:
        if self._loading:
            return
        self._sync_contribution_range()
        self.aid.follow_price(self.price.value())
        self._recompute()

    def _sync_contribution_range(self) -> None:
        self.contribution.blockSignals(True)
        self.contribution.set_range(0, self.price.value())
        self.contribution.blockSignals(False)

    def _recompute(self) -> None:
        if self._loading:
            return
        aid_mad = self.aid.amount()
        income = self.income.value() or None
        self.result = mortgage.simulate(
            self.price.value(),
            self.contribution.value(),
            self.rate.value(),
            round(self.years.value()),
            aid_mad=aid_mad,
            monthly_income_mad=income,
            max_debt_ratio_pct=self.services.event.mortgage.max_debt_ratio_pct,
        )
        self.session.simulation = {
            "ref": getattr(self.unit, "ref", None),
            "price_mad": self.price.value(),
            "own_contribution_mad": self.contribution.value(),
            "aid_mad": aid_mad,
            "rate_pct": self.rate.value(),
            "years": round(self.years.value()),
            "monthly_income_mad": income,
            "monthly_payment_mad": self.result.monthly_payment_mad,
        }
        self._show_result()

    def _show_result(self) -> None:
        if self.result is not None:
            self.result_card.show_simulation(self.result, self.session.language)
        unit_ref = getattr(self.unit, "ref", None)
        self.takeaway.show_units([unit_ref] if unit_ref else list(self.session.selection))

    def _steppers(self) -> dict[str, Stepper]:
        return {
            "price": self.price,
            "contribution": self.contribution,
            "rate": self.rate,
            "years": self.years,
            "income": self.income,
        }

    def warning_shown(self) -> bool:
        return self.result_card.warning_shown()

    def _talk_to_bank(self) -> None:
        refs = [self.unit.ref] if self.unit is not None else []
        self.go("lead_form", refs=refs, desk="bank")

    # --- words ---
    def retranslate(self) -> None:
        self.title.setText(self.tr("Simulate my loan"))
        texts = {
            "price": self.tr("Price of the home"),
            "contribution": self.tr("My own contribution"),
            "aid": self.tr("Daam Sakane aid"),
            "rate": self.tr("Interest rate (per year)"),
            "years": self.tr("Duration"),
            "income": self.tr("My monthly income"),
        }
        self.aid.retranslate(texts["aid"], self.tr("None"), self._mad_text)
        self.income_currency.retranslate(self.tr("My income is in"))
        for name, stepper in self._steppers().items():
            stepper.minus_button.setAccessibleName(fill(self.tr("%1: less"), texts[name]))
            stepper.plus_button.setAccessibleName(fill(self.tr("%1: more"), texts[name]))
            stepper.set_caption(texts[name])
            stepper.refresh()  # amounts follow the language
        widest = max(stepper.value_width() for stepper in self._steppers().values())
        for stepper in self._steppers().values():
            stepper.set_value_width(widest)
        self.result_card.retranslate()
        self.indicative_label.setText(
            self.tr("Indicative simulation. The partner banks on the stand make the real offer.")
        )
        self.result_card.bank_button.setEnabled(registry.is_available("lead_form"))
        self._update_rate_note()
        self._update_subtitle()
        self._show_result()

    def _update_rate_note(self) -> None:
        currency = self.services.event.currency
        lang = self.session.language
        if not currency.converts:
            self.rate_note.hide()
            return
        one = formatting.format_money(1, currency.code, lang)
        rate = formatting.format_mad(currency.mad_per_unit, lang, 2)
        text = fill(self.tr("Exchange rate: %1 = %2"), one, rate)
        if currency.rate_date is not None:
            text += " " + fill(
                self.tr("(rate of %1)"), formatting.format_date(currency.rate_date, lang)
            )
        self.rate_note.setText(text)
        self.rate_note.show()

    def _update_subtitle(self) -> None:
        if self.unit is None:
            self._subtitle_text = self.tr("Touch − and +, slide, or tap an amount to type it.")
        else:
            lang = self.session.language
            title = composed_title(self.unit, lang)  # never the French catalog title
            self._subtitle_text = fill(self.tr("For: %1"), title)
        self._elide_subtitle()

    def _elide_subtitle(self) -> None:
        # Wrapped, never elided: the visitor reads the whole unit name (large text too).
        self.subtitle.setText(self._subtitle_text)
        self.subtitle.setAccessibleName(self._subtitle_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_subtitle()
