"""Advisor actions on the stand's queue: next in issue order, recall, no-show, done, transfer
keeping the visitor's place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.hub import queue
from kiosk.hub.store import HubStore
from sync.contract.clock import FakeClock
from sync.contract.hub_wire import TicketRequest

DAY = "2026-11-28"
DESKS = ["alomrane", "notary", "bank"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HubStore]:
    found = HubStore(tmp_path / "hub.db", FakeClock())
    yield found
    found.close()


def _issue(store: HubStore, desk: str, minute: int) -> str:
    at = f"2026-11-28T10:{minute:02d}:00Z"
    req = TicketRequest(event_id="ev", day=DAY, desk=desk, issued_at=at, lease_left=99)
    return queue.issue(store, req, "k1").label


def test_next_recall_no_show_done_and_transfer(store: HubStore) -> None:
    first, second, third = (_issue(store, "alomrane", m) for m in (1, 2, 3))
    act = queue.desk_action
    assert act(store, "next", "ev", DAY, "alomrane") == first
    assert act(store, "recall", "ev", DAY, "alomrane") == first
    assert act(store, "no_show", "ev", DAY, "alomrane") is None
    assert act(store, "next", "ev", DAY, "alomrane") == second
    _issue(store, "bank", 0)  # at the bank since 10:00
    act(store, "transfer", "ev", DAY, "alomrane", to_desk="bank")
    board = queue.board(store, "ev", DAY, DESKS)
    assert board["waiting"] == {"alomrane": 1, "notary": 0, "bank": 2}
    assert [c["label"] for c in board["calls"]] == [second, first, first]  # newest first
    assert act(store, "next", "ev", DAY, "bank") == "B-001"
    assert act(store, "next", "ev", DAY, "bank") == "B-002"  # the transferred visitor
    assert act(store, "done", "ev", DAY, "bank") is None
    assert act(store, "next", "ev", DAY, "alomrane") == third
    states = {e.label: e.state for e in queue.entries(store, "ev", DAY)}
    assert states == {
        first: "no_show",
        second: "done",
        third: "called",
        "B-001": "done",
        "B-002": "done",
    }
