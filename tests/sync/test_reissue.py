"""Re-enrollment under the same identity, end to end with a real HQ and both command lines:
leads sent, `omrane-hq kiosk reissue`, `omrane-kiosk enroll` again, more leads — HQ still sees
one kiosk, counts each lead and visitor once, and refuses the old token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from kiosk.cli import main as kiosk_main
from kiosk.core import analytics, retention, staff
from kiosk.core.config import Paths, active_event_profile
from kiosk.core.db import KioskDB
from kiosk.core.leads import save_lead
from sync.contract.wire import API_PREFIX
from sync.hq.cli import main as hq_main
from sync.hq.console import insights
from sync.hq.leads import hq_leads
from sync.hq.store import hq_analytics
from tests.support.kiosk_leads import STAFF_PIN, kiosk_with_leads, visitor
from tests.sync.conftest import HQ


def _hq(hq: HQ, *args: str) -> int:
    return hq_main(["--home", str(hq.settings.home), "--db", hq.store.url, *args])


def _authorised(hq: HQ, token: str) -> int:
    reply = requests.get(
        f"{hq.url}{API_PREFIX}/catalog/changes",
        params={"since": 10**9},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    return reply.status_code


def _leads_per_kiosk(hq: HQ) -> dict[str, int]:
    stmt = select(hq_leads.c.kiosk_id, func.count()).group_by(hq_leads.c.kiosk_id)
    with hq.store.engine.connect() as conn:
        return {str(k): int(n) for k, n in conn.execute(stmt)}


def _visitors_per_kiosk(hq: HQ) -> dict[str, int]:
    t = hq_analytics
    stmt = select(t.c.kiosk_id, func.sum(t.c["count"])).where(t.c.kind == "session")
    with hq.store.engine.connect() as conn:
        return {str(k): int(n) for k, n in conn.execute(stmt.group_by(t.c.kiosk_id))}


def _more_leads(home: Path, first: int, count: int) -> list[str]:
    with KioskDB(Paths(home).database) as db:
        event = active_event_profile(Paths(home))
        ids = [save_lead(db, visitor(first + n), event=event).id for n in range(count)]
        analytics.record(db, "session", event=event, count=count)
    return ids


def test_reissue_keeps_one_kiosk_at_hq_and_refuses_the_old_token(
    hq_server: HQ,
    home: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, first_ids, event = kiosk_with_leads(home.home, None, 3)
    analytics.record(db, "session", event=event, count=3)
    db.close()
    monkeypatch.setenv("OMRANE_STAFF_PIN", STAFF_PIN)
    url = ["--url", hq_server.url]
    add = ["kiosk", "add", "paris-a", "--event", "paris-2026", "-o", str(tmp_path / "first")]
    assert _hq(hq_server, *add, *url) == 0
    first_file = tmp_path / "first" / "paris-a.enroll.json"
    first = json.loads(first_file.read_text())
    assert kiosk_main(["enroll", str(first_file)]) == 0
    assert kiosk_main(["sync", "--once"]) == 0
    assert "3 acknowledged" in capsys.readouterr().out

    out = tmp_path / "reissued"
    assert _hq(hq_server, "kiosk", "reissue", "paris-a", "-o", str(out), *url) == 0
    assert "keeps its id" in capsys.readouterr().out
    second_file = out / "paris-a.enroll.json"
    second = json.loads(second_file.read_text())
    assert second["kiosk_id"] == first["kiosk_id"] and second["token"] != first["token"]
    assert second_file.stat().st_mode & 0o077 == 0
    assert (out / "paris-a.enroll.png").read_bytes()[:4] == b"\x89PNG"
    assert _authorised(hq_server, first["token"]) == 401
    assert _authorised(hq_server, second["token"]) == 200

    later_ids = _more_leads(home.home, 100, 2)
    assert kiosk_main(["sync", "--once"]) != 0  # the stand still holds the old token
    assert "refused" in capsys.readouterr().err
    assert kiosk_main(["enroll", str(second_file)]) == 0
    assert "same kiosk as before" in capsys.readouterr().out
    assert kiosk_main(["sync", "--once"]) == 0
    assert "2 acknowledged" in capsys.readouterr().out

    kiosk_id = first["kiosk_id"]
    assert [k["id"] for k in hq_server.store.kiosks() if k["name"] == "paris-a"] == [kiosk_id]
    hq_server.store.settle()
    assert _leads_per_kiosk(hq_server) == {kiosk_id: 5}
    assert {r["id"] for r in hq_server.store.iter_leads()} == {*first_ids, *later_ids}
    assert _visitors_per_kiosk(hq_server) == {kiosk_id: 5}
    board = insights.dashboard(hq_server.store.engine, "paris-2026")
    assert (board["leads"], board["visitors"]) == (5, 5)

    # An erasure of a lead sent under the first token still reaches it at HQ.
    with KioskDB(home.database) as db:
        key = staff.unlock_staff_key(db, STAFF_PIN)
        assert retention.erase_by_phone(db, key, "+33 6 00 00 00 01", region="FR") == [first_ids[1]]
    assert kiosk_main(["sync", "--once"]) == 0
    assert "1 erasure(s) forwarded" in capsys.readouterr().out
    assert _leads_per_kiosk(hq_server) == {kiosk_id: 4}


def test_reissue_lifts_a_revocation_and_refuses_an_unknown_kiosk(
    hq_server: HQ, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "files")
    hq_server.store.revoke_kiosk("stand-1")
    assert _authorised(hq_server, hq_server.token) == 401
    by_id = hq_server.enrollment.kiosk_id
    assert _hq(hq_server, "kiosk", "reissue", by_id, "-o", out, "--url", hq_server.url) == 0
    reissued = json.loads((tmp_path / "files" / "stand-1.enroll.json").read_text())
    assert reissued["kiosk_id"] == by_id and reissued["hq_url"] == hq_server.url
    assert _authorised(hq_server, reissued["token"]) == 200
    assert _authorised(hq_server, hq_server.token) == 401
    capsys.readouterr()
    assert _hq(hq_server, "kiosk", "reissue", "nobody", "-o", out) == 2
    assert "no kiosk named nobody" in capsys.readouterr().err
    assert _hq(hq_server, "kiosk", "add", "stand-1", "--event", "paris-2026", "-o", out) == 2
    assert "omrane-hq kiosk reissue stand-1 -o DIR" in capsys.readouterr().err
