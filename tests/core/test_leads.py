"""Saving a lead: validation, consent proof, tickets, sealed personal data, outbox states."""

from __future__ import annotations

import uuid

import nacl.public
import pytest

from kiosk.core import analytics, leads, settings, staff
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB
from sync.contract.clock import FakeClock
from sync.contract.errors import DataError, ValidationError
from sync.contract.sealing import open_envelope
from tests.core import lead_fixtures
from tests.core.lead_fixtures import PIN, visitor

clock = lead_fixtures.clock
event = lead_fixtures.event
staffed_db = lead_fixtures.staffed_db


def problems_of(inp: leads.LeadInput) -> set[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        leads.validate(inp)
    return set(caught.value.problems)


def test_phone_is_stored_in_e164_whatever_way_it_was_typed() -> None:
    assert leads.validate(visitor(phone="06 12 34 56 78", phone_country="MA")).phone == (
        "+212612345678"
    )
    assert leads.validate(visitor(phone="0033 6 12 34 56 78")).phone == "+33612345678"
    assert leads.validate(visitor(phone="+1 514 555 0199", phone_country="FR")).phone == (
        "+15145550199"
    )


def test_invalid_phone_and_email_come_back_as_message_keys() -> None:
    found = problems_of(visitor(phone="12", email="not-an-address"))
    assert ("phone", "lead.error.phone_invalid") in found
    assert ("email", "lead.error.email_invalid") in found


def test_every_problem_is_reported_at_once() -> None:
    found = problems_of(
        leads.LeadInput(first_name="", last_name="x" * 61, phone="", language="de", desk="shop")
    )
    assert found >= {
        ("first_name", "lead.error.required"),
        ("last_name", "lead.error.too_long"),
        ("phone", "lead.error.required"),
        ("language", "lead.error.language"),
        ("desk", "lead.error.desk"),
    }


def test_names_are_trimmed_normalised_and_stripped_of_bidi_overrides() -> None:
    cleaned = leads.validate(
        visitor(first_name="  Ame\u0301lie\u202e\u2066 ", last_name="El\tAlaoui\u200b\n")
    )
    assert cleaned.first_name == "Amélie"  # NFC: one code point for é
    assert len(cleaned.first_name) == 6
    assert cleaned.last_name == "El Alaoui"


def test_email_domain_is_lower_cased_and_optional() -> None:
    assert leads.validate(visitor(email="Sara.Demo@Example.ORG")).email == "Sara.Demo@example.org"
    assert leads.validate(visitor(email="   ")).email == ""


def test_lead_gets_a_uuid7_id_and_a_ticket_for_its_desk(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    saved = leads.save_lead(staffed_db, visitor(desk="notary"), event=event, clock=clock)
    assert uuid.UUID(saved.id).version == 7
    assert saved.ticket_labels == {"notary": "N-001"}
    assert saved.qr_payload("notary") == f"OMK1|{saved.id}|notary|N-001"


def test_consent_proof_is_stored_with_the_lead(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    saved = leads.save_lead(
        staffed_db,
        visitor(language="ar", consent_marketing=True, consent_share=False),
        event=event,
        clock=clock,
    )
    lead = leads.get_lead(staffed_db, saved.id)
    assert lead["consent_at"] == "2026-02-13T09:00:00Z"
    assert lead["kiosk_id"] == settings.kiosk_id(staffed_db)
    assert lead["event_id"] == "paris-2026"
    assert lead["notice_version"] == event.event.notice_version
    assert lead["consent_language"] == "ar"
    assert (lead["consent_callback"], lead["consent_marketing"], lead["consent_share"]) == (
        True,
        True,
        False,
    )
    assert "first_name" not in lead  # no PIN, no personal data


def test_without_call_me_back_nothing_personal_is_stored(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    with pytest.raises(ValidationError) as caught:
        leads.save_lead(staffed_db, visitor(consent_callback=False), event=event, clock=clock)
    assert caught.value.problems == [("consent_callback", "lead.error.consent_required")]
    assert leads.count_leads(staffed_db) == 0

    tickets = leads.issue_anonymous_tickets(
        staffed_db, ["bank", "notary"], event=event, clock=clock
    )
    assert {d: t.label for d, t in tickets.items()} == {"bank": "B-001", "notary": "N-001"}
    assert all(t.lead_id is None for t in tickets.values())
    assert tickets["bank"].qr_payload == "OMK1|-|bank|B-001"
    assert leads.count_leads(staffed_db) == 0


def test_a_desk_absent_from_the_stand_is_refused(
    staffed_db: KioskDB, clock: FakeClock, event: EventProfile
) -> None:
    oujda = event.model_copy(
        update={"kiosk": event.kiosk.model_copy(update={"desks": ["alomrane", "notary"]})}
    )
    with pytest.raises(ValidationError) as caught:
        leads.save_lead(staffed_db, visitor(desk="bank"), event=oujda, clock=clock)
    assert caught.value.problems == [("desk", "lead.error.desk_absent")]
    assert leads.count_leads(staffed_db) == 0


def test_staff_key_opens_what_the_kiosk_sealed(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    note = "Rappeler après 18h"
    saved = leads.save_lead(staffed_db, visitor(note=note), event=event, clock=clock)
    key = staff.unlock_staff_key(staffed_db, PIN, clock)
    lead = leads.get_lead(staffed_db, saved.id, key)
    assert (lead["first_name"], lead["phone"], lead["note"]) == (
        "Yasmine",
        "+33612345678",
        note,
    )
    with pytest.raises(DataError):
        leads.get_lead(staffed_db, saved.id, nacl.public.PrivateKey.generate())


def test_save_counts_the_lead_in_todays_figures(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    leads.save_lead(staffed_db, visitor(extra_desks=["bank"]), event=event, clock=clock)
    figures = analytics.today(staffed_db, event=event, clock=clock)
    assert figures["leads"] == 1
    assert figures["tickets_by_desk"] == {"alomrane": 1, "bank": 1}


# --- outbox -------------------------------------------------------------------------------


def test_leads_wait_for_enrollment_then_reseal_lets_hq_open_them(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    outbox = leads.Outbox(staffed_db, clock)
    saved = leads.save_lead(staffed_db, visitor(), event=event, clock=clock)
    assert outbox.claim_batch() == []  # not enrolled: nothing can leave
    assert outbox.waiting_for_enrollment() == 1

    hq_key = nacl.public.PrivateKey.generate()
    assert leads.reseal_for_hq(staffed_db, PIN, bytes(hq_key.public_key), clock) == 1
    after = leads.save_lead(staffed_db, visitor(first_name="Omar"), event=event, clock=clock)

    batch = outbox.claim_batch()
    assert [w["id"] for w in batch] == [saved.id, after.id]
    assert outbox.claim_batch(after=after.id) == []  # a push goes on after the last id
    assert outbox.counts() == {"pending": 2, "sending": 0, "acked": 0, "quarantined": 0}
    opened = [open_envelope(w["sealed"], hq_key)["first_name"] for w in batch]
    assert opened == ["Yasmine", "Omar"]
    wire = batch[0]
    assert wire["consent"]["notice_version"] == event.event.notice_version
    assert wire["tickets"] == {"alomrane": "A-001"}
    assert "Yasmine" not in str(wire)


def enrolled(db: KioskDB) -> nacl.public.PrivateKey:
    hq_key = nacl.public.PrivateKey.generate()
    leads.reseal_for_hq(db, PIN, bytes(hq_key.public_key))
    return hq_key


def test_hq_answers_ack_or_quarantine_each_lead_on_its_own(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    enrolled(staffed_db)
    ids = [leads.save_lead(staffed_db, visitor(), event=event, clock=clock).id for _ in range(4)]
    outbox = leads.Outbox(staffed_db, clock)
    outbox.claim_batch()
    outbox.apply_results(
        {
            ids[0]: ("stored", ""),
            ids[1]: ("duplicate", ""),
            ids[2]: ("rejected", "phone missing"),
            ids[3]: ("conflict", "same id, other content"),
        }
    )
    assert outbox.counts() == {"pending": 0, "sending": 0, "acked": 2, "quarantined": 2}
    reasons = {q["id"]: q["status_reason"] for q in outbox.quarantined()}
    assert reasons == {
        ids[2]: "rejected: phone missing",
        ids[3]: "conflict: same id, other content",
    }

    assert outbox.retry_quarantined([ids[2]]) == 1
    assert [w["id"] for w in outbox.claim_batch()] == [ids[2]]


def test_a_lead_stays_pending_until_answered_and_the_retry_sends_the_same_content(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    enrolled(staffed_db)
    leads.save_lead(staffed_db, visitor(), event=event, clock=clock)
    outbox = leads.Outbox(staffed_db, clock)
    first = outbox.claim_batch()  # the request fails: no answer recorded
    assert outbox.counts()["pending"] == 1
    second = outbox.claim_batch()
    assert first == second  # same id, same sealed bytes, same hash: HQ sees a duplicate


def test_ack_is_final_and_nothing_is_deleted_by_the_outbox(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    enrolled(staffed_db)
    lead_id = leads.save_lead(staffed_db, visitor(), event=event, clock=clock).id
    outbox = leads.Outbox(staffed_db, clock)
    outbox.claim_batch()
    outbox.apply_results({lead_id: ("stored", "")})
    outbox.apply_results({lead_id: ("rejected", "late answer")})
    assert outbox.counts()["acked"] == 1
    assert leads.count_leads(staffed_db) == 1


def test_unknown_hq_answer_puts_the_lead_back_in_the_queue(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    enrolled(staffed_db)
    lead_id = leads.save_lead(staffed_db, visitor(), event=event, clock=clock).id
    outbox = leads.Outbox(staffed_db, clock)
    outbox.claim_batch()
    outbox.apply_results({lead_id: ("weird", "")})
    assert outbox.counts()["pending"] == 1


def test_a_new_hq_key_reseals_leads_not_yet_acked(
    staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    enrolled(staffed_db)
    leads.save_lead(staffed_db, visitor(), event=event, clock=clock)
    new_hq = nacl.public.PrivateKey.generate()
    assert leads.reseal_for_hq(staffed_db, PIN, bytes(new_hq.public_key), clock) == 1
    wire = leads.Outbox(staffed_db, clock).claim_batch()[0]
    assert open_envelope(wire["sealed"], new_hq)["last_name"] == "DEMO-Bennani"


def test_phone_picker_puts_the_event_country_and_morocco_first() -> None:
    choices = leads.phone_country_choices(["FR", "MA"])
    assert choices[:2] == [("FR", 33), ("MA", 212)]
    assert ("IT", 39) in choices and len({r for r, _ in choices}) == len(choices)
