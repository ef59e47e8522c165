"""Item 9: a failing ingest leaves no visitor's name, phone or e-mail in the server's logs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import requests

from kiosk.core.outbox import Outbox
from sync.contract.sealing import unb64
from tests.support.kiosk_leads import kiosk_with_leads
from tests.sync.hostile.hq_process import hq_process


def test_a_database_error_during_ingest_logs_its_class_and_request_id_only(
    tmp_path: Path,
) -> None:
    with hq_process(tmp_path / "hq") as hq:
        db, _ids, _event = kiosk_with_leads(tmp_path / "kiosk", unb64(hq.public_key_b64), 3)
        try:
            leads = Outbox(db).claim_batch(3)
        finally:
            db.close()
        with sqlite3.connect(hq.home / "hq.db") as broken:
            broken.execute("ALTER TABLE hq_lead_batches RENAME COLUMN body TO body_gone")
        reply = requests.post(
            f"{hq.url}/api/v1/leads:batch",
            json={"protocol": 1, "leads": leads},
            headers={"Authorization": f"Bearer {hq.token}", "X-Request-ID": "ingest-42"},
            timeout=30,
        )
        assert reply.status_code == 500
        assert reply.headers["X-Request-ID"] == "ingest-42"
        requests.get(f"{hq.url}/console/leads?q=%2B33600000001", timeout=30)
    logs = hq.log_text()
    assert "ingest-42" in logs and "OperationalError" in logs  # the failure is logged
    for n in range(3):
        for trace in (f"TESTNOM-{n:05d}", f"Testprenom{n}", f"visiteur{n}@", f"+3360000000{n}"):
            assert trace not in logs
    assert "33600000001" not in logs  # nor the search typed in the console
