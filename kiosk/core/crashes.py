"""Crash reports kept on the laptop (logs/crashes/), summarised for the HQ heartbeat.

A report holds the traceback and versions, never local variables or form contents, so it
carries no personal data.
"""

from __future__ import annotations

import json
import platform
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from kiosk import __version__
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso

KEEP_REPORTS = 50


@dataclass(frozen=True)
class CrashSummary:
    count: int
    last_at: str | None
    last_error: str | None


def crash_folder(logs: Path) -> Path:
    return logs / "crashes"


def save_crash_report(
    logs: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    clock: Clock = SYSTEM_CLOCK,
) -> Path:
    folder = crash_folder(logs)
    folder.mkdir(parents=True, exist_ok=True)
    moment = clock.now()
    report = {
        "at": utc_iso(moment),
        "version": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "error": exc_type.__name__,
        # Frames only (file, line, function, source line): no values, so no visitor data.
        "traceback": traceback.format_list(traceback.extract_tb(tb)),
    }
    path = folder / f"crash-{moment:%Y%m%dT%H%M%S%f}.json"
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    for old in sorted(folder.glob("crash-*.json"))[:-KEEP_REPORTS]:
        old.unlink(missing_ok=True)
    return path


def summary(logs: Path) -> CrashSummary:
    reports = sorted(crash_folder(logs).glob("crash-*.json"))
    if not reports:
        return CrashSummary(0, None, None)
    try:
        last = json.loads(reports[-1].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return CrashSummary(len(reports), None, "unreadable crash report")
    return CrashSummary(len(reports), str(last.get("at")), str(last.get("error")))
