"""Erasure at HQ, on SQLite and on a real PostgreSQL: every trace goes, tombstones stay."""

from __future__ import annotations

import json
import stat
import threading
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from kiosk.core.outbox import Outbox
from sync.contract.clock import FakeClock
from sync.contract.sealing import unb64
from sync.contract.wire import LeadBatch
from sync.hq import erasure, keyring, kiosk_tokens, service
from sync.hq.console.audit import audit_log
from sync.hq.console.history import lead_history
from sync.hq.console.programmes import lead_programmes
from sync.hq.leads import hq_leads
from sync.hq.store import Store
from tests.support.kiosk_leads import kiosk_with_leads
from tests.sync.conftest import make_hq

AFTER_THE_LEADS = datetime(2026, 3, 1, 10, tzinfo=UTC)
PHONE_0 = "+33600000000"  # visitor 0 of every generated stand


def _batch(
    home: Path, keys: keyring.HQKeys, count: int, clock: FakeClock | None = None
) -> LeadBatch:
    db, _ids, _event = kiosk_with_leads(home, unb64(keys.public_b64), count, clock)
    try:
        return LeadBatch.model_validate({"leads": Outbox(db).claim_batch(count)})
    finally:
        db.close()


def _two_stands(tmp_path: Path, store: Store, settings: object, keys: keyring.HQKeys) -> list[str]:
    """Stand A (then re-enrolled as A2) and stand B each send visitors 0..2; returns A's ids."""
    ids = []
    for name in ("stand-a", "stand-b"):
        enrolled = kiosk_tokens.enroll_kiosk(store, settings, keys, name, "paris-2026")  # type: ignore[arg-type]
        kiosk = kiosk_tokens.authenticate(store, enrolled.token)
        batch = _batch(tmp_path / name, keys, 3)
        assert {r.status for r in service.ingest(store, keys, kiosk, batch)} == {"stored"}
        ids += [lead.id for lead in batch.leads] if name == "stand-a" else []
    return ids


def _count(store: Store, table: object, where: object = None) -> int:
    query = select(func.count()).select_from(table)  # type: ignore[arg-type]
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def test_erasure_by_phone_removes_every_trace_of_every_stand(
    store_url: str, tmp_path: Path
) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    a_ids = _two_stands(tmp_path, store, settings, keys)
    with store.engine.begin() as conn:
        conn.execute(
            insert(lead_history).values(
                lead_id=a_ids[0], at="2026-02-14T10:00:00Z", kind="note", note="rappeler Effacee"
            )
        )
        conn.execute(insert(lead_programmes).values(lead_id=a_ids[0], programme_id="p-1"))
        conn.execute(
            insert(audit_log).values(
                at="2026-02-14T10:00:00Z",
                action="exported",
                detail=json.dumps({"filter": {"q": "06 00 00 00 00", "event": "x"}}),
            )
        )
    preview = erasure.preview(store.engine, [PHONE_0])
    assert (preview.leads, preview.kiosks, preview.events) == (2, 2, ("paris-2026",))
    assert _count(store, hq_leads) == 6  # a preview erases nothing
    report = erasure.erase(
        store.engine,
        keys.phone_key,
        phones=[PHONE_0],
        by="dpo@example.test",
        source="cli",
        clock=FakeClock(AFTER_THE_LEADS),
    )
    assert report.leads == 2 and report.rows == 5  # 2 leads, 1 note, 1 programme link, 1 visitor
    assert _count(store, hq_leads, hq_leads.c.phone_e164 == PHONE_0) == 0
    assert _count(store, hq_leads) == 4
    assert _count(store, lead_history) == 0 and _count(store, lead_programmes) == 0
    with store.engine.connect() as conn:
        details = list(conn.execute(select(audit_log.c.action, audit_log.c.detail)))
    audit_text = json.dumps([list(row) for row in details])
    assert "00 00 00" not in audit_text and "600000000" not in audit_text
    assert "Testprenom0" not in audit_text and "TESTNOM-00000" not in audit_text
    if store.dialect == "postgresql":  # the erasure ran VACUUM on the tables it emptied
        with store.engine.connect() as conn:
            vacuumed = conn.exec_driver_sql(
                "SELECT last_vacuum FROM pg_stat_user_tables WHERE relname = 'hq_leads'"
            ).scalar()
        assert vacuumed is not None
    erased = json.loads(next(d for a, d in details if a == "erased"))
    assert erased["leads"] == 2 and erased["rows"] == 5
    assert erased["phone_hashes"] == [erasure.phone_hash(keys.phone_key, PHONE_0)]
    store.dispose()


