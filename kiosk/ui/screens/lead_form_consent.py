"""The top of the contact form: the privacy notice of the event's version, then the three
consent boxes (unticked), captioned in the very words the notice quotes, and the hints that
say what "call me back" is needed for."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core import notices
from kiosk.ui.screens import lead_form_fields as parts
from kiosk.ui.widgets.consent_box import ConsentBox
from sync.contract.errors import OmraneError
from sync.contract.vocabulary import CONSENT_BOXES

log = logging.getLogger(__name__)


class NoticeAndConsents:
    """Builds the notice and the boxes into the form's column; the form keeps the texts that
    are its own (translated in its context) and passes them in."""

    def __init__(self, body: QWidget, column: QVBoxLayout) -> None:
        self.notice_title = parts.wrapped_label("", "cardTitle", body)
        self.notice = parts.privacy_notice_box(body)
        self.notice_version = parts.wrapped_label("", "hint", body)
        for widget in (self.notice_title, self.notice, self.notice_version):
            column.addWidget(widget)
        self.boxes = {key: ConsentBox(body) for key in CONSENT_BOXES}
        for box in self.boxes.values():
            box.setObjectName("consentBox")
            column.addWidget(box)
        self.anonymous_hint = parts.wrapped_label("", "hint", body)
        column.addWidget(self.anonymous_hint)
        # Shown when a locked field is tapped: what to do to unlock it.
        self.locked_hint = parts.wrapped_label("", "warning", body)
        self.locked_hint.setObjectName("lockedHint")
        column.addWidget(self.locked_hint)

    def set_captions(self, language: str) -> None:
        # The notice quotes these captions word for word: one source for both.
        for key, box in self.boxes.items():
            box.set_caption(CONSENT_BOXES[key].get(language))

    def show_notice(self, version: str, language: str, version_caption: str) -> bool:
        """The notice in the visitor's language; False when it cannot be read."""
        try:
            notice = notices.load_notice(version, language)
        except OmraneError as exc:
            log.error("privacy notice unavailable: %s", exc.message)
            return False
        parts.show_privacy_notice(notice, self.notice_title, self.notice)
        # Isolated left to right: the version's dashes must not reorder it in Arabic.
        self.notice_version.setText(version_caption.format(f"\u2066{version}\u2069"))
        return True

    def untick(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
        self.locked_hint.clear()
