"""What the search understood, shown above the results: "Results for « Casablanca »" with a
one-tap way back to the literal text, one removable chip per understood filter; and, when
nothing matches, the nearest alternatives with their counts and a "talk to an advisor" tile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from kiosk.core.query.understand import Chip
from kiosk.core.query.visitor import Alternative, VisitorResult
from kiosk.core.query.vocabulary import Vocabulary
from kiosk.ui import i18n
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.kinetic import enable_kinetic
from sync.contract import vocabulary

REMOVE_MARK = "✕"


def _quoted(text: str, language: str) -> str:
    inner = i18n.directional(text.strip(), language)
    return f"“{inner}”" if language == "en" else f"« {inner} »"


class ChipText(QWidget):
    """Labels of understood filters in the visitor's language (helper with tr())."""

    def label(self, chip: Chip, places: Vocabulary | None, language: str) -> str:
        value, name = chip.value, chip.field
        if name in ("city", "region") and places is not None:
            return places.place_name((name, str(value)), language == "ar")
        word_label = self._word_label(name, str(value))
        if word_label is not None:
            return word_label.get(language)
        if name == "min_rooms":
            return self.tr("%1 rooms or more").replace("%1", str(value))
        if name in ("min_surface", "max_surface"):
            number = formatting.format_number(float(value), language)
            text = self.tr("From %1 m²") if name == "min_surface" else self.tr("Up to %1 m²")
            return text.replace("%1", number)
        if name in ("min_price", "max_price"):
            amount = formatting.format_mad(float(value), language)
            text = self.tr("From %1") if name == "min_price" else self.tr("Up to %1")
            return text.replace("%1", amount)
        return str(value)

    @staticmethod
    def _word_label(name: str, value: str) -> vocabulary.Label | None:
        if name == "type":
            return vocabulary.type_label(value)
        if name == "category" and value in vocabulary.CATEGORIES:
            return vocabulary.CATEGORIES[value]
        if name == "status":
            return vocabulary.status_label(value)
        if name == "rooms":
            return vocabulary.rooms_label(value)
        return None


class UnderstoodBar(QWidget):
    """Correction line and understood-filter chips; emits the text to search next."""

    search_text = Signal(str)  # a chip removed: the typed text without its words
    literal = Signal(bool)  # True: search the words as typed; False: back to corrections

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("understoodBar")
        self.names = ChipText(self)
        self.names.hide()
        self.correction = QLabel(self)
        self.correction.setProperty("role", "subtitle")
        self.correction.setWordWrap(True)
        self.literal_button = QPushButton(self)
        self.literal_button.setProperty("role", "nav")
        self.literal_button.clicked.connect(self._toggle_literal)
        correction_row = QHBoxLayout()
        correction_row.setContentsMargins(0, 0, 0, 0)
        correction_row.addWidget(self.correction, 1)
        correction_row.addWidget(self.literal_button)
        self.chips_box = QWidget(self)
        self.chips = FlowLayout(self.chips_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(correction_row)
        layout.addWidget(self.chips_box)
        self.chip_buttons: list[QPushButton] = []
        self._result: VisitorResult | None = None
        self._roomy = True
        self._wanted = False
        self.hide()

    def set_roomy(self, roomy: bool) -> None:
        """With the keyboard up the screen is a strip: chips wait until it closes."""
        self._roomy = roomy
        self.setVisible(self._wanted and roomy)

    def show_result(self, found: VisitorResult, places: Vocabulary | None, language: str) -> None:
        self._result = found
        u = found.understanding
        for button in self.chip_buttons:
            self.chips.removeWidget(button)
            button.deleteLater()
        self.chip_buttons = []
        for chip in u.chips:
            button = QPushButton(self.chips_box)
            button.setProperty("role", "chip")
            text = f"{self.names.label(chip, places, language)}  {REMOVE_MARK}"
            button.setText(text)
            button.setAccessibleName(self.tr("Remove filter: %1").replace("%1", text[:-2].strip()))
            button.clicked.connect(lambda _=False, c=chip: self.search_text.emit(u.without(c)))
            self.chips.addWidget(button)
            self.chip_buttons.append(button)
        self.chips_box.setVisible(bool(u.chips))
        self._show_correction(found, language)
        self._wanted = bool(u.chips) or u.corrected or found.literal
        self.setVisible(self._wanted and self._roomy)

    def _show_correction(self, found: VisitorResult, language: str) -> None:
        u = found.understanding
        typed = " ".join(t for t, _fixed in u.corrections)
        fixed = " ".join(f for _t, f in u.corrections)
        if u.corrected:
            self.correction.setText(
                self.tr("Results for %1").replace("%1", _quoted(fixed, language))
            )
            self.literal_button.setText(
                self.tr("Search instead for %1").replace("%1", _quoted(typed, language))
            )
        elif found.literal:
            self.correction.setText(
                self.tr("Results for %1, as typed").replace("%1", _quoted(u.text, language))
            )
            self.literal_button.setText(self.tr("Correct my spelling"))
        self.literal_button.setAccessibleName(self.literal_button.text())
        shown = u.corrected or found.literal
        self.correction.setVisible(shown)
        self.literal_button.setVisible(shown)

    def _toggle_literal(self) -> None:
        self.literal.emit(not (self._result is not None and self._result.literal))


class NoResultsPanel(QWidget):
    """Never an empty page: the query without its most restrictive filter, with counts,
    the next ones, and an advisor."""

    chosen = Signal(object)  # an Alternative
    advisor = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noResults")
        self.names = ChipText(self)
        self.names.hide()
        self.title = QLabel(self)
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tiles = QVBoxLayout()
        self.tiles.setSpacing(12)
        self.advisor_button = QPushButton(self)
        self.advisor_button.setProperty("role", "secondary")
        self.advisor_button.clicked.connect(self.advisor.emit)
        # Large text may not fit: the tiles scroll rather than overlap.
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.title)
        column.addLayout(self.tiles)
        column.addWidget(self.advisor_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        for widget in (self.title, self.advisor_button):
            widget.setParent(content)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        enable_kinetic(scroll)
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.tile_buttons: list[QPushButton] = []

    def show_alternatives(
        self, alternatives: tuple[Alternative, ...], places: Vocabulary | None, language: str
    ) -> None:
        for button in self.tile_buttons:
            self.tiles.removeWidget(button)
            button.deleteLater()
        self.tile_buttons = []
        self.title.setText(
            self.tr("Nothing matches all of this. Nearest results:")
            if alternatives
            else self.tr("Nothing matches this search.")
        )
        for alt in alternatives:
            button = QPushButton(self.content)
            button.setProperty("role", "primary" if not self.tile_buttons else "secondary")
            button.setText(self._alternative_text(alt, places, language))
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, a=alt: self.chosen.emit(a))
            self.tiles.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.tile_buttons.append(button)
        self.advisor_button.setText(self.tr("Talk to an advisor"))
        self.advisor_button.setAccessibleName(self.advisor_button.text())

    def _alternative_text(self, alt: Alternative, places: Vocabulary | None, language: str) -> str:
        if alt.chip is not None:
            what = self.names.label(alt.chip, places, language)
        elif alt.dropped_filter:
            what = self.tr("your filter")
        elif alt.dropped_text:
            what = alt.dropped_text
        else:
            what = ""
        count = self.tr("%Ln result(s)", "", alt.count)
        if not what:
            return self.tr("Show everything (%1)").replace("%1", count)
        return self.tr("Without %1: %2").replace("%1", _quoted(what, language)).replace("%2", count)
