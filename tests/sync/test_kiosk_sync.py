"""A stand syncing with a real HQ on 127.0.0.1: leads, conflicts, revocation, quarantine,
catalog updates and the status staff see."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core import enrollment, leads
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.outbox import Outbox
from kiosk.uplink.catalog_pull import CatalogRejected
from kiosk.uplink.client import KioskSync
from kiosk.uplink.transport import HQRefused, HQUnavailable
from sync.hq import catalog as hq_catalog
from sync.hq import catalog_source
from tests.support.kiosk_leads import STAFF_PIN
from tests.sync.conftest import HQ
from tests.sync.stands import FaultyTransport, enrolled_stand, faulty_session


def _hq_ids(hq: HQ) -> set[str]:
    return {row["id"] for row in hq.store.iter_leads()}


def test_enrolled_stand_sends_every_waiting_lead_and_they_are_acked(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, ids = enrolled_stand(tmp_path / "stand", hq_server, 7)
    report = KioskSync(db, batch_size=3).sync_once()
    assert report.sent == 7 and report.acked == 7
    assert _hq_ids(hq_server) == set(ids)
    status = enrollment.sync_status(db)
    assert status["acked"] == 7 and status["pending"] == 0 and status["state"] == "online"
    assert status["last_success"] and status["last_error"] is None
    beats = [
        json.loads(k["last_heartbeat"]) for k in hq_server.store.kiosks() if k["last_heartbeat"]
    ]
    assert beats and beats[-1]["pending"] == 0 and beats[-1]["app_version"]
    assert beats[-1]["printer_state"] == "print jobs: idle" and beats[-1]["crash_count"] == 0


def test_a_conflicting_resubmission_is_quarantined_and_hq_keeps_the_original(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, ids = enrolled_stand(tmp_path / "stand", hq_server, 2)
    KioskSync(db).sync_once()
    with db.transaction() as conn:  # the same lead id now says something else
        conn.execute(
            "UPDATE leads SET city = 'Lyon', content_hash = ? WHERE id = ?", ("c" * 64, ids[0])
        )
        conn.execute("UPDATE lead_sync SET status = 'pending' WHERE lead_id = ?", (ids[0],))
    assert KioskSync(db).sync_once().acked == 1  # held as sent; compared once unpacked
    hq_server.store.settle()
    assert KioskSync(db).sync_once().quarantined == 1  # HQ's late word
    reason = Outbox(db).quarantined()[0]["status_reason"]
    assert reason.startswith("conflict")
    assert {row["city"] for row in hq_server.store.iter_leads()} == {"Paris"}


def test_a_revoked_stand_stops_syncing_stores_nothing_and_says_why(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, _ids = enrolled_stand(tmp_path / "stand", hq_server, 3)
    link = enrollment.load_link(db)
    assert link is not None
    hq_server.store.revoke_kiosk(link.kiosk_name)
    with pytest.raises(HQRefused):
        KioskSync(db).sync_once()
    assert hq_server.store.count_leads() == 0
    status = enrollment.sync_status(db)
    assert status["state"] == "revoked" and "kiosk revoked / not enrolled" in status["last_error"]
    assert status["pending"] == 3 and status["sending"] == 0
    with pytest.raises(HQRefused):  # and it does not even try again
        KioskSync(db).sync_once()


def test_a_stand_enrolled_again_after_revocation_sends_its_leads(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, ids = enrolled_stand(tmp_path / "stand", hq_server, 2)
    link = enrollment.load_link(db)
    assert link is not None
    hq_server.store.revoke_kiosk(link.kiosk_name)
    with pytest.raises(HQRefused):
        KioskSync(db).sync_once()
    enrollment.enroll(db, hq_server.enroll("stand-again"), STAFF_PIN)
    assert KioskSync(db).sync_once().acked == 2
    assert _hq_ids(hq_server) == set(ids)


def test_a_rejected_lead_never_blocks_the_others_and_staff_can_retry_it(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, ids = enrolled_stand(tmp_path / "stand", hq_server, 5)
    with db.transaction() as conn:  # sealed to a key HQ does not hold
        conn.execute("UPDATE leads SET key_for_hq = ? WHERE id = ?", ("A" * 108, ids[2]))
    assert KioskSync(db, batch_size=2).sync_once().acked == 5  # held sealed at HQ
    assert _hq_ids(hq_server) == set(ids) - {ids[2]}  # HQ could not open it
    KioskSync(db).sync_once()  # the stand learns it
    assert "sealed" in Outbox(db).quarantined()[0]["status_reason"]
    # Staff fix: seal it again for HQ with the PIN, then retry from the console.
    with db.transaction() as conn:
        conn.execute("UPDATE leads SET key_for_hq = NULL WHERE id = ?", (ids[2],))
    leads.reseal_for_hq(db, STAFF_PIN, hq_server.keys.public_b64)
    assert Outbox(db).retry_quarantined([ids[2]]) == 1
    assert KioskSync(db).sync_once().acked == 1
    assert _hq_ids(hq_server) == set(ids)
    assert enrollment.sync_status(db)["quarantined"] == 0


def test_catalog_versions_reach_the_stand_in_one_piece(hq_server: HQ, tmp_path: Path) -> None:
    db, _ids = enrolled_stand(tmp_path / "stand", hq_server, 0)
    records = catalog_source.catalog_records_from(None, demo_units=300, seed=4)
    hq_catalog.publish_catalog(hq_server.store, records)
    report = KioskSync(db).sync_once()
    catalog = Catalog(db)
    assert report.catalog_changed and catalog.version == 1
    assert catalog.count(SearchQuery()) == 300
    hq_catalog.publish_catalog(hq_server.store, records[10:])
    KioskSync(db).sync_once()
    assert catalog.version == 2 and catalog.count(SearchQuery()) == 290


@pytest.mark.parametrize("damage", ["corrupt", "truncated"])
def test_a_damaged_catalog_change_keeps_the_old_catalog(
    hq_server: HQ, tmp_path: Path, damage: str
) -> None:
    db, _ids = enrolled_stand(tmp_path / "stand", hq_server, 1)
    records = catalog_source.catalog_records_from(None, demo_units=200, seed=5)
    hq_catalog.publish_catalog(hq_server.store, records)
    KioskSync(db).sync_once()
    before = sorted(Catalog(db).iter_unit_records(), key=lambda r: str(r["ref"]))
    edited = [dict(r, status="disponible") for r in records]
    hq_catalog.publish_catalog(hq_server.store, edited[:150])
    transport = FaultyTransport([damage], only="/catalog/changes")
    expected = CatalogRejected if damage == "corrupt" else HQUnavailable
    with pytest.raises(expected):
        KioskSync(db, session=faulty_session(transport)).sync_once()
    catalog = Catalog(db)
    assert catalog.version == 1
    assert sorted(catalog.iter_unit_records(), key=lambda r: str(r["ref"])) == before
    assert enrollment.sync_status(db)["last_error"]
    KioskSync(db).sync_once()  # the next clean pull applies it
    assert catalog.version == 2 and catalog.count(SearchQuery()) == 150


def test_a_first_pull_replaces_a_local_demo_catalog(hq_server: HQ, tmp_path: Path) -> None:
    from kiosk.core.demo_catalog import generate

    db, _ids = enrolled_stand(tmp_path / "stand", hq_server, 0)
    Catalog(db).replace_all(generate(80, seed=11))
    records = catalog_source.catalog_records_from(None, demo_units=50, seed=12)
    hq_catalog.publish_catalog(hq_server.store, records)
    KioskSync(db).sync_once()
    refs = {str(r["ref"]) for r in Catalog(db).iter_unit_records()}
    assert refs == {str(r["ref"]) for r in records}


def test_an_unenrolled_stand_says_so(tmp_path: Path) -> None:
    from tests.support.kiosk_leads import kiosk_with_leads

    db, _ids, _event = kiosk_with_leads(tmp_path / "stand", None, 2)
    with pytest.raises(HQRefused, match="not enrolled"):
        KioskSync(db).sync_once()
    status = enrollment.sync_status(db)
    assert status["state"] == "not_enrolled" and status["waiting_for_enrollment"] == 2


def test_counters_go_to_hq_again_only_when_they_move(hq_server: HQ, tmp_path: Path) -> None:
    from sqlalchemy import select

    from kiosk.core import analytics
    from kiosk.core.config import Paths, active_event_profile
    from sync.hq.store import hq_analytics

    db, _ids = enrolled_stand(tmp_path / "stand", hq_server, 0)
    event = active_event_profile(Paths(tmp_path / "stand"))
    analytics.record(db, "search", "casablanca", event=event, count=3)
    transport = FaultyTransport(["http_500"], only="/analytics")
    syncer = KioskSync(db, session=faulty_session(transport))
    with pytest.raises(HQUnavailable, match="HTTP 500"):
        syncer.sync_once()  # HQ failed to store them: they go again
    syncer.sync_once()
    syncer.sync_once()  # nothing moved: HQ holds them already
    analytics.record(db, "search", "casablanca", event=event)
    syncer.sync_once()

    sent = [fault for path, fault in transport.seen if path == "/api/v1/analytics"]
    assert sent == ["http_500", "ok", "ok"]
    searches = select(hq_analytics.c.count).where(hq_analytics.c.kind == "search")
    with hq_server.store.engine.connect() as conn:
        assert conn.execute(searches).scalars().all() == [4]


def test_anonymous_counters_and_erasures_reach_hq(hq_server: HQ, tmp_path: Path) -> None:
    from sqlalchemy import select

    from kiosk.core import analytics, retention, staff
    from kiosk.core.config import Paths, active_event_profile
    from sync.hq.store import hq_analytics

    db, ids = enrolled_stand(tmp_path / "stand", hq_server, 2)
    event = active_event_profile(Paths(tmp_path / "stand"))
    analytics.record(db, "search", "casablanca", event=event, count=3)
    analytics.record(db, "session", event=event)
    KioskSync(db).sync_once()
    with hq_server.store.engine.connect() as conn:
        rows = conn.execute(select(hq_analytics.c.kind, hq_analytics.c.count)).all()
    assert ("search", 3) in [tuple(r) for r in rows]
    phone = "+33 6 00 00 00 01"  # visitor 1 of the generated stand
    key = staff.unlock_staff_key(db, STAFF_PIN)
    assert retention.erase_by_phone(db, key, phone, region="FR") == [ids[1]]
    assert KioskSync(db).sync_once().erasures == 1
    assert _hq_ids(hq_server) == {ids[0]}


def test_after_a_sync_a_lead_saved_on_the_same_connection_waits_for_the_disk_again(
    hq_server: HQ, tmp_path: Path
) -> None:
    """HQ's answers are recorded without waiting for the disk (a lost one means a resend);
    whatever happens to the push, the visitor's next lead is written as durably as ever."""
    full = 2  # PRAGMA synchronous=FULL
    db, _ids = enrolled_stand(tmp_path / "a", hq_server, 3)
    assert KioskSync(db).sync_once().acked == 3
    assert db.scalar("PRAGMA synchronous") == full

    cut, _ids = enrolled_stand(tmp_path / "b", hq_server, 3)
    link_down = FaultyTransport(["reset"] * 5, only="leads:batch")
    with pytest.raises(HQUnavailable):
        KioskSync(cut, session=faulty_session(link_down)).sync_once()
    assert cut.scalar("PRAGMA synchronous") == full
    assert Outbox(cut).counts()["pending"] == 3
