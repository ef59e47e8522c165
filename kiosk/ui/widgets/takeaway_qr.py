"""The "take it with you" QR: the visitor's selection, simulation and aid estimate as a signed
link to HQ's public page (kiosk.core.takeaway), scanned with their own phone.

Shown on the selection (compare), unit, simulator and thank-you screens; hidden when the
stand has no take-away key (not enrolled yet) or nothing is selected.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core import takeaway
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.wrap_button import WrapButton
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)

QR_PIXELS = 132  # a phone reads it from a step away; small enough not to crowd the screen


def takeaway_link(services: Services, session: VisitorSession, refs: Sequence[str]) -> str:
    """The signed link of ``refs`` with the visitor's simulation and aid ('' when none)."""
    if not refs:
        return ""
    simulation = session.simulation
    if simulation and simulation.get("ref") not in (None, *refs):
        simulation = None  # a simulation of another unit does not travel with these
    aid = session.aid_answers.get("amount_mad") or 0
    try:
        return takeaway.build_link(
            services.db,
            services.event,
            refs,
            session.language,
            simulation=simulation,
            aid_mad=int(aid),
            clock=services.clock,
        )
    except OmraneError as exc:
        log.info("no take-away link: %s", exc.message)
    except ValueError as exc:  # more units than a link carries, or an odd reference
        log.warning("no take-away link: %s", exc)
    return ""


class TakeawayQr(QWidget):
    def __init__(
        self,
        services: Services,
        session: VisitorSession,
        parent: QWidget | None = None,
        *,
        on_send: Callable[[list[str]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("takeawayQr")
        self.services, self.session = services, session
        self.url = ""
        self.code = QLabel(self)
        self.code.setObjectName("takeawayQrCode")
        self.caption = QLabel(self)
        self.caption.setProperty("role", "hint")
        self.caption.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.code, 0, Qt.AlignmentFlag.AlignVCenter)
        words = QVBoxLayout()
        words.addWidget(self.caption)
        row.addLayout(words, 1)
        # "Send me my selection" (e-mail, WhatsApp, SMS) under the caption, where offered
        self.send_button: WrapButton | None = None
        if on_send is not None:
            self.send_button = WrapButton(parent=self)
            self.send_button.setObjectName("sendSelectionButton")
            self.send_button.setProperty("role", "secondary")
            self.send_button.clicked.connect(lambda: on_send(list(self.refs)))
            words.addWidget(self.send_button)
        self.refs: list[str] = []
        session.language_changed.connect(self._language_changed)
        self.retranslate()
        self.hide()

    def _language_changed(self, _language: str) -> None:
        self.retranslate()
        if self.refs:
            self.show_units(self.refs)  # the page opens in the visitor's new language

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Take it with you: scan to keep this on your phone"))
        self.code.setAccessibleName(self.caption.text())
        if self.send_button is not None:
            self.send_button.setText(self.tr("Send me my selection"))
            self.send_button.setAccessibleName(self.send_button.text())

    def show_units(self, refs: Sequence[str]) -> None:
        """Show the link of ``refs`` with the visitor's simulation and aid, or hide."""
        self.refs = list(refs)
        self.url = takeaway_link(self.services, self.session, refs)
        if not self.url:
            self.code.clear()
            self.hide()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(takeaway.qr_png(self.url, box_size=4), "PNG")
        scaled = pixmap.scaled(QR_PIXELS, QR_PIXELS, Qt.AspectRatioMode.KeepAspectRatio)
        self.code.setPixmap(scaled)
        self.code.setMinimumSize(scaled.size())  # a cropped code cannot be scanned
        self.show()

    def reset(self) -> None:
        self.refs = []
        self.url = ""
        self.code.clear()
        self.hide()
