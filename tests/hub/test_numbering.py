"""The stand's desk numbering: the hub's allocator, leased blocks, pairing, wait texts."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kiosk.core import desk_numbers
from kiosk.core.config import Paths, active_event_profile, event_day
from kiosk.core.db import KioskDB
from kiosk.core.tickets import issue_anonymous_tickets, queue
from kiosk.hub import queue as hub_queue
from kiosk.hub.store import CODE_TRIES, HubStore
from sync.contract.clock import FakeClock
from sync.contract.hub_wire import ReportedTicket, TicketReport, TicketRequest

DAY = "2026-11-28"


@pytest.fixture
def store(tmp_path: Path) -> HubStore:
    found = HubStore(tmp_path / "hub.db", FakeClock())
    yield found
    found.close()


@pytest.mark.parametrize("seed", range(20))
def test_hub_never_hands_out_a_number_twice_whatever_the_mix_of_tickets_and_leases(
    store: HubStore, seed: int
) -> None:
    rng = random.Random(seed)
    taken: list[int] = []
    with store.transaction() as conn:
        for _ in range(200):
            if rng.random() < 0.1:
                start = store.allocate(
                    conn, "ev", DAY, "bank", count=desk_numbers.LEASE_SIZE, lease=True
                )
                taken.extend(range(start, start + desk_numbers.LEASE_SIZE))
            else:
                taken.append(store.allocate(conn, "ev", DAY, "bank"))
    assert len(taken) == len(set(taken))


def test_hub_run_starts_at_one_and_leases_stand_apart(store: HubStore) -> None:
    with store.transaction() as conn:
        first = store.allocate(conn, "ev", DAY, "notary")
        lease = store.allocate(conn, "ev", DAY, "notary", count=10, lease=True)
        second = store.allocate(conn, "ev", DAY, "notary")
        other_day = store.allocate(conn, "ev", "2026-11-29", "notary")
    assert (first, second, other_day) == (1, 2, 1)
    assert lease == desk_numbers.LEASE_BASE


def test_queue_is_ordered_by_issue_time_not_by_number(store: HubStore) -> None:
    def ask(at: str) -> str:
        req = TicketRequest(event_id="ev", day=DAY, desk="bank", issued_at=at, lease_left=99)
        return hub_queue.issue(store, req, "k1").label

    ask("2026-11-28T10:00:00Z")
    offline = ReportedTicket(
        event_id="ev", day=DAY, desk="bank", number=501, issued_at="2026-11-28T10:01:00Z"
    )
    answer = hub_queue.report(store, TicketReport(tickets=[offline, offline]), "k2")
    ask("2026-11-28T10:02:00Z")
    assert (answer.stored, answer.known) == (1, 1)
    assert [e.label for e in hub_queue.entries(store, "ev", DAY, "bank")] == [
        "B-001",
        "B-501",
        "B-002",
    ]


def test_pairing_code_is_single_use_and_changes_after_wrong_tries(store: HubStore) -> None:
    code = store.pairing_code()
    assert store.pair(code, "k1", "one") is not None
    assert store.pair(code, "k2", "two") is None  # used: a new code now
    fresh = store.pairing_code()
    wrong = "000000" if fresh != "000000" else "111111"
    for _ in range(CODE_TRIES):
        assert store.pair(wrong, "k3", "") is None
    assert store.pairing_code() != fresh


def test_joined_kiosk_without_hub_issues_from_its_lease_then_says_so(home: Paths) -> None:
    db = KioskDB(home.database)
    event = active_event_profile(home)

    class AwayHub:
        def take(self, request: desk_numbers.NumberRequest) -> None:
            return None

    clock = FakeClock()
    lease = desk_numbers.Lease(event.event.id, event_day(event, clock), "bank", 501, 503)
    with db.transaction() as conn:
        desk_numbers.store_lease(conn, lease)
    labels = [
        issue_anonymous_tickets(db, ["bank"], event=event, clock=clock, numbers=AwayHub())[
            "bank"
        ].label
        for _ in range(2)
    ]
    assert labels == ["B-501", "B-502"]
    with pytest.raises(desk_numbers.QueueUnavailable):
        issue_anonymous_tickets(db, ["bank"], event=event, clock=clock, numbers=AwayHub())
    assert [t.label for t in queue(db, "bank", event=event, clock=clock)] == labels
    assert len(desk_numbers.unreported(db)) == 2
    db.close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "Vous êtes 3e dans la file · attente estimée 10 min"), ("ar", "ترتيبكم 3 في الطابور")],
)
def test_wait_text_in_the_visitors_language(language: str, expected: str) -> None:
    assert expected in desk_numbers.wait_text(3, desk_numbers.wait_minutes(2, [300.0]), language)


def test_wait_uses_todays_service_times() -> None:
    assert desk_numbers.wait_minutes(0, []) == 0
    assert desk_numbers.wait_minutes(4, [60.0, 120.0, 600.0]) == 8


def test_a_pending_ticket_reported_twice_gets_one_number(store: HubStore) -> None:
    first = ReportedTicket(
        event_id="ev", day=DAY, desk="notary", lead_id="lead-1", source="pending",
        issued_at="2026-11-28T10:00:00Z",
    )  # fmt: skip
    again = hub_queue.report(store, TicketReport(tickets=[first]), "k1")
    twice = hub_queue.report(store, TicketReport(tickets=[first]), "k1")
    req = TicketRequest(event_id="ev", day=DAY, desk="notary", issued_at="x", lease_left=99)
    assert [n.label for n in again.numbered + twice.numbered] == ["N-001", "N-001"]
    assert (again.stored, twice.stored) == (1, 0)
    assert hub_queue.issue(store, req, "k2").label == "N-002"


@pytest.mark.parametrize(("language", "expected"), [("fr", "au guichet"), ("ar", "عند المكتب")])
def test_pending_ticket_says_ask_at_the_desk(language: str, expected: str) -> None:
    assert expected in desk_numbers.wait_text(None, None, language, pending=True)
