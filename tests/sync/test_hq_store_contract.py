"""The HQ store contract, run against SQLite and against a real PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core.outbox import Outbox
from sync.contract.clock import FakeClock
from sync.contract.errors import AuthError
from sync.contract.sealing import unb64
from sync.contract.wire import LeadBatch
from sync.hq import catalog, catalog_source, erasure, keyring, kiosk_tokens, service
from sync.hq.store import Store, hq_analytics
from tests.support.kiosk_leads import kiosk_with_leads
from tests.sync.conftest import make_hq


def _batch(tmp_path: Path, keys: keyring.HQKeys, count: int) -> LeadBatch:
    db, _ids, _event = kiosk_with_leads(tmp_path / "kiosk", unb64(keys.public_b64), count)
    try:
        return LeadBatch.model_validate({"leads": Outbox(db).claim_batch(count)})
    finally:
        db.close()


def test_ingest_is_exactly_once_and_conflicts_never_overwrite(
    store_url: str, tmp_path: Path
) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    enrollment = kiosk_tokens.enroll_kiosk(store, settings, keys, "stand-a", "paris-2026")
    kiosk = kiosk_tokens.authenticate(store, enrollment.token)
    batch = _batch(tmp_path, keys, 4)
    assert {r.status for r in service.ingest(store, keys, kiosk, batch)} == {"stored"}
    assert {r.status for r in service.ingest(store, keys, kiosk, batch)} == {"duplicate"}
    changed = batch.leads[0].model_copy(update={"content_hash": "e" * 64, "city": "Lille"})
    result = service.ingest(store, keys, kiosk, LeadBatch(leads=[changed]))[0]
    assert result.status == "conflict"
    assert store.count_leads() == 4
    assert {row["city"] for row in store.iter_leads()} == {"Paris"}
    report = erasure.erase(
        store.engine,
        keys.phone_key,
        lead_ids=[batch.leads[0].id],
        by="test",
        source="cli",
        clock=FakeClock(),
    )
    assert report.leads == 1 and store.count_leads() == 3
    store.dispose()


def test_tokens_are_stored_hashed_and_revocation_is_immediate(
    store_url: str, tmp_path: Path
) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    enrollment = kiosk_tokens.enroll_kiosk(store, settings, keys, "stand-b", "turin-2025")
    listed = store.kiosks()
    assert listed[0]["name"] == "stand-b" and "token_hash" not in listed[0]
    with store.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT token_hash FROM hq_kiosks").scalar()
    assert raw != enrollment.token and len(str(raw)) == 64
    assert kiosk_tokens.authenticate(store, enrollment.token).name == "stand-b"
    store.revoke_kiosk("stand-b")
    with pytest.raises(AuthError, match="revoked"):
        kiosk_tokens.authenticate(store, enrollment.token)
    store.dispose()


def test_catalog_versions_and_analytics_counters(store_url: str, tmp_path: Path) -> None:
    store, _settings, _keys = make_hq(tmp_path, store_url)
    records = catalog_source.catalog_records_from(None, demo_units=40, seed=9)
    assert catalog.publish_catalog(store, records) == (1, 40, 0)
    assert catalog.publish_catalog(store, records) == (2, 0, 0)
    edited = [dict(r) for r in records[:30]]
    edited[0]["status"] = "vendu" if edited[0]["status"] != "vendu" else "disponible"
    assert catalog.publish_catalog(store, edited) == (3, 1, 10)
    changes = catalog.catalog_changes(store, 2)
    assert changes.verify() and len(changes.upserts) == 1 and len(changes.deletions) == 10
    counters = [{"day": "2026-02-13", "kind": "search", "value": "casa", "count": 3}]
    store.record_analytics("k1", "paris-2026", counters)
    store.record_analytics("k1", "paris-2026", [{**counters[0], "count": 7}])
    with store.engine.connect() as conn:
        assert conn.execute(select(hq_analytics.c.count)).scalars().all() == [7]
    store.dispose()


def test_migrate_twice_is_harmless(store_url: str) -> None:
    store = Store(store_url)
    assert store.migrate() == store.migrate()
    store.dispose()


def test_the_same_batch_from_two_requests_at_once_is_stored_once(
    store_url: str, tmp_path: Path
) -> None:
    import threading

    store, settings, keys = make_hq(tmp_path, store_url)
    enrollment = kiosk_tokens.enroll_kiosk(store, settings, keys, "stand-c", "paris-2026")
    kiosk = kiosk_tokens.authenticate(store, enrollment.token)
    batch = _batch(tmp_path, keys, 20)
    answers: list[list[str]] = []
    start = threading.Barrier(2)

    def send() -> None:
        start.wait()
        answers.append([r.status for r in service.ingest(store, keys, kiosk, batch)])

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.count_leads() == 20 and len(answers) == 2
    per_lead = list(zip(*answers, strict=True))
    assert all(sorted(pair) == ["duplicate", "stored"] for pair in per_lead)
    store.dispose()


def test_a_reissued_token_replaces_the_old_one_for_the_same_kiosk(
    store_url: str, tmp_path: Path
) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    first = kiosk_tokens.enroll_kiosk(store, settings, keys, "stand-r", "paris-2026")
    assert store.revoke_kiosk("stand-r")
    second = kiosk_tokens.reissue_kiosk(store, settings, keys, "stand-r")
    assert (second.kiosk_id, second.event_id) == (first.kiosk_id, "paris-2026")
    assert kiosk_tokens.authenticate(store, second.token).id == first.kiosk_id  # revocation lifted
    with pytest.raises(AuthError, match="unknown kiosk token"):
        kiosk_tokens.authenticate(store, first.token)
    assert [k["id"] for k in store.kiosks()] == [first.kiosk_id]
    with pytest.raises(ValueError, match="no kiosk named"):
        kiosk_tokens.reissue_kiosk(store, settings, keys, "stand-unknown")
    store.dispose()
