"""Where the shipped files (assets/, data/) are, from a checkout or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def assets() -> Path:
    return root() / "assets"


def data() -> Path:
    return root() / "data"
