"""The national catalog on the kiosk: read units, search them, replace or update them.

Writes go through :meth:`KioskDB.transaction` and are atomic: a failed import or sync
leaves the previous catalog in place. Search lives in ``catalog_search``, file import and
validation in ``catalog_import`` (row checks in ``catalog_checks``).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core import catalog_search as _search
from kiosk.core import catalog_write as _write
from kiosk.core.catalog_facets import DIMENSIONS, SearchCache
from kiosk.core.catalog_programmes import (
    ProgrammePage,
    ProgrammePin,
    ProgrammeSlide,
    attract_slides,
    programme_page,
    programme_pins,
)
from kiosk.core.catalog_records import CatalogData
from kiosk.core.catalog_rows import collector_paused
from kiosk.core.db import KioskDB, translated_errors
from kiosk.core.media.catalog_media import (
    CatalogMedia,
    Picture,
    apply_published,
    card_photos,
    pictures_of,
)
from kiosk.core.media.store import MediaStore
from kiosk.core.query.visitor import VisitorResult, visitor_search
from kiosk.core.query.vocabulary import Vocabulary, load_vocabulary
from sync.contract.errors import NotFoundError

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from kiosk.core.catalog_import import Progress

__all__ = [
    "Catalog",
    "CatalogData",
    "FacetCount",
    "SearchQuery",
    "SearchResult",
    "Unit",
]

SORTS = ("relevance", "price_asc", "price_desc", "surface_desc", "surface_asc")
FACETS = DIMENSIONS  # facet names, in the order screens show them
MAX_LIMIT = _search.MAX_LIMIT  # largest page a search returns
BULK_DELTA_MIN = 1000  # changes above which a delta rebuilds the catalog (and 10 %)
PAGE_CACHE_KIB = 131_072  # SQLite page cache for this connection (100k units ≈ 110 MB)


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    city: str | None = None
    region: str | None = None
    category: str | None = None
    type: str | None = None
    min_price: int | None = None
    max_price: int | None = None
    rooms: int | None = None  # exactly; the top rooms facet value means "that many or more"
    min_rooms: int | None = None  # "N rooms or more"
    min_surface: float | None = None  # m²
    max_surface: float | None = None
    status: str | None = None
    price_band: str | None = None
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0
    with_facets: bool = True


@dataclass(frozen=True)
class Unit:
    ref: str
    category: str
    type: str
    title_fr: str
    title_ar: str
    programme_id: str
    programme_fr: str
    programme_ar: str
    city_id: str
    city_fr: str
    city_ar: str
    region_id: str
    region_fr: str
    region_ar: str
    district: str
    surface_m2: float
    rooms: int | None
    floor: int | None
    price_mad: int | None
    price_per_m2_mad: int | None
    status: str
    delivery_date: str | None
    permit_date: str | None
    first_sale: bool

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Unit:
        values = {name: row[name] for name in UNIT_FIELDS}
        values["first_sale"] = bool(values["first_sale"])
        values["surface_m2"] = float(values["surface_m2"])
        return cls(**values)


UNIT_FIELDS = tuple(Unit.__dataclass_fields__)


@dataclass(frozen=True)
class FacetCount:
    value: str
    label_fr: str
    label_ar: str
    count: int


@dataclass(frozen=True)
class SearchResult:
    total: int
    units: list[Unit]
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)


class Catalog:
    """Read and write the catalog stored in one kiosk database."""

    def __init__(self, db: KioskDB, media_root: Path | None = None) -> None:
        self.db = db
        self.media = MediaStore(media_root or db.path.parent / "media")
        self._cache = SearchCache()
        self._vocabulary: tuple[tuple[int, int], Vocabulary] | None = None
        # The whole national catalog's pages fit in memory: searches never wait for the disk.
        with translated_errors(db.path):
            db.conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")

    # ---- reading ---------------------------------------------------------------------

    def search(self, q: SearchQuery) -> SearchResult:
        """Units matching ``q``; never raises on what a visitor typed.

        On every keystroke pass ``with_facets=False`` (page and total in a few ms); ask for
        facets once typing pauses — they are remembered per text, so tapping filters after
        that costs no counting.
        """
        with translated_errors(self.db.path):
            total, rows, facets = _search.run(self.db.conn, self._cache, q)
        units = [Unit.from_row(r) for r in rows]
        return SearchResult(
            total=total,
            units=units,
            facets={
                name: [FacetCount(*item) for item in facets.get(name, [])]
                for name in (FACETS if q.with_facets else ())
            },
        )

    def visitor_search(self, q: SearchQuery, *, literal: bool = False) -> VisitorResult:
        """What the results screen shows for ``q``: its typed text understood (filters,
        corrections, free text), the results, and nearest alternatives when none match.

        ``literal`` searches the words as typed, without corrections.
        """
        return visitor_search(self, q, literal=literal)

    def vocabulary(self) -> Vocabulary:
        """The catalog's places, programme and type words (rebuilt when the catalog changes)."""
        with translated_errors(self.db.path):
            self._cache.refresh(self.db.conn)
            version = self._cache.data_version
            if self._vocabulary is None or self._vocabulary[0] != version:
                self._vocabulary = (version, load_vocabulary(self.db.conn))
        return self._vocabulary[1]

    def forget_facet_counts(self) -> None:
        """Forget facet counts remembered per text (the next search counts afresh)."""
        self._cache.grouped.clear()

    def count(self, q: SearchQuery) -> int:
        with translated_errors(self.db.path):
            return _search.count(self.db.conn, self._cache, q)

    def get(self, ref: str) -> Unit:
        found = self.units_by_refs([ref])
        if not found:
            raise NotFoundError(f"no unit with reference {ref!r}", key="error.unit_not_found")
        return found[0]

    def units_by_refs(self, refs: Sequence[str]) -> list[Unit]:
        """The units with these references, in the order given; unknown ones are skipped."""
        wanted = [r for r in dict.fromkeys(refs) if isinstance(r, str)]
        if not wanted:
            return []
        with translated_errors(self.db.path):
            rows = _search.rows_by_refs(self.db.conn, wanted)
        by_ref = {r["ref"]: Unit.from_row(r) for r in rows}
        return [by_ref[r] for r in wanted if r in by_ref]

    def cities(self) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT c.id, c.name_fr, c.name_ar, c.province, c.region_id, c.aliases,"
            " (SELECT count(*) FROM units u WHERE u.city_id = c.id) AS units"
            " FROM cities c ORDER BY c.name_fr"
        )
        return [
            {
                "id": r["id"],
                "name_fr": r["name_fr"],
                "name_ar": r["name_ar"],
                "province": r["province"],
                "region_id": r["region_id"],
                "aliases": [a for a in r["aliases"].split("|") if a],
                "units": r["units"],
            }
            for r in rows
        ]

    def resolve_city(self, text: str) -> str | None:
        """The city id for an id, a French or Arabic name or an alias (any case/accents)."""
        with translated_errors(self.db.path):
            return _search.resolve_city(self.db.conn, self._cache, text)

    def counts(self) -> dict[str, int]:
        """Units, cities, programmes and regions in the catalog: the counts of ``stats``
        without its groupings (each of those reads every unit row)."""
        return {
            table: int(self.db.scalar(f"SELECT count(*) FROM {table}"))  # noqa: S608
            for table in ("units", "cities", "programmes", "regions")
        }

    def stats(self) -> dict[str, Any]:
        def grouped(column: str) -> dict[str, int]:
            rows = self.db.query(
                f"SELECT {column} AS k, count(*) AS n FROM units GROUP BY {column} ORDER BY n DESC"  # noqa: S608
            )
            return {str(r["k"]): int(r["n"]) for r in rows}

        return {
            **self.counts(),
            "version": self.version,
            "source": self._meta("source") or "",
            "updated_at": self._meta("updated_at") or "",
            "by_type": grouped("type"),
            "by_status": grouped("status"),
            "by_category": grouped("category"),
        }

    def is_empty(self) -> bool:
        return not self.db.scalar("SELECT EXISTS (SELECT 1 FROM units)")

    @property
    def version(self) -> int:
        value = self._meta("version")
        return int(value) if value else 0

    def _meta(self, key: str) -> str | None:
        value = self.db.scalar("SELECT value FROM catalog_meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def iter_unit_records(self) -> Iterator[dict[str, Any]]:
        """Every unit as a canonical import-format record (see data/catalog-format.md)."""
        sql = _search.RECORD_SELECT + " ORDER BY u.ref"
        with translated_errors(self.db.path):
            for row in self.db.conn.execute(sql):
                yield _search.record_from_row(row)

    # ---- writing ---------------------------------------------------------------------

    def replace_all(
        self,
        data: CatalogData,
        version: int = 0,
        *,
        source: str = "",
        updated_at: str = "",
        progress: Progress | None = None,
        media: CatalogMedia | None = None,
    ) -> None:
        """Replace the whole catalog in one transaction (all or nothing); ``media`` (already
        in the store) replaces the pictures and places, None keeps those there are."""
        with collector_paused(), self.db.transaction() as conn:
            _write.replace_all(conn, data, progress)
            if media is not None:
                media.write(conn)
            self._set_meta(conn, version, source, updated_at)
        self._cache.clear()

    def pictures(self, ref: str) -> list[Picture]:
        """Photos then plan of a unit (its programme's photos when it has none)."""
        with translated_errors(self.db.path):
            return pictures_of(self.db.conn, ref)

    def programme(self, programme_id: str) -> ProgrammePage | None:
        """What a programme's page shows; None for a programme the catalog does not have."""
        with translated_errors(self.db.path):
            return programme_page(self.db.conn, programme_id)

    def attract_slides(self, limit: int = 12) -> list[ProgrammeSlide]:
        """Programmes for the attract loop (photographs first), at most ``limit``."""
        with translated_errors(self.db.path):
            return attract_slides(self.db.conn, limit)

    def programme_pins(self, region_id: str) -> list[ProgrammePin]:
        """The programmes of a region with a place and units still available."""
        with translated_errors(self.db.path):
            return programme_pins(self.db.conn, region_id)

    def card_photos(self, refs: list[str]) -> dict[str, Picture]:
        with translated_errors(self.db.path):
            return card_photos(self.db.conn, refs)

    def evict_media(self, budget_mb: int) -> None:
        """Keep the media store within its budget, never touching a file a unit shows."""
        with translated_errors(self.db.path):
            used = {str(r[0]) for r in self.db.conn.execute("SELECT sha256 FROM media")}
        self.media.evict(keep=used, budget_bytes=budget_mb * 1024 * 1024)

    def apply_changes(
        self,
        upserts: list[dict[str, Any]],
        deletions: list[str],
        version: int,
    ) -> None:
        """Apply a catalog delta from HQ in one transaction (records in import format).

        A large delta (a first pull, a new season) rebuilds the whole catalog, which is
        faster than row by row and keeps the display rank exact.
        """
        with collector_paused(), self.db.transaction() as conn:
            current = int(conn.execute("SELECT count(*) FROM units").fetchone()[0])
            if len(upserts) + len(deletions) > max(BULK_DELTA_MIN, current // 10):
                merged = {str(r["ref"]): r for r in self.iter_unit_records()}
                for ref in deletions:
                    merged.pop(ref, None)
                fresh = {str(r["ref"]): r for r in upserts}
                kept = [r for ref, r in merged.items() if ref not in fresh]
                # New names first: reference tables take the first name seen for an id.
                data = CatalogData.from_records([*fresh.values(), *kept])
                _write.replace_all(conn, data)
            else:
                _write.apply_changes(conn, upserts, deletions)
            for row, column, reason in apply_published(conn, upserts, deletions, self.media):
                log.warning("catalog from HQ, unit %d: %s: %s", row, column, reason)
            self._set_meta(conn, version, "sync", "")
        self._cache.clear()

    @staticmethod
    def _set_meta(conn: sqlite3.Connection, version: int, source: str, updated_at: str) -> None:
        conn.executemany(
            "INSERT OR REPLACE INTO catalog_meta (key, value) VALUES (?, ?)",
            [("version", str(int(version))), ("source", source), ("updated_at", updated_at)],
        )
