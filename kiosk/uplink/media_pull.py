"""Photos and plans of a catalog change, fetched before the change is applied: a kiosk never
shows a unit whose pictures are half there. Interrupted downloads go on where they stopped."""

from __future__ import annotations

import logging

from kiosk.core.media.store import MediaStore
from kiosk.uplink.transport import HQClient
from sync.contract.errors import DataError
from sync.contract.wire import MAX_BATCH

log = logging.getLogger(__name__)


class MediaMissingAtHQ(DataError):
    """HQ's catalog names a file HQ does not hold: the change waits (HQ must publish again)."""

    key = "error.sync.catalog"


def fetch_missing(client: HQClient, store: MediaStore, wanted: set[str]) -> int:
    """Download the versions of every file in ``wanted`` the store lacks; returns how many
    files came. Each version is checked against the hash HQ announced before it is kept."""
    missing = sorted(sha for sha in wanted if not store.has(sha))
    for start in range(0, len(missing), MAX_BATCH):
        manifest = client.media_manifest(missing[start : start + MAX_BATCH])
        if manifest.missing:
            raise MediaMissingAtHQ(
                f"HQ lacks {len(manifest.missing)} photo(s) or plan(s) its catalog names"
            )
        for sha, versions in manifest.files.items():
            for version, described in versions.items():
                client.download_media(sha, version, store.partial(sha, version), described.bytes)
                store.adopt(sha, version, described.sha256)
    if missing:
        log.info("%d photos and plans downloaded for the catalog", len(missing))
    return len(missing)
