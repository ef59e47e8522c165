"""Pictures from the media store, decoded off the UI thread and kept for a while.

``pixmap(sha)`` answers at once: the picture when it is ready, else None after asking a
worker thread to decode it; ``ready`` tells the view to repaint when it is.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from kiosk.core.media.store import MediaStore

KEPT = 240  # decoded pictures kept: a few screens of result cards


class _Done(QObject):
    decoded = Signal(str, QImage)


class _Decode(QRunnable):
    def __init__(self, path: str, sha256: str, done: _Done) -> None:
        super().__init__()
        self.path, self.sha256, self.done = path, sha256, done

    def run(self) -> None:
        self.done.decoded.emit(self.sha256, QImage(self.path))  # a null image when unreadable


class Pictures(QObject):
    ready = Signal(str)

    def __init__(self, store: MediaStore, version: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.version = store, version
        self._kept: OrderedDict[str, QPixmap] = OrderedDict()
        self._asked: set[str] = set()
        self._unreadable: set[str] = set()
        # the pool first: children are deleted in creation order, so the pool waits for its
        # decodes before the object they report to goes
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._done = _Done(self)
        self._done.decoded.connect(self._keep)

    def pixmap(self, sha256: str) -> QPixmap | None:
        found = self._kept.get(sha256)
        if found is not None:
            self._kept.move_to_end(sha256)
            return found
        if sha256 not in self._asked and sha256 not in self._unreadable:
            self._asked.add(sha256)
            path = self.store.path(sha256, self.version)
            self._pool.start(_Decode(str(path), sha256, self._done))
        return None

    def prefetch(self, shas: list[str]) -> None:
        """Start decoding pictures about to be shown (the first screens of results), all at
        once, so a card finds its picture ready as it is painted or scrolled to."""
        for sha256 in shas[:KEPT]:
            self.pixmap(sha256)

    def clear(self) -> None:
        """Forget the decoded pictures (they are decoded again when shown)."""
        self._kept.clear()

    def wait(self) -> None:
        """Let pending decodes finish (before the window closes, and in tests)."""
        self._pool.waitForDone()

    def _keep(self, sha256: str, image: QImage) -> None:
        self._asked.discard(sha256)
        if image.isNull():
            self._unreadable.add(sha256)  # missing or damaged: the card keeps its drawing
            return
        self._kept[sha256] = QPixmap.fromImage(image)
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        self.ready.emit(sha256)
