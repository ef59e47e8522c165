"""Retention purge with preview, and erasure of a visitor by phone number."""

from __future__ import annotations

import nacl.public

from kiosk.core import leads, retention, staff
from kiosk.core.config import EventProfile, Paths
from kiosk.core.db import KioskDB
from sync.contract.clock import FakeClock
from tests.core import lead_fixtures
from tests.core.lead_fixtures import PIN, visitor

clock = lead_fixtures.clock
event = lead_fixtures.event
staffed_db = lead_fixtures.staffed_db

DAY = 24 * 3600


def ack(db: KioskDB, clock: FakeClock, *ids: str) -> None:
    outbox = leads.Outbox(db, clock)
    outbox.claim_batch()
    outbox.apply_results({lead_id: ("stored", "") for lead_id in ids})


def test_preview_then_purge_removes_only_leads_past_retention(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    leads.reseal_for_hq(staffed_db, PIN, bytes(nacl.public.PrivateKey.generate().public_key))
    old = leads.save_lead(staffed_db, visitor(), event=event, clock=clock).id
    never_sent = leads.save_lead(staffed_db, visitor(), event=event, clock=clock).id
    ack(staffed_db, clock, old)  # never_sent goes back to pending
    leads.Outbox(staffed_db, clock).release_sending()
    clock.advance(400 * DAY)
    recent = leads.save_lead(staffed_db, visitor(), event=event, clock=clock).id

    clock.advance((36 * 30.5 - 400) * DAY)  # just past 36 months for the first two
    preview = retention.preview_purge(staffed_db, event=event, clock=clock)
    assert preview.dry_run and preview.leads == 2
    assert preview.by_status == {"acked": 1, "pending": 1}
    assert preview.never_delivered == 1
    assert leads.count_leads(staffed_db) == 3  # a preview deletes nothing

    done = retention.purge(staffed_db, event=event, clock=clock)
    assert done.leads == 2 and done.tickets == 2
    assert [lead["id"] for lead in leads.iter_leads(staffed_db)] == [recent]
    assert old != never_sent


def test_a_lead_purged_while_hq_answers_for_it_stays_purged(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    leads.reseal_for_hq(staffed_db, PIN, bytes(nacl.public.PrivateKey.generate().public_key))
    lead_id = leads.save_lead(staffed_db, visitor(), event=event, clock=clock).id
    outbox = leads.Outbox(staffed_db, clock)
    assert [w["id"] for w in outbox.claim_batch()] == [lead_id]  # its batch on its way
    clock.advance(4 * 365 * DAY)
    assert retention.purge(staffed_db, event=event, clock=clock).leads == 1
    outbox.apply_results({lead_id: ("stored", "")})  # HQ's answer arrives after the purge
    assert leads.count_leads(staffed_db) == 0


def test_a_shorter_retention_in_the_profile_applies_to_older_leads(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    leads.save_lead(staffed_db, visitor(), event=event, clock=clock)
    clock.advance(200 * DAY)
    six_months = event.model_copy(
        update={"privacy": event.privacy.model_copy(update={"retention_months": 6})}
    )
    assert retention.purge(staffed_db, event=six_months, clock=clock).leads == 1


def test_erase_by_phone_finds_the_number_however_it_is_typed(
    home: Paths, staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    same = visitor(phone="+33 1 99 00 47 11")
    mine = [leads.save_lead(staffed_db, same, event=event, clock=clock).id for _ in range(2)]
    other = leads.save_lead(
        staffed_db, visitor(phone="+33 1 99 00 47 12"), event=event, clock=clock
    ).id
    key = staff.unlock_staff_key(staffed_db, PIN, clock)
    sealed = [r[0] for r in staffed_db.query("SELECT pii_box FROM leads WHERE id IN (?, ?)", mine)]

    erased = retention.erase_by_phone(staffed_db, key, "01 99 00 47 11", region="FR", clock=clock)
    assert sorted(erased) == sorted(mine)
    # Overwritten, not just unlinked: not even the sealed bytes stay in the file or the WAL.
    on_disk = b"".join(
        p.read_bytes()
        for p in home.database.parent.iterdir()
        if p.name.startswith(home.database.name)
    )
    assert not any(box.encode()[:40] in on_disk for box in sealed)
    assert [lead["id"] for lead in leads.iter_leads(staffed_db)] == [other]
    assert not staffed_db.query("SELECT 1 FROM desk_tickets WHERE lead_id IN (?, ?)", mine)
    # HQ learns which ids to erase, nothing else.
    assert sorted(retention.pending_erasures(staffed_db)) == sorted(mine)
    retention.mark_erasures_forwarded(staffed_db, mine, clock)
    assert retention.pending_erasures(staffed_db) == []


def test_erasing_an_unknown_number_erases_nothing(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    leads.save_lead(staffed_db, visitor(), event=event, clock=clock)
    key = staff.unlock_staff_key(staffed_db, PIN, clock)
    assert retention.erase_by_phone(staffed_db, key, "+212 6 61 00 00 00", clock=clock) == []
    assert leads.count_leads(staffed_db) == 1
