"""No single record, and no HQ bug triggered by one record, can block a stand's outbox; and the
sync streams (leads, erasures, catalog, analytics, heartbeat) never stop one another.

HQ bugs are made in the running HQ: its check of each record choking on one visitor's city
(HTTP 500 for any batch holding that lead), a trigger in its database refusing every batch or
one visitor's lead once the batch is unpacked (after the ack), or a table gone missing behind
one endpoint."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from kiosk.core import enrollment, sync_state
from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.leads import save_lead
from kiosk.core.outbox import Outbox
from kiosk.uplink.client import KioskSync
from kiosk.uplink.transport import HQUnavailable, stale_connection_retry
from sync.contract.clock import FakeClock
from sync.hq import stand_api
from tests.support.kiosk_leads import visitor
from tests.sync.conftest import HQ
from tests.sync.stands import FaultyTransport, enrolled_stand, faulty_session

POISON_CITY = "Ville-piège"


def hq_chokes_on_city(monkeypatch: pytest.MonkeyPatch, city: str) -> None:
    """An HQ bug: answering for a lead from ``city`` (what it checks of each record before
    it answers) raises (HTTP 500)."""
    addressed = stand_api._addressed

    def choking(item: Any) -> Any:
        if isinstance(item, dict) and item.get("city") == city:
            raise RuntimeError("an HQ bug")
        return addressed(item)

    monkeypatch.setattr(stand_api, "_addressed", choking)


def hq_chokes_on_every_batch(hq: HQ) -> None:
    """HQ's database refuses to hold any lead batch (HTTP 500)."""
    with hq.store.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TRIGGER choke BEFORE INSERT ON hq_lead_batches "
                "BEGIN SELECT json_extract('{bad', '$'); END"
            )
        )


def hq_chokes_on_holding_city(hq: HQ, city: str) -> None:
    """An HQ bug after the ack: holding a lead from ``city`` in the inbox (unpacking the
    batch it came in) raises a database error."""
    with hq.store.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TRIGGER choke BEFORE INSERT ON hq_lead_inbox "
                f'WHEN instr(NEW.record, \'"city":"{city}"\') '
                "BEGIN SELECT json_extract('{bad', '$'); END"
            )
        )


def _stand_with_poison(
    hq: HQ, home: Path, leads: int, poison_at: int
) -> tuple[KioskSync, list[str], str, FaultyTransport]:
    db, ids = enrolled_stand(home, hq, 0)
    clock = FakeClock()
    event = active_event_profile(Paths(home))
    for n in range(leads):
        clock.advance(1)
        inp = visitor(n)
        if n == poison_at:
            inp.city = POISON_CITY
        ids.append(save_lead(db, inp, event=event, clock=clock).id)
    counting = FaultyTransport()
    counting.max_retries = stale_connection_retry()  # as the stand's own session does
    return KioskSync(db, clock, session=faulty_session(counting)), ids, ids[poison_at], counting


def _lead_requests(transport: FaultyTransport) -> int:
    return sum("leads:batch" in path for path, _ in transport.seen)


