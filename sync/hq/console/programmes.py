"""Programme filter: which leads looked at a unit of a programme (``hq_lead_programmes``,
written only here).

Leads store only unit references; the programme of a unit is in the published catalog. A
small side table (lead id, programme id), filled incrementally from the leads received since
the last pass, turns the filter into one indexed lookup instead of matching hundreds of
references against every lead's text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    String,
    Table,
    delete,
    insert,
    select,
    tuple_,
)
from sqlalchemy.exc import IntegrityError

from sync.hq.catalog import current_version, hq_catalog_units
from sync.hq.console import state
from sync.hq.leads import hq_leads
from sync.hq.metadata import metadata

lead_programmes = Table(
    "hq_lead_programmes",
    metadata,
    # which programmes a lead looked at (derived from its unit refs and the catalog)
    Column("lead_id", String(36), primary_key=True),
    Column("programme_id", String(64), primary_key=True),
    Index("ix_hq_lead_programmes_programme", "programme_id", "lead_id"),
)

MARK_KEY = "programmes_mark"
BATCH = 20_000
_CHUNK = 500
QUICK_BATCH = 2_000  # what a page view indexes itself; more goes to a background thread


@dataclass
class CatalogIndex:
    """What the console needs from the published catalog, for one catalog version."""

    version: int = -1
    programme_of: dict[str, str] = field(default_factory=dict)  # unit ref -> programme id
    programmes: dict[str, dict[str, str]] = field(default_factory=dict)  # id -> names, city
    places: dict[str, dict[str, str]] = field(default_factory=dict)  # city/region id -> names

    def place_name(self, place_id: str, language: str) -> str:
        """A city or region id as people read it ("oujda" -> "Oujda" / "وجدة")."""
        names = self.places.get(place_id)
        if names is None:
            return place_id
        return names["ar"] if language == "ar" and names["ar"] else names["fr"]


def catalog_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return current_version(conn)


def load_catalog_index(engine: Engine, cached: CatalogIndex | None) -> CatalogIndex:
    """The index of the current catalog version (reused while the version is unchanged)."""
    version = catalog_version(engine)
    if cached is not None and cached.version == version:
        return cached
    index = CatalogIndex(version=version)
    table = hq_catalog_units
    with engine.connect() as conn:
        rows = conn.execute(select(table.c.ref, table.c.record).where(table.c.deleted.is_(False)))
        for ref, raw in rows:
            try:
                record: dict[str, Any] = json.loads(raw)
            except ValueError:
                continue
            for kind in ("city", "region"):
                place = str(record.get(f"{kind}_id") or "")
                if place and place not in index.places:
                    index.places[place] = {
                        "fr": str(record.get(f"{kind}_fr") or place),
                        "ar": str(record.get(f"{kind}_ar") or ""),
                    }
            programme = str(record.get("programme_id") or "")
            if not programme:
                continue
            index.programme_of[str(ref)] = programme
            index.programmes.setdefault(
                programme,
                {
                    "fr": str(record.get("programme_fr") or programme),
                    "ar": str(record.get("programme_ar") or record.get("programme_fr") or ""),
                    "city_fr": str(record.get("city_fr") or ""),
                    "city_ar": str(record.get("city_ar") or ""),
                },
            )
    return index


def _mark(conn: Any) -> tuple[int, str, str] | None:
    value = state.get(conn, MARK_KEY)
    if not value:
        return None
    version, received_at, lead_id = json.loads(value)
    return int(version), str(received_at), str(lead_id)


def refresh(engine: Engine, index: CatalogIndex, max_batches: int = 1, batch: int = BATCH) -> bool:
    """Index the leads received since the last pass; True when fully up to date. A new
    catalog version starts over, since units may have moved between programmes. Another
    process doing the same pass at the same moment makes this one give way (False)."""
    try:
        return _refresh(engine, index, max_batches, batch)
    except IntegrityError:
        return False


def _refresh(engine: Engine, index: CatalogIndex, max_batches: int, batch: int) -> bool:
    t = hq_leads
    for _ in range(max_batches):
        with engine.begin() as conn:
            mark = _mark(conn)
            if mark is None or mark[0] != index.version:
                conn.execute(delete(lead_programmes))
                mark = (index.version, "", "")
            stmt = (
                select(t.c.id, t.c.interests, t.c.received_at)
                .order_by(t.c.received_at, t.c.id)
                .limit(batch)
            )
            if mark[1]:
                stmt = stmt.where(tuple_(t.c.received_at, t.c.id) > tuple_(mark[1], mark[2]))
            rows = conn.execute(stmt).all()
            pairs = []
            for lead_id, raw, _ in rows:
                try:
                    refs = json.loads(raw) if isinstance(raw, str) else []
                except ValueError:
                    refs = []
                found = {index.programme_of.get(str(r)) for r in refs if isinstance(r, str)}
                pairs += [{"lead_id": lead_id, "programme_id": p} for p in found if p]
            if pairs:
                conn.execute(insert(lead_programmes), pairs)
            if rows:
                mark = (index.version, str(rows[-1][2]), str(rows[-1][0]))
            state.put(conn, MARK_KEY, json.dumps(list(mark)))
        if len(rows) < batch:
            return True
    return False


def forget(conn: Connection, lead_ids: Sequence[str]) -> int:
    """Drop the programme links of these leads (erasure, retention); rows dropped."""
    dropped = 0
    for start in range(0, len(lead_ids), _CHUNK):
        chunk = list(lead_ids[start : start + _CHUNK])
        done = conn.execute(delete(lead_programmes).where(lead_programmes.c.lead_id.in_(chunk)))
        dropped += int(done.rowcount or 0)
    return dropped
