"""HQ under a fleet, on PostgreSQL (several workers): the gate's one-statement admission still
refuses a revoked or replaced token at the next request in every worker, the shared rate limit
never refuses a kiosk's first requests racing across workers, and a pooled connection the
database dropped is replaced before use."""

from __future__ import annotations

import gc
import uuid
import warnings
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import OperationalError

from sync.hq import keyring, kiosk_tokens
from sync.hq import store as store_module
from sync.hq.app import create_app
from sync.hq.ratelimit import SharedRateLimiter
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.servers import uvicorn_thread

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_hq(tmp_path: Path, postgres_url: str) -> Iterator[tuple[Store, HQSettings, keyring.HQKeys]]:
    settings = HQSettings(tmp_path / "hq-home", rate_limit_per_minute=600)
    keys = keyring.init_keys(settings)
    store = Store(postgres_url)
    store.migrate()
    yield store, settings, keys
    store.dispose()


def _beat(url: str, token: str) -> int:
    reply = requests.post(
        f"{url}/api/v1/heartbeat",
        json={"app_version": "0.1.0", "pending": 0},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    return reply.status_code


def test_a_revoked_or_reissued_token_is_refused_at_the_next_request_in_every_worker(
    pg_hq: tuple[Store, HQSettings, keyring.HQKeys], postgres_url: str
) -> None:
    store, settings, keys = pg_hq
    name = f"stand-{uuid.uuid4().hex[:8]}"
    old = kiosk_tokens.enroll_kiosk(store, settings, keys, name, "paris-2026").token
    stores = [Store(postgres_url) for _ in range(2)]  # one per worker process
    with ExitStack() as stack:
        for worker_store in stores:
            stack.callback(worker_store.dispose)
        workers = [
            stack.enter_context(uvicorn_thread(create_app(worker_store, settings)))
            for worker_store in stores
        ]
        assert [_beat(url, old) for url in workers] == [200, 200]
        new = kiosk_tokens.reissue_kiosk(store, settings, keys, name).token
        assert [_beat(url, old) for url in workers] == [401, 401]
        assert [_beat(url, new) for url in workers] == [200, 200]
        assert store.revoke_kiosk(name)
        assert [_beat(url, new) for url in workers] == [401, 401]


def test_a_bucket_made_by_another_worker_between_two_reads_does_not_refuse(
    pg_hq: tuple[Store, HQSettings, keyring.HQKeys], postgres_url: str
) -> None:
    store, _settings, _keys = pg_hq
    kiosk = f"k-{uuid.uuid4().hex[:8]}"
    mine = SharedRateLimiter(store.engine, 600)
    other = SharedRateLimiter(create_engine(postgres_url), 600)

    done: list[int] = []

    def other_worker_first(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
        # my take found no bucket; the other worker makes it before my next read
        if not done and statement.lstrip().startswith("SELECT") and "hq_rate_buckets" in statement:
            done.append(other.retry_after(kiosk))

    event.listen(store.engine, "before_cursor_execute", other_worker_first)
    try:
        assert mine.retry_after(kiosk) == 0
    finally:
        event.remove(store.engine, "before_cursor_execute", other_worker_first)
        other.engine.dispose()
    assert done == [0]
    with store.engine.connect() as conn:
        left = conn.execute(
            text("SELECT tokens FROM hq_rate_buckets WHERE kiosk_id = :k"), {"k": kiosk}
        ).scalar()
    # both took one; mine read the time before the other's bucket was made: no refill, and
    # never less than the bucket held
    assert left == pytest.approx(598.0, abs=1e-9)


def test_a_connection_the_database_dropped_is_replaced_before_use(
    pg_hq: tuple[Store, HQSettings, keyring.HQKeys],
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _settings, _keys = pg_hq
    admin = create_engine(postgres_url)

    def drop_hq_connections() -> None:
        store.kiosks()  # one pooled connection, idle now
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE pid <> pg_backend_pid() AND datname = current_database()"
                )
            )

    try:
        monkeypatch.setattr(store_module, "PING_IDLE_S", 0.0)
        drop_hq_connections()
        assert isinstance(store.kiosks(), list)  # checked, found dead, replaced
        monkeypatch.setattr(store_module, "PING_IDLE_S", 3600.0)
        drop_hq_connections()
        with pytest.raises(OperationalError):
            store.kiosks()  # not checked: the drop was real
    finally:
        admin.dispose()
        store.engine.dispose()
        with warnings.catch_warnings():  # older SQLAlchemy leaves the killed one unclosed
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()
