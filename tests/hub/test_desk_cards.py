"""Item 7: an advisor scans or types a visitor's ticket at the desk page and sees the units of
interest, the simulation and the aid estimate; the name and phone only where the visitor's
consent covers that desk. Cards are sealed on the kiosk, kept sealed on the hub, and an erasure
on the kiosk reaches the hub. A real hub process, two paired kiosks, the desk page over TLS."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from kiosk.core import retention, staff
from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.tickets import issue_anonymous_tickets
from kiosk.hub.store import HubStore
from kiosk.uplink import hub_link
from tests.support.stand_hub import (
    STAFF_PIN,
    HubProcess,
    hub_process,
    paired_kiosk,
    save_visitor,
)


@pytest.fixture(scope="module")
def stand(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[HubProcess, Paths, Paths]]:
    root = tmp_path_factory.mktemp("stand")
    with hub_process(root / "hub") as hub:
        first = paired_kiosk(root / "kiosk-1", hub, "kiosk-1")
        second = paired_kiosk(root / "kiosk-2", hub, "kiosk-2")
        yield hub, first, second


def _desk(hub: HubProcess, desk: str) -> requests.Session:
    """A desk browser signed in with the desk PIN (the hub's certificate pinned, as trusted)."""
    session = hub_link.pinned_session(hub.url, hub_link.server_fingerprint(hub.url))
    answer = session.post(
        f"{hub.url}/desk/signin", data={"pin": _pin(hub), "desk": desk, "lang": "fr"}, timeout=10
    )
    assert answer.ok, answer.text
    return session


def _pin(hub: HubProcess) -> str:
    store = HubStore(hub.home / "hub" / "hub.db")
    try:
        return store.state("desk.pin") or ""
    finally:
        store.close()


def _look(session: requests.Session, hub: HubProcess, code: str) -> dict[str, object]:
    answer = session.get(f"{hub.url}/desk/api/card", params={"code": code}, timeout=10)
    assert answer.ok, answer.text
    found: dict[str, object] = answer.json()
    return found


def test_a_scanned_ticket_opens_the_visitor_as_the_desk_may_see_them(
    stand: tuple[HubProcess, Paths, Paths],
) -> None:
    hub, first, second = stand
    without_share, refs = save_visitor(first, 1, consent_share=False, extra_desks=["bank"])
    with_share, _ = save_visitor(second, 2, consent_share=True, desk="bank")
    alomrane, bank = _desk(hub, "alomrane"), _desk(hub, "bank")

    # the QR as a wedge scanner types it, at the Al Omrane desk: everything, name included
    seen = _look(alomrane, hub, without_share.qr_payload("alomrane"))
    assert seen["status"] == "card" and seen["label"] == without_share.ticket_labels["alomrane"]
    card = seen["card"]
    assert isinstance(card, dict)
    assert [u["ref"] for u in card["units"]] == refs
    assert all(u["price_mad"] and u["title"]["ar"] for u in card["units"])
    assert card["simulation"]["monthly_payment_mad"] == 2244
    assert card["aid"]["amount_mad"] == 50_000
    assert card["contact"]["last_name"] == "TESTNOM-00001"
    assert card["contact"]["phone"].startswith("+33600")

    # the bank desk: same visitor without the "share" box → no name, no phone
    label = without_share.ticket_labels["bank"]
    typed = _look(bank, hub, label.replace("-0", "").lower())  # "b1" for B-001
    assert typed["label"] == label and typed["status"] == "card"
    assert typed["card"]["contact"] is None  # type: ignore[index]
    assert typed["card"]["units"]  # type: ignore[index]
    # a second kiosk's visitor who ticked "share": the bank sees them, typed in Arabic digits
    number = with_share.tickets["bank"].number
    arabic = str(number).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    shared = _look(bank, hub, arabic)
    assert shared["card"]["contact"]["last_name"] == "TESTNOM-00002"  # type: ignore[index]

    assert _look(bank, hub, "B-999")["status"] == "unknown"
    stranger = hub_link.pinned_session(hub.url, hub_link.server_fingerprint(hub.url))
    assert (
        stranger.get(f"{hub.url}/desk/api/card", params={"code": label}, timeout=10).status_code
        == 401
    )


def test_nothing_personal_rests_in_clear_on_the_hub_or_the_kiosk(
    stand: tuple[HubProcess, Paths, Paths],
) -> None:
    hub, first, _second = stand
    save_visitor(first, 3, consent_share=True)
    files = [*(hub.home / "hub").glob("hub.db*"), *first.home.glob("kiosk.db*")]
    assert files
    for path in files:
        data = path.read_bytes()
        assert b"TESTNOM-00003" not in data and b"Testprenom3" not in data, path
        assert b"+33600000003" not in data, path
    assert (hub.home / "hub" / "card.key").stat().st_mode & 0o077 == 0


def test_an_erased_visitor_is_gone_from_the_desk_and_an_anonymous_ticket_shows_nothing(
    stand: tuple[HubProcess, Paths, Paths],
) -> None:
    hub, first, _second = stand
    saved, _ = save_visitor(first, 4)
    desk = _desk(hub, "alomrane")
    label = saved.ticket_labels["alomrane"]
    assert _look(desk, hub, label)["status"] == "card"
    db = KioskDB(first.database)
    event = active_event_profile(first)
    link = hub_link.HubLink.from_settings(db)
    assert link is not None
    try:
        key = staff.unlock_staff_key(db, STAFF_PIN)
        assert retention.erase_by_phone(db, key, "+33 6 00 00 00 04", region="FR") == [saved.id]
        hub_link.reconcile(db, link, event)
        anonymous = issue_anonymous_tickets(
            db, ["alomrane"], event=event, numbers=hub_link.HubNumbers(link)
        )["alomrane"]
    finally:
        link.close()
        db.close()
    assert _look(desk, hub, label)["status"] == "anonymous"
    assert _look(desk, hub, saved.qr_payload("alomrane"))["status"] == "anonymous"
    assert _look(desk, hub, anonymous.qr_payload)["status"] == "anonymous"
    store = HubStore(hub.home / "hub" / "hub.db")
    try:
        assert store.query("SELECT 1 FROM hub_cards WHERE lead_id = ?", (saved.id,)) == []
    finally:
        store.close()