def test_tombstones_answer_erased_for_old_leads_and_let_new_consent_in(
    store_url: str, tmp_path: Path
) -> None:
    store, settings, keys = make_hq(tmp_path, store_url)
    enrolled = kiosk_tokens.enroll_kiosk(store, settings, keys, "stand-a", "paris-2026")
    kiosk = kiosk_tokens.authenticate(store, enrolled.token)
    batch = _batch(tmp_path / "a", keys, 3)
    service.ingest(store, keys, kiosk, batch)
    erasure.erase(
        store.engine,
        keys.phone_key,
        lead_ids=[batch.leads[1].id],
        by="kiosk:stand-a",
        source="stand",
        clock=FakeClock(AFTER_THE_LEADS),
    )
    # the same leads again (a restored backup) and visitor 1 typed on another stand before the
    # erasure: erased, not stored; visitors 0 and 2 are duplicates as before
    again = {r.id: r.status for r in service.ingest(store, keys, kiosk, batch)}
    assert again == {
        batch.leads[0].id: "duplicate",
        batch.leads[1].id: "erased",
        batch.leads[2].id: "duplicate",
    }
    other = _batch(tmp_path / "b", keys, 2)
    statuses = [r.status for r in service.ingest(store, keys, kiosk, other)]
    assert statuses == ["stored", "erased"]
    # visitor 1 comes back after the erasure and consents again: a new lead
    later = _batch(tmp_path / "c", keys, 2, FakeClock(datetime(2026, 4, 2, tzinfo=UTC)))
    assert [r.status for r in service.ingest(store, keys, kiosk, later)] == ["stored", "stored"]
    assert _count(store, hq_leads, hq_leads.c.phone_e164 == "+33600000001") == 1
    with store.engine.connect() as conn:
        raw = [str(v) for row in conn.execute(select(erasure.hq_erasures)) for v in row]
    assert not any("600000001" in v for v in raw)  # tombstones hold a keyed hash only
    store.dispose()


def test_feed_gives_stands_the_erased_ids_after_their_cursor(
    store_url: str, tmp_path: Path
) -> None:
    store, _settings, keys = make_hq(tmp_path, store_url)
    clock = FakeClock(AFTER_THE_LEADS)
    for n in range(3):
        ids = [f"0190000{n}-0000-7000-8000-00000000000{i}" for i in range(2)]
        erasure.erase(store.engine, keys.phone_key, lead_ids=ids, by="t", source="cli", clock=clock)
    first, cursor = erasure.feed(store.engine, 0, 4)
    assert len(first) == 4
    rest, end = erasure.feed(store.engine, cursor, 4)
    assert len(rest) == 2 and not set(first) & set(rest)
    assert erasure.feed(store.engine, end, 4) == ([], end)
    assert erasure.feed(store.engine, end + 100, 4) == ([], end)  # a cursor from another database
    store.dispose()


def test_a_stand_reading_the_feed_between_two_erasures_misses_neither(
    store_url: str, tmp_path: Path
) -> None:
    """Two erasures overlap (a console agent's and the retention purge): the first still
    open when the second is done. A stand reading the feed in between must not move its
    cursor past the first one's tombstone."""
    store, _settings, _keys = make_hq(tmp_path, store_url)
    first, second = "01900000-0000-7000-8000-000000000001", "01900000-0000-7000-8000-000000000002"
    second_done = threading.Event()

    def second_erasure() -> None:
        with store.engine.begin() as conn:
            erasure.add_tombstones(conn, [second], "2026-03-01T10:00:01Z", "retention", "retention")
        second_done.set()

    other = threading.Thread(target=second_erasure)
    with store.engine.begin() as conn:
        erasure.add_tombstones(conn, [first], "2026-03-01T10:00:00Z", "agent", "console")
        other.start()
        second_done.wait(timeout=1.0)  # on SQLite it waits for the first writer: both wait
        seen, cursor = erasure.feed(store.engine, 0, 10)
        assert first not in seen
    other.join(timeout=30)
    assert second_done.is_set()
    rest, _end = erasure.feed(store.engine, cursor, 10)
    assert sorted([*seen, *rest]) == [first, second]
    store.dispose()


def test_the_phone_key_is_secret_and_survives_a_new_key_pair(tmp_path: Path) -> None:
    _store, settings, keys = make_hq(tmp_path, f"sqlite:///{tmp_path / 'hq.db'}")
    mode = stat.S_IMODE(settings.phone_key_file.stat().st_mode)
    assert mode == 0o600 and len(keys.phone_key) == 32
    assert keyring.init_keys(settings, overwrite=True).phone_key == keys.phone_key
    _store.dispose()
