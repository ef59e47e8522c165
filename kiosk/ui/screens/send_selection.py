""" "Send me my selection": the visitor picks e-mail, WhatsApp or SMS, types where to, and
ticks a consent box for this one sending (its own purpose in the privacy notice). Nothing is
kept before the box is ticked; then the request is sealed and queued for HQ
(:mod:`kiosk.core.send_requests`), and HQ sends it when the stand is online.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import notices
from kiosk.core.countries import phone_countries
from kiosk.core.formatting import isolate_ltr
from kiosk.core.send_requests import SendInput, save_request
from kiosk.ui.screens import lead_form_fields as parts
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.consent_box import ConsentBox
from kiosk.ui.widgets.form_typing import chain_fields
from kiosk.ui.widgets.kinetic import enable_kinetic
from kiosk.ui.widgets.takeaway_qr import takeaway_link
from sync.contract.errors import OmraneError, ValidationError
from sync.contract.messages import message
from sync.contract.vocabulary import SEND_CHANNELS

log = logging.getLogger(__name__)

PHONE_CHANNELS = ("whatsapp", "sms")


class SendSelectionScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen_send_selection")
        self.refs: list[str] = []
        self.lead_id = ""
        self.link = ""
        self.sent_id = ""
        outer = QVBoxLayout(self)
        scroll = self.scroll_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        enable_kinetic(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        column = QVBoxLayout(body)
        column.setSpacing(12)
        self.title = parts.wrapped_label("", "title", body)
        self.intro = parts.wrapped_label("", "subtitle", body)
        self.group = QButtonGroup(self)
        chips_row, self.chips = parts.chip_row(tuple(SEND_CHANNELS), self.group, body)
        for channel, chip in self.chips.items():
            chip.setObjectName(f"sendChannel_{channel}")
        self.group.buttonClicked.connect(lambda _b: self._channel_changed())
        self.email = parts.email_line(body)
        self.email.setObjectName("sendEmail")
        self.phone_row, self.phone_country, self.phone = parts.phone_entry(body)
        self.phone.setObjectName("sendPhone")
        self.region = parts.PhoneRegionGuess(self.phone_country, self._leading)
        self.phone_country.activated.connect(self.region.picked)
        self.phone.textEdited.connect(self.region.follow)
        self.field_error = parts.wrapped_label("", "warning", body)
        self.consent = ConsentBox(body)
        self.consent.setObjectName("sendConsent")
        self.consent.toggled.connect(lambda _on: self._update_button())
        self.notice_title = parts.wrapped_label("", "cardTitle", body)
        self.notice = parts.privacy_notice_box(body)
        self.done = parts.wrapped_label("", "subtitle", body)
        self.done.setObjectName("sendDone")
        # the consent comes before the address: ⏎ on the touch keyboard then sends at once
        for widget in (self.title, self.intro, chips_row, self.consent, self.email):
            column.addWidget(widget)
        for widget in (self.phone_row, self.field_error, self.done, self.notice_title):
            column.addWidget(widget)
        column.addWidget(self.notice)
        column.addStretch(1)
        outer.addLayout(self._buttons())
        chain_fields([self.email], submit=self.send)
        chain_fields([self.phone], submit=self.send)
        self.retranslate()
        self.reset()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setProperty("role", "secondary")
        self.back_button.clicked.connect(lambda: self.go("back"))
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setProperty("role", "primary")
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.send_button)
        return row

    def _leading(self) -> list[str]:
        return list(dict.fromkeys([self.services.event.event.country, "MA"]))

    # ---- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.session.language
        self.title.setText(self.tr("Send me my selection"))
        self.intro.setText(
            self.tr("We send you the link to your selection once, the way you choose.")
        )
        for channel, chip in self.chips.items():
            chip.setText(SEND_CHANNELS[channel].get(lang))
            chip.setAccessibleName(chip.text())
        self._fill_phone_countries()
        self.email.setPlaceholderText(self.tr("Your e-mail address"))
        self.phone.setPlaceholderText(self.tr("Your mobile number"))
        self.back_button.setText(self.tr("Back"))
        self.send_button.setText(self.tr("Send"))
        for button in (self.back_button, self.send_button):
            button.setAccessibleName(button.text())
        self._consent_text()
        self._show_notice()
        if self.sent_id:
            self.done.setText(self._done_text())

    def _fill_phone_countries(self) -> None:
        """The calling codes named in the visitor's language, keeping the choice."""
        box = self.phone_country
        chosen = box.currentData() or "MA"
        box.clear()
        for region, name, calling in phone_countries(self.session.language, self._leading()):
            box.addItem(f"{name} +{calling}", region)
        box.setCurrentIndex(max(box.findData(chosen), 0))

    def _consent_text(self) -> None:
        channel = self.channel()
        name = SEND_CHANNELS[channel].get(self.session.language) if channel else "…"
        self.consent.set_caption(
            self.tr(
                "I agree that Al Omrane sends me this selection once by {0}, "
                "as the privacy notice says (purpose “Send me my selection”, version {1})."
            ).format(name, isolate_ltr(self.services.event.event.notice_version))
        )

    def _show_notice(self) -> None:
        try:
            notice = notices.load_notice(
                self.services.event.event.notice_version, self.session.language
            )
        except OmraneError as exc:
            log.error("privacy notice: %s", exc.message)
            return
        parts.show_privacy_notice(notice, self.notice_title, self.notice)

    def _done_text(self) -> str:
        return self.tr(
            "Thank you: your selection will be sent as soon as the stand is connected. "
            "You can stop any further message from the link it contains."
        )

    # ---- state --------------------------------------------------------------------------

    def channel(self) -> str:
        return next((c for c, chip in self.chips.items() if chip.isChecked()), "")

    def _channel_changed(self) -> None:
        channel = self.channel()
        self.email.setVisible(channel == "email")
        self.phone_row.setVisible(channel in PHONE_CHANNELS)
        self.field_error.clear()
        self._consent_text()
        self._update_button()
        (self.email if channel == "email" else self.phone).setFocus()

    def _update_button(self) -> None:
        ready = bool(self.channel()) and self.consent.isChecked() and not self.sent_id
        self.send_button.setEnabled(ready and bool(self.link))

    def enter(self, **kwargs: Any) -> None:
        self.reset()
        self.refs = list(kwargs.get("refs") or self.session.selection)
        self.lead_id = str(kwargs.get("lead_id") or "")
        self.link = takeaway_link(self.services, self.session, self.refs)
        self._update_button()

    def reset(self) -> None:
        self.refs, self.lead_id, self.link, self.sent_id = [], "", "", ""
        parts.uncheck_all(self.group)
        self.email.clear()
        self.phone.clear()
        self.region.forget()
        self.consent.setChecked(False)
        self.field_error.clear()
        self.done.clear()
        self.done.hide()
        self.email.hide()
        self.phone_row.hide()
        for widget in (self.consent, self.email, self.phone_row, *self.chips.values()):
            widget.setEnabled(True)
        self._consent_text()
        self._update_button()

    # ---- sending ------------------------------------------------------------------------

    def send(self) -> None:
        channel = self.channel()
        if not self.send_button.isEnabled() or not channel:
            return
        typed = self.email.text() if channel == "email" else self.phone.text()
        inp = SendInput(
            channel,
            typed,
            self.session.language,
            self.link,
            consent=self.consent.isChecked(),
            phone_country=self.region.region(typed),
            lead_id=self.lead_id,
        )
        try:
            self.sent_id = save_request(
                self.services.db, inp, event=self.services.event, clock=self.services.clock
            )
        except ValidationError as exc:
            keys = [key for _field, key in exc.problems] or [exc.key]
            self.field_error.setText(message(keys[0], self.session.language))
            return
        except OmraneError as exc:
            log.error("send request not saved: %s", exc.message)
            self.field_error.setText(message(exc.key, self.session.language))
            return
        self.field_error.clear()
        self.done.setText(self._done_text())
        self.done.show()
        self.back_button.setFocus()  # out of the text field: the touch keyboard goes away
        for widget in (self.consent, self.email, self.phone_row, *self.chips.values()):
            widget.setEnabled(False)  # sent once: nothing left to change
        self._update_button()
        self.scroll_area.ensureWidgetVisible(self.done)
        self.services.sync.nudge()  # online: it leaves for HQ now, not at the next round
