"""Import a catalog file (CSV or JSON, see data/catalog-format.md): read, check, replace.

Every bad row is reported with its row number, field and reason. By default nothing is
imported when any row is bad; with ``skip_invalid`` the good rows are imported and the bad
ones reported. The replacement itself is one transaction: the old catalog stays in place
until the new one is complete.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.core.catalog_checks import RowProblem, check_rows
from kiosk.core.catalog_files import read_rows
from kiosk.core.catalog_records import CatalogData
from kiosk.core.catalog_rows import collector_paused
from kiosk.core.media import sources as media_sources
from kiosk.core.media.catalog_media import MEDIA_COLUMNS, CatalogMedia
from kiosk.core.media.catalog_media import collect as collect_media
from kiosk.core.media.reader import MediaReader
from sync.contract.errors import UserError, ValidationError

if TYPE_CHECKING:
    from kiosk.core.catalog import Catalog

__all__ = ["ImportReport", "Progress", "RowProblem", "import_file"]


@dataclass
class ImportReport:
    rows: int
    imported: int
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.problems})


class Progress(Protocol):
    """Told how far an import is (the CLI draws a progress bar with it)."""

    def start(self, stage: str, total: int) -> None: ...
    def advance(self, n: int) -> None: ...
    def finish(self) -> None: ...


def _count_lines(path: Path) -> int:
    """Lines in a text file (the rows of a CSV, unless values span lines)."""
    lines = 0
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            lines += chunk.count(b"\n")
    return lines


def import_file(
    catalog: Catalog,
    path: Path,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    version: int = 0,
    updated_at: str = "",
    media: Path | None = None,
) -> ImportReport:
    """Replace the catalog with ``path``; ValidationError (problems listed) if rows are bad.

    Photos and plans named by the rows are read from ``media`` (a folder or ZIP; by default
    the one beside the file), checked and stored before anything changes."""
    with collector_paused():
        return _import_file(catalog, path, skip_invalid, progress, version, updated_at, media)


def _import_file(
    catalog: Catalog,
    path: Path,
    skip_invalid: bool,
    progress: Progress | None,
    version: int,
    updated_at: str,
    media: Path | None,
) -> ImportReport:
    media_rows: list[tuple[int, dict[str, Any]]] = []
    rows = _keeping_media(read_rows(path), media_rows)
    if progress is not None:
        if path.suffix.lower() == ".json":
            loaded = list(rows)
            rows, total = iter(loaded), len(loaded)
        else:
            total = _count_lines(path) - 1  # a CSV is read as it is checked
        progress.start("checking", max(total, 0))
    good, problems, count = check_rows(rows, progress)
    if progress is not None:
        progress.finish()
    if not count:
        raise UserError(f"{path.name}: the file has no units")
    pictures = CatalogMedia()
    if media_rows:
        pictures, media_problems = _checked_media(catalog, path, media, media_rows, good, progress)
        problems += media_problems
        if skip_invalid and media_problems:  # a row with a bad picture is a bad row
            bad_rows = {p.row for p in media_problems}
            bad_refs = {str(raw["ref"]) for n, raw in media_rows if n in bad_rows}
            good = [r for r in good if r["ref"] not in bad_refs]
            pictures.drop_units(bad_refs)
    if problems and not skip_invalid:
        raise ValidationError(
            f"{path.name}: {len({p.row for p in problems})} bad row(s), nothing imported",
            problems=problems,
        )
    if not good:
        raise ValidationError(f"{path.name}: no valid row to import", problems=problems)
    data = CatalogData.from_records(good)
    catalog.replace_all(
        data, version, source=path.name, updated_at=updated_at, progress=progress, media=pictures
    )
    return ImportReport(rows=count, imported=len(good), problems=problems)


def _keeping_media(
    rows: Iterator[tuple[int, dict[str, Any]]], kept: list[tuple[int, dict[str, Any]]]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows as they are, keeping aside the picture and place columns of those that have
    any (checked once the units are known)."""
    for n, raw in rows:
        if raw.keys().isdisjoint(MEDIA_COLUMNS):  # a file without these columns
            yield n, raw
            continue
        if any(raw.get(c) not in (None, "") for c in MEDIA_COLUMNS):
            kept.append((n, {"ref": raw.get("ref"), **{c: raw.get(c) for c in MEDIA_COLUMNS}}))
        yield n, raw


def _checked_media(
    catalog: Catalog,
    path: Path,
    given: Path | None,
    media_rows: list[tuple[int, dict[str, Any]]],
    good: list[dict[str, Any]],
    progress: Progress | None,
) -> tuple[CatalogMedia, list[RowProblem]]:
    known = {str(r["ref"]): str(r["programme_id"]) for r in good}
    source = media_sources.beside(path, given)
    try:
        reader = MediaReader(source, catalog.media)
        found, problems = collect_media(media_rows, known, reader, progress)
        catalog.media.flush()
    finally:
        source.close()
    return found, [RowProblem(n, column, reason) for n, column, reason in problems]
