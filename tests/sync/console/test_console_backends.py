"""The console's queries on both HQ databases: SQLite and a real PostgreSQL."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest

from sync.contract.clock import FakeClock
from tests.sync.console.harness import Server, add_person, csrf_of, serve, sign_in, store_engine
from tests.sync.console.leadgen import add_lead


@pytest.fixture
def any_server(store_url: str) -> Iterator[Server]:
    engine = store_engine(store_url)
    with serve(engine, FakeClock()) as running:
        yield running
    engine.dispose()


def test_scope_search_export_and_erasure_behave_alike(any_server: Server) -> None:
    server = any_server
    add_person(server.engine, server.clock, "oujda@example.test", "agent", "oriental")
    add_person(server.engine, server.clock, "boss@example.test", "manager")
    mine = add_lead(
        server.engine,
        1,
        interest_region_id="oriental",
        first_name="Salma",
        last_name="Bennani",
        phone_e164="+212612345678",
        consent_share=True,
    )
    other = add_lead(
        server.engine, 2, interest_region_id="marrakech-safi", last_name="Tazi", consent_share=False
    )
    agent = sign_in(server, "oujda@example.test")
    assert agent.get(f"{server.url}/console/leads/{other['id']}", timeout=10).status_code == 403
    found = agent.get(f"{server.url}/console/leads", params={"q": "sal BENN"}, timeout=10).text
    assert mine["id"] in found
    boss = sign_in(server, "boss@example.test")
    by_phone = boss.get(f"{server.url}/console/leads", params={"q": "+2126123"}, timeout=10).text
    assert mine["id"] in by_phone and other["id"] not in by_phone
    token = csrf_of(boss.get(f"{server.url}/console/leads", timeout=10).text)
    exported = boss.post(
        f"{server.url}/console/export",
        data={"csrf_token": token, "format": "csv", "recipient": "bank"},
        timeout=10,
    ).content.decode("utf-8-sig")
    assert [r["id"] for r in csv.DictReader(io.StringIO(exported))] == [mine["id"]]
    preview = boss.post(
        f"{server.url}/console/erase", data={"csrf_token": token, "phone": "0612345678"}, timeout=10
    )
    assert "+212612345678" in preview.text  # guessed from the leads HQ holds
    assert boss.get(f"{server.url}/console/leads/{mine['id']}", timeout=10).status_code == 200
    boss.post(
        f"{server.url}/console/erase",
        data={"csrf_token": token, "e164": "+212612345678", "confirm": "1"},
        timeout=10,
    )
    assert boss.get(f"{server.url}/console/leads/{mine['id']}", timeout=10).status_code == 404
