"""Kiosk enrollment and tokens: a stand's enrollment (token, HQ's public key, its take-away
key), a new token for the same stand, and the bearer token check of the stand API."""

from __future__ import annotations

import hashlib
import hmac
import secrets

import uuid6

from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import AuthError
from sync.contract.wire import Enrollment
from sync.hq.keyring import HQKeys, takeaway_fields
from sync.hq.ratelimit import RateLimiter
from sync.hq.settings import HQSettings
from sync.hq.store import KioskIdentity, Store


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def enroll_kiosk(
    store: Store,
    settings: HQSettings,
    keys: HQKeys,
    name: str,
    event_id: str,
    clock: Clock = SYSTEM_CLOCK,
) -> Enrollment:
    token = secrets.token_urlsafe(32)
    kiosk_id = str(uuid6.uuid7())
    store.add_kiosk(kiosk_id, name, event_id, hash_token(token), utc_iso(clock.now()))
    return Enrollment(
        hq_url=settings.public_url,
        kiosk_id=kiosk_id,
        kiosk_name=name,
        event_id=event_id,
        token=token,
        hq_public_key=keys.public_b64,
        **takeaway_fields(settings, keys),
    )


def reissue_kiosk(store: Store, settings: HQSettings, keys: HQKeys, name_or_id: str) -> Enrollment:
    """A new token for an enrolled kiosk, same kiosk id (its leads, erasures and counters stay
    one kiosk); the old token is refused from now on. ValueError when no such kiosk."""
    token = secrets.token_urlsafe(32)
    identity = store.replace_kiosk_token(name_or_id, hash_token(token))
    if identity is None:
        raise ValueError(f"no kiosk named {name_or_id}")
    return Enrollment(
        hq_url=settings.public_url,
        kiosk_id=identity.id,
        kiosk_name=identity.name,
        event_id=identity.event_id,
        token=token,
        hq_public_key=keys.public_b64,
        **takeaway_fields(settings, keys),
    )


def authenticate(store: Store, token: str | None) -> KioskIdentity:
    """The kiosk holding ``token``; AuthError when unknown or revoked."""
    if not token:
        raise AuthError("missing kiosk token", key="error.hq.token")
    wanted = hash_token(token)
    found = store.kiosk_by_token_hash(wanted)
    if found is None or not hmac.compare_digest(found[1], wanted):
        raise AuthError("unknown kiosk token", key="error.hq.token")
    identity = found[0]
    if identity.revoked:
        raise AuthError("this kiosk has been revoked", key="error.hq.revoked")
    return identity


def admit(store: Store, limiter: RateLimiter, token: str | None) -> tuple[KioskIdentity, int]:
    """A stand request at the gate: the kiosk holding ``token`` and the seconds it must wait
    (0 = go); AuthError when the token is unknown or revoked. The usual case is one statement
    (``limiter.admit``), checked against the database at every request, so a revocation or a
    reissued token holds from the next request on, in every worker; the rest is told apart
    here (which error, how long to wait, a kiosk's first bucket)."""
    if not token:
        raise AuthError("missing kiosk token", key="error.hq.token")
    quick = limiter.admit(hash_token(token))
    if quick is not None:
        return quick, 0
    identity = authenticate(store, token)
    return identity, limiter.retry_after(identity.id)
