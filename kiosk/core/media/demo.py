"""Pictures for the demo catalog: a handful of generated drawings shared by its programmes
and units, so a fresh kiosk looks like the real thing (each one marked as an illustration)."""

from __future__ import annotations

import math
from collections.abc import Callable

from kiosk.core import morocco_map
from kiosk.core.catalog_records import CatalogData
from kiosk.core.media import illustrations
from kiosk.core.media.catalog_media import CatalogMedia
from kiosk.core.media.checks import check_photo, check_plan
from kiosk.core.media.reader import MediaFile
from kiosk.core.media.store import MediaStore
from sync.contract import vocabulary

FACADES = 8
PLOT_LAYOUTS = 4
PLAN_ROOMS = range(1, 6)
PLACE_SPREAD = 0.15  # map units around a province's centre where its programmes stand
_DRAW: dict[str, Callable[[int], bytes]] = {
    "facade": lambda seed: illustrations.facade(seed, storeys=3 + seed % 4),
    "plot": illustrations.plot_layout,
    "plan": lambda rooms: illustrations.floor_plan(rooms, rooms=rooms),
}


def demo_media(data: CatalogData, store: MediaStore) -> CatalogMedia:
    """Programme photos (façades, or plot layouts for subdivisions) and unit plans."""
    media = CatalogMedia()
    made: dict[tuple[str, int], str] = {}

    def picture(kind: str, seed: int) -> str:
        key = (kind, seed)
        if key not in made:
            checked = (
                check_photo(_DRAW[kind](seed))
                if kind == "facade"
                else check_plan(_DRAW[kind](seed))
            )
            digest = store.put(checked.data)
            media.files[digest] = MediaFile(
                digest, checked.mime, checked.width, checked.height, illustration=True
            )
            made[key] = digest
        return made[key]

    for index, programme in enumerate(data.programmes):
        if programme.get("kind") == "lotissement":
            digest = picture("plot", index % PLOT_LAYOUTS)
        else:
            digest = picture("facade", index % FACADES)
        media.programmes[str(programme["id"])] = [("photo", 0, digest)]
    demo_places(data, media)
    for unit in data.units:
        category = vocabulary.TYPE_CATEGORY.get(str(unit["type"]))
        if category == "terrain":
            digest = picture("plot", sum(map(ord, str(unit["ref"]))) % PLOT_LAYOUTS)
        elif category == "logement" and unit.get("rooms"):
            rooms = min(max(int(unit["rooms"]), PLAN_ROOMS.start), PLAN_ROOMS.stop - 1)
            digest = picture("plan", rooms)
        else:
            continue
        media.units.append((str(unit["ref"]), "plan", 0, digest))
    return media


def demo_places(data: CatalogData, media: CatalogMedia) -> None:
    """Each programme a little apart from the others around its province's centre, on land."""
    geography = morocco_map.load()
    cities = {str(c["id"]): c for c in data.cities}
    for index, programme in enumerate(data.programmes):
        city = cities.get(str(programme.get("city_id")))
        if city is None:
            continue
        province = str(city.get("province") or city.get("name_fr") or "")
        region_id = str(city.get("region_id"))
        centre = geography.place_of(province, region_id)
        if centre is None:
            continue
        area = geography.province_named(province, region_id) or geography.region(region_id)
        angle, reach = index * 2.4, PLACE_SPREAD * (0.3 + (index % 5) / 5)
        at = centre
        for shrink in (1.0, 0.5, 0.25):
            near = (
                centre[0] + shrink * reach * math.cos(angle),
                centre[1] + shrink * reach * math.sin(angle),
            )
            if area is None or morocco_map.contains(area, near):
                at = near
                break
        lon, lat = morocco_map.unproject(at)
        media.places[("programme", str(programme["id"]))] = (round(lat, 5), round(lon, 5))
