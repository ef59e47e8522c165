"""HQ's keys on disk: the key pair the stands seal to, the key of the erasure tombstones'
phone hashes, and the secret each stand's take-away link key is derived from."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from typing import Any

import nacl.public

from sync.contract import takeaway
from sync.contract.errors import ConfigError, DataError
from sync.contract.sealing import b64, unb64
from sync.hq import erasure
from sync.hq.settings import HQSettings, secret_key


@dataclass(frozen=True)
class HQKeys:
    private: nacl.public.PrivateKey
    phone_key: bytes = field(default=b"", repr=False)  # keys the erasure tombstones' hashes
    takeaway_secret: bytes = field(default=b"", repr=False)  # derives each stand's link key

    @property
    def public_b64(self) -> str:
        return b64(bytes(self.private.public_key))


def init_keys(settings: HQSettings, *, overwrite: bool = False) -> HQKeys:
    """Create the HQ key pair; the private key file is readable by its owner only."""
    if settings.private_key_file.exists() and not overwrite:
        return load_keys(settings)
    settings.private_key_file.parent.mkdir(parents=True, exist_ok=True)
    key = nacl.public.PrivateKey.generate()
    fd = os.open(settings.private_key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(b64(bytes(key)) + "\n")
    os.chmod(settings.private_key_file, 0o600)
    settings.public_key_file.write_text(b64(bytes(key.public_key)) + "\n", encoding="ascii")
    return HQKeys(key, erasure.load_phone_key(settings.phone_key_file), _takeaway(settings))


def load_keys(settings: HQSettings) -> HQKeys:
    try:
        raw = settings.private_key_file.read_text(encoding="ascii").strip()
        private = nacl.public.PrivateKey(unb64(raw))
    except FileNotFoundError as exc:
        raise ConfigError(
            f"no HQ key pair in {settings.private_key_file.parent}: run `omrane-hq keys init`",
            key="error.hq.keys",
        ) from exc
    except (ValueError, DataError) as exc:
        raise DataError(f"the HQ private key file is damaged: {exc}") from exc
    return HQKeys(private, erasure.load_phone_key(settings.phone_key_file), _takeaway(settings))


def _takeaway(settings: HQSettings) -> bytes:
    return secret_key(settings.home, "takeaway")


def takeaway_fields(settings: HQSettings, keys: HQKeys) -> dict[str, Any]:
    """A fresh take-away key for a stand's enrollment (a new one at each reissue)."""
    key_id = secrets.randbelow(takeaway.KEY_ID_MAX) + 1
    return {
        "takeaway_key_id": key_id,
        "takeaway_key": b64(takeaway.derive_key(keys.takeaway_secret, key_id)),
        "takeaway_url": settings.takeaway_url or settings.public_url,
    }
