"""Staff console: today's figures, leads (decrypted for this session only), sync, desk
queues, printing and the stand tools. Locks itself after 2 minutes without a touch."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import analytics, enrollment, tickets
from kiosk.core.outbox import STATES, Outbox
from kiosk.core.printing import PrintQueue, job_backend
from kiosk.core.staff_session import StaffSession
from kiosk.ui import i18n
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.staff.hub_tab import HubTab
from kiosk.ui.staff.jam import JamPanel
from kiosk.ui.staff.leads_model import LeadsModel
from kiosk.ui.staff.sends import SendsTab
from kiosk.ui.staff.tools import ToolsTab
from kiosk.ui.widgets.layouts import clear_layout
from sync.contract.errors import OmraneError
from sync.contract.vocabulary import (
    LANGUAGES,
    LINK_STATES,
    PRINT_STATES,
    SYNC_STATES,
    TICKET_STATES,
    word,
)

log = logging.getLogger(__name__)
LOCK_CHECK_MS = 1000
LRM = "\u200e"
LEAD_COLUMNS = ("created_at", "first_name", "last_name", "phone", "desk", "status")


def label(text: str = "", role: str = "subtitle") -> QLabel:
    widget = QLabel(text)
    widget.setProperty("role", role)
    widget.setWordWrap(True)
    return widget


def button(text: str, role: str = "secondary") -> QPushButton:
    widget = QPushButton(text)
    widget.setProperty("role", role)
    widget.setAccessibleName(text)
    return widget


class StaffConsoleScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen_staff")
        self.staff = StaffSession(services.db, services.clock)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Staff console"), "title"), 1)
        self.close_button = button(self.tr("Close"), "primary")
        self.close_button.clicked.connect(self.close_console)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.today = QWidget()
        self.today_layout = QVBoxLayout(self.today)
        self.tabs.addTab(self.today, self.tr("Today"))
        self._build_leads_tab()
        self._build_sync_tab()
        self._build_queues_tab()
        self._build_printing_tab()
        self.tools = ToolsTab(services, self.staff, self)
        tools_scroll = QScrollArea(self)
        tools_scroll.setWidgetResizable(True)
        tools_scroll.setWidget(self.tools)
        self.tabs.addTab(tools_scroll, self.tr("Tools"))
        self.sends = SendsTab(services, self)
        self.tabs.addTab(self.sends, self.tr("Sent selections"))
        self.hub_tab = HubTab(services, self)
        hub_scroll = QScrollArea(self)
        hub_scroll.setWidgetResizable(True)
        hub_scroll.setWidget(self.hub_tab)
        self.tabs.addTab(hub_scroll, self.tr("Stand hub"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(LOCK_CHECK_MS)
        self.lock_timer.timeout.connect(self.check_lock)
        self.installEventFilter(self)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    # ---- tabs -------------------------------------------------------------------------

    def _build_leads_tab(self) -> None:
        tab = QWidget()
        column = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setProperty("keyboardLayout", "phone")
        self.pin.setPlaceholderText(self.tr("Staff PIN"))
        self.pin.setAccessibleName(self.tr("Staff PIN"))
        self.unlock_button = button(self.tr("Show the leads"), "primary")
        self.unlock_button.clicked.connect(self.unlock)
        self.lock_button = button(self.tr("Lock"))
        self.lock_button.clicked.connect(self.lock)
        row.addWidget(self.pin, 1)
        row.addWidget(self.unlock_button)
        row.addWidget(self.lock_button)
        column.addLayout(row)
        self.leads_state = label(self.tr("Locked: enter the PIN to see visitors' contacts."))
        column.addWidget(self.leads_state)
        headers = [
            self.tr("Saved (UTC)"),
            self.tr("First name"),
            self.tr("Last name"),
            self.tr("Phone"),
            self.tr("Desk"),
            self.tr("Sync"),
        ]
        self.leads_model = LeadsModel(
            self.services.db.path, LEAD_COLUMNS, headers, self.lead_cell, self
        )
        self.leads_model.total_known.connect(self._leads_counted)
        self.leads_model.failed.connect(self.leads_state.setText)
        self.leads_view = QTableView()
        self.leads_view.setModel(self.leads_model)
        self.leads_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leads_view.verticalHeader().setVisible(False)
        self.leads_view.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.leads_view, 1)
        self.tabs.addTab(tab, self.tr("Leads"))

    def _build_sync_tab(self) -> None:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.sync_state = label()
        self.jam = JamPanel(self.services, self)
        self.quarantine = label("", "hint")
        self.retry_button = button(self.tr("Send quarantined leads again"))
        self.retry_button.clicked.connect(self.retry_quarantined)
        column.addWidget(self.sync_state)
        column.addWidget(self.jam)
        column.addWidget(self.quarantine)
        column.addWidget(self.retry_button)
        column.addStretch(1)
        self.tabs.addTab(tab, self.tr("Sync"))

    def _build_queues_tab(self) -> None:
        tab = QWidget()
        self.queues_layout = QVBoxLayout(tab)
        self.tabs.addTab(tab, self.tr("Desk queues"))

    def _build_printing_tab(self) -> None:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.print_jobs = QTableWidget(0, 4)
        self.print_jobs.setHorizontalHeaderLabels(
            [self.tr("Job"), self.tr("State"), self.tr("Printer"), self.tr("Last error")]
        )
        row = QHBoxLayout()
        self.retry_print = button(self.tr("Retry selected"))
        self.cancel_print = button(self.tr("Cancel selected"), "danger")
        self.retry_print.clicked.connect(lambda: self._print_action("retry"))
        self.cancel_print.clicked.connect(lambda: self._print_action("cancel"))
        row.addWidget(self.retry_print)
        row.addWidget(self.cancel_print)
        row.addStretch(1)
        column.addWidget(self.print_jobs, 1)
        column.addLayout(row)
        self.tabs.addTab(tab, self.tr("Printing"))

    # ---- showing ------------------------------------------------------------------------

    def enter(self, **kwargs: Any) -> None:
        del kwargs
        self.lock_timer.start()
        self.refresh()

    def refresh(self) -> None:
        services = self.services
        try:
            self._show_today(
                analytics.today(services.db, event=services.event, clock=services.clock)
            )
            self._show_sync()
            self._show_queues()
            self._show_print_jobs()
            self.sends.refresh()
            self.tools.refresh()
            self.hub_tab.refresh()
        except OmraneError as exc:
            log.error("staff console: %s", exc.message)

    def desk_name(self, desk: str) -> str:
        return i18n.desk_name(desk)

    def _show_today(self, figures: dict[str, Any]) -> None:
        clear_layout(self.today_layout)
        lines = [
            self.tr("Visitors: {0}").format(figures["sessions"]),
            self.tr("Searches: {0}").format(figures["searches"]),
            self.tr("Leads: {0}").format(figures["leads"]),
            self.tr("Tickets: {0}").format(figures["tickets"]),
            self.tr("Tickets by desk: {0}").format(
                _pairs({self.desk_name(d): n for d, n in figures["tickets_by_desk"].items()})
            ),
            self.tr("Languages: {0}").format(
                _pairs(
                    {
                        word(LANGUAGES, code, i18n.current_language()): n
                        for code, n in figures["languages"].items()
                    }
                )
            ),
        ]
        for line in lines:
            self.today_layout.addWidget(label(line))
        self.today_layout.addStretch(1)

    def _show_sync(self) -> None:
        outbox = Outbox(self.services.db, self.services.clock)
        counts = outbox.counts()
        status = enrollment.sync_status(self.services.db)
        lang = i18n.current_language()
        self.sync_state.setText(
            self.tr("HQ: {0} — last success {1} — last error: {2}").format(
                word(LINK_STATES, str(status.get("state", "")), lang),
                status.get("last_success") or "-",
                status.get("last_error") or "-",
            )
            + "\n"
            + ", ".join(f"{word(SYNC_STATES, s, lang)}: {counts.get(s, 0)}" for s in STATES)
        )
        self.jam.refresh()
        stuck = outbox.quarantined()
        self.quarantine.setText(
            "\n".join(f"{q['id']}: {q.get('status_reason') or ''}" for q in stuck[:20])
        )
        self.retry_button.setEnabled(bool(stuck))

    def _show_queues(self) -> None:
        services = self.services
        clear_layout(self.queues_layout)
        counts = tickets.queue_counts(services.db, event=services.event, clock=services.clock)
        for desk, states in counts.items():
            row = QWidget()
            line = QHBoxLayout(row)
            line.addWidget(
                label(
                    f"{self.desk_name(desk)} — "
                    + ", ".join(
                        f"{word(TICKET_STATES, state, i18n.current_language())}: {count}"
                        for state, count in states.items()
                    )
                ),
                1,
            )
            call = button(self.tr("Call next"), "primary")
            call.setObjectName(f"callNext_{desk}")
            call.clicked.connect(lambda _=False, d=desk: self.call_next(d))
            line.addWidget(call)
            self.queues_layout.addWidget(row)
        self.called = label("", "title")
        self.queues_layout.addWidget(self.called)
        self.queues_layout.addStretch(1)

    def _show_print_jobs(self) -> None:
        jobs = PrintQueue(self.services.db, self.services.paths, self.services.clock).jobs(limit=50)
        self.print_jobs.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            for col, value in enumerate(
                (
                    str(job.id),
                    word(PRINT_STATES, job.state, i18n.current_language()),
                    f"{job.backend} {job.printer}",
                    job.last_error,
                )
            ):
                self.print_jobs.setItem(row, col, QTableWidgetItem(value))

    # ---- staff actions ------------------------------------------------------------------

    def unlock(self) -> None:
        try:
            self.staff.unlock(self.pin.text())
        except OmraneError as exc:
            self.leads_state.setText(exc.message)
            return
        finally:
            self.pin.clear()
        self._show_leads()

    def _show_leads(self) -> None:
        self.leads_state.setText(self.tr("Opening the leads…"))
        self.leads_model.open(self.staff.key())

    def lead_cell(self, name: str, value: str) -> str:
        """A leads-list cell as shown (called for the visible cells only)."""
        if name == "created_at":
            value = value[:16].replace("T", " ")
        if name == "desk":
            value = self.desk_name(value)
        if name in ("created_at", "phone"):
            value = LRM + value  # digits and "+" keep their order in Arabic
        return value

    def _leads_counted(self, total: int) -> None:
        self.leads_view.resizeColumnsToContents()  # on the first page only: a few rows
        self.leads_state.setText(
            self.tr("{0} lead(s). The list locks after 2 minutes without a touch.").format(total)
        )

    def lock(self) -> None:
        self.staff.lock()
        self.leads_model.clear()
        self.leads_state.setText(self.tr("Locked: enter the PIN to see visitors' contacts."))
        self.tools.forget()

    def check_lock(self) -> None:
        was_open = self.leads_model.is_open or self.tools.holds_data()
        if was_open and not self.staff.is_unlocked:
            self.lock()

    def retry_quarantined(self) -> None:
        Outbox(self.services.db, self.services.clock).retry_quarantined()
        self.services.sync.nudge()
        self._show_sync()

    def call_next(self, desk: str) -> None:
        services = self.services
        ticket = tickets.call_next(services.db, desk, event=services.event, clock=services.clock)
        self._show_queues()
        self.called.setText(
            self.tr("Now calling {0}").format(ticket.label) if ticket else self.tr("Nobody waiting")
        )

    def _print_action(self, action: str) -> None:
        row = self.print_jobs.currentRow()
        item = self.print_jobs.item(row, 0) if row >= 0 else None
        if item is None:
            return
        queue = PrintQueue(self.services.db, self.services.paths, self.services.clock)
        try:
            getattr(queue, action)(int(item.text()))
            queue.process(job_backend(self.services.paths))
        except OmraneError as exc:
            log.info("print %s refused: %s", action, exc.message)
        self._show_print_jobs()

    def close_console(self) -> None:
        self.lock()
        self.lock_timer.stop()
        self.go("attract")

    def reset(self) -> None:
        self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            self.staff.touch()
        return super().eventFilter(watched, event)


def _pairs(values: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(values.items())) or "-"


StaffConsole = StaffConsoleScreen  # the name the interface agreement uses
SCREEN_CLASS = StaffConsoleScreen
