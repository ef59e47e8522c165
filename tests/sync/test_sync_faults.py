"""Exactly once under a bad network: hypothesis picks the faults, the real HQ keeps score.

Faults hit the real requests between the stand and a real HQ on 127.0.0.1: HTTP 500, 429,
connect timeouts, connection resets, answers cut short, and answers lost after HQ committed.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.db import KioskDB
from kiosk.uplink.client import KioskSync
from sync.contract.errors import OmraneError
from tests.sync.conftest import HQ
from tests.sync.stands import FAULTS, FaultyTransport, enrolled_stand, faulty_session


def _local_ids(db: KioskDB) -> set[str]:
    return {row["id"] for row in db.query("SELECT id FROM leads")}


def _acked(db: KioskDB) -> set[str]:
    return {
        row["lead_id"] for row in db.query("SELECT lead_id FROM lead_sync WHERE status = 'acked'")
    }


def _hq_ids(hq: HQ) -> list[str]:
    return [row["id"] for row in hq.store.iter_leads()]


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    faults=st.lists(st.sampled_from(FAULTS), min_size=1, max_size=12),
    lead_count=st.integers(min_value=1, max_value=9),
)
def test_every_lead_reaches_hq_exactly_once_whatever_the_network_does(
    shared_hq: HQ, faults: list[str], lead_count: int
) -> None:
    with tempfile.TemporaryDirectory(prefix="stand-") as tmp:
        db, ids = enrolled_stand(Path(tmp), shared_hq, lead_count)
        try:
            transport = FaultyTransport(faults)
            syncer = KioskSync(db, session=faulty_session(transport), batch_size=3)
            while transport.faults:
                with contextlib.suppress(OmraneError):
                    syncer.sync_once()
                # Nothing is ever deleted locally, and acked means HQ really holds it.
                assert _local_ids(db) == set(ids)
                assert _acked(db) <= set(_hq_ids(shared_hq))
            syncer.sync_once()  # the network is back
            assert _acked(db) == set(ids)
            at_hq = [lead_id for lead_id in _hq_ids(shared_hq) if lead_id in set(ids)]
            assert sorted(at_hq) == sorted(ids)  # each exactly once
        finally:
            db.close()


def test_an_answer_lost_after_hq_committed_is_resent_as_a_harmless_duplicate(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, ids = enrolled_stand(tmp_path / "stand", hq_server, 4)
    transport = FaultyTransport(["ack_lost"], only="leads:batch")
    syncer = KioskSync(db, session=faulty_session(transport))
    try:
        syncer.sync_once()
    except OmraneError as exc:
        assert "unreachable" in exc.message
    assert hq_server.store.count_leads() == 4  # HQ committed
    assert _acked(db) == set()  # the stand could not know
    assert db.scalar("SELECT count(*) FROM lead_sync WHERE status = 'pending'") == 4
    report = syncer.sync_once()
    assert report.acked == 4 and _acked(db) == set(ids)
    assert hq_server.store.count_leads() == 4


def test_a_crash_during_a_send_leaves_the_leads_to_resend(hq_server: HQ, tmp_path: Path) -> None:
    db, ids = enrolled_stand(tmp_path / "stand", hq_server, 3)
    from kiosk.core.outbox import Outbox

    assert [w["id"] for w in Outbox(db).claim_batch(2)] == ids[:2]  # then the process died
    assert db.scalar("SELECT count(*) FROM lead_sync WHERE status = 'pending'") == 3
    with db.transaction() as conn:  # as an earlier version left a lead it was sending
        conn.execute("UPDATE lead_sync SET status = 'sending' WHERE lead_id = ?", (ids[2],))
    assert KioskSync(db).sync_once().acked == 3
    assert _acked(db) == set(ids) and hq_server.store.count_leads() == 3
