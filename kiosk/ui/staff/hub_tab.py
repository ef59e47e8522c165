"""The staff console's stand hub tab: join this kiosk to the stand hub (address typed, picked
from the hubs announced on the network, or the hub's join QR scanned into the address field;
the pairing code and the staff PIN), and, on the laptop that runs the hub, its address as a
QR code with the current pairing code for the other kiosks."""

from __future__ import annotations

import logging
import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import staff
from kiosk.ui.screens.thanks import qr_pixmap
from kiosk.ui.services import Services
from kiosk.ui.staff.stand_panel import StandPanel
from kiosk.uplink import hub_link
from sync.contract.errors import AuthError, OmraneError
from sync.contract.hub_wire import CODE_LENGTH, join_payload, parse_join_payload
from sync.contract.messages import message

log = logging.getLogger(__name__)

FIND_TIMEOUT_S = 2.0
JOIN_QR_PIXELS = 220


class HubTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.find_interfaces: list[str] | None = None  # tests: loopback only
        column = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        form = QFormLayout()
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("Address shown on the hub, or scan its code"))
        self.address.textChanged.connect(self._scanned)
        self.code = QLineEdit(self)
        self.code.setMaxLength(CODE_LENGTH)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Hub address"), self.address)
        form.addRow(self.tr("Pairing code"), self.code)
        form.addRow(self.tr("Staff PIN"), self.pin)
        column.addLayout(form)
        row = QHBoxLayout()
        self.find_button = QPushButton(self.tr("Find hubs on this network"), self)
        self.find_button.clicked.connect(self.look_around)
        self.join_button = QPushButton(self.tr("Join this hub"), self)
        self.join_button.setProperty("role", "primary")
        self.join_button.clicked.connect(self.join)
        row.addWidget(self.find_button)
        row.addWidget(self.join_button)
        column.addLayout(row)
        self.found = QListWidget(self)
        self.found.itemClicked.connect(self._picked)
        column.addWidget(self.found)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        column.addWidget(self.result)
        self.own_hub = QLabel(self)
        self.own_hub.setWordWrap(True)
        self.own_qr = QLabel(self)
        column.addWidget(self.own_hub)
        column.addWidget(self.own_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stand = StandPanel(services, self)
        column.addWidget(self.stand)
        column.addStretch(1)

    def _lang(self) -> str:
        return "ar" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "fr"

    def refresh(self) -> None:
        link = hub_link.HubLink.from_settings(self.services.db)
        if link is None:
            self.status.setText(self.tr("This kiosk is not joined to a stand hub."))
        else:
            self.status.setText(self.tr("Joined to the stand hub at {0}.").format(link.url))
            link.close()
        self._show_own_hub()
        self.stand.refresh()

    def _show_own_hub(self) -> None:
        """On the laptop that runs the hub: what the other kiosks scan or type."""
        from kiosk.hub.discovery import lan_address
        from kiosk.hub.serve import hub_folder, open_store

        if not (hub_folder(self.services.paths) / "hub.db").exists():
            self.own_hub.clear()
            self.own_qr.clear()
            return
        store = open_store(self.services.paths)
        try:
            code, port = store.pairing_code(), store.state("hub.port")
        finally:
            store.close()
        address = f"{lan_address()}:{port or hub_link.DEFAULT_PORT}"
        self.own_hub.setText(
            self.tr("This laptop is the stand hub: {0}, pairing code {1}").format(address, code)
        )
        self.own_qr.setPixmap(qr_pixmap(join_payload(address, code), JOIN_QR_PIXELS))

    def _scanned(self, text: str) -> None:
        found = parse_join_payload(text)
        if found is not None:  # a scanner types the hub's QR into the address field
            self.address.blockSignals(True)
            self.address.setText(found[0])
            self.address.blockSignals(False)
            self.code.setText(found[1])

    def _picked(self, item: QListWidgetItem) -> None:
        self.address.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    def look_around(self) -> None:
        from kiosk.uplink.hub_discovery import find_hubs

        self.found.clear()
        hubs = find_hubs(FIND_TIMEOUT_S, self.find_interfaces)
        for hub in hubs:
            item = QListWidgetItem(self.tr("Hub {0} at {1}").format(hub.hub_id, hub.address))
            item.setData(Qt.ItemDataRole.UserRole, hub.address)
            self.found.addItem(item)
        if not hubs:
            self.result.setText(self.tr("No hub announced here: type the address it shows."))

    def join(self) -> None:
        services = self.services
        if not staff.verify_pin(services.db, self.pin.text(), services.clock):
            self.result.setText(message("error.auth.wrong_pin", self._lang()))
            return
        self.pin.clear()
        try:
            link = hub_link.join(
                services.db, self.address.text(), self.code.text(),
                kiosk_name=socket.gethostname(),
            )  # fmt: skip
        except (OmraneError, AuthError) as exc:
            log.warning("joining the stand hub failed: %s", exc.message)
            self.result.setText(message(exc.key, self._lang()))
            return
        try:
            hub_link.reconcile(services.db, link, services.event, services.clock)
        except OmraneError as exc:  # joined; the blocks come with the next ticket
            log.warning("first lease after joining failed: %s", exc.message)
        services.use_stand_hub()
        self.code.clear()
        self.result.setText(self.tr("Joined: tickets are now numbered by the stand hub."))
        self.refresh()
