"""The HQ part of the stand's self-check: reachable, token still valid, clocks agree."""

from __future__ import annotations

from datetime import datetime

import requests

from kiosk.core import enrollment
from kiosk.core.doctor import Check, DoctorContext
from kiosk.uplink.transport import HEALTH_TIMEOUT_S, HQClient, HQRefused, HQUnavailable

CLOCK_WARN_S = 120


def check_hq(ctx: DoctorContext) -> Check:
    if ctx.db is None:
        return Check("HQ", "warn", "no database", "start the kiosk once")
    link = enrollment.load_link(ctx.db)
    if link is None:
        return Check(
            "HQ",
            "warn",
            "not enrolled: leads wait on this laptop",
            "omrane-kiosk enroll FILE (file from omrane-hq kiosk add)",
        )
    if enrollment.is_revoked(ctx.db):
        return Check(
            "HQ",
            "fail",
            f"HQ revoked this kiosk ({link.hq_url})",
            "ask HQ for a new enrollment file, then omrane-kiosk enroll FILE",
        )
    try:
        reply = requests.get(f"{link.hq_url}/health", timeout=HEALTH_TIMEOUT_S)
        served = reply.json()
    except (requests.RequestException, ValueError) as exc:
        return Check(
            "HQ",
            "warn",
            f"{link.hq_url} not reachable ({type(exc).__name__})",
            "leads are kept and sent when the network is back",
        )
    client = HQClient(link.hq_url, link.token)
    try:
        client.catalog_changes(10**9)  # cheapest authenticated call
    except HQRefused as exc:
        return Check("HQ", "fail", exc.message, "ask HQ for a new enrollment file")
    except HQUnavailable as exc:
        return Check("HQ", "warn", exc.message, "try again later")
    finally:
        client.close()
    try:
        hq_time = datetime.fromisoformat(str(served.get("time", "")).replace("Z", "+00:00"))
    except ValueError:
        return Check("HQ", "ok", f"{link.hq_url} reachable, token valid")
    drift = abs((ctx.clock.now() - hq_time).total_seconds())
    detail = f"{link.hq_url} reachable, token valid, clock {drift:.0f} s from HQ"
    if drift > CLOCK_WARN_S:
        return Check("HQ", "warn", detail, "set this laptop's date and time (consent timestamps)")
    return Check("HQ", "ok", detail)
