"""Brochure preview: the pages as they will print, then "Print" or "Scan instead".

Never a print dialog: "Print" queues the PDF for the stand printer; if the printer is not
ready the visitor is told the brochure will follow and is offered the QR codes instead —
one per unit of the brochure, each under its reference.
"""

from __future__ import annotations

import io
import logging
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.brochure import BrochureRequest, render_brochure, unit_pictures
from kiosk.core.printing import print_pdf
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.thanks import QR_PIXELS, qr_pixmap
from kiosk.ui.services import Services
from kiosk.ui.session import VisitorSession
from kiosk.ui.widgets.kinetic import enable_kinetic
from kiosk.ui.widgets.layouts import clear_layout
from kiosk.ui.widgets.takeaway_qr import takeaway_link
from sync.contract.errors import OmraneError

log = logging.getLogger(__name__)
PREVIEW_SCALE = 1.0  # 72 dpi: an A4 page is about 600 px wide on screen
QR_COLUMNS = 2
QR_SMALL_PIXELS = 180  # several codes side by side; each still has its quiet zone


def page_pixmaps(pdf: bytes, scale: float = PREVIEW_SCALE) -> list[QPixmap]:
    document = pdfium.PdfDocument(pdf)
    try:
        pixmaps = []
        for page in document:
            buffer = io.BytesIO()
            page.render(scale=scale).to_pil().save(buffer, format="PNG")
            pixmap = QPixmap()
            pixmap.loadFromData(buffer.getvalue(), "PNG")
            pixmaps.append(pixmap)
        return pixmaps
    finally:
        document.close()


class BrochurePreviewScreen(Screen):
    def __init__(
        self, services: Services, session: VisitorSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, session, parent)
        self.setObjectName("screen_brochure_preview")
        self.refs: list[str] = []
        self.pdf = b""
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        layout.addWidget(self.title)
        body = QHBoxLayout()
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QWidget(self.page_scroll)
        self.pages_layout = QVBoxLayout(self.pages)
        self.page_scroll.setWidget(self.pages)
        enable_kinetic(self.page_scroll)
        body.addWidget(self.page_scroll, 3)
        side = QVBoxLayout()
        self.qr = QWidget(self)
        self.qr_grid = QGridLayout(self.qr)
        self.codes: dict[str, QLabel] = {}
        self.message = QLabel(self)
        self.message.setProperty("role", "subtitle")
        self.message.setWordWrap(True)
        side.addWidget(self.qr)
        side.addWidget(self.message)
        side.addStretch(1)
        body.addLayout(side, 2)
        layout.addLayout(body, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setProperty("role", "secondary")
        self.back_button.clicked.connect(lambda: self.go("back"))
        self.scan_button = QPushButton(self)
        self.scan_button.setProperty("role", "secondary")
        self.scan_button.clicked.connect(self.show_qr)
        self.print_button = QPushButton(self)
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self.print_brochure)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.scan_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your brochure"))
        self.back_button.setText(self.tr("Back"))
        self.scan_button.setText(self.tr("Scan instead"))
        self.print_button.setText(self.tr("Print"))
        for button in (self.back_button, self.scan_button, self.print_button):
            button.setAccessibleName(button.text())

    def enter(self, **kwargs: Any) -> None:
        self.refs = [str(r) for r in (kwargs.get("refs") or self.session.selection)][:4]
        self.message.clear()
        self._clear_codes()
        units = self.services.catalog.units_by_refs(self.refs)
        if not units:
            self.message.setText(self.tr("Choose a unit first."))
            self.print_button.setEnabled(False)
            return
        request = BrochureRequest(
            units,
            self.session.language,
            self.services.event,
            self.services.event.printer.format,
            simulation=self.session.simulation,
            printed_on=self.services.clock.now().date(),
            pictures=unit_pictures(self.services.catalog, units),
            takeaway_url=takeaway_link(self.services, self.session, self.refs),
        )
        try:
            self.pdf = render_brochure(request)
        except OmraneError as exc:
            log.error("brochure not rendered: %s", exc.message)
            self.message.setText(self.tr("Sorry, the brochure cannot be made now."))
            self.print_button.setEnabled(False)
            return
        self.print_button.setEnabled(True)
        self._show_pages(page_pixmaps(self.pdf))

    def _show_pages(self, pixmaps: list[QPixmap]) -> None:
        clear_layout(self.pages_layout)
        for n, pixmap in enumerate(pixmaps, start=1):
            page = QLabel(self.pages)
            page.setObjectName("brochurePage")
            page.setPixmap(pixmap)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setAccessibleName(self.tr("Page {0}").format(n))
            self.pages_layout.addWidget(page)
        self.pages_layout.addStretch(1)

    def show_qr(self) -> None:
        """One code per unit of the brochure, each under its reference."""
        self._clear_codes()
        pixels = QR_PIXELS if len(self.refs) == 1 else QR_SMALL_PIXELS
        for n, ref in enumerate(self.refs):
            row, column = 2 * (n // QR_COLUMNS), n % QR_COLUMNS
            code = QLabel(self.qr)
            code.setObjectName("brochureQr")
            code.setAlignment(Qt.AlignmentFlag.AlignCenter)
            code.setPixmap(qr_pixmap(self.services.event.event.unit_url.format(ref=ref), pixels))
            code.setAccessibleName(self.tr("Code of {0}").format(ref))
            caption = QLabel(ref, self.qr)
            caption.setProperty("role", "hint")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.qr_grid.addWidget(code, row, column)
            self.qr_grid.addWidget(caption, row + 1, column)
            self.codes[ref] = code
        self.message.setText(
            self.tr("Scan these codes with your phone to see the units online.")
            if len(self.refs) > 1
            else self.tr("Scan this code with your phone to see the unit online.")
        )

    def _clear_codes(self) -> None:
        clear_layout(self.qr_grid)
        self.codes = {}

    def print_brochure(self) -> None:
        services = self.services
        self.print_button.setEnabled(False)  # one brochure per tap, not one per impatient tap
        try:
            job = print_pdf(
                services.db,
                services.paths,
                services.event,
                self.pdf,
                title=f"brochure {' '.join(self.refs)}",
                clock=services.clock,
            )
        except OmraneError as exc:
            log.error("brochure not queued: %s", exc.message)
            job = None
        if job is not None:
            self.session.brochure_printed = True
        if job is not None and job.state == "done":
            self.message.setText(
                self.tr("Your brochure is ready: the staff will print it for you.")
                if services.event.printer.backend == "folder"
                else self.tr("Your brochure is printing. Please collect it at the desk.")
            )
            return
        self.message.setText(
            self.tr(
                "The printer is not ready: your brochure will follow. You can scan the code now."
            )
        )
        waiting = self.message.text()
        self.show_qr()
        self.message.setText(waiting)

    def reset(self) -> None:
        self.refs = []
        self.pdf = b""
        self.message.clear()
        self._clear_codes()
        self._show_pages([])
