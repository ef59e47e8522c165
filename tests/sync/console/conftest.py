"""Console fixtures: a migrated HQ database, a fake clock, a real uvicorn serving the console."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from sync.contract.clock import FakeClock
from tests.sync.console.harness import Server, hq_engine, serve


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = hq_engine(tmp_path)
    yield eng
    eng.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(engine: Engine, clock: FakeClock) -> Iterator[Server]:
    with serve(engine, clock) as running:
        yield running
