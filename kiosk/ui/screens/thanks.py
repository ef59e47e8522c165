"""Thank you: the visitor's desk ticket(s) in big type and a QR code for the advisor.

The QR holds only the lead id, the desk and the ticket number (no personal data). The ticket
can go to the stand's ticket printer; "Finish" forgets the visitor.
"""

from __future__ import annotations

import io
import logging
from typing import Any

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.desk_numbers import wait_text
from kiosk.core.tickets import Ticket
from kiosk.ui import i18n
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.layouts import clear_layout
from kiosk.ui.widgets.takeaway_qr import TakeawayQr
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)
QR_PIXELS = 220
SIDE_BY_SIDE_MAX = 2  # tickets per screen shown with the code beside the number


def qr_pixmap(payload: str, pixels: int = QR_PIXELS) -> QPixmap:
    image = qrcode.make(payload, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap.scaled(pixels, pixels, Qt.AspectRatioMode.KeepAspectRatio)


class ThankYouScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen_thanks")
        self.tickets: dict[str, Ticket] = {}
        self.saved_lead = False
        self.lead_id = ""  # the lead the visitor may ask to be sent their selection with
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.cards = QHBoxLayout()
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.cards, 1)
        self.print_state = QLabel(self)
        self.print_state.setProperty("role", "hint")
        self.print_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_state.setWordWrap(True)
        layout.addWidget(self.print_state)
        self.takeaway = TakeawayQr(services, session, self, on_send=self._send_selection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.takeaway, 3)
        self.print_button = QPushButton(self)
        self.print_button.setProperty("role", "secondary")
        self.print_button.clicked.connect(self.print_tickets)
        self.finish_button = QPushButton(self)
        self.finish_button.setProperty("role", "primary")
        self.finish_button.clicked.connect(lambda: self.go("finish"))
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.finish_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you! Here is your ticket"))
        self._show_subtitle()
        self.print_button.setText(self.tr("Print my ticket"))
        self.finish_button.setText(self.tr("Finish"))
        for button in (self.print_button, self.finish_button):
            button.setAccessibleName(button.text())
        self._show_cards()

    def _show_subtitle(self) -> None:
        if any(ticket.pending for ticket in self.tickets.values()):
            # no number yet (stand hub away): "keep your number" would be a promise we can't keep
            self.subtitle.setText(
                self.tr("Your contact is saved. Show the code below at the desk.")
            )
        else:
            self.subtitle.setText(
                self.tr("Keep your number: the advisor will call it. Show the code at the desk.")
            )

    def desk_name(self, desk: str) -> str:
        return i18n.desk_name(desk)

    def enter(self, **kwargs: Any) -> None:
        saved = kwargs.get("saved")
        self.saved_lead = saved is not None
        self.lead_id = str(getattr(saved, "id", "") or "")
        self.tickets = dict(saved.tickets if saved is not None else kwargs.get("tickets") or {})
        self.print_state.clear()
        self.print_button.setEnabled(True)
        self._show_subtitle()
        self._show_cards()
        # what the visitor chose, or else the last units they looked at
        self.takeaway.show_units(list(self.session.selection) or self.session.viewed[-4:])
        if self.saved_lead:
            self.services.sync.nudge()  # online: the lead leaves for HQ now, not at the next round

    def _send_selection(self, refs: list[str]) -> None:
        self.go("send_selection", refs=refs, lead_id=self.lead_id)

    def _show_cards(self) -> None:
        clear_layout(self.cards)
        self.cards.addStretch(1)
        for desk, ticket in self.tickets.items():
            card = QWidget(self)
            card.setProperty("role", "card")
            # Side by side (words beside the code) when there is width for it: the code then
            # never runs out of height, even in large text.
            row = QHBoxLayout(card) if len(self.tickets) <= SIDE_BY_SIDE_MAX else None
            column = QVBoxLayout() if row is not None else QVBoxLayout(card)
            name = QLabel(self.desk_name(desk), card)
            name.setProperty("role", "subtitle")
            number = QLabel(ticket.label, card)
            number.setObjectName("ticketNumber")
            number.setProperty("role", "title")
            number.setAccessibleName(self.tr("Ticket {0}").format(ticket.label))
            code = QLabel(card)
            code.setObjectName("ticketQr")
            pixmap = qr_pixmap(ticket.qr_payload)
            code.setPixmap(pixmap)
            code.setMinimumSize(pixmap.size())  # a cropped quiet zone makes the code unreadable
            for label in (name, number, code):
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(name)
            column.addWidget(number)
            wait = wait_text(
                ticket.position, ticket.wait_minutes, self.session.language, pending=ticket.pending
            )
            if wait:
                place = QLabel(wait, card)
                place.setObjectName("ticketWait")
                place.setWordWrap(True)
                place.setAlignment(Qt.AlignmentFlag.AlignCenter)
                column.addWidget(place)
            if row is not None:
                row.addLayout(column)
                row.addWidget(code)
            else:
                column.addWidget(code)
            # The number is what the desk calls: it never gives up height to the code.
            number.ensurePolished()
            number.setMinimumHeight(number.fontMetrics().height())
            self.cards.addWidget(card)
        self.cards.addStretch(1)
        self.print_button.setVisible(bool(self.tickets))

    def print_tickets(self) -> None:
        from kiosk.core.brochure import render_ticket
        from kiosk.core.printing import print_pdf

        services, lang = self.services, self.session.language
        self.print_button.setEnabled(False)  # one ticket per tap, not one per impatient tap
        waiting = False
        for desk, ticket in self.tickets.items():
            pdf = render_ticket(
                desk,
                ticket.label,
                ticket.qr_payload,
                services.event,
                lang,
                printed_on=services.clock.now().date(),
            )
            try:
                job = print_pdf(
                    services.db,
                    services.paths,
                    services.event,
                    pdf,
                    title=f"ticket {ticket.label}",
                    kind="ticket",
                    clock=services.clock,
                )
            except OmraneError as exc:
                log.error("ticket not queued: %s", exc.message)
                waiting = True
                continue
            waiting = waiting or job.state != "done"
        self.print_state.setText(
            self.tr("Your ticket will be printed shortly; you can also photograph the code.")
            if waiting
            else self.tr("Your ticket is ready: the staff will print it for you.")
            if services.event.printer.backend == "folder"
            else self.tr("Your ticket is printing.")
        )

    def reset(self) -> None:
        self.takeaway.reset()
        self.tickets = {}
        self.saved_lead = False
        self.lead_id = ""
        self.print_state.clear()
        self._show_cards()
