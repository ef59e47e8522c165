"""Leads held sealed at HQ until opened: the ack means held durably, the console never sees a
half-ingested lead, exactly once and conflicts hold across the two tables (SQLite and a real
PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from kiosk.core.outbox import Outbox
from sync.contract.clock import SYSTEM_CLOCK, FakeClock, utc_iso
from sync.contract.sealing import unb64
from sync.contract.wire import LeadBatch
from sync.hq import erasure, holding, inbox, keyring, kiosk_tokens, service
from sync.hq.leads import hq_leads
from tests.support.kiosk_leads import kiosk_with_leads
from tests.sync.conftest import make_hq


def _batch(tmp_path: Path, keys: keyring.HQKeys, count: int) -> LeadBatch:
    db, _ids, _event = kiosk_with_leads(tmp_path / "kiosk", unb64(keys.public_b64), count)
    try:
        return LeadBatch.model_validate({"leads": Outbox(db).claim_batch(count)})
    finally:
        db.close()


def _opened(store: service.Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(hq_leads)).scalar() or 0)


def test_a_held_lead_is_acked_unseen_by_the_console_and_opened_whole_later(
    store_url: str, tmp_path: Path
) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    enrollment = kiosk_tokens.enroll_kiosk(store, settings, keys, "stand-a", "paris-2026")
    kiosk = kiosk_tokens.authenticate(store, enrollment.token)
    batch = _batch(tmp_path, keys, 3)
    assert {r.status for r in holding.hold_batch(store, kiosk, batch)} == {"stored"}
    assert (inbox.waiting(store.engine), _opened(store)) == (3, 0)  # held, nothing half shown

    changed = batch.leads[0].model_copy(update={"content_hash": "e" * 64, "city": "Lille"})
    assert [r.status for r in holding.hold_batch(store, kiosk, LeadBatch(leads=[changed]))] == [
        "conflict"
    ]
    assert {r.status for r in holding.hold_batch(store, kiosk, batch)} == {"duplicate"}

    assert service.open_inbox(store, keys) == []
    assert (inbox.waiting(store.engine), _opened(store)) == (0, 3)
    rows = list(store.iter_leads())
    assert all(row["phone_e164"] and row["last_name"] for row in rows)  # opened whole
    # once opened: still exactly once, still a conflict
    assert {r.status for r in holding.hold_batch(store, kiosk, batch)} == {"duplicate"}
    again = holding.hold_batch(store, kiosk, LeadBatch(leads=[changed]))
    assert again[0].status == "conflict"
    assert inbox.waiting(store.engine) == 0
    store.dispose()


def test_two_openers_never_open_the_same_lead_and_a_dead_ones_lease_ends(
    store_url: str, tmp_path: Path
) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    enrollment = kiosk_tokens.enroll_kiosk(store, settings, keys, "stand-a", "paris-2026")
    kiosk = kiosk_tokens.authenticate(store, enrollment.token)
    holding.hold_batch(store, kiosk, _batch(tmp_path, keys, 4))
    clock = FakeClock()
    now, until = utc_iso(clock.now()), "9999-12-31T00:00:00Z"
    first = inbox.claim(store.engine, "worker-a", now, "2000-01-01T00:00:00Z", 3)
    second = inbox.claim(store.engine, "worker-b", "1999-01-01T00:00:00Z", until, 10)
    assert len(first) == 3 and len(second) == 1
    assert not {r["id"] for r in first} & {r["id"] for r in second}
    # worker-a died: its lease (ended in 2000) is taken over
    service.open_inbox(store, keys, clock)
    assert _opened(store) == 3 and inbox.waiting(store.engine) == 1  # b's lease still runs
    store.dispose()


def test_an_erasure_reaches_a_lead_still_held_sealed(store_url: str, tmp_path: Path) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    enrollment = kiosk_tokens.enroll_kiosk(store, settings, keys, "stand-a", "paris-2026")
    kiosk = kiosk_tokens.authenticate(store, enrollment.token)
    batch = _batch(tmp_path, keys, 2)
    holding.hold_batch(store, kiosk, batch)
    by_id, by_phone = batch.leads
    erasure.erase(
        store.engine,
        keys.phone_key,
        lead_ids=[by_id.id],
        phones=["+33600000001"],  # kiosk_with_leads' second visitor
        by="test",
        source="cli",
        clock=SYSTEM_CLOCK,  # after the visitors' consent
    )
    assert inbox.waiting(store.engine) == 1  # by id at once; by phone once opened
    late = service.open_inbox(store, keys)
    assert [(o["lead_id"], o["status"]) for o in late] == [(by_phone.id, "erased")]
    assert _opened(store) == 0
    # sent again: the erased id is refused at once, the erased phone again on opening
    assert [r.status for r in holding.hold_batch(store, kiosk, batch)] == ["erased", "stored"]
    assert [o["status"] for o in service.open_inbox(store, keys)] == ["erased"]
    assert _opened(store) == 0
    store.dispose()
