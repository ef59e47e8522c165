from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.core.crashes import save_crash_report, summary
from kiosk.ui.call_staff import CallStaffScreen
from sync.contract.clock import FakeClock


def test_after_repeated_crashes_staff_see_the_last_error_and_the_logs(
    qtbot: QtBot, tmp_path: Path
) -> None:
    try:
        raise OSError("printer cable")
    except OSError as exc:
        save_crash_report(tmp_path, type(exc), exc, exc.__traceback__, FakeClock())
    screen = CallStaffScreen(summary(tmp_path), tmp_path)
    qtbot.addWidget(screen)
    texts = [label.text() for label in screen.findChildren(type(screen.details))]
    assert "Please call the stand staff" in texts
    assert "المرجو المناداة على موظفي الرواق" in texts
    assert "OSError" in screen.details.text() and str(tmp_path) in screen.details.text()
