"""Deleted means unreadable in the files: after an erasure no file of the HQ or stand data
folders (databases, -wal, -shm, logs, keys, outbox) holds the person's name, phone or note."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import insert

from kiosk.core import enrollment, retention, staff
from kiosk.core.config import Paths
from kiosk.core.lead_validation import LeadInput
from kiosk.core.leads import save_lead
from kiosk.uplink.client import KioskSync
from sync.hq.console.audit import audit_log
from sync.hq.console.history import lead_history
from tests.support.kiosk_leads import STAFF_PIN, kiosk_with_leads
from tests.sync.conftest import HQ

FIRST, LAST = "Zephyrine", "QUIBERONNAIS"
NOTE = "rappeler Zephyrine apres le salon pour le T3"
TRACES = [FIRST, LAST, "+33199004217", "199004217", "99 00 42 17", "apres le salon"]


@contextmanager
def _logging_to(*files: Path) -> Iterator[None]:
    """Everything the stand and HQ log, at every level, into these files for the test."""
    root = logging.getLogger()
    handlers = [logging.FileHandler(f, encoding="utf-8") for f in files]
    previous = root.level
    root.setLevel(logging.DEBUG)
    for h in handlers:
        root.addHandler(h)
    try:
        yield
    finally:
        for h in handlers:
            root.removeHandler(h)
            h.close()
        root.setLevel(previous)


def _files_with_traces(folders: list[Path]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            hits = [t for t in TRACES if t.encode("utf-8") in data]
            if hits:
                found[str(path)] = hits
    return found


def test_an_erased_person_is_unreadable_in_every_hq_and_stand_file(
    hq_server: HQ, tmp_path: Path
) -> None:
    home = tmp_path / "stand"
    db, _ids, event = kiosk_with_leads(home, None, 40)
    enrollment.enroll(db, hq_server.enroll("stand-files"), STAFF_PIN)
    hq_files = [hq_server.settings.home, tmp_path / "hq-db"]
    (tmp_path / "hq-db").mkdir()
    for suffix in ("", "-wal", "-shm"):  # the HQ database sits beside its home in this fixture
        source = tmp_path / f"hq.db{suffix}"
        if source.exists():
            (tmp_path / "hq-db" / source.name).symlink_to(source)
    logs = Paths(home).logs
    with _logging_to(logs / "kiosk.log", hq_server.settings.home / "hq.log"):
        visitor = LeadInput(
            first_name=FIRST,
            last_name=LAST,
            phone="01 99 00 42 17",
            phone_country="FR",
            email="",
            country="FR",
            city="Paris",
            language="fr",
            desk="alomrane",
            interests=[],
            consent_callback=True,
            note=NOTE,
        )
        lead = save_lead(db, visitor, event=event)
        assert KioskSync(db).sync_once().acked == 41
        with hq_server.store.engine.begin() as conn:
            conn.execute(
                insert(lead_history).values(
                    lead_id=lead.id, at="2026-02-14T10:00:00Z", kind="note", note=NOTE
                )
            )
            conn.execute(
                insert(audit_log).values(
                    at="2026-02-14T10:00:00Z",
                    action="exported",
                    detail='{"filter": {"q": "quiberonnais"}, "leads": 1}',
                )
            )
        before = _files_with_traces([*hq_files])
        assert any("hq.db" in name for name in before), before  # the check can see them
        key = staff.unlock_staff_key(db, STAFF_PIN)
        assert retention.erase_by_phone(db, key, "+33 1 99 00 42 17") == [lead.id]
        assert KioskSync(db).sync_once().erasures == 1
    db.close()
    hq_server.store.engine.dispose()
    leftovers = _files_with_traces([*hq_files, home])
    assert leftovers == {}
