"""The Qt binding must not corrupt Python's reference counts (PySide6 6.12.0 on Python 3.11
dropped a reference to None on every call, so the kiosk aborted after a few thousand calls)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 5000
# Other objects may hold or drop a few references to None meanwhile; a leak shows as thousands.
TOLERANCE = 100


def test_thousands_of_qt_calls_leave_the_refcount_of_none_alone(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        label.setVisible(False)
    assert abs(sys.getrefcount(None) - before) < TOLERANCE
