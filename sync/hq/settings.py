"""HQ settings: data folder, database URL, keys, request limits."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

HOME_ENV = "OMRANE_HQ_HOME"
DB_ENV = "OMRANE_HQ_DB"
TRUSTED_PROXIES_ENV = "OMRANE_HQ_TRUSTED_PROXIES"


def hq_home(home: str | os.PathLike[str] | None = None) -> Path:
    chosen = home or os.environ.get(HOME_ENV) or platformdirs.user_data_dir("omrane-hq")
    path = Path(chosen).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url(home: Path | None = None) -> str:
    return os.environ.get(DB_ENV) or f"sqlite:///{(home or hq_home()) / 'hq.db'}"


def secret_key(home: Path, name: str) -> bytes:
    """A 32-byte secret of this HQ (``keys/NAME.key``, mode 0600), created on first use; every
    worker process of one HQ reads the same one."""
    path = home / "keys" / f"{name}.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".{name}.{os.getpid()}.draft")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_bytes(32))
        try:
            os.link(draft, path)  # atomic: a worker starting at the same time keeps the first
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_bytes()


def trusted_proxies_from_env() -> tuple[str, ...]:
    raw = os.environ.get(TRUSTED_PROXIES_ENV, "")
    return tuple(p.strip() for p in raw.split(",") if p.strip())


@dataclass(frozen=True)
class HQSettings:
    home: Path
    public_url: str = "http://127.0.0.1:8700"
    max_body_bytes: int = 8_000_000
    rate_limit_per_minute: int = 120
    online_after_s: int = 300
    # addresses or networks of our reverse proxies: only they may set X-Forwarded-For
    trusted_proxies: tuple[str, ...] = ()
    # where visitors' phones open take-away links, when not the address stands use
    takeaway_url: str = ""
    # the agents' morning digest: HH:MM in the agencies' time zone ("" = only by command)
    digest_at: str = ""
    digest_zone: str = "Africa/Casablanca"

    @property
    def private_key_file(self) -> Path:
        return self.home / "keys" / "hq.key"

    @property
    def public_key_file(self) -> Path:
        return self.home / "keys" / "hq.pub"

    @property
    def phone_key_file(self) -> Path:
        """Secret key of the erasure tombstones' phone hashes (beside the private key, 0600)."""
        return self.home / "keys" / "erasure.key"

    @property
    def senders_file(self) -> Path:
        """Optional JSON: the SMTP, WhatsApp and SMS senders (``sync.hq.takeaway.dispatcher``)."""
        return self.home / "senders.json"

    @property
    def retention_file(self) -> Path:
        """Optional JSON: months kept per notice version (see ``sync.hq.retention``)."""
        return self.home / "retention.json"
