"""Photos and plans HQ publishes with the catalog: kept in HQ's own media store (files named
by their SHA-256, with the versions kiosks download) and described to kiosks by manifest."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kiosk.core.media.store import MediaStore, sha256_of
from sync.contract.wire import MEDIA_VERSIONS, MediaManifest, MediaVersion

_SHA = re.compile(r"[0-9a-f]{64}")


def media_store(home: Path) -> MediaStore:
    return MediaStore(home / "media")


def manifest(store: MediaStore, wanted: list[str]) -> MediaManifest:
    files: dict[str, dict[str, MediaVersion]] = {}
    missing: list[str] = []
    for sha in dict.fromkeys(wanted):
        if not store.has(sha):
            missing.append(sha)
            continue
        files[sha] = {version: _described(store.path(sha, version)) for version in MEDIA_VERSIONS}
    return MediaManifest(files=files, missing=missing)  # type: ignore[arg-type]


def _described(path: Path) -> MediaVersion:
    stat = path.stat()
    digest, size = _hashed(str(path), stat.st_mtime_ns, stat.st_size)
    return MediaVersion(sha256=digest, bytes=size)


@lru_cache(maxsize=200_000)
def _hashed(path: str, mtime_ns: int, size: int) -> tuple[str, int]:
    """Hash of a version file, computed once per file state (kiosks ask again and again)."""
    del mtime_ns
    return sha256_of(Path(path).read_bytes()), size


def version_file(store: MediaStore, sha: str, version: str) -> Path | None:
    """The file to send for ``GET /media/{sha}/{version}``, or None."""
    if version not in MEDIA_VERSIONS or not _SHA.fullmatch(sha):
        return None
    path = store.path(sha, version)
    return path if path.is_file() else None
