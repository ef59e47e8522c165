"""One visitor's state, from the first touch to the wipe: nothing of it survives `wipe()`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

MAX_SELECTION = 4


class VisitorSession(QObject):
    """What the current visitor chose, looked at and typed (only in memory, never on disk)."""

    changed = Signal()
    wiped = Signal()
    language_changed = Signal(str)

    def __init__(self, default_language: str = "fr", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default_language = default_language
        self.language = default_language
        self.selection: list[str] = []
        self.viewed: list[str] = []
        self.simulation: dict[str, Any] | None = None
        self.aid_answers: dict[str, Any] = {}
        self.search_text = ""
        self.brochure_printed = False

    # --- selection (compare up to MAX_SELECTION units) ---
    def add_to_selection(self, ref: str) -> bool:
        """False when the selection is already full (the screen says so)."""
        if ref in self.selection:
            return True
        if len(self.selection) >= MAX_SELECTION:
            return False
        self.selection.append(ref)
        self.changed.emit()
        return True

    def remove_from_selection(self, ref: str) -> None:
        if ref in self.selection:
            self.selection.remove(ref)
            self.changed.emit()

    def is_selected(self, ref: str) -> bool:
        return ref in self.selection

    def mark_viewed(self, ref: str) -> None:
        if ref not in self.viewed:
            self.viewed.append(ref)
            self.changed.emit()

    def activity(self) -> dict[str, Any]:
        """What the visitor did at the kiosk, for the lead score (sync.contract.lead_score)."""
        return {
            "units_opened": len(self.viewed),
            "simulation_run": self.simulation is not None,
            "brochure_printed": self.brochure_printed,
        }

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)
        self.changed.emit()

    def wipe(self) -> None:
        """Forget the visitor: selection, views, simulation, answers, search text, language."""
        self.selection = []
        self.viewed = []
        self.simulation = None
        self.aid_answers = {}
        self.search_text = ""
        self.brochure_printed = False
        self.language = self.default_language
        self.wiped.emit()
        self.changed.emit()
