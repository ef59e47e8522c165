"""The stand tools of the staff console: export, erase a visitor, retention purge, event
profile, PIN change and the self-check."""

from __future__ import annotations

import logging
from pathlib import Path

import nacl.public
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kiosk.core import doctor, retention, staff
from kiosk.core.config import load_event_profile, shipped_event_profiles, use_event_profile
from kiosk.core.export import default_filename, export_leads
from kiosk.core.staff_session import StaffSession
from kiosk.ui.services import Services
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)
EVENT_NAME_CHARS = 24


class ToolsTab(QWidget):
    def __init__(self, services: Services, session: StaffSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.staff = session
        self.grid = QGridLayout(self)
        self.buttons: list[QPushButton] = []
        self.message = QLabel(self)
        self.message.setProperty("role", "subtitle")
        self.message.setWordWrap(True)
        self._row = 0
        self._add_export_line()
        self._add_erase_line()
        self._add_purge_line()
        self._add_event_profile_line()
        self._add_pin_change_line()
        self._add_self_check_line()
        self.grid.addWidget(self.message, self._row, 0, 1, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(self._row + 1, 1)
        self._erase_armed = ""

    def _add_export_line(self) -> None:
        self.export_format = QComboBox(self)
        self.export_format.addItems(["xlsx", "csv"])
        self._line(
            self.tr("Export the leads (USB key)"),
            self.export_format,
            self.tr("Export…"),
            self.export,
        )

    def _add_erase_line(self) -> None:
        self.phone = QLineEdit(self)
        self.phone.setProperty("keyboardLayout", "phone")
        self.phone.setPlaceholderText(self.tr("Phone number, with +country"))
        self.phone.setAccessibleName(self.tr("Phone number to erase"))
        self.erase_button = self._line(
            self.tr("Erase a visitor on request"),
            self.phone,
            self.tr("Erase"),
            self.erase,
            role="danger",
        )

    def _add_purge_line(self) -> None:
        self.purge_preview = QLabel(self)
        self.purge_button = self._line(
            self.tr("Retention purge"),
            self.purge_preview,
            self.tr("Purge now"),
            self.purge,
            role="danger",
        )

    def _add_event_profile_line(self) -> None:
        self.events = QComboBox(self)
        # Long event names must not widen the console past the screen.
        self.events.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.events.setMinimumContentsLength(EVENT_NAME_CHARS)
        for path in shipped_event_profiles():
            self.events.addItem(load_event_profile(path).event.name, str(path))
        self._line(
            self.tr("Event profile"), self.events, self.tr("Use this event"), self.switch_event
        )

    def _add_pin_change_line(self) -> None:
        self.old_pin, self.new_pin, self.new_pin_again = (
            QLineEdit(self),
            QLineEdit(self),
            QLineEdit(self),
        )
        pins = QWidget(self)
        pin_row = QGridLayout(pins)
        for n, (field, hint) in enumerate(
            (
                (self.old_pin, self.tr("Current PIN")),
                (self.new_pin, self.tr("New PIN")),
                (self.new_pin_again, self.tr("New PIN again")),
            )
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setProperty("keyboardLayout", "phone")
            field.setPlaceholderText(hint)
            field.setAccessibleName(hint)
            pin_row.addWidget(field, n // 2, n % 2)
        self._line(self.tr("Change the staff PIN"), pins, self.tr("Change PIN"), self.change_pin)

    def _add_self_check_line(self) -> None:
        self.checks = QLabel(self)
        self.checks.setWordWrap(True)
        self._line(self.tr("Self-check"), self.checks, self.tr("Check now"), self.self_check)

    def _line(
        self, title: str, field: QWidget, action: str, slot: object, role: str = "secondary"
    ) -> QPushButton:
        caption = QLabel(title, self)
        caption.setProperty("role", "cardTitle")
        go = QPushButton(action, self)
        go.setProperty("role", role)
        go.setAccessibleName(action)
        go.clicked.connect(slot)
        self.buttons.append(go)
        self.grid.addWidget(caption, self._row, 0)
        self.grid.addWidget(field, self._row, 1)
        self.grid.addWidget(go, self._row, 2)
        self._row += 1
        return go

    def showEvent(self, event: QShowEvent) -> None:
        # Styled (QSS) sizes are known once shown: never cut a button's words.
        for go in self.buttons:
            go.setMinimumWidth(go.sizeHint().width())
        super().showEvent(event)

    def refresh(self) -> None:
        report = retention.preview_purge(
            self.services.db, event=self.services.event, clock=self.services.clock
        )
        self.purge_preview.setText(
            self.tr("{0} lead(s) past {1} months").format(
                report.leads, self.services.event.privacy.retention_months
            )
        )
        self.purge_button.setEnabled(report.leads > 0)

    def holds_data(self) -> bool:
        return bool(self.phone.text())

    def forget(self) -> None:
        for field in (self.phone, self.old_pin, self.new_pin, self.new_pin_again):
            field.clear()
        self._erase_armed = ""
        self.erase_button.setText(self.tr("Erase"))

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _key_or_say(self) -> nacl.public.PrivateKey | None:
        try:
            return self.staff.key()
        except OmraneError:
            self._say(self.tr("Unlock the console first (Leads tab, staff PIN)."))
            return None

    def export(self) -> None:
        key = self._key_or_say()
        if key is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export to which folder?"))
        if not folder:
            return
        fmt = self.export_format.currentText()
        name = default_filename(self.services.event.event.id, fmt, self.services.clock.now())
        try:
            count = export_leads(self.services.db, key, Path(folder) / name, fmt=fmt)
        except OmraneError as exc:
            self._say(exc.message)
            return
        self._say(self.tr("{0} lead(s) written to {1}").format(count, Path(folder) / name))

    def erase(self) -> None:
        phone = self.phone.text().strip()
        if not phone:
            self._say(self.tr("Type the visitor's phone number."))
            return
        key = self._key_or_say()
        if key is None:
            return
        if self._erase_armed != phone:  # the preview first; a second tap confirms
            self._preview_erasure(key, phone)
            return
        try:
            erased = retention.erase_by_phone(
                self.services.db,
                key,
                phone,
                region=self.services.event.event.country,
                clock=self.services.clock,
            )
        except OmraneError as exc:
            self._say(exc.message)
            return
        self.forget()
        self._say(self.tr("{0} lead(s) erased; HQ is told at the next sync.").format(len(erased)))

    def _preview_erasure(self, key: nacl.public.PrivateKey, phone: str) -> None:
        try:
            seen = retention.preview_erasure(
                self.services.db, key, phone, region=self.services.event.event.country
            )
        except OmraneError as exc:
            self._say(exc.message)
            return
        self._erase_armed = phone
        self.erase_button.setText(self.tr("Confirm erase"))
        self._say(
            self.tr(
                "{0}: {1} lead(s) on this stand, events {2}, left {3} to {4}, {5} ticket(s). "
                "Tap again to erase them; HQ erases this number everywhere at the next sync."
            ).format(
                seen.phone,
                len(seen.lead_ids),
                ", ".join(seen.events) or "-",
                (seen.first or "-")[:10],
                (seen.last or "-")[:10],
                seen.tickets,
            )
        )

    def purge(self) -> None:
        report = retention.purge(
            self.services.db, event=self.services.event, clock=self.services.clock
        )
        self._say(self.tr("{0} lead(s) purged.").format(report.leads))
        self.refresh()

    def switch_event(self) -> None:
        try:
            profile = use_event_profile(self.services.paths, Path(str(self.events.currentData())))
        except OmraneError as exc:
            self._say(exc.message)
            return
        self._say(
            self.tr("Event set to {0}; it applies at the next start.").format(profile.event.name)
        )

    def change_pin(self) -> None:
        if self.new_pin.text() != self.new_pin_again.text():
            self._say(self.tr("The two new PINs differ."))
            return
        try:
            staff.change_pin(
                self.services.db,
                self.old_pin.text(),
                self.new_pin.text(),
                self.services.clock,
                cost=self.services.pin_cost or staff.FULL_COST,
            )
        except OmraneError as exc:
            self._say(exc.message)
            return
        finally:
            self.forget()
        self._say(self.tr("PIN changed; every lead stays readable."))

    def self_check(self) -> None:
        results = doctor.run_checks(self.services.paths, self.services.clock)
        self.checks.setText(
            "\n".join(
                f"{r.status.upper():4}  {r.name}: {r.detail}"
                + (f" → {r.hint}" if r.hint and r.status != "ok" else "")
                for r in results
            )
        )
