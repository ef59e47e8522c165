"""What is on disk: sealed personal data only, and every saved lead survives a hard kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.core import leads
from kiosk.core.config import EventProfile, Paths
from kiosk.core.db import KioskDB
from sync.contract.clock import FakeClock
from tests.core import lead_fixtures
from tests.core.lead_fixtures import visitor

clock = lead_fixtures.clock
event = lead_fixtures.event
staffed_db = lead_fixtures.staffed_db

KILLS = 15


def raw_bytes(db_path: Path) -> bytes:
    parts = [
        db_path,
        db_path.with_name(db_path.name + "-wal"),
        db_path.with_name(db_path.name + "-shm"),
    ]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def test_database_and_wal_files_never_hold_a_name_phone_or_email(
    home: Paths, staffed_db: KioskDB, event: EventProfile, clock: FakeClock
) -> None:
    people = [
        visitor(first_name="Zoubida", last_name="DEMO-Kharbouchi", phone="+33 1 99 00 47 11",
                email="zoubida.demo@example.org", note="Rappeler Mme Kharbouchi"),
        visitor(first_name="نجاة", last_name="DEMO-الحسني", phone="+212 6 61 23 45 67",
                phone_country="MA", email=""),
    ]  # fmt: skip
    for person in people:
        leads.save_lead(staffed_db, person, event=event, clock=clock)
    on_disk = raw_bytes(home.database)  # connection still open: the WAL holds the new pages
    assert len(on_disk) > 0
    secrets = [
        "Zoubida", "Kharbouchi", "+33199004711", "33199004711", "0199004711", "99 00 47 11",
        "zoubida.demo", "example.org", "نجاة", "الحسني", "+212661234567", "661234567",
    ]  # fmt: skip
    for secret in secrets:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert secret.encode(encoding) not in on_disk, (secret, encoding)

    staffed_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    on_disk = raw_bytes(home.database)
    assert not any(s.encode() in on_disk for s in secrets)
    # Clear columns stay clear, for counting without the PIN.
    assert b"paris-2026" in on_disk and b"CAS-APP-0001" in on_disk


CHILD = textwrap.dedent(
    """
    import sys
    from kiosk.core import leads
    from kiosk.core.config import load_event_profile
    from kiosk.core.db import KioskDB
    from kiosk.core.resources import data

    db = KioskDB(sys.argv[1])
    event = load_event_profile(data() / "events" / "paris-2026.toml")
    n = 0
    while True:
        n += 1
        saved = leads.save_lead(db, leads.LeadInput(
            first_name="Kill", last_name=f"DEMO-{n}", phone=f"+3319900{n % 10000:04d}",
            phone_country="FR", consent_callback=True, desk="alomrane"), event=event)
        print(saved.id, flush=True)
    """
)


@pytest.mark.slow
def test_every_lead_reported_saved_survives_sigkill(home: Paths, staffed_db: KioskDB) -> None:
    staffed_db.close()
    rng = random.Random(5)
    printed: list[str] = []
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(home.database)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        wanted = rng.randint(1, 25)  # kill at a random point of the save loop
        for _ in range(wanted):
            line = child.stdout.readline()
            if not line:
                break
            printed.append(line.strip())
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate()
        printed.extend(line.strip() for line in rest.splitlines() if line.strip())
        assert child.returncode == -signal.SIGKILL

    reopened = KioskDB(home.database)
    try:
        assert reopened.integrity_check() == []
        stored = {r["id"] for r in reopened.query("SELECT id FROM leads")}
        assert len(printed) >= KILLS
        assert set(printed) <= stored
        tickets = reopened.scalar("SELECT count(*) FROM desk_tickets")
        assert tickets == len(stored)  # a lead and its ticket commit together or not at all
    finally:
        reopened.close()
