"""Pulling HQ's catalog changes, resumable: a weak link that drops in the middle of a
27,000-unit first pull costs the page in flight, not the pages already received.

HQ sends every page of the pull in one answer (one JSON line each, see
``HQClient.catalog_lines``), so the link carries the next page while this one is checked and
kept. Each page is verified (its own checksum) and kept in a folder beside the kiosk database
with the pull's state (catalog version it starts from, HQ version it leads to, where the next
page starts). The next sync goes on from there. When HQ publishes again during a pull, the
pages kept are dropped and the pull starts over at the new version. Nothing reaches the
catalog until the last page is in: then everything is applied in one transaction (or the old
catalog stays).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.catalog import Catalog
from kiosk.core.catalog_rows import warm_words
from kiosk.core.media.catalog_media import media_refs
from kiosk.uplink.media_pull import fetch_missing
from kiosk.uplink.transport import HQClient, HQUnavailable
from sync.contract.errors import DataError
from sync.contract.wire import CatalogChanges

log = logging.getLogger(__name__)

STATE = "pull.json"  # (pages kept as HQ sent them; "state.json" named older pages)
PAGE_UNITS = 1000  # units per page: what a cut link costs at most


class CatalogRejected(DataError):
    """HQ's catalog change did not pass its checksum: the old catalog stays."""

    key = "error.sync.catalog"


@dataclass
class PullState:
    since: int
    version: int = 0
    after: str = ""
    pages: int = 0


_NOTHING_NEW, _DONE, _MORE, _OVER = "nothing new", "done", "more", "start over"


@dataclass
class CatalogPull:
    catalog: Catalog
    folder: Path
    page_size: int = PAGE_UNITS
    resumed_pages: int = 0
    fetched_pages: int = 0
    _received: dict[int, CatalogChanges] = field(default_factory=dict, init=False)

    def run(self, client: HQClient) -> int | None:
        """Pull and apply every change after the stand's version: the new version, or None
        when there was nothing new. Raises on a network error (pages so far are kept)."""
        since = self.catalog.version
        state = self._load(since)
        while (outcome := self._receive(client, since, state)) != _DONE:
            if outcome == _NOTHING_NEW:
                self._reset()
                return None
            if outcome == _OVER:
                log.info("HQ published a new version during a pull: starting over")
                state = self._restart(since)
            # _MORE: the answer ended before the last page (an HQ that sends one page)
        self._apply(client, since, state)
        return state.version

    def _receive(self, client: HQClient, since: int, state: PullState) -> str:
        """Keep the pages of one answer, from ``state.after`` on."""
        got = 0
        with closing(client.catalog_lines(since, state.after, self.page_size)) as lines:
            for line in lines:
                page = client.catalog_page(line)
                got += 1
                if page.version <= since:
                    return _NOTHING_NEW
                if page.since != since or page.after != state.after or not page.verify():
                    self._reset()
                    raise CatalogRejected(
                        f"catalog version {page.version} from HQ failed its checksum; "
                        f"keeping version {since}"
                    )
                if state.pages and page.version != state.version:
                    return _OVER
                self._keep(state, page, line)
                if not page.next_after:
                    return _DONE
        if not got:
            raise HQUnavailable("HQ's catalog answer was empty")
        return _MORE

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
        return PullState(since=since)  # the folder comes with the first page kept

    def _reset(self) -> None:
        self._received.clear()
        if self.folder.exists():  # a sync with nothing new has none to remove
            shutil.rmtree(self.folder, ignore_errors=True)

    def _page_path(self, n: int) -> Path:
        return self.folder / f"page-{n:05d}.json"

    def _keep(self, state: PullState, page: CatalogChanges, line: bytes) -> None:
        """The page on disk as it came (verified), then the state naming it (a crash between
        keeps neither); the page also stays in memory for the apply."""
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(self._page_path(state.pages), line)
        self._received[state.pages] = page
        state.version, state.after = page.version, page.next_after
        state.pages += 1
        _write_atomic(self.folder / STATE, json.dumps(state.__dict__).encode())
        self.fetched_pages += 1
        # the CPU would wait for the link otherwise: part of the apply done ahead
        warm_words(page.upserts)

    def _page(self, n: int) -> CatalogChanges:
        kept = self._received.get(n)
        if kept is not None:
            return kept
        return CatalogChanges.model_validate_json(self._page_path(n).read_bytes())

    def _apply(self, client: HQClient, since: int, state: PullState) -> None:
        upserts: list[dict[str, Any]] = []
        deletions: list[str] = []
        for n in range(state.pages):
            page = self._page(n)
            upserts += page.upserts
            deletions += page.deletions
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


def _write_atomic(path: Path, data: bytes) -> None:
    partial = path.with_suffix(".part")
    with open(partial, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
