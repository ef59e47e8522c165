"""Visitors at HQ for tests: stands of an event save these people and HQ ingests them."""

from __future__ import annotations

from pathlib import Path

from kiosk.core.config import Paths, active_event_profile
from kiosk.core.leads import LeadInput, save_lead
from kiosk.core.outbox import Outbox
from sync.contract.clock import FakeClock
from sync.contract.sealing import unb64
from sync.contract.wire import LeadBatch
from sync.hq import keyring, kiosk_tokens, service
from sync.hq.settings import HQSettings
from sync.hq.store import Store
from tests.support.kiosk_leads import kiosk_with_leads


def send(
    store: Store,
    settings: HQSettings,
    keys: keyring.HQKeys,
    home: Path,
    stand: str,
    event_id: str,
    people: list[LeadInput],
    clock: FakeClock | None = None,
) -> list[str]:
    """A stand of ``event_id`` saves these visitors and HQ ingests them; their lead ids."""
    db, _ids, _event = kiosk_with_leads(home, unb64(keys.public_b64), 0)
    try:
        event = active_event_profile(Paths(home))
        event = event.model_copy(update={"event": event.event.model_copy(update={"id": event_id})})
        stand_clock = FakeClock(clock.now()) if clock else FakeClock()
        for person in people:
            stand_clock.advance(60)
            save_lead(db, person, event=event, clock=stand_clock)
        batch = LeadBatch.model_validate({"leads": Outbox(db).claim_batch(len(people))})
    finally:
        db.close()
    enrolled = kiosk_tokens.enroll_kiosk(store, settings, keys, stand, event_id)
    kiosk = kiosk_tokens.authenticate(store, enrolled.token)
    results = service.ingest(store, keys, kiosk, batch, clock or FakeClock())
    assert {r.status for r in results} == {"stored"}
    return [r.id for r in results]
