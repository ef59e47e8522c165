"""The lead form's optional readiness questions (project horizon, funding, home owner in
Morocco), each a row of chips, all skipped with one tap. Country of residence is the form's.

An unanswered question stays empty on the lead; the answers feed the lead score
(:mod:`sync.contract.lead_score`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

from kiosk.ui import i18n
from kiosk.ui.screens import lead_form_fields as parts
from sync.contract.vocabulary import FUNDING, HORIZONS

OWNER_CHOICES = ("yes", "no")


class ReadinessQuestions(QWidget):
    """Three optional questions and a "skip" chip that clears and hides them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessQuestions")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.groups: dict[str, QButtonGroup] = {}
        self.chips: dict[str, dict[str, QPushButton]] = {}
        self.captions: dict[str, QLabel] = {}
        self.intro = parts.wrapped_label("", "hint", self)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("skipReadiness")
        self.skip_button.setProperty("role", "chip")
        self.skip_button.clicked.connect(self.skip)
        grid.addWidget(self.intro, 0, 0)
        grid.addWidget(self.skip_button, 0, 1)
        self.body = QWidget(self)
        rows = QGridLayout(self.body)
        rows.setContentsMargins(0, 0, 0, 0)
        for row, (name, keys) in enumerate(
            (("horizon", HORIZONS), ("funding", FUNDING), ("home_owner_ma", OWNER_CHOICES))
        ):
            group = QButtonGroup(self)
            group.setExclusive(False)  # a second tap on the chosen chip clears the answer
            chip_row, self.chips[name] = parts.chip_row(tuple(keys), group, self.body)
            group.buttonClicked.connect(lambda button, g=group: _only(g, button))
            self.groups[name] = group
            self.captions[name] = parts.wrapped_label("", "cardTitle", self.body)
            rows.addWidget(self.captions[name], row, 0)
            rows.addWidget(chip_row, row, 1)
        grid.addWidget(self.body, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)  # the skip chip keeps its own width
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Three quick questions (optional)"))
        self.skip_button.setText(self.tr("Skip these questions"))
        self.skip_button.setAccessibleName(self.skip_button.text())
        self.captions["horizon"].setText(self.tr("When is your project?"))
        self.captions["funding"].setText(self.tr("How will you pay?"))
        self.captions["home_owner_ma"].setText(self.tr("Do you already own a home in Morocco?"))
        lang = i18n.current_language()
        for key, chip in self.chips["horizon"].items():
            chip.setText(HORIZONS[key].get(lang))
        for key, chip in self.chips["funding"].items():
            chip.setText(FUNDING[key].get(lang))
        self.chips["home_owner_ma"]["yes"].setText(self.tr("Yes"))
        self.chips["home_owner_ma"]["no"].setText(self.tr("No"))
        for chips in self.chips.values():
            for chip in chips.values():
                chip.setAccessibleName(chip.text())

    def _chosen(self, name: str) -> str:
        return next((key for key, chip in self.chips[name].items() if chip.isChecked()), "")

    def answers(self) -> dict[str, Any]:
        """The lead's readiness fields: '' / None where the visitor did not answer."""
        owner = self._chosen("home_owner_ma")
        return {
            "horizon": self._chosen("horizon"),
            "funding": self._chosen("funding"),
            "home_owner_ma": None if not owner else owner == "yes",
        }

    def skip(self) -> None:
        """One tap: every answer cleared and the questions folded away."""
        self.clear()
        self.body.hide()
        self.skip_button.hide()
        self.intro.hide()

    def clear(self) -> None:
        for chips in self.chips.values():
            for chip in chips.values():
                chip.setChecked(False)

    def reset(self) -> None:
        self.clear()
        for widget in (self.body, self.skip_button, self.intro):
            widget.show()


def _only(group: QButtonGroup, clicked: QPushButton) -> None:
    """One answer per question (an exclusive group could not be cleared by a second tap)."""
    for button in group.buttons():
        if button is not clicked:
            button.setChecked(False)
