"""The catalog HQ publishes to the stands (``hq_catalog_units``, ``hq_catalog_versions``):
this module alone writes them.

Each publication is a numbered version; a stand asks for the changes since the version it has.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Index,
    Integer,
    String,
    Table,
    Text,
    func,
    select,
    update,
)

from sync.contract.clock import SYSTEM_CLOCK, Clock, utc_iso
from sync.contract.wire import CatalogChanges, catalog_checksum
from sync.hq.metadata import IN_CHUNK, metadata
from sync.hq.store import Store

hq_catalog_units = Table(
    "hq_catalog_units",
    metadata,
    Column("ref", String(40), primary_key=True),
    Column("record", Text, nullable=False),
    Column("city_id", String(64)),
    Column("region_id", String(64)),
    Column("type", String(32)),
    Column("version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Index("hq_catalog_units_version", "version"),
)

hq_catalog_versions = Table(
    "hq_catalog_versions",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("created_at", String(32), nullable=False),
    Column("source", String(200), nullable=False, default=""),
    Column("upserts", Integer, nullable=False),
    Column("deletions", Integer, nullable=False),
)


def publish_catalog(
    store: Store, records: Iterable[dict[str, Any]], source: str = "", clock: Clock = SYSTEM_CLOCK
) -> tuple[int, int, int]:
    """Make the records the whole catalog as a new version: (version, upserts, deletions)."""
    units = hq_catalog_units.c
    with store.engine.begin() as conn:
        current = {
            row.ref: row.record
            for row in conn.execute(select(units.ref, units.record).where(units.deleted.is_(False)))
        }
        version = (
            int(conn.execute(select(func.max(hq_catalog_versions.c.version))).scalar() or 0) + 1
        )
        seen: set[str] = set()
        upserts = 0
        for record in records:
            ref = str(record["ref"])
            seen.add(ref)
            text = json.dumps(record, sort_keys=True, ensure_ascii=False)
            if current.get(ref) == text:
                continue
            upserts += 1
            values = {
                "record": text,
                "city_id": record.get("city_id"),
                "region_id": record.get("region_id"),
                "type": record.get("type"),
                "version": version,
                "deleted": False,
            }
            done = conn.execute(update(hq_catalog_units).where(units.ref == ref).values(**values))
            if not done.rowcount:
                conn.execute(hq_catalog_units.insert().values(ref=ref, **values))
        gone = [ref for ref in current if ref not in seen]
        for ref in gone:
            conn.execute(
                update(hq_catalog_units)
                .where(units.ref == ref)
                .values(deleted=True, version=version)
            )
        conn.execute(
            hq_catalog_versions.insert().values(
                version=version,
                created_at=utc_iso(clock.now()),
                source=source[:200],
                upserts=upserts,
                deletions=len(gone),
            )
        )
    return version, upserts, len(gone)


def catalog_changes(store: Store, since: int, after: str = "", limit: int = 0) -> CatalogChanges:
    """Units changed after version ``since``, by ref; with ``limit``, one page of them (the
    refs after ``after``), each page with its own checksum."""
    units = hq_catalog_units.c
    query = select(units.ref, units.record, units.deleted).where(units.version > since)
    if after:
        query = query.where(units.ref > after)
    query = query.order_by(units.ref)
    if limit > 0:
        query = query.limit(limit + 1)  # one more says whether a next page exists
    with store.engine.connect() as conn:
        version = int(conn.execute(select(func.max(hq_catalog_versions.c.version))).scalar() or 0)
        rows = conn.execute(query).all()
    more = limit > 0 and len(rows) > limit
    rows = rows[:limit] if more else rows
    upserts = [json.loads(r.record) for r in rows if not r.deleted]
    deletions = [r.ref for r in rows if r.deleted]
    return CatalogChanges(
        since=since,
        version=max(version, since),
        upserts=upserts,
        deletions=deletions,
        sha256=catalog_checksum(max(version, since), upserts, deletions),
        after=after,
        next_after=str(rows[-1].ref) if more else "",
    )


def catalog_pages(store: Store, since: int, after: str, limit: int) -> Iterator[CatalogChanges]:
    """The pages of the changes after version ``since`` from the ref ``after`` on, up to the
    last one, each as :func:`catalog_changes` answers it (one answer streams them all: a
    weak link pays one round trip per pull, not per page). A publication in between shows
    as a new version on the pages after it: the stand starts over."""
    while True:
        page = catalog_changes(store, since, after, limit)
        yield page
        if not page.next_after:
            return
        after = page.next_after


def current_version(conn: Connection) -> int:
    """The latest published version (0 before the first)."""
    return int(conn.execute(select(func.max(hq_catalog_versions.c.version))).scalar() or 0)


def units_facts(conn: Connection, refs: list[str]) -> dict[str, dict[str, Any]]:
    """City, region and type of each catalog unit in ``refs`` (unknown refs left out)."""
    wanted = sorted(set(refs))
    facts: dict[str, dict[str, Any]] = {}
    units = hq_catalog_units.c
    for start in range(0, len(wanted), IN_CHUNK):
        rows = conn.execute(
            select(units.ref, units.city_id, units.region_id, units.type).where(
                units.ref.in_(wanted[start : start + IN_CHUNK])
            )
        )
        for r in rows:
            facts[str(r.ref)] = {
                "interest_city_id": r.city_id,
                "interest_region_id": r.region_id,
                "interest_type": r.type,
            }
    return facts
