"""A catalog import's progress drawn on the terminal (tqdm), one bar per stage, for the
stand's and HQ's command lines; nothing is drawn when standard error is not a terminal or
the file imports in a blink."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tqdm import tqdm

BAR_FROM_BYTES = 256 * 1024  # small files import in a blink: no bar


class TerminalProgress:
    """A tqdm progress bar per import stage (see ``catalog_import.Progress``)."""

    def __init__(self) -> None:
        self._bar: tqdm[Any] | None = None

    def start(self, stage: str, total: int) -> None:
        unit = " files" if stage == "photos" else " units"
        self._bar = tqdm(total=total, desc=stage, unit=unit, leave=False, file=sys.stderr)

    def advance(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def for_file(path: Path | None) -> TerminalProgress | None:
    """A progress bar for importing ``path`` if it is worth one and someone can see it."""
    big = path is not None and path.is_file() and path.stat().st_size >= BAR_FROM_BYTES
    return TerminalProgress() if big and sys.stderr.isatty() else None
