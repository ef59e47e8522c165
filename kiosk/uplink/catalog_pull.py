"""Pulling HQ's catalog changes page by page, resumable: a weak link that drops in the middle of
a 27,000-unit first pull costs the page in flight, not the pages already received.

Each page is verified (its own checksum) and kept in a folder beside the kiosk database with
the pull's state (catalog version it starts from, HQ version it leads to, where the next page
starts). The next sync goes on from there. When HQ publishes again during a pull, the pages
kept are dropped and the pull starts over at the new version. Nothing reaches the catalog until
the last page is in: then everything is applied in one transaction (or the old catalog stays).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.catalog import Catalog
from kiosk.core.media.catalog_media import media_refs
from kiosk.uplink.media_pull import fetch_missing
from kiosk.uplink.transport import HQClient
from sync.contract.errors import DataError, OmraneError
from sync.contract.wire import CATALOG_PAGE_MAX, CatalogChanges

log = logging.getLogger(__name__)

STATE = "state.json"


class CatalogRejected(DataError):
    """HQ's catalog change did not pass its checksum: the old catalog stays."""

    key = "error.sync.catalog"


@dataclass
class PullState:
    since: int
    version: int = 0
    after: str = ""
    pages: int = 0


@dataclass
class CatalogPull:
    catalog: Catalog
    folder: Path
    page_size: int = CATALOG_PAGE_MAX
    resumed_pages: int = 0
    fetched_pages: int = 0
    _state: PullState | None = field(default=None, init=False)

    def run(self, client: HQClient) -> int | None:
        """Pull and apply every change after the stand's version: the new version, or None
        when there was nothing new. Raises on a network error (pages so far are kept).

        The next page is asked for as soon as a page arrives, so that HQ builds it and the
        link carries it while this page is checked and kept on disk."""
        since = self.catalog.version
        state = self._load(since)
        ahead = _Ahead(client, since, self.page_size)
        try:
            while True:
                page = ahead.take(state.after)
                if page.version <= since:
                    self._reset()
                    return None
                if page.since != since or page.after != state.after or not page.verify():
                    self._reset()
                    raise CatalogRejected(
                        f"catalog version {page.version} from HQ failed its checksum; "
                        f"keeping version {since}"
                    )
                if state.pages and page.version != state.version:
                    log.info("HQ published version %d during a pull: starting over", page.version)
                    state = self._restart(since)
                    continue
                ahead.ask(page.next_after)
                self._keep(state, page.version, page.upserts, page.deletions, page.next_after)
                if not page.next_after:
                    break
        finally:
            ahead.close()
        self._apply(client, since, state)
        return state.version

    # ---- pages on disk ------------------------------------------------------------------

    def _load(self, since: int) -> PullState:
        try:
            raw = json.loads((self.folder / STATE).read_text(encoding="utf-8"))
            state = PullState(**raw)
        except (OSError, ValueError, TypeError):
            return self._restart(since)
        if state.since != since:
            return self._restart(since)
        self.resumed_pages = state.pages
        return state

    def _restart(self, since: int) -> PullState:
        self._reset()
        self.folder.mkdir(parents=True, exist_ok=True)
        return PullState(since=since)

    def _reset(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def _keep(
        self,
        state: PullState,
        version: int,
        upserts: list[dict[str, Any]],
        deletions: list[str],
        next_after: str,
    ) -> None:
        """The page on disk first, then the state naming it (a crash between keeps neither)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(
            self.folder / f"page-{state.pages:05d}.json",
            json.dumps({"upserts": upserts, "deletions": deletions}, ensure_ascii=False),
        )
        state.version, state.after, state.pages = version, next_after, state.pages + 1
        _write_atomic(self.folder / STATE, json.dumps(state.__dict__))
        self.fetched_pages += 1

    def _apply(self, client: HQClient, since: int, state: PullState) -> None:
        upserts: list[dict[str, Any]] = []
        deletions: list[str] = []
        for n in range(state.pages):
            page = json.loads((self.folder / f"page-{n:05d}.json").read_text(encoding="utf-8"))
            upserts += page["upserts"]
            deletions += page["deletions"]
        if since == 0 and not self.catalog.is_empty():
            # A first pull replaces a locally imported or demo catalog entirely.
            kept = {str(r["ref"]) for r in upserts}
            deletions += [
                r["ref"] for r in self.catalog.iter_unit_records() if r["ref"] not in kept
            ]
        fetch_missing(client, self.catalog.media, media_refs(upserts))  # before the switch
        self.catalog.apply_changes(upserts, deletions, state.version)
        self._reset()
        log.info(
            "catalog version %d applied (%d upserts, %d deletions, %d pages)",
            state.version,
            len(upserts),
            len(deletions),
            state.pages,
        )


class _Ahead:
    """At most one page request in flight in a worker thread (the client is used by one
    thread at a time: the caller waits for it before anything else)."""

    def __init__(self, client: HQClient, since: int, page_size: int) -> None:
        self.client, self.since, self.page_size = client, since, page_size
        self._http = ThreadPoolExecutor(max_workers=1, thread_name_prefix="omrane-catalog")
        self._after: str | None = None
        self._future: Future[CatalogChanges] | None = None

    def ask(self, after: str) -> None:
        """Ask for the page after ``after`` now (nothing when ``after`` is empty: no page)."""
        if after:
            self._drain()
            self._after = after
            self._future = self._http.submit(self._fetch, after)

    def take(self, after: str) -> CatalogChanges:
        """The page after ``after``: the one asked ahead, or asked now."""
        future, asked = self._future, self._after
        self._future = self._after = None
        if future is not None and asked == after:
            return future.result()
        if future is not None:
            _wait_quietly(future)
        return self._fetch(after)

    def _fetch(self, after: str) -> CatalogChanges:
        return self.client.catalog_changes(self.since, after, self.page_size)

    def _drain(self) -> None:
        if self._future is not None:
            _wait_quietly(self._future)
        self._future = self._after = None

    def close(self) -> None:
        self._drain()
        self._http.shutdown()


def _wait_quietly(future: Future[CatalogChanges]) -> None:
    """A page no longer wanted: wait for its request to end, whatever its outcome."""
    try:
        future.result()
    except (OmraneError, OSError) as exc:
        log.debug("a page asked ahead and not used ended with %s", type(exc).__name__)


def _write_atomic(path: Path, text: str) -> None:
    partial = path.with_suffix(".part")
    with open(partial, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
