"""What the stand hub holds for HQ while HQ is away is bounded: a total size (the kiosks keep
their own records pending past it), one heartbeat per kiosk, and no oversized request."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.core.config import Paths
from kiosk.core.db import KioskDB
from kiosk.hub.forward import MAX_INFLATED, Relay
from kiosk.hub.serve import open_store
from kiosk.hub.store import HubStore
from kiosk.uplink import hub_link
from sync.contract.clock import FakeClock
from sync.contract.hub_wire import HQ_RELAY
from tests.support.stand_hub import HubProcess, paired_kiosk

NO_ROUTE = "http://127.0.0.1:9"  # discard port: nothing listens
BATCH = b'{"leads": [' + b"0" * 1000 + b"]}"


def test_held_requests_stop_at_the_limit_and_heartbeats_replace_each_other(
    tmp_path: Path,
) -> None:
    store = HubStore(tmp_path / "hub.db", FakeClock())
    relay = Relay(store, NO_ROUTE, max_held_bytes=3 * len(BATCH))
    try:
        answers = [
            relay.pass_on("POST", "/api/v1/leads:batch", "", BATCH, {"Authorization": "Bearer a"})
            for _ in range(4)
        ]
        assert [a.status for a in answers] == [503] * 4
        assert [json.loads(a.body)["detail"].split("; ")[1] for a in answers] == [
            "held, try again later"
        ] * 3 + ["not held, try again later"]
        relay.max_held_bytes *= 2
        for n in range(3):
            beat = json.dumps({"n": n}).encode()
            relay.pass_on("POST", "/api/v1/heartbeat", "", beat, {"Authorization": "Bearer a"})
        relay.pass_on("POST", "/api/v1/heartbeat", "", b"{}", {"Authorization": "Bearer b"})
        beats = store.query("SELECT auth, body FROM hub_held WHERE path = '/api/v1/heartbeat'")
        assert sorted((r["auth"], r["body"]) for r in beats) == [
            ("Bearer a", b'{"n": 2}'),
            ("Bearer b", b"{}"),
        ]
        assert relay.held() == 5
    finally:
        relay.session.close()
        store.close()


def test_an_oversized_request_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub", hq=NO_ROUTE)
    hub.start()
    try:
        kiosk = paired_kiosk(tmp_path / "kiosk", hub, "k")
        db = KioskDB(kiosk.database)
        link = hub_link.HubLink.from_settings(db)
        assert link is not None
        try:
            answer = link.session.post(
                f"{hub.url}{HQ_RELAY}/api/v1/leads:batch",
                data=b"x" * (MAX_INFLATED + 1),
                headers={"content-type": "application/json"},
                timeout=30,
            )
        finally:
            link.close()
            db.close()
        store = open_store(Paths(hub.home))
    finally:
        hub.kill()
    assert answer.status_code == 413
    assert store.query("SELECT count(*) FROM hub_held")[0][0] == 0
    store.close()
