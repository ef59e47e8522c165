"""A programme's page and the map's pins, read from a demo catalog with its pictures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core import demo_catalog, morocco_map
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.catalog_programmes import UNITS_SHOWN
from kiosk.core.db import KioskDB
from kiosk.core.media.demo import demo_media


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    db = KioskDB(Path(tmp_path_factory.mktemp("programmes")) / "kiosk.db")
    catalog = Catalog(db)
    data = demo_catalog.generate(1500, seed=7)
    catalog.replace_all(data, media=demo_media(data, catalog.media))
    yield catalog
    db.close()


def test_a_programme_page_counts_its_units_deliveries_and_prices(catalog: Catalog) -> None:
    programme_id = catalog.db.scalar(
        "SELECT programme_id FROM units GROUP BY programme_id ORDER BY count(*) DESC LIMIT 1"
    )
    page = catalog.programme(str(programme_id))
    assert page is not None
    units = [u for u in catalog.units_by_refs(list(page.refs))]
    assert {u.programme_id for u in units} == {page.id}
    total = catalog.db.scalar("SELECT count(*) FROM units WHERE programme_id = ?", (page.id,))
    free = catalog.db.scalar(
        "SELECT count(*) FROM units WHERE programme_id = ? AND status = 'disponible'", (page.id,)
    )
    assert (page.units, page.available) == (total, free)
    assert len(page.refs) == min(total, UNITS_SHOWN)
    assert sum(d.units for d in page.deliveries) == total
    dated = [d.month for d in page.deliveries if d.month]
    assert dated == sorted(dated)
    # available units first, cheapest first among them
    statuses = [u.status == "disponible" for u in units]
    assert statuses == sorted(statuses, reverse=True)
    priced = [u.price_mad for u in units if u.status == "disponible" and u.price_mad]
    assert priced == sorted(priced)
    assert page.photos and all(p.illustration for p in page.photos)
    assert page.place is not None


def test_an_unknown_programme_has_no_page(catalog: Catalog) -> None:
    assert catalog.programme("no-such-programme") is None


def test_pins_are_the_programmes_of_the_region_with_units_available_inside_it(
    catalog: Catalog,
) -> None:
    region_id = "rabat-sale-kenitra"
    pins = catalog.programme_pins(region_id)
    assert pins
    open_programmes = {
        u.programme_id
        for u in catalog.search(
            SearchQuery(region=region_id, status="disponible", limit=500, with_facets=False)
        ).units
    }
    assert {p.id for p in pins} <= open_programmes
    region = morocco_map.load().region(region_id)
    assert region is not None
    left, top, right, bottom = morocco_map.bounds([region])
    for pin in pins:
        x, y = morocco_map.project(pin.longitude, pin.latitude)
        assert left <= x <= right and top <= y <= bottom


def test_demo_programmes_stand_on_land_in_their_province() -> None:
    geography = morocco_map.load()
    data = demo_catalog.generate(300, seed=3)
    from kiosk.core.media.catalog_media import CatalogMedia
    from kiosk.core.media.demo import demo_places

    media = CatalogMedia()
    demo_places(data, media)
    cities = {c["id"]: c for c in data.cities}
    assert len(media.places) == len(data.programmes)
    for programme in data.programmes:
        city = cities[programme["city_id"]]
        lat, lon = media.places[("programme", programme["id"])]
        area = geography.province_named(city["province"], city["region_id"]) or geography.region(
            city["region_id"]
        )
        assert area is not None
        assert morocco_map.contains(area, morocco_map.project(lon, lat)), programme["id"]
