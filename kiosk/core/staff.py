"""The staff PIN and the stand's staff key pair.

At set-up the kiosk creates an X25519 key pair. The public half seals every lead; the private
half is stored only encrypted (``SecretBox``) under a key derived from the PIN with argon2id,
so a stolen laptop reveals nothing without the PIN. A separate argon2 hash (argon2-cffi
``PasswordHasher``) answers "is this the PIN?" for the PIN pad. Wrong PINs slow down: after
a few free tries each failure doubles a waiting window (kept in the database, so restarting
the program does not reset it), measured with the injected clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import argon2
import nacl.exceptions
import nacl.public
import nacl.pwhash
import nacl.secret
import nacl.utils

from kiosk.core import settings
from kiosk.core.db import KioskDB
from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.errors import AuthError, DataError, UserError, ValidationError
from sync.contract.sealing import b64, unb64

PIN_MIN_LENGTH = 6
PIN_MAX_LENGTH = 32
FREE_ATTEMPTS = 3  # typos happen: the first wrong PINs cost nothing
FIRST_WAIT_S = 5
MAX_WAIT_S = 15 * 60

K_PIN_HASH = "staff.pin_hash"
K_PUBLIC = "staff.public_key"
K_WRAPPED = "staff.wrapped_private_key"
K_KDF = "staff.kdf"
K_FAILURES = "staff.failed_attempts"
K_LOCKED_UNTIL = "staff.locked_until"


@dataclass(frozen=True)
class PinCost:
    """argon2 cost of a new PIN (hash and key wrap), passed in like the clock: the kiosk uses
    the default, tests ``PinCost.lowest()``. Checking a PIN reads the cost
    stored with its hash, so a PIN set at one cost is checked right at any other."""

    kdf_opslimit: int = nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE
    kdf_memlimit: int = nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE
    hash_time_cost: int = 3
    hash_memory_kib: int = 64 * 1024

    @classmethod
    def lowest(cls) -> PinCost:
        """The smallest cost the libraries accept: fast, and no protection at all."""
        return cls(
            kdf_opslimit=nacl.pwhash.argon2id.OPSLIMIT_MIN,
            kdf_memlimit=nacl.pwhash.argon2id.MEMLIMIT_MIN,
            hash_time_cost=1,
            hash_memory_kib=64,
        )


FULL_COST = PinCost()


def is_set_up(db: KioskDB) -> bool:
    return settings.get(db, K_WRAPPED) is not None


def check_pin_policy(pin: str) -> None:
    problems: list[tuple[str, str]] = []
    if len(pin) < PIN_MIN_LENGTH:
        problems.append(("pin", "staff.error.pin_too_short"))
    elif len(pin) > PIN_MAX_LENGTH:
        problems.append(("pin", "staff.error.pin_too_long"))
    elif any(not c.isprintable() or c.isspace() for c in pin):
        problems.append(("pin", "staff.error.pin_characters"))
    elif len(set(pin)) == 1:
        problems.append(("pin", "staff.error.pin_too_simple"))
    if problems:
        raise ValidationError(
            f"the PIN needs {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} characters, not all the same, "
            "without spaces",
            problems=problems,
        )


def _hasher(cost: PinCost = FULL_COST) -> argon2.PasswordHasher:
    return argon2.PasswordHasher(time_cost=cost.hash_time_cost, memory_cost=cost.hash_memory_kib)


def _derive(pin: str, kdf: dict[str, Any]) -> bytes:
    return nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE,
        pin.encode("utf-8"),
        unb64(kdf["salt"]),
        opslimit=int(kdf["opslimit"]),
        memlimit=int(kdf["memlimit"]),
    )


def _wrapped_settings(
    pin: str, private_key: nacl.public.PrivateKey, cost: PinCost
) -> dict[str, Any]:
    kdf = {
        "alg": "argon2id13",
        "salt": b64(nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)),
        "opslimit": cost.kdf_opslimit,
        "memlimit": cost.kdf_memlimit,
    }
    wrapped = nacl.secret.SecretBox(_derive(pin, kdf)).encrypt(bytes(private_key))
    return {
        K_PIN_HASH: _hasher(cost).hash(pin),
        K_PUBLIC: b64(bytes(private_key.public_key)),
        K_WRAPPED: b64(bytes(wrapped)),
        K_KDF: kdf,
        K_FAILURES: 0,
        K_LOCKED_UNTIL: None,
    }


def set_pin(
    db: KioskDB, pin: str, clock: Clock = SYSTEM_CLOCK, *, cost: PinCost = FULL_COST
) -> None:
    """First set-up: choose the PIN and create the staff key pair."""
    del clock
    check_pin_policy(pin)
    if is_set_up(db):
        raise UserError(
            "a staff PIN is already set; change it with the old PIN instead",
            key="staff.error.already_set_up",
        )
    settings.put_many(db, _wrapped_settings(pin, nacl.public.PrivateKey.generate(), cost))


def staff_public_key(db: KioskDB) -> nacl.public.PublicKey:
    """The key every lead is sealed to (no PIN needed)."""
    value = settings.get(db, K_PUBLIC)
    if not isinstance(value, str):
        raise UserError(
            "the kiosk is not set up: run `omrane-kiosk setup` to choose the staff PIN",
            key="staff.error.not_set_up",
        )
    return nacl.public.PublicKey(unb64(value))


def _locked_for(db: KioskDB, clock: Clock) -> float:
    until = settings.get(db, K_LOCKED_UNTIL)
    if not until:
        return 0.0
    remaining = (datetime.fromisoformat(until.replace("Z", "+00:00")) - clock.now()).total_seconds()
    return max(0.0, remaining)


def wait_seconds_after(failures: int) -> int:
    """How long the PIN pad stays closed after ``failures`` consecutive wrong PINs."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_ATTEMPTS)))


