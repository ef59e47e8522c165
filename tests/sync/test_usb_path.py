"""The USB path end to end: a stand with no network exports its sealed leads to a file, HQ
imports it into a real store (SQLite and PostgreSQL) exactly once and writes a receipt, the
stand applies the receipt and its leads are acked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.cli import main as kiosk_main
from kiosk.core import enrollment, outbox_file, retention, staff
from kiosk.core.outbox import Outbox
from sync.contract.errors import AuthError
from sync.hq import keyring, kiosk_tokens
from sync.hq.cli import main as hq_main
from sync.hq.leads_import import import_outbox_file
from sync.hq.store import hq_analytics
from tests.support.kiosk_leads import STAFF_PIN, kiosk_with_leads, visitor
from tests.sync.conftest import make_hq

LEADS = 7


def _stand(tmp_path: Path, url: str):  # type: ignore[no-untyped-def]
    store, settings, keys = make_hq(tmp_path, url)
    enrolled = kiosk_tokens.enroll_kiosk(store, settings, keys, "caravan-1", "paris-2026")
    db, ids, _ = kiosk_with_leads(tmp_path / "kiosk", None, LEADS)
    enrollment.enroll(db, enrolled, STAFF_PIN)
    return store, settings, db, ids


def test_usb_file_stores_each_lead_once_and_the_receipt_acks_them(
    tmp_path: Path, store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store, settings, db, ids = _stand(tmp_path, store_url)
    home = ["--home", str(tmp_path / "kiosk")]
    usb = tmp_path / "usb" / "caravan-1.json"
    receipt = tmp_path / "usb" / "caravan-1.receipt.json"
    hq = ["--home", str(settings.home), "--db", store_url]
    try:
        assert kiosk_main(["outbox", "export", "-o", str(usb), *home]) == 0
        text = usb.read_text(encoding="utf-8")
        person = visitor(0)
        for clear in (person.first_name, person.last_name, "00 00 00", person.email):
            assert clear not in text  # only sealed envelopes leave on the key
        assert hq_main([*hq, "leads", "import", str(usb), "--receipt", str(receipt)]) == 0
        assert f"{LEADS} stored" in capsys.readouterr().out
        assert store.count_leads() == LEADS
        assert hq_main([*hq, "leads", "import", str(usb), "--receipt", str(receipt)]) == 0
        assert f"0 stored, {LEADS} already held" in capsys.readouterr().out
        assert store.count_leads() == LEADS
        assert Outbox(db).counts()["pending"] == LEADS  # exporting changes nothing on the stand
        assert kiosk_main(["outbox", "receipt", str(receipt), *home]) == 0
        assert f"{LEADS} lead(s) acked" in capsys.readouterr().out
        assert Outbox(db).counts()["acked"] == LEADS
        held = {row["id"] for row in store.iter_leads()}
        assert held == set(ids)
    finally:
        db.close()
        store.dispose()


def test_a_tampered_file_or_foreign_receipt_is_refused(tmp_path: Path) -> None:
    store, settings, db, _ = _stand(tmp_path, f"sqlite:///{tmp_path / 'hq.db'}")
    usb = tmp_path / "out.json"
    try:
        outbox_file.export_pending(db, usb)
        data = json.loads(usb.read_text(encoding="utf-8"))
        data["leads"] = data["leads"][:-1]  # a lead dropped on the way: the MAC no longer fits
        forged = tmp_path / "forged.json"
        forged.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(AuthError):
            import_outbox_file(store, keyring.load_keys(settings), forged)
        assert store.count_leads() == 0
        done = import_outbox_file(store, keyring.load_keys(settings), usb)
        bad = json.loads(done.receipt_path.read_text(encoding="utf-8"))
        bad["results"][0]["status"] = "rejected"
        done.receipt_path.write_text(json.dumps(bad), encoding="utf-8")
        with pytest.raises(AuthError):
            outbox_file.apply_receipt(db, done.receipt_path)
        assert Outbox(db).counts()["acked"] == 0
    finally:
        db.close()
        store.dispose()


def test_usb_file_carries_erasures_and_counters_and_the_receipt_confirms_them(
    tmp_path: Path,
) -> None:
    store, settings, db, ids = _stand(tmp_path, f"sqlite:///{tmp_path / 'hq.db'}")
    keys = keyring.load_keys(settings)
    try:
        assert outbox_file.export_pending(db, tmp_path / "a.json") == LEADS
        first = import_outbox_file(store, keys, tmp_path / "a.json")
        outbox_file.apply_receipt(db, first.receipt_path)
        assert store.count_leads() == LEADS
        key = staff.unlock_staff_key(db, STAFF_PIN)
        phone = visitor(1).phone
        assert retention.erase_by_phone(db, key, phone, region="FR") == [ids[1]]
        assert outbox_file.export_pending(db, tmp_path / "b.json") == 0
        carried = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
        assert carried["erased_lead_ids"] == [ids[1]] and len(carried["erased_phones"]) == 1
        assert phone not in json.dumps(carried)  # the phone travels sealed to HQ only
        assert carried["analytics"][0]["counters"]
        second = import_outbox_file(store, keys, tmp_path / "b.json")
        assert second.receipt.erased == 1 and store.count_leads() == LEADS - 1
        with store.engine.connect() as conn:
            leads_counted = conn.execute(
                select(hq_analytics.c.count).where(hq_analytics.c.kind == "lead")
            ).scalar_one()
        assert leads_counted == LEADS  # the stand's counter, as the sync would have sent it
        done = outbox_file.apply_receipt(db, second.receipt_path)
        assert done.erasures_confirmed == 2  # the lead id and the sealed phone
        assert retention.pending_erasures(db) == []
        assert retention.pending_erased_phones(db) == []
        assert enrollment.analytics_from_day(db) == second.receipt.analytics_through
    finally:
        db.close()
        store.dispose()
