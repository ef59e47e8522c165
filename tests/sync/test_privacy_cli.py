"""`omrane-hq leads erase` and `omrane-hq retention purge` against a real HQ and real stands."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.uplink.client import KioskSync
from sync.hq.cli import main as hq_main
from sync.hq.console.audit import audit_log
from tests.sync.conftest import HQ
from tests.sync.console.leadgen import add_lead
from tests.sync.stands import enrolled_stand


def _hq(hq: HQ, *args: str) -> int:
    return hq_main(["--home", str(hq.settings.home), "--db", hq.store.url, *args])


def _phones(hq: HQ) -> list[str]:
    return sorted(row["phone_e164"] for row in hq.store.iter_leads())


def test_erase_prints_a_preview_and_erases_only_with_yes(
    hq_server: HQ, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stands = [enrolled_stand(tmp_path / name, hq_server, 2) for name in ("a", "b")]
    for db, _ids in stands:
        KioskSync(db).sync_once()
    capsys.readouterr()
    assert _hq(hq_server, "leads", "erase", "--phone", "06 00 00 00 01", "--country", "FR") == 0
    out = capsys.readouterr().out
    assert "+33600000001 (FR): 2 lead(s) from 2 stand(s); events paris-2026" in out
    assert "--yes" in out and _phones(hq_server).count("+33600000001") == 2
    assert _hq(hq_server, "leads", "erase", "--phone", "+33 6 00 00 00 01", "--yes") == 0
    assert "erased 2 lead(s)" in capsys.readouterr().out
    assert "+33600000001" not in _phones(hq_server)
    with hq_server.store.engine.connect() as conn:
        who, detail = conn.execute(
            select(audit_log.c.agent_email, audit_log.c.detail).where(
                audit_log.c.action == "erased"
            )
        ).one()
        looked_up = conn.execute(
            select(audit_log.c.detail).where(audit_log.c.action == "erase_previewed")
        ).all()
    assert str(who).startswith("cli") and "600000001" not in str(detail)
    assert len(looked_up) == 2 and "600000001" not in str(looked_up)
    for db, ids in stands:
        assert KioskSync(db).sync_once().erased_here == 1
        assert {r["id"] for r in db.query("SELECT id FROM leads")} == {ids[0]}
        db.close()


def test_a_national_number_is_guessed_from_the_leads_or_asks_for_the_country(
    hq_server: HQ, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = hq_server.store.engine
    add_lead(engine, 1, phone_e164="+212612345678")
    assert _hq(hq_server, "leads", "erase", "--phone", "0612345678") == 0
    assert "+212612345678 (MA): 1 lead(s)" in capsys.readouterr().out
    add_lead(engine, 2, phone_e164="+33612345678")  # the same digits read in France
    assert _hq(hq_server, "leads", "erase", "--phone", "06 12 34 56 78", "--yes") != 0
    captured = capsys.readouterr()
    assert "+33612345678 (FR)" in captured.out and "--country" in captured.err
    assert len(_phones(hq_server)) == 2  # nothing erased while it is ambiguous


def test_retention_purge_dry_run_then_purge(
    hq_server: HQ, capsys: pytest.CaptureFixture[str]
) -> None:
    old = datetime(2020, 1, 1, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    add_lead(hq_server.store.engine, 1, created_at=old, consent_at=old)
    add_lead(hq_server.store.engine, 2)
    (hq_server.settings.home / "retention.json").write_text(json.dumps({"default_months": 36}))
    assert _hq(hq_server, "retention", "purge", "--dry-run") == 0
    assert "would delete 1 lead(s)" in capsys.readouterr().out
    assert hq_server.store.count_leads() == 2
    assert _hq(hq_server, "retention", "purge") == 0
    assert "deleted 1 lead(s)" in capsys.readouterr().out
    assert hq_server.store.count_leads() == 1


def test_erase_by_lead_id_erases_that_person_everywhere(
    hq_server: HQ, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = hq_server.store.engine
    one = add_lead(engine, 1, phone_e164="+212600000071")
    add_lead(engine, 2, phone_e164="+212600000071", event_id="casa-2026")
    add_lead(engine, 3, phone_e164="+212600000072")
    assert _hq(hq_server, "leads", "erase", "--lead", str(one["id"]), "--yes") == 0
    assert "+212600000071 (MA): 2 lead(s)" in capsys.readouterr().out
    assert _phones(hq_server) == ["+212600000072"]
    assert _hq(hq_server, "leads", "erase", "--lead", str(one["id"])) != 0  # gone: no such lead
    assert "no such lead" in capsys.readouterr().err
