from __future__ import annotations

import sys
from pathlib import Path

from kiosk.core.crashes import save_crash_report, summary
from sync.contract.clock import FakeClock


def _crash_with_visitor_data(phone: str) -> None:
    digits = phone.removeprefix("+")
    raise ValueError(f"bad state after {len(digits)} digits")


def test_crash_report_keeps_the_traceback_but_no_visitor_data(tmp_path: Path) -> None:
    typed_phone = "+2126" + "12345678"  # typed at run time, as a visitor would
    try:
        _crash_with_visitor_data(typed_phone)
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
        assert exc_type is not None and exc is not None
        path = save_crash_report(tmp_path, exc_type, exc, tb, FakeClock())
    text = path.read_text(encoding="utf-8")
    assert "_crash_with_visitor_data" in text
    assert typed_phone not in text and typed_phone[1:] not in text


def test_summary_counts_reports_and_names_the_last_error(tmp_path: Path) -> None:
    assert summary(tmp_path).count == 0
    clock = FakeClock()
    for error in (KeyError, RuntimeError):
        try:
            raise error("x")
        except Exception as exc:
            save_crash_report(tmp_path, type(exc), exc, exc.__traceback__, clock)
        clock.advance(5)
    result = summary(tmp_path)
    assert result.count == 2
    assert result.last_error == "RuntimeError"
