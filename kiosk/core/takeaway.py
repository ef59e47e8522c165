"""The stand's take-away link and its QR code: what screens, brochures and
``omrane-kiosk takeaway`` show, built one way (:func:`build_link`).

The link is signed with the key HQ gave at enrollment and expires with the event's retention,
so HQ's public page can show it without ever hearing from this stand.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import qrcode
import qrcode.constants

from kiosk.core import settings
from kiosk.core.config import EventProfile
from kiosk.core.db import KioskDB
from kiosk.core.leads import add_months
from sync.contract.clock import SYSTEM_CLOCK, Clock
from sync.contract.errors import ConfigError
from sync.contract.sealing import unb64
from sync.contract.takeaway import LoanInputs, Takeaway, link_url, pack

QR_ERROR_CORRECTION = qrcode.constants.ERROR_CORRECT_M
QR_MAX_VERSION = 10  # about 57 modules: scans from a phone at arm's length on a printed A4


@dataclass(frozen=True)
class StandKey:
    key_id: int
    key: bytes
    base_url: str


def stand_key(db: KioskDB) -> StandKey | None:
    """The take-away key from enrollment, or None (not enrolled, or by an HQ without one)."""
    names = [settings.TAKEAWAY_KEY_ID, settings.TAKEAWAY_KEY, settings.TAKEAWAY_URL]
    found = settings.get_many(db, names)
    key_id, key, url = (found.get(name) or "" for name in names)
    if not key_id or not key or not url:
        return None
    return StandKey(int(key_id), unb64(key), str(url))


def loan_inputs(simulation: Mapping[str, Any] | None) -> LoanInputs | None:
    """The simulator's inputs as the link carries them (whole dirhams, rate in basis points)."""
    if not simulation:
        return None
    return LoanInputs(
        price_mad=round(float(simulation.get("price_mad") or 0)),
        own_contribution_mad=round(float(simulation.get("own_contribution_mad") or 0)),
        rate_bp=round(float(simulation.get("rate_pct") or 0) * 100),
        years=int(simulation.get("years") or 0),
    )


def build_link(
    db: KioskDB,
    event: EventProfile,
    refs: Sequence[str],
    language: str,
    *,
    simulation: Mapping[str, Any] | None = None,
    aid_mad: int = 0,
    clock: Clock = SYSTEM_CLOCK,
) -> str:
    """The signed take-away URL of a selection; ConfigError when the stand has no key."""
    key = stand_key(db)
    if key is None:
        raise ConfigError(
            "no take-away key: enroll this stand with HQ first", key="takeaway.error.no_key"
        )
    expires = add_months(clock.now(), event.privacy.retention_months).date()
    link = Takeaway(
        refs=tuple(dict.fromkeys(refs)),
        language=language,
        expires=expires,
        aid_mad=max(0, int(aid_mad or (simulation or {}).get("aid_mad") or 0)),
        loan=loan_inputs(simulation),
        key_id=key.key_id,
    )
    return link_url(key.base_url, pack(link, key.key))


def qr_code(url: str) -> qrcode.QRCode:
    """The QR of a link at error correction M, the smallest version that holds it."""
    code = qrcode.QRCode(error_correction=QR_ERROR_CORRECTION, border=2)
    code.add_data(url, optimize=4)  # the upper-case code goes in the cheaper alphanumeric mode
    code.make(fit=True)
    return code


def qr_png(url: str, box_size: int = 8) -> bytes:
    code = qr_code(url)
    code.box_size = box_size
    buffer = io.BytesIO()
    code.make_image().save(buffer)
    return buffer.getvalue()
