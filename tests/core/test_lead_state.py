"""A lead's place in the outbox lives beside it (``lead_sync``); a stand's database from
before keeps every lead's state when it moves there."""

from __future__ import annotations

from pathlib import Path

import nacl.public

from kiosk.core import leads
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB
from kiosk.core.lead_tables import WITH_STATE
from kiosk.core.outbox import Outbox
from sync.contract.clock import FakeClock
from tests.core import lead_fixtures
from tests.core.lead_fixtures import PIN, visitor

clock = lead_fixtures.clock
event = lead_fixtures.event
staffed_db = lead_fixtures.staffed_db

BEFORE = 13  # the schema before the state moved beside the lead


def _a_day_of_leads(db: KioskDB, event: EventProfile, clock: FakeClock) -> list[str]:
    """Four leads as a stand leaves them: acked, quarantined by HQ, caught in flight by an
    older version ('sending'), and still waiting."""
    leads.reseal_for_hq(db, PIN, bytes(nacl.public.PrivateKey.generate().public_key))
    ids = []
    for n in range(4):
        clock.advance(60)
        ids.append(leads.save_lead(db, visitor(city=f"Lyon {n}"), event=event, clock=clock).id)
    outbox = Outbox(db, clock)
    clock.advance(300)
    outbox.apply_results({ids[0]: ("stored", ""), ids[1]: ("rejected", "phone: not a number")})
    with db.transaction() as conn:
        conn.execute("UPDATE lead_sync SET status = 'sending' WHERE lead_id = ?", (ids[2],))
    return ids


def _as_before(current: KioskDB, path: Path) -> None:
    """The same leads in a database of the schema before: state columns in the lead row."""
    rows = [dict(r) for r in current.query(f"SELECT leads.*, lead_sync.* FROM {WITH_STATE}")]
    kept = [dict(r) for r in current.query("SELECT * FROM lead_wire")]
    with KioskDB(path, migrate=False) as old:
        old.migrate(target=BEFORE)
        with old.transaction() as conn:
            for row in rows:
                row.pop("lead_id")
                names = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                conn.execute(f"INSERT INTO leads ({names}) VALUES ({marks})", tuple(row.values()))
            conn.executemany("INSERT INTO lead_wire VALUES (:lead_id, :record)", kept)


def test_each_leads_state_survives_the_move_beside_the_lead(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock, tmp_path: Path
) -> None:
    ids = _a_day_of_leads(staffed_db, event, clock)
    before = {lead["id"]: lead for lead in leads.iter_leads(staffed_db)}
    _as_before(staffed_db, tmp_path / "old.db")

    with KioskDB(tmp_path / "old.db") as upgraded:
        after = {lead["id"]: lead for lead in leads.iter_leads(upgraded)}
        assert after == before  # content and state, field for field
        assert [after[i]["status"] for i in ids] == ["acked", "quarantined", "sending", "pending"]
        assert after[ids[0]]["acked_at"] and after[ids[0]]["attempts"] == 1
        assert after[ids[1]]["status_reason"] == "rejected: phone: not a number"
        columns = {r["name"] for r in upgraded.query("PRAGMA table_info(leads)")}
        assert not columns & {"status", "status_reason", "status_at", "attempts", "acked_at"}
        outbox = Outbox(upgraded, clock)
        assert [lead.id for lead in outbox.claim()] == [ids[3]]  # only the waiting one
        outbox.release_sending()  # the one an older version left in flight goes again
        assert [lead.id for lead in outbox.claim()] == [ids[2], ids[3]]
        assert upgraded.integrity_check() == []


def test_erasing_a_lead_takes_its_state_with_it(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    ids = _a_day_of_leads(staffed_db, event, clock)
    Outbox(staffed_db, clock).apply_outcomes({ids[0]: ("erased", "")})
    assert staffed_db.scalar("SELECT count(*) FROM lead_sync WHERE lead_id = ?", (ids[0],)) == 0
    assert Outbox(staffed_db, clock).counts() == {
        "pending": 1,
        "sending": 1,
        "acked": 0,
        "quarantined": 1,
    }
