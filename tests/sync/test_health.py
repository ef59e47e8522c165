"""The doctor's HQ check against a real HQ: reachable and valid, then revoked."""

from __future__ import annotations

from pathlib import Path

from kiosk.core import enrollment
from kiosk.core.config import Paths
from kiosk.core.doctor import DoctorContext
from kiosk.uplink.health import check_hq
from tests.support.kiosk_leads import STAFF_PIN, kiosk_with_leads
from tests.sync.conftest import HQ


def test_doctor_says_hq_is_reachable_then_that_the_kiosk_was_revoked(
    hq_server: HQ, tmp_path: Path
) -> None:
    db, _ids, _event = kiosk_with_leads(tmp_path / "kiosk", None, 0)
    ctx = DoctorContext(Paths(tmp_path / "kiosk"), db=db)
    assert check_hq(ctx).status == "warn"  # not enrolled yet
    enrollment.enroll(db, hq_server.enrollment, STAFF_PIN)
    result = check_hq(ctx)
    assert result.status == "ok" and "token valid" in result.detail
    hq_server.store.revoke_kiosk("stand-1")
    refused = check_hq(ctx)
    assert refused.status == "fail" and refused.hint
    db.close()
