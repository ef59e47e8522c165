"""Rotating log files in the data directory. Never log personal data."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "kiosk.log"
_configured: set[Path] = set()


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Log to ``folder/kiosk.log`` (5 × 1 MB). Safe to call more than once."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / LOG_FILE
    if target in _configured:
        return target
    handler = logging.handlers.RotatingFileHandler(
        target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%dT%H:%M:%S")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _configured.add(target)
    return target
