"""Reading a catalog's media files: each named file read once, checked and put in the store,
many at a time (Pillow decodes, resizes and encodes without holding the GIL, so threads use
every core)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PIL import Image

from kiosk.core.media.checks import CheckedImage, MediaRefused, check_photo, check_plan
from kiosk.core.media.sources import MediaSource
from kiosk.core.media.store import MediaStore

if TYPE_CHECKING:
    from kiosk.core.catalog_import import Progress

HASH_PREFIX = "sha256:"


@dataclass(frozen=True)
class MediaFile:
    sha256: str
    mime: str
    width: int
    height: int
    illustration: bool = False


class MediaReader:
    """Reads each named file once, checks it and puts it in the store."""

    def __init__(self, source: MediaSource, store: MediaStore) -> None:
        self.source, self.store = source, store
        self.done: dict[tuple[str, str], MediaFile | MediaRefused] = {}
        self._reading = threading.Lock()  # a ZIP is read by one thread at a time

    def prefetch(self, wanted: Iterable[tuple[str, str]], progress: Progress | None = None) -> None:
        """Load the (name, role) files not loaded yet, on every core; ``get`` then finds
        them done. ``progress`` hears of each file (a large catalog's photos take minutes)."""
        todo = [k for k in dict.fromkeys((role, name) for name, role in wanted)]
        todo = [k for k in todo if k not in self.done]
        if not todo:
            return
        if progress is not None:
            progress.start("photos", len(todo))
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            for key, found in zip(todo, pool.map(self._outcome, todo), strict=True):
                self.done[key] = found
                if progress is not None:
                    progress.advance(1)
        if progress is not None:
            progress.finish()

    def get(self, name: str, role: str, illustration: bool) -> MediaFile:
        key = (role, name)
        found = self.done.get(key)
        if found is None:
            found = self.done[key] = self._outcome(key)
        if isinstance(found, MediaRefused):
            raise found
        return replace(found, illustration=illustration) if illustration else found

    def _outcome(self, key: tuple[str, str]) -> MediaFile | MediaRefused:
        role, name = key
        try:
            return self._load(name, role)
        except MediaRefused as refused:
            return refused

    def _load(self, name: str, role: str) -> MediaFile:
        if name.startswith(HASH_PREFIX):
            return self._known(name[len(HASH_PREFIX) :].lower())
        with self._reading:
            data = self.source.read(name)
        checked: CheckedImage = check_plan(data) if role == "plan" else check_photo(data)
        digest = self.store.put(checked.data)
        return MediaFile(digest, checked.mime, checked.width, checked.height)

    def _known(self, digest: str) -> MediaFile:
        """A file the store holds already (checked when it was imported, hash-verified when
        it was downloaded): its screen version's header gives its shape, nothing is decoded."""
        if not self.store.has(digest):
            raise MediaRefused(f"sha256:{digest[:12]}…: not in the media store")
        with Image.open(self.store.path(digest, "screen")) as header:
            width, height = header.size
        return MediaFile(digest, "image/jpeg", width, height)
