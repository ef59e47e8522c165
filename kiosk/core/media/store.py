"""The media store: files named by their SHA-256 in the data folder, each with a thumbnail
and a screen-size version made once, and a size budget.

Layout: ``<root>/<aa>/<sha256>.thumb.jpg`` and ``.screen.jpg`` are a file's versions for
result cards, the gallery and brochures; ``<root>/<aa>/<sha256>`` is the file as imported,
kept when its screen version had to be remade from it. Kiosks that get their catalog from HQ
download the two versions only (each checked against the hash HQ gives for it). A file is
written under a temporary name and renamed, so it is whole or absent; an entry counts as there
when both versions are. The catalog database keeps only the hashes.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from sync.contract.errors import UserError

VERSIONS = {"thumb": 480, "screen": 1600}  # longest side in pixels
JPEG_QUALITY = 82
SCREEN_MAX_BYTES = 1_500_000  # a larger JPEG is re-encoded for the screen
ORIENTATION = 0x0112  # EXIF tag


@dataclass(frozen=True)
class Evicted:
    files: int
    bytes_freed: int
    bytes_used: int


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class MediaStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str, version: str | None = None) -> Path:
        name = sha256 if version is None else f"{sha256}.{version}.jpg"
        return self.root / sha256[:2] / name

    def has(self, sha256: str) -> bool:
        """Every version of the file is there (a half-made entry counts as absent)."""
        return all(self.path(sha256, v).is_file() for v in VERSIONS)

    def partial(self, sha256: str, version: str) -> Path:
        """Where a download of a version grows until it is whole (kept to resume it)."""
        return self.root / sha256[:2] / f".part-{sha256}.{version}"

    def adopt(self, sha256: str, version: str, expected_sha256: str) -> None:
        """Make a finished download a version of ``sha256`` if its content has the hash HQ
        announced; otherwise it is deleted and UserError raised."""
        part = self.partial(sha256, version)
        if sha256_of(part.read_bytes()) != expected_sha256:
            part.unlink(missing_ok=True)
            raise UserError(f"media {sha256[:12]}… {version}: content does not match its hash")
        with part.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(part, self.path(sha256, version))

    def put(self, data: bytes) -> str:
        """Store ``data`` (an image already checked) with its versions; returns its hash.
        Safe to call from several threads at once (each file is written whole, then renamed)."""
        digest = sha256_of(data)
        if self.has(digest):
            return digest
        versions = _versions(data)
        if versions["screen"] is not data:  # the original is kept when it is not a version
            _write_atomically(self.path(digest), data, sync=False)
        for version, content in versions.items():  # versions last: they mark "complete"
            _write_atomically(self.path(digest, version), content, sync=False)
        return digest

    @staticmethod
    def flush() -> None:
        """Make the files written by ``put`` durable, once for a whole import (one call
        instead of an fsync per file), before the catalog that names them is committed."""
        os.sync()

    def put_verified(self, sha256: str, data: bytes) -> None:
        """A downloaded file: stored only if its content has the hash it was asked for."""
        if sha256_of(data) != sha256:
            raise UserError(f"media {sha256[:12]}…: content does not match its hash")
        self.put(data)

    def bytes_used(self) -> int:
        return sum(f.stat().st_size for f in self._files())

    def evict(self, keep: set[str], budget_bytes: int) -> Evicted:
        """Delete files no catalog entry uses, oldest first, until the store fits the
        budget; files in ``keep`` are never deleted (a shown unit keeps all its photos)."""
        used = self.bytes_used()
        freed = count = 0
        unused: dict[str, list[Path]] = {}
        for f in self._files():
            digest = f.name.split(".", 1)[0]
            if digest not in keep:
                unused.setdefault(digest, []).append(f)
        by_age = sorted(unused.items(), key=lambda item: min(p.stat().st_mtime for p in item[1]))
        for _digest, files in by_age:
            if used - freed <= budget_bytes:
                break
            # versions first: the entry stops counting as complete at once
            for f in sorted(files, key=lambda p: "." not in p.name):
                size = f.stat().st_size
                f.unlink(missing_ok=True)
                freed += size
                count += 1
        return Evicted(count, freed, used - freed)

    def _files(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return [f for f in self.root.glob("??/*") if f.is_file()]


def _versions(data: bytes) -> dict[str, bytes]:
    """The screen and thumbnail versions of an image. A JPEG that is already upright, in RGB
    and no larger than a screen is its own screen version; otherwise each version is decoded
    straight at a reduced scale (JPEG draft) before the last resize, so a photo is decoded at
    most twice, never at full size when a smaller one will do."""
    made: dict[str, bytes] = {}
    image: Image.Image | None = None
    for version, side in sorted(VERSIONS.items(), key=lambda item: -item[1]):
        if image is None:
            with Image.open(io.BytesIO(data)) as opened:
                if version == "screen" and _shown_as_is(opened, side, len(data)):
                    made[version] = data
                    continue
                opened.draft("RGB", _fitted(opened.size, side))
                ImageOps.exif_transpose(opened, in_place=True)
                image = opened.convert("RGB") if opened.mode != "RGB" else opened.copy()
        image.thumbnail((side, side), Image.Resampling.BICUBIC, reducing_gap=2.0)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=JPEG_QUALITY)
        made[version] = out.getvalue()
    return made


def _fitted(size: tuple[int, int], side: int) -> tuple[int, int]:
    """The size of an image of ``size`` fitted in a ``side`` square (what a draft asks for:
    a JPEG decodes at the smallest scale still covering both sides)."""
    scale = min(1.0, side / max(size))
    return max(1, int(size[0] * scale)), max(1, int(size[1] * scale))


def _shown_as_is(image: Image.Image, side: int, size: int) -> bool:
    return (
        image.format == "JPEG"
        and image.mode == "RGB"
        and max(image.size) <= side
        and size <= SCREEN_MAX_BYTES
        and image.getexif().get(ORIENTATION, 1) == 1
    )


def _write_atomically(path: Path, data: bytes, *, sync: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            if sync:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
