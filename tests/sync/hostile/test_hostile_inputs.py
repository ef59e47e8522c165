"""Item 11: no stand and no typed or linked value can make a console page answer 500;
numbers from stands are clamped, and out-of-range console inputs get a 400 that says why."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine

from sync.contract.clock import FakeClock
from sync.hq import keyring, kiosk_tokens
from tests.sync.console.harness import Server, add_person, csrf_of, hq_engine, serve, sign_in
from tests.sync.console.leadgen import add_lead

FR_DATE = "attendu AAAA-MM-JJ entre 2000 et 2100"
FR_TEXT = "caractères non autorisés"
FR_CURSOR = "recommencez depuis la première page"
FR_NUMBER = "Un nombre est hors limites"


def _cursor(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


# (parameter, value, French message expected on a 400; None when the page may answer 200)
HOSTILE = [
    ("date_from", "9999-12-31", FR_DATE),
    ("date_to", "9999-12-31", FR_DATE),
    ("date_to", "0001-01-01", FR_DATE),
    ("date_from", "2026-13-45", FR_DATE),
    ("date_from", "+2026-01-01", FR_DATE),
    ("q", "Salma\x00", FR_TEXT),
    ("q", "\x1b[31m", FR_TEXT),
    ("region", "oriental\x00", FR_TEXT),
    ("assigned", "²", FR_NUMBER),
    ("assigned", "99999999999999999999", FR_NUMBER),
    ("cursor", "!!!not-base64", FR_CURSOR),
    ("cursor", _cursor([1, 2, 3]), FR_CURSOR),
    ("cursor", _cursor({"a": 1}), FR_CURSOR),
    ("cursor", _cursor(["2026-01-01", "x\x00", False]), FR_CURSOR),
    ("cursor", "A" * 5000, FR_CURSOR),
    ("q", "' OR 1=1 --", None),
    ("q", "%_%\u202e\ufeff" + "é" * 200, None),
    ("q", "+212 6 00 00 00 00 00 00 00 00 00", None),
    ("unit_ref", "%%__", None),
    ("sort", "; DROP TABLE hq_leads", None),
    ("count", "exact", None),
    ("status", "<script>", None),
]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = hq_engine(tmp_path)
    yield eng
    eng.dispose()


@pytest.fixture
def server(engine: Engine) -> Iterator[Server]:
    with serve(engine, FakeClock()) as running:
        add_person(running.engine, running.clock, "boss@example.test", "admin")
        add_lead(running.engine)
        yield running


@pytest.fixture
def browser(server: Server) -> requests.Session:
    return sign_in(server, "boss@example.test")


@pytest.mark.parametrize(("name", "value", "message"), HOSTILE)
def test_hostile_filters_on_the_leads_list_and_the_export(
    server: Server, browser: requests.Session, name: str, value: str, message: str | None
) -> None:
    listing = browser.get(f"{server.url}/console/leads", params={name: value}, timeout=30)
    csrf = csrf_of(browser.get(f"{server.url}/console/leads", timeout=30).text)
    export = browser.post(
        f"{server.url}/console/export",
        data={name: value.replace("\x00", ""), "format": "csv", "csrf_token": csrf},
        timeout=30,
    )
    if message is None:
        assert listing.status_code == 200 and export.status_code == 200
        return
    assert listing.status_code == 400 and message in listing.text
    if name != "cursor" and "\x00" not in value:  # an export has no paging
        assert export.status_code == 400 and message in export.text


@pytest.mark.parametrize("page", ["dashboard", "fleet", "audit", "agents", "erase", "leads"])
@pytest.mark.parametrize("value", ["9999-12-31", "x\x00y", "\u202e" * 300, "%00"])
def test_every_console_page_refuses_or_ignores_odd_parameters(
    server: Server, browser: requests.Session, page: str, value: str
) -> None:
    reply = browser.get(
        f"{server.url}/console/{page}", params={"event": value, "date_from": value}, timeout=30
    )
    assert reply.status_code in (200, 400), reply.status_code


def test_odd_form_values_and_paths_get_400_not_500(
    server: Server, browser: requests.Session
) -> None:
    lead_page = browser.get(f"{server.url}/console/leads", timeout=30)
    csrf = csrf_of(lead_page.text)
    lead_id = add_lead(server.engine, 9)["id"]
    for assignee in ("²", "99999999999999999999", "-1"):
        reply = browser.post(
            f"{server.url}/console/leads/{lead_id}/assign",
            data={"assignee": assignee, "csrf_token": csrf},
            timeout=30,
        )
        assert reply.status_code in (200, 400), assignee
    reply = browser.post(
        f"{server.url}/console/leads/{lead_id}/status",
        data={"status": "contacted", "next_call": "9999-99-99", "csrf_token": csrf},
        timeout=30,
    )
    assert reply.status_code == 400
    assert browser.get(f"{server.url}/console/leads/%00", timeout=30).status_code == 400
    huge = browser.post(
        f"{server.url}/console/agents/99999999999999999999999/disable",
        data={"csrf_token": csrf},
        allow_redirects=False,
        timeout=30,
    )
    assert huge.status_code in (303, 400, 422)


def test_absurd_numbers_from_stands_are_clamped_and_pages_still_work(
    server: Server, browser: requests.Session
) -> None:
    settings = server.app.state.settings
    keys = keyring.load_keys(settings)
    store = server.app.state.store
    tokens = [
        kiosk_tokens.enroll_kiosk(store, settings, keys, f"stand-{n}", "paris-2026").token
        for n in range(2)
    ]
    for token in tokens:
        auth = {"Authorization": f"Bearer {token}"}
        beat = {
            "app_version": "1.0",
            "pending": -5,
            "quarantined": 10**30,
            "disk_free_bytes": 2**80,
            "crash_count": 2**63,
        }
        reply = requests.post(f"{server.url}/api/v1/heartbeat", json=beat, headers=auth, timeout=30)
        assert reply.status_code == 200
        counters = [
            {"day": "2026-02-13", "kind": "session", "value": "", "count": 2**62},
            {"day": "2026-02-13", "kind": "search", "value": "casa", "count": 2**62},
        ]
        batch = {"event_id": "paris-2026", "counters": counters}
        reply = requests.post(
            f"{server.url}/api/v1/analytics", json=batch, headers=auth, timeout=30
        )
        assert reply.status_code == 200
        bad_day = {"event_id": "paris-2026", "counters": [{**counters[0], "day": "9999-99-99"}]}
        reply = requests.post(
            f"{server.url}/api/v1/analytics", json=bad_day, headers=auth, timeout=30
        )
        assert reply.status_code == 422
    fleet = browser.get(f"{server.url}/console/fleet", timeout=30)
    assert fleet.status_code == 200
    beats = [k["last_heartbeat"] for k in store.kiosks() if k["last_heartbeat"]]
    assert {json.loads(b)["quarantined"] for b in beats} == {10_000_000}
    assert {json.loads(b)["pending"] for b in beats} == {0}
    dashboard = browser.get(f"{server.url}/console/dashboard", timeout=30)
    assert dashboard.status_code == 200
