"""The still screen shown after repeated crashes (systemd's OnFailure=): no flicker, a clear
message in the stand's languages, and what staff need to know (last error, where the logs are).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.core.crashes import CrashSummary

MESSAGE = (
    "Merci d'appeler le personnel du stand",
    "المرجو المناداة على موظفي الرواق",
    "Please call the stand staff",
)


class CallStaffScreen(QWidget):
    def __init__(self, summary: CrashSummary, logs: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callStaff")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for line in MESSAGE:
            label = QLabel(line, self)
            label.setProperty("role", "title")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(line)
            layout.addWidget(label)
        details = (
            f"{summary.count} crash report(s); last: {summary.last_error or '-'} at "
            f"{summary.last_at or '-'} — logs in {logs}. Fix, then: omrane-kiosk doctor"
        )
        self.details = QLabel(details, self)
        self.details.setProperty("role", "hint")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        layout.addStretch(1)


def show_call_staff(logs: Path, *, full_screen: bool = True) -> int:
    from kiosk.core.crashes import summary
    from kiosk.ui.launch import application

    app = application()
    screen = CallStaffScreen(summary(logs), logs)
    if full_screen:
        screen.showFullScreen()
    else:
        screen.resize(1280, 800)
        screen.show()
    return app.exec()
