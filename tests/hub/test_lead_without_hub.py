"""A lead always saves on a kiosk joined to a hub: with the hub away and the leased block spent,
its ticket is pending ("ask at the desk") and the hub numbers it once it is back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from kiosk.core import desk_numbers
from kiosk.core.config import Paths, active_event_profile, event_day
from kiosk.core.db import KioskDB
from kiosk.core.leads import content_hash
from kiosk.core.outbox import lead_clear_fields
from kiosk.hub.serve import open_store
from kiosk.uplink import hub_link
from tests.support.stand_hub import ROOT, HubProcess, paired_kiosk

RUN_TIMEOUT_S = 120
PAST_THE_LEASE = 3


def _save_leads(kiosk: Paths, count: int) -> list[dict[str, str]]:
    run = subprocess.run(
        [sys.executable, "-m", "tests.support.stand_kiosk", "--leads", str(kiosk.home),
         str(count), "alomrane"],
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
        timeout=RUN_TIMEOUT_S, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


def _kiosk_tickets(kiosk: Paths) -> dict[str, tuple[str, str]]:
    db = KioskDB(kiosk.database)
    try:
        rows = db.query("SELECT lead_id, label, source FROM desk_tickets WHERE lead_id IS NOT NULL")
        leads = {r["id"] for r in db.query("SELECT id FROM leads")}
    finally:
        db.close()
    assert leads == {r["lead_id"] for r in rows}
    return {r["lead_id"]: (r["label"], r["source"]) for r in rows}


def _hub_tickets(hub: HubProcess, kiosk: Paths) -> dict[str, str]:
    event = active_event_profile(kiosk)
    store = open_store(Paths(hub.home))
    try:
        rows = store.query(
            "SELECT lead_id, label FROM hub_tickets WHERE event_id = ? AND day = ?",
            (event.event.id, event_day(event)),
        )
    finally:
        store.close()
    labels = [r["label"] for r in rows]
    assert [label for label, n in Counter(labels).items() if n > 1] == []
    return {r["lead_id"]: r["label"] for r in rows}


def test_lead_saves_with_hub_away_and_lease_spent_then_the_hub_numbers_it(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub")
    hub.start()
    try:
        kiosk = paired_kiosk(tmp_path / "kiosk", hub, "kiosk 1")
        online = _save_leads(kiosk, 1)  # brings the kiosk its leased block
        hub.kill()
        away = _save_leads(kiosk, desk_numbers.LEASE_SIZE + PAST_THE_LEASE)
        assert [t["source"] for t in online] == ["hub"]
        assert Counter(t["source"] for t in away) == {
            "lease": desk_numbers.LEASE_SIZE,
            "pending": PAST_THE_LEASE,
        }
        assert {t["label"] for t in away if t["source"] == "pending"} == {"A-?"}
        assert len(_kiosk_tickets(kiosk)) == 1 + desk_numbers.LEASE_SIZE + PAST_THE_LEASE
        hub.start()
        back = _save_leads(kiosk, 1)  # reconciles first, then through the hub again
        kiosk_side = _kiosk_tickets(kiosk)
        hub_side = _hub_tickets(hub, kiosk)
        db = KioskDB(kiosk.database)
        link = hub_link.HubLink.from_settings(db)
        assert link is not None
        assert hub_link.report_leased(db, link) == 0  # everything reported once
        stored = {r["id"]: r for r in db.query("SELECT * FROM leads")}
        link.close()
        db.close()
    finally:
        hub.kill()
    assert back[0]["source"] == "hub"
    assert {lead: label for lead, (label, _) in kiosk_side.items()} == hub_side
    pending = sorted(hub_side[t["lead"]] for t in away if t["source"] == "pending")
    assert pending == ["A-002", "A-003", "A-004"]  # the hub's run, after the first lead
    assert hub_side[back[0]["lead"]] == "A-005"

    # the leads waiting for HQ carry those numbers, their content hash recomputed
    for ticket in [*online, *away]:  # (the first one's hash as saved: same recipe)
        row = stored[str(ticket["lead"])]
        assert json.loads(row["tickets"]) == {"alomrane": hub_side[str(ticket["lead"])]}
        assert row["content_hash"] == content_hash(lead_clear_fields(row), row["pii_box"])
