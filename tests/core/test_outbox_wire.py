"""The wire record a lead keeps from its saving on: sent as kept, never stale."""

from __future__ import annotations

import json

import nacl.public
import pytest

from kiosk.core import leads
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB
from sync.contract import lead as contract
from sync.contract.clock import FakeClock
from sync.contract.sealing import open_envelope
from sync.contract.wire import LeadRecord
from tests.core import lead_fixtures
from tests.core.lead_fixtures import PIN, visitor

clock = lead_fixtures.clock
event = lead_fixtures.event
staffed_db = lead_fixtures.staffed_db


def _enrolled(db: KioskDB) -> nacl.public.PrivateKey:
    hq_key = nacl.public.PrivateKey.generate()
    leads.reseal_for_hq(db, PIN, bytes(hq_key.public_key))
    return hq_key


def test_a_saved_lead_is_sent_as_the_record_it_kept_and_that_record_is_the_lead(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    hq_key = _enrolled(staffed_db)
    saved = leads.save_lead(staffed_db, visitor(), event=event, clock=clock)
    kept = staffed_db.scalar("SELECT record FROM lead_wire WHERE lead_id = ?", (saved.id,))
    claimed = leads.Outbox(staffed_db, clock).claim()
    assert [(c.id, c.record) for c in claimed] == [(saved.id, kept)]
    record = LeadRecord.model_validate_json(claimed[0].record)  # the contract's record
    assert record.tickets == {"alomrane": "A-001"}
    assert open_envelope(record.sealed, hq_key)["first_name"] == "Yasmine"


def test_a_lead_renumbered_by_the_stand_hub_is_sent_with_its_new_number(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    _enrolled(staffed_db)
    saved = leads.save_lead(staffed_db, visitor(), event=event, clock=clock)
    outbox = leads.Outbox(staffed_db, clock)
    before = json.loads(outbox.claim()[0].record)
    outbox.release_sending()  # the request failed: pending again, as the hub numbers them
    assert leads.renumber(staffed_db, [(saved.id, "alomrane", "A-042")]) == 1
    after = json.loads(outbox.claim()[0].record)
    assert after["tickets"] == {"alomrane": "A-042"}
    assert after["content_hash"] != before["content_hash"]


@pytest.mark.parametrize("column", [*contract.CLEAR, "pii_box", "key_for_hq", "content_hash"])
def test_a_change_to_anything_the_record_carries_forgets_the_kept_record(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock, column: str
) -> None:
    _enrolled(staffed_db)
    saved = leads.save_lead(staffed_db, visitor(), event=event, clock=clock)
    with staffed_db.transaction() as conn:
        conn.execute(f"UPDATE leads SET {column} = {column} WHERE id = ?", (saved.id,))
    assert staffed_db.scalar("SELECT count(*) FROM lead_wire") == 0
    assert [c.id for c in leads.Outbox(staffed_db, clock).claim()] == [saved.id]  # built again


def test_an_acknowledgement_leaves_the_kept_record_and_an_erasure_takes_it(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    _enrolled(staffed_db)
    ids = [leads.save_lead(staffed_db, visitor(), event=event, clock=clock).id for _ in range(2)]
    outbox = leads.Outbox(staffed_db, clock)
    outbox.claim()
    outbox.apply_results({ids[0]: ("stored", ""), ids[1]: ("erased", "")})
    assert outbox.counts()["acked"] == 1
    kept = [row["lead_id"] for row in staffed_db.query("SELECT lead_id FROM lead_wire")]
    assert kept == [ids[0]]
