"""The whole stand in the staff console of a joined kiosk, as the stand hub sees it: every
kiosk (alive, printer, leads waiting for HQ, catalog version, last sync), the queue per desk
and today's figures. Nothing personal: counts, versions and times."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui import i18n
from kiosk.ui.services import Services
from kiosk.ui.widgets.layouts import clear_layout
from kiosk.uplink import hub_link
from sync.contract.errors import OmraneError
from sync.contract.vocabulary import PRINT_STATES, word

log = logging.getLogger(__name__)


def _text(value: object) -> str:
    return "—" if value in (None, "") else str(value)


class StandPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.lines: list[QLabel] = []

    def texts(self) -> list[str]:
        return [line.text() for line in self.lines]

    def refresh(self) -> None:
        clear_layout(self.rows)
        self.lines = []
        link = hub_link.HubLink.from_settings(self.services.db)
        if link is None:
            return
        try:
            view = hub_link.stand_view(link, self.services.event, self.services.clock)
        except OmraneError as exc:
            log.info("stand view unavailable: %s", exc.message)
            self._line(self.tr("The stand hub cannot be reached now."))
            return
        finally:
            link.close()
        self.show_view(view)

    def show_view(self, view: dict[str, Any]) -> None:
        self._line(self.tr("The whole stand"), "title")
        for kiosk in view.get("kiosks", []):
            state = self.tr("alive") if kiosk.get("alive") else self.tr("silent")
            self._line(
                self.tr("{0} — {1} · printer: {2} · waiting for HQ: {3} · catalog {4} · "
                        "last sync: {5}").format(
                    _text(kiosk.get("name") or kiosk.get("kiosk_id")), state,
                    _printer(kiosk.get("print_jobs"), self.tr("idle")), _text(kiosk.get("pending")),
                    _text(kiosk.get("catalog_version")), _text(kiosk.get("last_sync")),
                )
            )  # fmt: skip
        figures = view.get("figures", {})
        for desk, states in view.get("queues", {}).items():
            today = figures.get(desk, {})
            self._line(
                self.tr("{0}: waiting {1}, called {2}, done {3} · today {4} tickets, "
                        "{5} served, {6} no-show").format(
                    i18n.desk_name(desk), states.get("waiting", 0), states.get("called", 0),
                    states.get("done", 0), today.get("tickets", 0), today.get("served", 0),
                    today.get("no_show", 0),
                )
            )  # fmt: skip

    def _line(self, text: str, role: str = "subtitle") -> None:
        line = QLabel(text, self)
        line.setWordWrap(True)
        line.setProperty("role", role)
        self.rows.addWidget(line)
        self.lines.append(line)


def _printer(jobs: object, idle: str) -> str:
    """Open print jobs by state, in the console's language ("En file 2, Échec 1")."""
    if not isinstance(jobs, dict) or not jobs:
        return idle
    lang = i18n.current_language()
    return ", ".join(f"{word(PRINT_STATES, str(s), lang)} {n}" for s, n in sorted(jobs.items()))
