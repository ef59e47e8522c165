"""The staff console's "Sent selections" tab: each 'send me my selection' request of this
stand, by channel and masked address, with where it is — waiting for HQ, waiting to be sent,
sent, or failed with HQ's reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kiosk.core.send_requests import SendOutbox, state_of
from kiosk.ui import i18n
from kiosk.ui.services import Services
from sync.contract.vocabulary import DELIVERY_STATES, SEND_CHANNELS, SYNC_STATES, word

SHOWN = 100
LRM = "\u200e"  # keeps a masked number or address in reading order in Arabic


class SendsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffSends")
        self.services = services
        column = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setProperty("role", "subtitle")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("staffSendsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.summary)
        column.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Asked (UTC)"),
                self.tr("Channel"),
                self.tr("To"),
                self.tr("State"),
                self.tr("Reason"),
            ]
        )

    def state_name(self, state: str) -> str:
        lang = i18n.current_language()
        if state in DELIVERY_STATES:
            return word(DELIVERY_STATES, state, lang)
        return word(SYNC_STATES, state, lang)

    def refresh(self) -> None:
        rows = SendOutbox(self.services.db, self.services.clock).recent(SHOWN)
        lang = i18n.current_language()
        self.table.setRowCount(len(rows))
        counts: dict[str, int] = {}
        for index, row in enumerate(rows):
            state = state_of(row)
            counts[state] = counts.get(state, 0) + 1
            reason = row["delivery_reason"] or row["status_reason"]
            cells = (
                str(row["created_at"]).replace("T", " ")[:16],
                word(SEND_CHANNELS, str(row["channel"]), lang),
                LRM + str(row["recipient_hint"]),
                self.state_name(state),
                str(reason or ""),
            )
            for col, text in enumerate(cells):
                self.table.setItem(index, col, QTableWidgetItem(text))
        parts = [f"{self.state_name(s)}: {n}" for s, n in sorted(counts.items())]
        self.summary.setText(
            self.tr("Selections to send: {0}").format(", ".join(parts) if parts else "0")
        )
