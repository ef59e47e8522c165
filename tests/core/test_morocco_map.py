"""The offline map: every region the catalog knows is drawn, and the cities fall in place."""

from __future__ import annotations

from kiosk.core import morocco_map
from kiosk.core.demo_geography import CITIES, REGIONS


def test_every_catalog_region_is_on_the_map_with_its_provinces() -> None:
    geography = morocco_map.load()
    assert {r.id for r in geography.regions} == {r.id for r in REGIONS}
    for region in geography.regions:
        assert geography.provinces_of(region.id), region.id
        assert region.name_ar and region.name_fr


def test_cities_are_placed_at_their_provinces_not_just_their_region() -> None:
    geography = morocco_map.load()
    at_province = 0
    for city in CITIES:
        spot = geography.place_of(city.province, city.region_id)
        region = geography.region(city.region_id)
        assert spot is not None and region is not None
        if spot != region.centre():
            at_province += 1
    assert at_province >= 0.8 * len(CITIES)
    kenitra = geography.place_of("Kénitra", "rabat-sale-kenitra")
    rabat = geography.place_of("Rabat", "rabat-sale-kenitra")
    assert kenitra is not None and rabat is not None
    assert kenitra[1] < rabat[1], "Kénitra is north of Rabat (y grows southwards)"
