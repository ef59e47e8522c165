"""Never die in front of a visitor: log any uncaught error, say sorry, start again."""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.core.crashes import save_crash_report

if TYPE_CHECKING:
    from kiosk.ui.app import MainWindow

log = logging.getLogger(__name__)

SORRY_SHOWN_MS = 2500


class SorryOverlay(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(self)
        self.label.setObjectName("countdown")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Sorry — starting again"))
        self.label.setAccessibleName(self.label.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CrashGuard:
    """Installed as sys.excepthook while the kiosk window lives."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.overlay = SorryOverlay(window)
        self.recoveries = 0
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        log.error("uncaught error, the visitor session restarts", exc_info=(exc_type, exc, tb))
        try:
            save_crash_report(self.window.services.paths.logs, exc_type, exc, tb)
        except OSError:
            log.exception("crash report not saved")
        self.recoveries += 1
        self.overlay.setGeometry(self.window.rect())
        self.overlay.raise_()
        self.overlay.show()
        QTimer.singleShot(SORRY_SHOWN_MS, self.recover)

    def recover(self) -> None:
        self.overlay.hide()
        try:
            self.window.wipe()
        except Exception:  # the wipe itself failed: at least show the attract loop
            log.exception("wipe after an error failed")
            self.window.show_screen("attract")
