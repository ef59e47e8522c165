"""Console passwords: the rules (a minimum length by role, no common password) and their
argon2 hashes, whose cost is passed in like the clock.

The common passwords are zxcvbn's list (30,000 passwords most seen in leaks), compared
without case and also with trailing digits and symbols removed ("Password2024!" is common).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import argon2
from argon2.exceptions import InvalidHashError, VerificationError

from sync.contract.errors import ValidationError

MIN_LENGTH = 10
MIN_LENGTH_ADMIN = 12
MAX_LENGTH = 1024  # argon2 takes any length; a megabyte "password" is only a way to load us


@cache
def _common() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(p.lower() for p in FREQUENCY_LISTS["passwords"])


def is_common(password: str) -> bool:
    lowered = password.lower()
    stem = lowered.rstrip("0123456789!@#$%^&*?.-_ ")
    return lowered in _common() or (len(stem) >= 4 and stem in _common())


def check(password: str, role: str) -> None:
    """ValidationError (with a message key) when the password may not be used for this role."""
    least = MIN_LENGTH_ADMIN if role == "admin" else MIN_LENGTH
    if len(password) < least:
        key = "error.agent.password_admin" if role == "admin" else "error.agent.password"
        raise ValidationError(f"password must have at least {least} characters", key=key)
    if len(password) > MAX_LENGTH:
        raise ValidationError("password too long", key="error.agent.password_long")
    if is_common(password) or len(set(password)) < 4:
        raise ValidationError(
            "this password is among the most common ones", key="error.agent.password_common"
        )


@dataclass(frozen=True)
class HashCost:
    """argon2 cost of a new password hash: HQ uses argon2-cffi's defaults (RFC 9106 low-memory
    profile), tests ``HashCost.lowest()``. Checking a password reads the cost stored with its
    hash, so an account made at one cost signs in at any other."""

    time_cost: int = argon2.DEFAULT_TIME_COST
    memory_kib: int = argon2.DEFAULT_MEMORY_COST
    parallelism: int = argon2.DEFAULT_PARALLELISM

    @classmethod
    def lowest(cls) -> HashCost:
        """The smallest cost argon2 accepts: fast, and no protection at all."""
        return cls(time_cost=1, memory_kib=8, parallelism=1)


FULL_COST = HashCost()


@cache
def _hasher(cost: HashCost) -> argon2.PasswordHasher:
    return argon2.PasswordHasher(
        time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism
    )


@cache
def _unknown_account_hash(cost: HashCost) -> str:
    return _hasher(cost).hash("unknown-account-placeholder")


def hash_password(password: str, cost: HashCost = FULL_COST) -> str:
    return _hasher(cost).hash(password)


def verify(stored: str | None, password: str, cost: HashCost = FULL_COST) -> bool:
    """Whether ``password`` matches ``stored``; with no account (``None``) a hash of the same
    cost is still checked, so unknown and known e-mails take the same time."""
    try:
        matches = _hasher(cost).verify(stored or _unknown_account_hash(cost), password[:MAX_LENGTH])
    except (VerificationError, InvalidHashError):
        return False
    return matches and stored is not None
