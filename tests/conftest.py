"""Shared fixtures: a throw-away kiosk home and a fresh database file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core.config import HOME_ENV, Paths
from kiosk.core.db import KioskDB

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """An empty kiosk data directory, also exported as $OMRANE_KIOSK_HOME."""
    paths = Paths(tmp_path / "home").ensure()
    monkeypatch.setenv(HOME_ENV, str(paths.home))
    return paths


@pytest.fixture
def fresh_db(home: Paths) -> Iterator[KioskDB]:
    db = KioskDB(home.database)
    yield db
    db.close()
