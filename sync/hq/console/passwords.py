"""Password rules for console accounts: a minimum length by role and no common password.

The common passwords are zxcvbn's list (30,000 passwords most seen in leaks), compared
without case and also with trailing digits and symbols removed ("Password2024!" is common).
"""

from __future__ import annotations

from functools import cache

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