def verify_pin(db: KioskDB, pin: str, clock: Clock = SYSTEM_CLOCK) -> bool:
    """True for the right PIN. While a wrong-PIN wait runs, raises ``AuthError`` with
    ``key="error.auth.wait"`` and ``context["retry_after"]`` (whole seconds), whatever the PIN."""
    stored = settings.get(db, K_PIN_HASH)
    if not isinstance(stored, str):
        raise AuthError("no staff PIN is set yet", key="staff.error.not_set_up")
    remaining = _locked_for(db, clock)
    if remaining > 0:
        wait = math.ceil(remaining)
        raise AuthError(
            f"too many wrong PINs: try again in {wait} s", key="error.auth.wait", retry_after=wait
        )
    ok: bool
    try:
        ok = _hasher().verify(stored, pin)
    except argon2.exceptions.VerificationError:
        ok = False
    except argon2.exceptions.InvalidHashError as exc:
        raise DataError("the stored PIN hash is damaged", key="staff.error.damaged") from exc
    if ok:
        if settings.get(db, K_FAILURES, 0):
            settings.put_many(db, {K_FAILURES: 0, K_LOCKED_UNTIL: None})
        return True
    failures = int(settings.get(db, K_FAILURES, 0)) + 1
    wait_s = wait_seconds_after(failures)
    until = utc_iso(clock.now() + timedelta(seconds=wait_s)) if wait_s else None
    settings.put_many(db, {K_FAILURES: failures, K_LOCKED_UNTIL: until})
    return False


def unlock_staff_key(db: KioskDB, pin: str, clock: Clock = SYSTEM_CLOCK) -> nacl.public.PrivateKey:
    """The staff private key, for opening leads in this session only. ``AuthError`` if wrong."""
    if not verify_pin(db, pin, clock):
        raise AuthError("wrong staff PIN", key="error.auth.wrong_pin")
    kdf = settings.get(db, K_KDF)
    wrapped = settings.get(db, K_WRAPPED)
    try:
        raw = nacl.secret.SecretBox(_derive(pin, kdf)).decrypt(unb64(wrapped))
    except (nacl.exceptions.CryptoError, KeyError, TypeError) as exc:
        raise DataError("the stored staff key is damaged", key="staff.error.damaged") from exc
    return nacl.public.PrivateKey(raw)


def change_pin(
    db: KioskDB,
    old: str,
    new: str,
    clock: Clock = SYSTEM_CLOCK,
    *,
    cost: PinCost = FULL_COST,
) -> None:
    """Re-wrap the same private key under the new PIN: every lead stays readable."""
    check_pin_policy(new)
    private_key = unlock_staff_key(db, old, clock)
    settings.put_many(db, _wrapped_settings(new, private_key, cost))
