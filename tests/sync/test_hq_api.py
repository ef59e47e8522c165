"""The HQ kiosk API on a real uvicorn: ingest exactly once, tokens, limits, catalog changes."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import nacl.public
import requests

from kiosk.core.outbox import Outbox
from sync.contract.clock import FakeClock
from sync.contract.sealing import public_key_from, seal_pii, unb64, wire_sealed
from sync.contract.wire import CatalogChanges
from sync.hq import catalog, catalog_source, kiosk_tokens
from sync.hq.app import create_app
from sync.hq.settings import HQSettings
from tests.support.kiosk_leads import kiosk_with_leads
from tests.support.servers import uvicorn_thread
from tests.sync.conftest import HQ, make_hq

TIMEOUT = 30


def _wire_leads(tmp_path: Path, hq: HQ, count: int) -> list[dict[str, Any]]:
    db, _ids, _event = kiosk_with_leads(tmp_path / "kiosk", unb64(hq.keys.public_b64), count)
    try:
        return Outbox(db).claim_batch(count)
    finally:
        db.close()


def _post(hq: HQ, leads: list[dict[str, Any]], token: str | None = None) -> requests.Response:
    return requests.post(
        f"{hq.url}/api/v1/leads:batch",
        json={"protocol": 1, "leads": leads},
        headers={"Authorization": f"Bearer {token or hq.token}"},
        timeout=TIMEOUT,
    )


def _outcomes(hq: HQ) -> dict[str, tuple[str, str]]:
    """What HQ found on opening the leads it acknowledged (after every held lead is opened)."""
    hq.store.settle()
    reply = requests.get(
        f"{hq.url}/api/v1/leads/outcomes?since=0",
        headers={"Authorization": f"Bearer {hq.token}"},
        timeout=TIMEOUT,
    ).json()
    return {r["id"]: (r["status"], r["reason"]) for r in reply["results"]}


def test_health_and_openapi_describe_the_service(hq_server: HQ) -> None:
    assert requests.get(f"{hq_server.url}/health", timeout=TIMEOUT).json()["status"] == "ok"
    spec = requests.get(f"{hq_server.url}/openapi.json", timeout=TIMEOUT).json()
    assert "/api/v1/leads:batch" in spec["paths"]
    assert "/api/v1/catalog/changes" in spec["paths"]


def test_a_batch_is_stored_once_and_a_resend_is_a_harmless_duplicate(
    hq_server: HQ, tmp_path: Path
) -> None:
    leads = _wire_leads(tmp_path, hq_server, 3)
    first = _post(hq_server, leads).json()["results"]
    assert [r["status"] for r in first] == ["stored"] * 3
    again = _post(hq_server, leads).json()["results"]  # the stand never heard the answer
    assert [r["status"] for r in again] == ["stored"] * 3  # held again, as sent
    assert hq_server.store.count_leads() == 3
    assert _outcomes(hq_server) == {}  # a duplicate needs no word to the stand
    stored = {row["id"]: row for row in hq_server.store.iter_leads()}
    assert stored[leads[0]["id"]]["last_name"] == "TESTNOM-00000"
    assert stored[leads[0]["id"]]["phone_e164"] == "+33600000000"
    assert stored[leads[0]["id"]]["notice_version"] == leads[0]["consent"]["notice_version"]


def test_same_id_with_other_content_is_a_conflict_and_never_overwrites(
    hq_server: HQ, tmp_path: Path
) -> None:
    leads = _wire_leads(tmp_path, hq_server, 1)
    _post(hq_server, leads)
    altered = copy.deepcopy(leads[0])
    altered["city"] = "Lyon"
    altered["content_hash"] = "f" * 64
    result = _post(hq_server, [altered]).json()["results"][0]
    assert result["status"] == "stored"  # held as sent; compared with what HQ holds after
    assert _outcomes(hq_server) == {
        altered["id"]: ("conflict", "same id, different content: kept the stored one")
    }
    assert next(hq_server.store.iter_leads())["city"] == "Paris"


def test_a_malformed_record_is_rejected_without_blocking_the_others(
    hq_server: HQ, tmp_path: Path
) -> None:
    good = _wire_leads(tmp_path, hq_server, 2)
    broken = copy.deepcopy(good[1])
    broken["id"] = "0" * 36
    broken["sealed"] = "bm90IHNlYWxlZA=="
    missing = {"id": "1" * 36, "kiosk_id": "x"}
    results = _post(hq_server, [good[0], broken, missing, good[1]]).json()["results"]
    # held sealed, the broken envelope is only found out on opening
    assert [r["status"] for r in results] == ["stored", "stored", "rejected", "stored"]
    assert results[2]["reason"]
    assert hq_server.store.count_leads() == 2
    late = _outcomes(hq_server)
    assert list(late) == [broken["id"]]
    assert late[broken["id"]][0] == "rejected" and "sealed" in late[broken["id"]][1]


def test_a_revoked_or_unknown_token_is_refused_and_nothing_is_written(
    hq_server: HQ, tmp_path: Path
) -> None:
    leads = _wire_leads(tmp_path, hq_server, 2)
    assert _post(hq_server, leads, token="not-a-real-token-123456").status_code == 401
    assert hq_server.store.revoke_kiosk("stand-1")
    response = _post(hq_server, leads)
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]
    assert hq_server.store.count_leads() == 0


def test_an_oversized_body_is_refused_before_it_is_read(hq_server: HQ) -> None:
    response = requests.post(
        f"{hq_server.url}/api/v1/leads:batch",
        data=b"x" * (hq_server.settings.max_body_bytes + 1),
        headers={"Authorization": f"Bearer {hq_server.token}"},
        timeout=TIMEOUT,
    )
    assert response.status_code == 413


def test_a_kiosk_sending_too_fast_is_told_when_to_come_back(tmp_path: Path) -> None:
    store, settings, keys = make_hq(tmp_path, f"sqlite:///{tmp_path / 'hq.db'}")
    strict = HQSettings(settings.home, rate_limit_per_minute=2)
    enrollment = kiosk_tokens.enroll_kiosk(store, strict, keys, "busy", "paris-2026")
    clock = FakeClock()
    with uvicorn_thread(create_app(store, strict, clock)) as url:
        headers = {"Authorization": f"Bearer {enrollment.token}"}
        codes = []
        for _ in range(3):
            reply = requests.get(f"{url}/api/v1/catalog/changes", headers=headers, timeout=30)
            codes.append(reply.status_code)
        assert codes == [200, 200, 429]
        assert int(reply.headers["Retry-After"]) >= 1
        clock.advance(60)
        assert requests.get(f"{url}/api/v1/catalog/changes", headers=headers, timeout=30).ok
    store.dispose()


def test_catalog_changes_carry_upserts_deletions_and_a_valid_checksum(hq_server: HQ) -> None:
    records = catalog_source.catalog_records_from(None, demo_units=120, seed=3)
    assert catalog.publish_catalog(hq_server.store, records)[0] == 1
    catalog.publish_catalog(hq_server.store, records[5:])
    headers = {"Authorization": f"Bearer {hq_server.token}"}
    full = CatalogChanges.model_validate(
        requests.get(
            f"{hq_server.url}/api/v1/catalog/changes?since=0", headers=headers, timeout=30
        ).json()
    )
    assert full.version == 2 and full.verify()
    assert len(full.upserts) == 115 and len(full.deletions) == 5
    delta = CatalogChanges.model_validate(
        requests.get(
            f"{hq_server.url}/api/v1/catalog/changes?since=1", headers=headers, timeout=30
        ).json()
    )
    assert delta.upserts == [] and sorted(delta.deletions) == sorted(r["ref"] for r in records[:5])
    tampered = delta.model_copy(update={"deletions": delta.deletions[:-1]})
    assert not tampered.verify()


def test_heartbeat_and_erasure_reach_the_fleet_view(hq_server: HQ, tmp_path: Path) -> None:
    headers = {"Authorization": f"Bearer {hq_server.token}"}
    beat = {"app_version": "0.1.0", "pending": 4, "quarantined": 1, "printer_state": "ready"}
    assert requests.post(
        f"{hq_server.url}/api/v1/heartbeat", json=beat, headers=headers, timeout=30
    ).ok
    kiosk = hq_server.store.kiosks()[0]
    assert '"pending": 4' in kiosk["last_heartbeat"] and kiosk["last_seen"]
    leads = _wire_leads(tmp_path, hq_server, 2)
    _post(hq_server, leads)
    reply = requests.post(
        f"{hq_server.url}/api/v1/erasures",
        json={"lead_ids": [leads[0]["id"]]},
        headers=headers,
        timeout=30,
    )
    assert reply.json() == {"erased": 1}
    assert [row["id"] for row in hq_server.store.iter_leads()] == [leads[1]["id"]]


def _resealed(hq: HQ, record: dict[str, Any], **pii: str) -> dict[str, Any]:
    """``record`` with its personal fields replaced (as a modified stand could send them)."""
    staff_side = nacl.public.PrivateKey.generate().public_key
    fields = {"first_name": "Salma", "last_name": "Demo", "phone": "", "email": "", "note": ""}
    envelope = seal_pii({**fields, **pii}, staff_side, public_key_from(hq.keys.public_b64))
    assert envelope.key_for_hq is not None
    altered = copy.deepcopy(record)
    altered["sealed"] = wire_sealed(envelope.key_for_hq, envelope.box)
    return altered


def test_hq_checks_each_record_again_and_refuses_only_the_bad_one(
    hq_server: HQ, tmp_path: Path
) -> None:
    leads = _wire_leads(tmp_path, hq_server, 5)
    marked = _resealed(hq_server, leads[0], phone="\u200f+33 1 99 00 12 34\u200e")
    not_uuid = copy.deepcopy(leads[1])
    not_uuid["id"] = "z" * 36
    long_name = _resealed(hq_server, leads[2], phone="+33199001235", first_name="A" * 61)
    bad_phone = _resealed(hq_server, leads[3], phone="+33 12")

    answer = _post(hq_server, [marked, not_uuid, long_name, bad_phone, leads[4]]).json()
    assert {r["status"] for r in answer["results"]} == {"stored"}  # held sealed
    late = _outcomes(hq_server)

    assert marked["id"] not in late and leads[4]["id"] not in late
    assert late[not_uuid["id"]] == ("rejected", "id: lead.error.invalid")
    assert late[long_name["id"]] == ("rejected", "first_name: lead.error.too_long")
    assert late[bad_phone["id"]] == ("rejected", "phone: lead.error.phone_invalid")
    stored = {row["id"]: row for row in hq_server.store.iter_leads()}
    assert set(stored) == {marked["id"], leads[4]["id"]}
    assert stored[marked["id"]]["phone_e164"] == "+33199001234"  # direction marks removed


def test_a_batch_mixing_leads_with_and_without_a_unit_is_stored_whole_with_its_facts(
    hq_server: HQ, tmp_path: Path
) -> None:
    published = catalog_source.catalog_records_from(None, demo_units=20, seed=2)
    catalog.publish_catalog(hq_server.store, published, "demo")
    unit = published[0]
    leads = _wire_leads(tmp_path, hq_server, 4)
    leads[1]["interests"] = [unit["ref"]]
    leads[3]["interests"] = ["UNKNOWN-REF-1"]  # a unit HQ never published: stored, no facts

    results = _post(hq_server, leads).json()["results"]

    assert [r["status"] for r in results] == ["stored"] * 4
    stored = {row["id"]: row for row in hq_server.store.iter_leads()}
    with_unit = stored[leads[1]["id"]]
    facts = (with_unit["interest_city_id"], with_unit["interest_region_id"])
    assert facts == (unit["city_id"], unit["region_id"])
    assert with_unit["interest_type"] == unit["type"]
    for plain in (leads[0], leads[2], leads[3]):
        assert stored[plain["id"]]["interest_city_id"] is None
