"""A programme as its page shows it: where it is, its photos, its units and when they are
delivered; and the programmes of a region that have a place, for the map's pins."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kiosk.core.media.catalog_media import Picture

UNITS_SHOWN = 60  # a programme page lists this many units; the results show them all


@dataclass(frozen=True)
class Delivery:
    month: str  # YYYY-MM; "" when not known
    units: int
    available: int


@dataclass(frozen=True)
class ProgrammePage:
    id: str
    name_fr: str
    name_ar: str
    kind: str
    city_id: str
    city_fr: str
    city_ar: str
    region_id: str
    place: tuple[float, float] | None  # (latitude, longitude)
    photos: tuple[Picture, ...]
    plan: Picture | None
    units: int
    available: int
    min_price_mad: int | None
    max_price_mad: int | None
    deliveries: tuple[Delivery, ...]
    refs: tuple[str, ...]  # available first, then by price; at most UNITS_SHOWN

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" and self.name_ar else self.name_fr

    def city(self, lang: str) -> str:
        return self.city_ar if lang == "ar" and self.city_ar else self.city_fr


@dataclass(frozen=True)
class ProgrammePin:
    id: str
    longitude: float
    latitude: float


def programme_page(conn: sqlite3.Connection, programme_id: str) -> ProgrammePage | None:
    head = conn.execute(
        "SELECT p.id, p.name_fr, p.name_ar, p.kind, p.city_id, c.name_fr, c.name_ar, c.region_id,"
        " pl.latitude, pl.longitude FROM programmes p JOIN cities c ON c.id = p.city_id"
        " LEFT JOIN places pl ON pl.kind = 'programme' AND pl.id = p.id WHERE p.id = ?",
        (programme_id,),
    ).fetchone()
    if head is None:
        return None
    counts = conn.execute(
        "SELECT count(*), coalesce(sum(status = 'disponible'), 0),"
        " min(price_mad), max(price_mad) FROM units WHERE programme_id = ?",
        (programme_id,),
    ).fetchone()
    photos, plan = _pictures(conn, programme_id)
    lat, lon = head[8], head[9]
    return ProgrammePage(
        id=str(head[0]),
        name_fr=str(head[1]),
        name_ar=str(head[2]),
        kind=str(head[3]),
        city_id=str(head[4]),
        city_fr=str(head[5]),
        city_ar=str(head[6]),
        region_id=str(head[7]),
        place=None if lat is None else (float(lat), float(lon)),
        photos=photos,
        plan=plan,
        units=int(counts[0]),
        available=int(counts[1]),
        min_price_mad=counts[2],
        max_price_mad=counts[3],
        deliveries=_deliveries(conn, programme_id),
        refs=_unit_refs(conn, programme_id),
    )


def _pictures(
    conn: sqlite3.Connection, programme_id: str
) -> tuple[tuple[Picture, ...], Picture | None]:
    rows = conn.execute(
        "SELECT pm.sha256, pm.role, m.illustration FROM programme_media pm"
        " JOIN media m USING (sha256) WHERE pm.programme_id = ?"
        " ORDER BY pm.role = 'plan', pm.position",
        (programme_id,),
    ).fetchall()
    pictures = [Picture(str(sha), str(role), bool(drawn)) for sha, role, drawn in rows]
    plans = [p for p in pictures if p.role == "plan"]
    return tuple(p for p in pictures if p.role == "photo"), (plans[0] if plans else None)


def _deliveries(conn: sqlite3.Connection, programme_id: str) -> tuple[Delivery, ...]:
    # by month: a tranche is delivered over weeks, a visitor plans by the month
    rows = conn.execute(
        "SELECT coalesce(substr(delivery_date, 1, 7), ''), count(*), sum(status = 'disponible')"
        " FROM units WHERE programme_id = ? GROUP BY 1 ORDER BY 1 = '', 1",
        (programme_id,),
    ).fetchall()
    return tuple(Delivery(str(month), int(n), int(free or 0)) for month, n, free in rows)


def _unit_refs(conn: sqlite3.Connection, programme_id: str) -> tuple[str, ...]:
    rows = conn.execute(
        "SELECT ref FROM units WHERE programme_id = ?"
        " ORDER BY status <> 'disponible', price_mad IS NULL, price_mad, ref LIMIT ?",
        (programme_id, UNITS_SHOWN),
    ).fetchall()
    return tuple(str(ref) for (ref,) in rows)


def programme_pins(conn: sqlite3.Connection, region_id: str) -> list[ProgrammePin]:
    """The programmes of a region that have a place and something still available."""
    rows = conn.execute(
        "SELECT p.id, pl.longitude, pl.latitude FROM places pl"
        " JOIN programmes p ON pl.kind = 'programme' AND pl.id = p.id"
        " JOIN cities c ON c.id = p.city_id WHERE c.region_id = ?"
        " AND EXISTS (SELECT 1 FROM units u WHERE u.programme_id = p.id"
        "  AND u.status = 'disponible') ORDER BY p.id",
        (region_id,),
    ).fetchall()
    return [ProgrammePin(str(pid), float(lon), float(lat)) for pid, lon, lat in rows]


@dataclass(frozen=True)
class ProgrammeSlide:
    """A programme the attract loop shows: its first photo and what to call it."""

    id: str
    name_fr: str
    name_ar: str
    city_fr: str
    city_ar: str
    sha256: str
    illustration: bool


def attract_slides(conn: sqlite3.Connection, limit: int) -> list[ProgrammeSlide]:
    """Programmes with a photo and units available: photographs before drawings, then the
    programmes with the most to offer."""
    rows = conn.execute(
        "SELECT p.id, p.name_fr, p.name_ar, c.name_fr, c.name_ar, pm.sha256, m.illustration"
        " FROM programmes p JOIN cities c ON c.id = p.city_id"
        " JOIN programme_media pm ON pm.programme_id = p.id AND pm.role = 'photo'"
        "  AND pm.position = 0"
        " JOIN media m ON m.sha256 = pm.sha256"
        " JOIN (SELECT programme_id, count(*) AS free FROM units WHERE status = 'disponible'"
        "  GROUP BY programme_id) a ON a.programme_id = p.id"
        " ORDER BY m.illustration, a.free DESC, p.id LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        ProgrammeSlide(str(pid), str(fr), str(ar), str(cfr), str(car), str(sha), bool(drawn))
        for pid, fr, ar, cfr, car, sha, drawn in rows
    ]
