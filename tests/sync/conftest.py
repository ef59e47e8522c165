"""HQ fixtures: a key pair, a store (SQLite or a real PostgreSQL), a real uvicorn server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Table

from sync.contract.clock import FakeClock
from sync.contract.wire import Enrollment
from sync.hq import keyring, kiosk_tokens
from sync.hq.app import create_app
from sync.hq.schema import metadata
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.servers import postgres_bindir, postgres_server, uvicorn_thread


@dataclass
class HQ:
    url: str
    store: Store
    settings: HQSettings
    keys: keyring.HQKeys
    enrollment: Enrollment  # of one kiosk, "stand-1", enrolled for paris-2026

    @property
    def token(self) -> str:
        return self.enrollment.token

    def enroll(self, name: str) -> Enrollment:
        return kiosk_tokens.enroll_kiosk(self.store, self.settings, self.keys, name, "paris-2026")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    if postgres_bindir() is None:
        pytest.skip("PostgreSQL is not installed (Debian package postgresql)")
    with postgres_server() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each HQ store contract test runs on SQLite and on a real PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hq.db'}"
        return
    url: str = request.getfixturevalue("postgres_url")
    store = Store(url)
    store.migrate()
    with store.engine.begin() as conn:
        for table in reversed(store_tables(store)):
            conn.execute(table.delete())
    store.dispose()
    yield url


def store_tables(store: Store) -> list[Table]:
    return list(metadata.sorted_tables)


def make_hq(
    tmp_path: Path, url: str, clock: FakeClock | None = None
) -> tuple[Store, HQSettings, keyring.HQKeys]:
    settings = HQSettings(tmp_path / "hq-home", rate_limit_per_minute=10_000)
    keys = keyring.init_keys(settings)
    store = Store(url)
    store.migrate()
    return store, settings, keys


@pytest.fixture
def hq_server(tmp_path: Path) -> Iterator[HQ]:
    """A real HQ on 127.0.0.1 (SQLite) with one enrolled kiosk."""
    store, settings, keys = make_hq(tmp_path, f"sqlite:///{tmp_path / 'hq.db'}")
    with uvicorn_thread(create_app(store, settings)) as url:
        hq_settings = HQSettings(settings.home, public_url=url, rate_limit_per_minute=10_000)
        enrollment = kiosk_tokens.enroll_kiosk(store, hq_settings, keys, "stand-1", "paris-2026")
        yield HQ(url, store, hq_settings, keys, enrollment)
    store.dispose()


@pytest.fixture(scope="module")
def shared_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQ]:
    """One real HQ for a whole module (property tests enroll a new kiosk per example)."""
    tmp_path = tmp_path_factory.mktemp("shared-hq")
    store, settings, keys = make_hq(tmp_path, f"sqlite:///{tmp_path / 'hq.db'}")
    with uvicorn_thread(create_app(store, settings)) as url:
        hq_settings = HQSettings(settings.home, public_url=url, rate_limit_per_minute=10_000)
        enrollment = kiosk_tokens.enroll_kiosk(store, hq_settings, keys, "shared-1", "paris-2026")
        yield HQ(url, store, hq_settings, keys, enrollment)
    store.dispose()
