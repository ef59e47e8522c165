"""Where a catalog file's photo and plan names point: a folder or a ZIP beside the file."""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath
from typing import Protocol

from kiosk.core.media.checks import MAX_BYTES, MediaRefused
from sync.contract.errors import UserError


class MediaSource(Protocol):
    def read(self, name: str) -> bytes:
        """The file's bytes, or MediaRefused (missing, unsafe name, too large)."""
        ...

    def close(self) -> None: ...


def safe_name(name: str) -> PurePosixPath:
    """A relative path inside the source; ``..``, absolute paths and drives are refused."""
    cleaned = name.strip().replace("\\", "/")
    path = PurePosixPath(cleaned)
    if not cleaned or path.is_absolute() or ".." in path.parts or ":" in cleaned:
        raise MediaRefused("not a relative file name inside the media folder")
    return path


class FolderSource:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def read(self, name: str) -> bytes:
        path = self.root.joinpath(*safe_name(name).parts)
        try:
            if not path.resolve().is_relative_to(self.root) or not path.is_file():
                raise MediaRefused(f"no such file in {self.root.name}/")
            if path.stat().st_size > MAX_BYTES:
                raise MediaRefused(f"file too large (at most {MAX_BYTES // 1_048_576} MB)")
            return path.read_bytes()
        except OSError as exc:
            raise MediaRefused(f"cannot be read ({exc.strerror})") from exc

    def close(self) -> None:
        pass


class ZipSource:
    def __init__(self, path: Path) -> None:
        try:
            self.archive = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as exc:
            raise UserError(f"{path.name}: not a readable ZIP file") from exc

    def read(self, name: str) -> bytes:
        member = str(safe_name(name))
        try:
            info = self.archive.getinfo(member)
        except KeyError as exc:
            raise MediaRefused("not in the ZIP") from exc
        if info.file_size > MAX_BYTES:  # checked before inflating anything
            raise MediaRefused(f"file too large (at most {MAX_BYTES // 1_048_576} MB)")
        try:
            with self.archive.open(info) as f:
                data = f.read(MAX_BYTES + 1)
        except (OSError, zipfile.BadZipFile, RuntimeError) as exc:
            raise MediaRefused(f"damaged in the ZIP ({exc})") from exc
        if len(data) > MAX_BYTES:
            raise MediaRefused(f"file too large (at most {MAX_BYTES // 1_048_576} MB)")
        return data

    def close(self) -> None:
        self.archive.close()


def beside(catalog_file: Path, given: Path | None = None) -> MediaSource:
    """The media source of a catalog file: ``given`` (a folder or a .zip), else the first of
    ``<name>-media/``, ``<name>-media.zip``, ``media/``, ``media.zip`` next to the file, else
    the file's own folder."""
    if given is not None:
        if given.is_dir():
            return FolderSource(given)
        if given.is_file():
            return ZipSource(given)
        raise UserError(f"{given}: no such media folder or ZIP")
    folder = catalog_file.parent
    for candidate in (
        folder / f"{catalog_file.stem}-media",
        folder / f"{catalog_file.stem}-media.zip",
        folder / "media",
        folder / "media.zip",
    ):
        if candidate.is_dir():
            return FolderSource(candidate)
        if candidate.is_file():
            return ZipSource(candidate)
    return FolderSource(folder)
