"""Erasures travel both ways between real stands and a real HQ (uvicorn on 127.0.0.1)."""

from __future__ import annotations

from pathlib import Path

from kiosk.core import backup, enrollment, retention, staff, tickets
from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.uplink.client import KioskSync
from sync.contract.clock import SYSTEM_CLOCK
from sync.hq import erasure
from tests.support.kiosk_leads import STAFF_PIN
from tests.sync.conftest import HQ
from tests.sync.stands import enrolled_stand

VISITOR_1 = "+33 6 00 00 00 01"  # visitor 1 of every generated stand


def _hq_phones(hq: HQ) -> list[str]:
    return sorted(row["phone_e164"] for row in hq.store.iter_leads())


def _local_ids(db: KioskDB) -> set[str]:
    return {str(r["id"]) for r in db.query("SELECT id FROM leads")}


def test_a_restored_backup_cannot_bring_an_erased_lead_back(hq_server: HQ, tmp_path: Path) -> None:
    db, ids = enrolled_stand(tmp_path / "stand", hq_server, 3)
    saved = backup.backup(db, tmp_path / "usb" / "before-erasure.db")  # leads still pending
    assert KioskSync(db).sync_once().acked == 3
    key = staff.unlock_staff_key(db, STAFF_PIN)
    assert retention.erase_by_phone(db, key, VISITOR_1, region="FR") == [ids[1]]
    assert KioskSync(db).sync_once().erasures == 1
    assert "+33600000001" not in _hq_phones(hq_server)
    backup.restore(db, saved.path)
    assert ids[1] in _local_ids(db)  # the old copy is back on the stand, pending
    assert KioskSync(db).sync_once().acked == 3  # held as sent, unpacked after the answer
    hq_server.store.settle()  # unpacked: visitors 0 and 2 duplicates, visitor 1 erased
    KioskSync(db).sync_once()  # HQ's late word
    assert ids[1] not in _local_ids(db)  # answered erased: deleted here, never stored at HQ
    assert _hq_phones(hq_server) == ["+33600000000", "+33600000002"]
    db.close()


def test_an_hq_erasure_reaches_every_stand_with_its_tickets(hq_server: HQ, tmp_path: Path) -> None:
    stands = [enrolled_stand(tmp_path / name, hq_server, 2) for name in ("a", "b")]
    for name, (db, ids) in zip(("a", "b"), stands, strict=True):
        event = active_event_profile(Paths(tmp_path / name))
        tickets.issue_ticket(db, "alomrane", event=event, lead_id=ids[1])
        KioskSync(db).sync_once()
    hq_server.store.settle()  # the CLI and console open every held lead before erasing
    report = erasure.erase(
        hq_server.store.engine,
        hq_server.keys.phone_key,
        phones=["+33600000001"],
        by="dpo@example.test",
        source="cli",
        clock=SYSTEM_CLOCK,
    )
    assert report.leads == 2 and report.kiosks == 2
    for db, ids in stands:
        assert KioskSync(db).sync_once().erased_here == 1
        assert _local_ids(db) == {ids[0]}
        assert db.scalar("SELECT count(*) FROM desk_tickets WHERE lead_id = ?", (ids[1],)) == 0
        assert KioskSync(db).sync_once().erased_here == 0  # the cursor moved on
        db.close()


def test_a_stand_erasure_reaches_leads_of_other_stands_and_older_enrollments(
    hq_server: HQ, tmp_path: Path
) -> None:
    db_a, _ = enrolled_stand(tmp_path / "a", hq_server, 2)
    KioskSync(db_a).sync_once()
    enrollment.enroll(db_a, hq_server.enroll("stand-a-again"), STAFF_PIN)  # a new kiosk id
    db_b, _ = enrolled_stand(tmp_path / "b", hq_server, 3)
    KioskSync(db_b).sync_once()
    assert _hq_phones(hq_server).count("+33600000001") == 2
    key = staff.unlock_staff_key(db_a, STAFF_PIN)
    retention.erase_by_phone(db_a, key, "06 00 00 00 01", region="FR")
    sealed = retention.pending_erased_phones(db_a)
    assert len(sealed) == 1 and "600000001" not in sealed[0][1]  # unreadable on the stand
    KioskSync(db_a).sync_once()
    assert "+33600000001" not in _hq_phones(hq_server)
    assert retention.pending_erased_phones(db_a) == []  # forgotten once HQ confirmed
    assert KioskSync(db_b).sync_once().erased_here == 1  # and stand B follows
    for db in (db_a, db_b):
        db.close()