@pytest.mark.parametrize("poison_at", [0, 37, 63])
def test_a_poison_record_is_set_aside_and_every_other_lead_reaches_hq(
    hq_server: HQ, tmp_path: Path, poison_at: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq_chokes_on_city(monkeypatch, POISON_CITY)
    syncer, _ids, poison, transport = _stand_with_poison(hq_server, tmp_path / "s", 64, poison_at)

    report = syncer.sync_once()

    assert (report.acked, report.quarantined) == (63, 1)
    assert hq_server.store.count_leads() == 63
    quarantined = Outbox(syncer.db).quarantined()
    assert [q["id"] for q in quarantined] == [poison]
    assert "HQ fails on this record alone" in quarantined[0]["status_reason"]
    assert "HTTP 500" in quarantined[0]["status_reason"]
    # the batch twice, one request per halving (and the lone record), the waiting halves at once
    assert _lead_requests(transport) <= 2 + math.ceil(math.log2(64)) + 2
    assert Outbox(syncer.db).counts()["pending"] == 0


def test_a_poison_record_holds_up_none_of_the_batches_sent_behind_its_own(
    hq_server: HQ, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq_chokes_on_city(monkeypatch, POISON_CITY)
    syncer, ids, poison, _transport = _stand_with_poison(hq_server, tmp_path / "s", 64, 5)
    syncer.batch_size = 16  # the next batch is on its way when HQ fails the poisoned one

    report = syncer.sync_once()

    assert (report.acked, report.quarantined) == (63, 1)
    assert hq_server.store.count_leads() == 63
    assert [q["id"] for q in Outbox(syncer.db).quarantined()] == [poison]
    counts = Outbox(syncer.db).counts()
    assert (counts["acked"], counts["pending"], counts["sending"]) == (63, 0, 0)
    assert enrollment.sync_status(syncer.db)["acked"] == len(ids) - 1


def test_hq_failing_for_every_lead_sets_nothing_aside(hq_server: HQ, tmp_path: Path) -> None:
    hq_chokes_on_every_batch(hq_server)
    syncer, _ids, _poison, transport = _stand_with_poison(hq_server, tmp_path / "s", 16, 3)

    with pytest.raises(HQUnavailable, match="HTTP 500"):
        syncer.sync_once()

    counts = Outbox(syncer.db).counts()
    assert (counts["pending"], counts["quarantined"], counts["sending"]) == (16, 0, 0)
    # twice whole, one halving down to a lone record, the rest once: then HQ is called broken
    assert _lead_requests(transport) <= 2 + math.ceil(math.log2(16)) + 1


def test_leads_still_go_when_the_catalog_endpoint_fails(hq_server: HQ, tmp_path: Path) -> None:
    db, _ids = enrolled_stand(tmp_path / "s", hq_server, 5)
    with hq_server.store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE hq_catalog_versions RENAME TO hq_catalog_versions_away"))
    syncer = KioskSync(db, FakeClock())

    with pytest.raises(HQUnavailable, match="HTTP 500"):
        syncer.sync_once()

    assert hq_server.store.count_leads() == 5
    beat = heartbeat_at_hq(hq_server, db)
    assert "jam ok: catalog failed 1 time(s) in a row (HTTP 500" in beat, "the heartbeat went"
    streams = sync_state.jam_report(db).streams
    failed = {s.stream: s.last_status for s in streams if s.failures}
    assert failed == {"catalog": 500}
    assert all(s.last_progress_at for s in streams if s.stream != "catalog")
    status = enrollment.sync_status(db)
    assert status["last_attempt"] and not status["last_success"]
    assert "HTTP 500" in status["last_error"] and status["failures"] == 1


def test_the_heartbeat_still_goes_when_every_lead_batch_fails(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, _ids = enrolled_stand(tmp_path / "s", hq_server, 3)
    hq_chokes_on_every_batch(hq_server)
    syncer = KioskSync(db, FakeClock())

    with pytest.raises(HQUnavailable, match="HTTP 500"):
        syncer.sync_once()

    assert '"pending": 3' in heartbeat_at_hq(hq_server, db)


def heartbeat_at_hq(hq: HQ, db: KioskDB) -> str:
    link = enrollment.load_link(db)
    assert link is not None
    kiosk = next(k for k in hq.store.kiosks() if k["id"] == link.hq_kiosk_id)
    return str(kiosk["last_heartbeat"] or "")


def test_a_record_set_aside_goes_through_by_itself_once_hq_is_fixed(
    hq_server: HQ, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq_chokes_on_city(monkeypatch, POISON_CITY)
    syncer, ids, poison, _transport = _stand_with_poison(hq_server, tmp_path / "s", 8, 5)
    assert syncer.sync_once().quarantined == 1
    assert syncer.sync_once().acked == 0  # tried alone again: HQ still fails on it
    assert [q["id"] for q in Outbox(syncer.db).quarantined()] == [poison]

    monkeypatch.undo()  # HQ fixed
    report = syncer.sync_once()

    assert report.acked == 1
    assert Outbox(syncer.db).quarantined() == []
    assert sorted(row["id"] for row in hq_server.store.iter_leads()) == sorted(ids)


def test_a_lead_hq_fails_to_hold_after_the_ack_is_set_aside_and_the_rest_are_opened(
    hq_server: HQ, tmp_path: Path
) -> None:
    hq_chokes_on_holding_city(hq_server, POISON_CITY)
    syncer, ids, poison, _transport = _stand_with_poison(hq_server, tmp_path / "s", 40, 7)
    syncer.batch_size = 16  # the poison's batch, and the batches behind it

    assert syncer.sync_once().acked == 40  # held as sent: every lead acknowledged

    assert hq_server.store.count_leads() == 39  # unpacked and opened, all but the poison
    syncer.sync_once()  # HQ's late word on it
    quarantined = Outbox(syncer.db).quarantined()
    assert [q["id"] for q in quarantined] == [poison]
    assert "HQ fails on this record alone" in quarantined[0]["status_reason"]
    opened = {row["id"] for row in hq_server.store.iter_leads()}
    assert opened == set(ids) - {poison}
