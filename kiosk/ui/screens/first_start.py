"""First start of a stand laptop (staff): event profile, PIN, HQ enrollment, printer, touch.

Shown instead of the attract loop until a staff PIN exists. Each step says what it did; the
optional ones (HQ, printer) can be skipped and done later from the command line.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import enrollment, printing, staff, tickets
from kiosk.core.brochure import render_ticket
from kiosk.core.config import load_event_profile, shipped_event_profiles, use_event_profile
from kiosk.ui.screens.base import Screen
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)

STEPS = ("event", "pin", "hq", "printer", "touch")


def _label(text: str, role: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def _button(text: str, role: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("role", role)
    button.setAccessibleName(text)
    return button


class TouchTarget(QWidget):
    """Four corner targets: the step passes when each was touched once."""

    all_touched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("touchTest")
        self.setMinimumHeight(220)
        self.touched: set[int] = set()
        grid = QGridLayout(self)
        self.targets: list[QPushButton] = []
        for index, (row, col) in enumerate(((0, 0), (0, 2), (2, 0), (2, 2))):
            target = QPushButton("●", self)
            target.setProperty("role", "chip")
            target.setCheckable(True)
            target.setAccessibleName(self.tr("Touch target {0}").format(index + 1))
            target.clicked.connect(lambda _=False, i=index: self._hit(i))
            grid.addWidget(target, row, col)
            self.targets.append(target)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(1, 1)

    def _hit(self, index: int) -> None:
        self.touched.add(index)
        self.targets[index].setChecked(True)
        if len(self.touched) == len(self.targets):
            self.all_touched.emit()


class FirstStartScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen_first_start")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(16)
        self.title = _label(self.tr("Setting up this stand"), "title", self)
        self.step_label = _label("", "subtitle", self)
        self.message = _label("", "hint", self)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.title)
        outer.addWidget(self.step_label)
        outer.addWidget(self.pages, 1)
        outer.addWidget(self.message)
        nav = QHBoxLayout()
        self.skip = _button(self.tr("Skip this step"), "secondary", self)
        self.next = _button(self.tr("Next"), "primary", self)
        nav.addWidget(self.skip)
        nav.addStretch(1)
        nav.addWidget(self.next)
        outer.addLayout(nav)
        self.skip.clicked.connect(self._advance)
        self.next.clicked.connect(self._do_step)
        self._build_event_page()
        self._build_pin_page()
        self._build_hq_page()
        self._build_printer_page()
        self._build_touch_page()
        self.step = 0
        self._pin = ""
        self._show_step()

    # ---- pages ------------------------------------------------------------------------

    def _page(self, heading: str) -> QVBoxLayout:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.addWidget(_label(heading, "cardTitle", page))
        self.pages.addWidget(page)
        return layout

    def _build_event_page(self) -> None:
        layout = self._page(self.tr("Which event is this stand at?"))
        self.event_layout = layout
        self.event_choice = QButtonGroup(self)
        self.event_files: list[Path] = []
        current = self.services.event.event.id
        for path in shipped_event_profiles():
            profile = load_event_profile(path)
            ev = profile.event
            radio = QRadioButton(f"{ev.name} — {ev.start} → {ev.end}", self)
            radio.setAccessibleName(ev.name)
            radio.setChecked(ev.id == current)
            self.event_choice.addButton(radio, len(self.event_files))
            self.event_files.append(path)
            layout.addWidget(radio)
        other = _button(self.tr("Another profile file…"), "secondary", self)
        other.clicked.connect(self._choose_event_file)
        layout.addWidget(other)
        layout.addStretch(1)

    def _build_pin_page(self) -> None:
        layout = self._page(self.tr("Choose the staff PIN (at least 6 digits)"))
        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for field, name in ((self.pin, self.tr("PIN")), (self.pin_again, self.tr("PIN again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            field.setProperty("keyboardLayout", "phone")
            field.setPlaceholderText(name)
            field.setAccessibleName(name)
            layout.addWidget(field)
        layout.addWidget(
            _label(
                self.tr(
                    "The PIN opens the staff console and protects visitors' data. "
                    "It cannot be recovered: keep it with the stand's papers."
                ),
                "hint",
                self,
            )
        )
        layout.addStretch(1)

    def _build_hq_page(self) -> None:
        layout = self._page(self.tr("Connect to headquarters (enrollment file or code)"))
        pick = _button(self.tr("Open an enrollment file…"), "secondary", self)
        pick.clicked.connect(self._choose_enrollment_file)
        layout.addWidget(pick)
        self.enrollment_code = QPlainTextEdit(self)
        self.enrollment_code.setPlaceholderText(self.tr("…or paste the enrollment code here"))
        self.enrollment_code.setAccessibleName(self.tr("Enrollment code"))
        layout.addWidget(self.enrollment_code, 1)

    def _build_printer_page(self) -> None:
        layout = self._page(self.tr("Printer"))
        self.printer_state = _label("", "subtitle", self)
        test = _button(self.tr("Print a test page"), "secondary", self)
        test.clicked.connect(self._print_test_page)
        layout.addWidget(self.printer_state)
        layout.addWidget(test)
        layout.addStretch(1)

    def _build_touch_page(self) -> None:
        layout = self._page(self.tr("Screen and touch: touch the four dots"))
        self.touch = TouchTarget(self)
        self.touch.all_touched.connect(lambda: self._say(self.tr("Touch works everywhere.")))
        self.screen_info = _label("", "hint", self)
        layout.addWidget(self.screen_info)
        layout.addWidget(self.touch, 1)

    # ---- steps ------------------------------------------------------------------------

    def _show_step(self) -> None:
        self.pages.setCurrentIndex(self.step)
        self.step_label.setText(self.tr("Step {0} of {1}").format(self.step + 1, len(STEPS)))
        name = STEPS[self.step]
        self.skip.setVisible(name in ("hq", "printer", "touch"))
        self.next.setText(self.tr("Finish") if self.step == len(STEPS) - 1 else self.tr("Next"))
        if name == "printer":
            self.printer_state.setText(self._printer_summary())
        if name == "touch":
            size = self.screen().size() if self.screen() else self.size()
            self.screen_info.setText(
                self.tr("Screen: {0} × {1} pixels").format(size.width(), size.height())
            )
        self._say("")

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _advance(self) -> None:
        if self.step < len(STEPS) - 1:
            self.step += 1
            self._show_step()
        else:
            self._pin = ""
            self.go("attract")

    def _do_step(self) -> None:
        action = getattr(self, f"_save_{STEPS[self.step]}")
        try:
            done = action()
        except OmraneError as exc:
            log.info("first start: %s step refused: %s", STEPS[self.step], exc.key)
            self._say(exc.message)
            return
        if done:
            self._advance()

    def _save_event(self) -> bool:
        index = self.event_choice.checkedId()
        if index < 0:
            self._say(self.tr("Choose an event."))
            return False
        self.services.event = use_event_profile(self.services.paths, self.event_files[index])
        return True

    def _save_pin(self) -> bool:
        if self.pin.text() != self.pin_again.text():
            self._say(self.tr("The two PINs differ."))
            return False
        services = self.services
        cost = services.pin_cost or staff.FULL_COST
        staff.set_pin(services.db, self.pin.text(), services.clock, cost=cost)
        # Kept for the enrollment step only (it re-seals waiting leads); forgotten at the end.
        self._pin = self.pin.text()
        self.pin.clear()
        self.pin_again.clear()
        return True

    def _save_hq(self) -> bool:
        code = self.enrollment_code.toPlainText().strip()
        if not code:
            self._say(self.tr("Open a file or paste a code, or skip this step."))
            return False
        link = enrollment.read_enrollment(code)
        enrollment.enroll(self.services.db, link, self._pin, self.services.clock)
        self.enrollment_code.clear()
        self.services.sync.nudge()
        return True

    def _save_printer(self) -> bool:
        return True

    def _save_touch(self) -> bool:
        if len(self.touch.touched) < len(self.touch.targets):
            self._say(self.tr("Touch the four dots first, or skip this step."))
            return False
        return True

    # ---- helpers ----------------------------------------------------------------------

    def _choose_event_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Event profile"), str(Path.home()), "TOML (*.toml)"
        )
        if not name:
            return
        try:
            profile = load_event_profile(Path(name))
        except OmraneError as exc:
            self._say(exc.message)
            return
        radio = QRadioButton(profile.event.name, self)
        self.event_choice.addButton(radio, len(self.event_files))
        self.event_files.append(Path(name))
        self.event_layout.insertWidget(len(self.event_files), radio)
        radio.setChecked(True)

    def _choose_enrollment_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Enrollment file"), str(Path.home()), "JSON (*.json)"
        )
        if name:
            try:
                self.enrollment_code.setPlainText(Path(name).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                self._say(str(exc))

    def _printer_summary(self) -> str:
        services = self.services
        configured = printing.backend_for(services.event, services.paths).info()
        others = [p.name for p in printing.printers(services.event, services.paths)[1:]]
        return self.tr("Configured: {0} {1} ({2}) — other printers: {3}").format(
            configured.backend, configured.name, configured.state, ", ".join(others) or "-"
        )

    def _print_test_page(self) -> None:
        services = self.services
        desk = services.event.kiosk.desks[0]
        pdf = render_ticket(
            desk,
            "TEST",
            tickets.qr_payload(None, desk, "TEST"),
            services.event,
            self.session.language,
            printed_on=services.clock.now().date(),
        )
        try:
            job = printing.print_pdf(
                services.db,
                services.paths,
                services.event,
                pdf,
                title="test page",
                kind="ticket",
                clock=services.clock,
            )
        except OmraneError as exc:
            self._say(exc.message)
            return
        if job.state != "done":
            self._say(job.last_error)
            return
        self._say(self.tr("Test page sent. Check the printer."))
