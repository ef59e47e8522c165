"""Daam Sakane check: a few big yes/no questions, one at a time, then an indication.

No typing: every answer is one tap. Without a unit no price is asked: the result gives the
amount for each price band, and the simulator applies the one of the price simulated.
The result always names the rules used (version and date) and says the final decision is
on daamsakane.ma. Answers live in
`session.aid_answers` only, and go with the visitor.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import aid, formatting
from kiosk.core.aid import AidIndication, AidRules, BuyerAnswers
from kiosk.core.unit_titles import composed_title
from kiosk.ui import registry
from kiosk.ui.screens.aid_messages import AidWords, fill
from kiosk.ui.screens.aid_result import AidResultView
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)

PAGE_MARGIN_PX = 48
SPACING_PX = 16


class AidScreen(Screen):
    """`enter(ref=None)`: with a unit, its price and features are used; else a price band."""

    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen")
        self.rules: AidRules | None = None
        try:
            self.rules = aid.load_rules()
        except OmraneError:
            log.exception("Daam Sakane rules unavailable")
        self.unit: Any = None
        self._subtitle_text = ""
        self.step = 0
        self.indication: AidIndication | None = None
        self.words = AidWords(self)
        self._build()
        self.retranslate()
        self._restart()

    # --- layout ---
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(PAGE_MARGIN_PX, SPACING_PX, PAGE_MARGIN_PX, SPACING_PX)
        outer.setSpacing(SPACING_PX)
        header = QHBoxLayout()
        self.title = self._label("title")
        self.title.setWordWrap(False)
        self.subtitle = self._label("subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header.addWidget(self.title)
        header.addWidget(self.subtitle, 1)
        outer.addLayout(header)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._question_page())
        self.pages.addWidget(self._result_page())
        outer.addWidget(self.pages, 1)

    def _label(self, role: str, *, center: bool = False) -> QLabel:
        label = QLabel(self)
        label.setProperty("role", role)
        label.setWordWrap(True)
        if center:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _button(self, role: str, slot: Any, parent: QWidget | None = None) -> QPushButton:
        button = QPushButton(parent or self)
        button.setProperty("role", role)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _question_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setSpacing(SPACING_PX)
        self.progress = self._label("hint", center=True)
        self.question = self._label("title", center=True)
        self.question.setObjectName("aidQuestion")
        self.explanation = self._label("subtitle", center=True)
        column.addStretch(1)
        for widget in (self.progress, self.question, self.explanation):
            column.addWidget(widget)
        answers = QHBoxLayout()
        answers.setSpacing(SPACING_PX)
        self.yes_button = self._button("tile", lambda: self.answer(True), page)
        self.no_button = self._button("tile", lambda: self.answer(False), page)
        self.yes_button.setObjectName("aidYes")
        self.no_button.setObjectName("aidNo")
        answers.addStretch(1)
        for button in (self.yes_button, self.no_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            answers.addWidget(button, 2)
        answers.addStretch(1)
        column.addLayout(answers)
        self.previous_button = self._button("secondary", self.previous_question, page)
        column.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page

    def _result_page(self) -> QWidget:
        self.result_view = AidResultView(self.words, self.services.event.currency, self)
        self.result_view.simulate_button.clicked.connect(self._simulate)
        self.result_view.advisor_button.clicked.connect(self._advisor)
        self.result_view.restart_button.clicked.connect(self.restart)
        return self.result_view

    # --- flow ---
    def enter(self, ref: str | None = None, **_: Any) -> None:
        if ref is not None and ref != self._current_ref():
            self._load_unit(ref)
            self._restart()
        elif self.session.aid_answers.get("ref") != self._current_ref():
            self._restart()
        self._update_subtitle()
        self._show_step()

    def reset(self) -> None:
        """The next visitor starts from the first question, without a unit."""
        self.unit = None
        self.session.aid_answers = {}
        self._restart()

    def restart(self) -> None:
        ref = self._current_ref()
        self._restart()
        if ref:
            self.session.aid_answers["ref"] = ref
        self._show_step()

    def _restart(self) -> None:
        self.step = 0
        self.indication = None
        self.session.aid_answers = {"ref": self._current_ref()} if self.unit else {}
        self._show_step()

    def _current_ref(self) -> str | None:
        return getattr(self.unit, "ref", None)

    def _load_unit(self, ref: str) -> None:
        try:
            self.unit = self.services.catalog.get(ref)
        except OmraneError:
            log.warning("aid check: unit %s not found, checking without it", ref)
            self.unit = None

    def steps(self) -> list[str]:
        """The questions for this visitor, in order."""
        return [] if self.rules is None else self.rules.questions()

    def current_question(self) -> str | None:
        steps = self.steps()
        return steps[self.step] if self.step < len(steps) else None

    def answer(self, value: bool) -> None:
        question = self.current_question()
        if question is None or self.rules is None:
            return
        self.session.aid_answers[question] = value
        self.session.changed.emit()
        if value != aid.QUALIFYING_ANSWER[question]:
            self.step = len(self.steps())  # one "no" settles it: show why at once
        else:
            self.step += 1
        self._show_step()

    def previous_question(self) -> None:
        if self.step > 0:
            self.step -= 1
            self.session.aid_answers.pop(self.steps()[self.step], None)
        self._show_step()

    def _show_step(self) -> None:
        question = self.current_question()
        if self.rules is None:
            self._show_unavailable()
        elif question is None:
            self._show_result()
        else:
            self._show_question(question)

    def _show_question(self, question: str) -> None:
        assert self.rules is not None
        text, explanation = self.words.question(question, self.rules)
        self.question.setText(text)
        self.explanation.setText(explanation)
        self.progress.setText(
            fill(self.tr("Question %1 of %2"), str(self.step + 1), str(len(self.steps())))
        )
        self.previous_button.setVisible(self.step > 0)
        self.pages.setCurrentIndex(0)

    # --- result ---
    def result(self) -> AidIndication | None:
        return self.indication

    def _compute(self) -> AidIndication:
        assert self.rules is not None
        answers = BuyerAnswers.from_dict(self.session.aid_answers)
        indication = aid.check(answers, self.unit, None, self.rules)
        # Questions skipped after a disqualifying answer do not matter any more.
        if any(r != "aid.reason.answers_missing" for r in indication.reasons):
            indication.unanswered.clear()
        return indication

    def _show_result(self) -> None:
        assert self.rules is not None
        self.indication = indication = self._compute()
        self.session.aid_answers["amount_mad"] = indication.amount_mad
        self.result_view.show_indication(indication, self.rules, self.session.language)
        self.result_view.simulate_button.setEnabled(registry.is_available("simulator"))
        self.result_view.advisor_button.setEnabled(registry.is_available("lead_form"))
        self.pages.setCurrentIndex(1)

    def _show_unavailable(self) -> None:
        self.result_view.show_unavailable()
        self.pages.setCurrentIndex(1)

    def _simulate(self) -> None:
        kwargs: dict[str, Any] = {}
        if self.unit is not None:
            kwargs["ref"] = self.unit.ref
        if self.indication is not None and self.indication.amount_mad:
            kwargs["aid_mad"] = self.indication.amount_mad
        elif self.indication is not None and self.buyer_qualifies():
            kwargs["aid_by_price"] = True  # the simulator takes the amount of its price
        self.go("simulator", **kwargs)

    def buyer_qualifies(self) -> bool:
        """Every buyer answer qualifies; only the home's price is not known."""
        indication = self.indication
        return indication is not None and indication.reasons == ["aid.reason.price_unknown"]

    def _advisor(self) -> None:
        self.go("lead_form", refs=[self.unit.ref] if self.unit is not None else [])

    # --- words ---
    def retranslate(self) -> None:
        self.title.setText(self.tr("Daam Sakane: am I eligible?"))
        self.yes_button.setText(self.tr("Yes"))
        self.no_button.setText(self.tr("No"))
        self.previous_button.setText(self.tr("Previous question"))
        self.result_view.retranslate()
        self._update_subtitle()
        if self.rules is not None:
            self._show_step()

    def _update_subtitle(self) -> None:
        # Without a unit the questions speak for themselves: keep the room for them.
        self.subtitle.setVisible(self.unit is not None)
        if self.unit is None:
            return
        lang = self.session.language
        title = composed_title(self.unit, lang)  # never the French catalog title
        price = self.unit.price_mad
        shown = f"{title} · {formatting.format_mad(price, lang)}" if price else title
        self._subtitle_text = fill(self.tr("For: %1"), shown)
        self._elide_subtitle()

    def _elide_subtitle(self) -> None:
        # Wrapped, never elided: the visitor reads the whole unit name (large text too).
        self.subtitle.setText(self._subtitle_text)
        self.subtitle.setAccessibleName(self._subtitle_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.unit is not None:
            self._elide_subtitle()
