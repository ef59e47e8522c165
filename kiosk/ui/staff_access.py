"""What opens behind the hidden corner gesture: the staff PIN pad, then a small staff menu.

The menu leads to the staff console (when built), says why the catalog is unavailable if it
is, and is the only way to quit the locked kiosk.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import registry

if TYPE_CHECKING:
    from kiosk.ui.app import MainWindow

log = logging.getLogger(__name__)


def make_pin_pad(window: MainWindow, parent: QWidget) -> QWidget | None:
    """The PinPad of kiosk.ui.widgets.pinpad, or None while that widget is not built."""
    if not registry.module_available("kiosk.ui.widgets.pinpad"):
        return None
    from kiosk.ui.widgets.pinpad import PinPad

    services = window.services
    verifier = getattr(window, "pin_verifier", None)
    if verifier is not None:
        return PinPad(verifier, clock=services.clock, parent=parent)
    return PinPad(db=services.db, clock=services.clock, parent=parent)


class StaffAccess(QFrame):
    """Full-window layer: PIN pad first, then the staff menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame(self)
        self.card.setObjectName("overlayCard")
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(40, 32, 40, 32)
        self.card_layout.setSpacing(20)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.pin_pad = make_pin_pad(window, self.card)
        self.menu: QWidget | None = None
        if self.pin_pad is None:
            title = QLabel(self.tr("The staff PIN pad is not installed."), self.card)
            title.setProperty("role", "subtitle")
            title.setWordWrap(True)
            self.card_layout.addWidget(title)
            close = QPushButton(self.tr("Close"), self.card)
            close.setAccessibleName(self.tr("Close"))
            close.clicked.connect(self.close_access)
            self.card_layout.addWidget(close)
        else:
            self.card_layout.addWidget(self.pin_pad)
            self.pin_pad.accepted.connect(self.show_menu)  # type: ignore[attr-defined]
            self.pin_pad.cancelled.connect(self.close_access)  # type: ignore[attr-defined]
        self.setGeometry(window.rect())

    @classmethod
    def open(cls, window: MainWindow) -> StaffAccess:
        existing = window.findChild(StaffAccess)
        if existing is not None:
            existing.raise_()
            return existing
        layer = cls(window)
        layer.setGeometry(window.rect())
        layer.show()
        layer.raise_()
        return layer

    def show_menu(self) -> None:
        """PIN accepted: the staff menu replaces the pad."""
        if self.pin_pad is not None:
            self.pin_pad.hide()
        menu = QWidget(self.card)
        layout = QVBoxLayout(menu)
        layout.setSpacing(16)
        title = QLabel(self.tr("Staff"), menu)
        title.setProperty("role", "title")
        layout.addWidget(title)
        reason = getattr(self.window_, "catalog_problem", "")
        if reason:
            problem = QLabel(self.tr("Catalog problem: %1").replace("%1", reason), menu)
            problem.setProperty("role", "warning")
            problem.setWordWrap(True)
            layout.addWidget(problem)
        console = QPushButton(self.tr("Open the staff console"), menu)
        console.setProperty("role", "primary")
        console.setEnabled(registry.is_available("staff"))
        console.clicked.connect(self.open_console)
        layout.addWidget(console)
        back = QPushButton(self.tr("Back to the visitor screens"), menu)
        back.clicked.connect(self.close_access)
        layout.addWidget(back)
        quit_button = QPushButton(self.tr("Quit the kiosk"), menu)
        quit_button.setProperty("role", "danger")
        quit_button.clicked.connect(self.window_.quit_by_staff)
        layout.addWidget(quit_button)
        for button in (console, back, quit_button):
            button.setAccessibleName(button.text())
        self.card_layout.addWidget(menu)
        self.menu = menu

    def open_console(self) -> None:
        self.close_access()
        self.window_.show_screen("staff")

    def close_access(self) -> None:
        self.hide()
        self.setParent(None)
        self.deleteLater()

    def event(self, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.ParentChange and parent is not None:
            self.setGeometry(parent.rect())
        return super().event(event)
