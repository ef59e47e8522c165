"""The generated demo catalog: deterministic, national, varied, aid eligibility varies."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import DEFAULT_UNITS, generate
from sync.contract import vocabulary

AID_PERMIT_FROM = "2023-01-01"


def test_same_seed_same_catalog_other_seed_other_catalog() -> None:
    assert generate(500, seed=4).units == generate(500, seed=4).units
    assert generate(500, seed=4).units != generate(500, seed=5).units


def test_default_size_is_the_national_catalog() -> None:
    assert DEFAULT_UNITS == 27_000


def test_covers_every_region_type_status_and_the_new_towns() -> None:
    data = generate(4000, seed=1)
    assert len(data.regions) == 12
    assert 100 <= len(data.cities) <= 120  # headline cities and four more towns per region
    assert {u["type"] for u in data.units} == set(vocabulary.TYPES)
    assert {u["status"] for u in data.units} == set(vocabulary.STATUSES)
    assert {u["region_id"] for u in data.units} == {r["id"] for r in data.regions}
    programmes = " ".join(p["name_fr"] for p in data.programmes)
    for town in ("Tamesna", "Tamansourt", "Chrafate", "Lakhyayta"):
        assert town in programmes
    assert all(c["name_ar"] and c["name_fr"] for c in data.cities)


def test_prices_depend_on_city_and_type() -> None:
    units = generate(6000, seed=1).units

    def median_ppm2(city: str) -> float:
        values = sorted(
            u["price_mad"] / u["surface_m2"]
            for u in units
            if u["city_id"] == city and u["type"] == "appartement"
        )
        return float(values[len(values) // 2])

    assert median_ppm2("casablanca") > 1.5 * median_ppm2("tamansourt")
    by_type = {
        t: [u["price_mad"] for u in units if u["type"] == t] for t in ("villa", "lot_economique")
    }
    assert min(by_type["villa"]) > max(by_type["lot_economique"]) / 2


def test_daam_sakane_eligibility_varies() -> None:
    homes = [u for u in generate(5000, seed=1).units if u["category"] == "logement"]
    permit_after = Counter(u["permit_date"] >= AID_PERMIT_FROM for u in homes)
    assert permit_after[True] > 500 and permit_after[False] > 500
    bands = Counter(vocabulary.price_band_of(u["price_mad"]) for u in homes)
    assert (
        bands["0-300000"] > 200 and bands["300000-700000"] > 200 and bands["700000-1000000"] > 100
    )
    assert Counter(u["rooms"] for u in homes).keys() >= {1, 2, 3, 4, 5}
    assert Counter(u["first_sale"] for u in homes)[False] > 0


def test_no_personal_data_only_places_and_units() -> None:
    unit = generate(1, seed=1).units[0]
    assert not {"name", "first_name", "last_name", "phone", "email", "owner"} & set(unit)


def test_loading_the_demo_makes_it_searchable(tmp_path: Path) -> None:
    with KioskDB(tmp_path / "k.db") as db:
        cat = Catalog(db)
        cat.replace_all(generate(800, seed=2), source="demo")
        assert cat.stats()["units"] == 800
        assert cat.search(SearchQuery(text="تامسنا")).total > 0


def test_a_sync_delta_updates_deletes_and_adds_in_one_go(tmp_path: Path) -> None:
    with KioskDB(tmp_path / "k.db") as db:
        cat = Catalog(db)
        cat.replace_all(generate(300, seed=2))
        records = list(cat.iter_unit_records())
        changed = dict(records[0], price_mad=123_000, status="vendu")
        added = dict(records[1], ref="NEW-000001", title_fr="Villa témoin Anfa")
        cat.apply_changes([changed, added], deletions=[records[2]["ref"]], version=7)
        assert cat.version == 7
        assert (cat.get(changed["ref"]).price_mad, cat.get(changed["ref"]).status) == (
            123_000,
            "vendu",
        )
        assert cat.units_by_refs([records[2]["ref"]]) == []
        assert [u.ref for u in cat.search(SearchQuery(text="temoin anfa")).units] == ["NEW-000001"]
        assert cat.stats()["units"] == 300
        assert cat.count(SearchQuery(status="vendu", text=changed["ref"])) == 1


def test_a_second_catalog_object_sees_changes_made_through_the_first(tmp_path: Path) -> None:
    with KioskDB(tmp_path / "k.db") as db:
        reader, writer = Catalog(db), Catalog(db)
        writer.replace_all(generate(200, seed=2))
        assert reader.search(SearchQuery(text="")).total == 200
        writer.replace_all(generate(50, seed=3))
        assert reader.search(SearchQuery(text="")).total == 50
        with KioskDB(tmp_path / "k.db") as other_connection:
            Catalog(other_connection).replace_all(generate(70, seed=4))
        assert reader.search(SearchQuery(text="")).total == 70


def test_a_large_delta_rebuilds_with_new_names_everywhere(tmp_path: Path) -> None:
    with KioskDB(tmp_path / "k.db") as db:
        cat = Catalog(db)
        data = generate(1500, seed=5)
        records = [data.full_record(u) for u in data.units]
        cat.apply_changes(records, deletions=[], version=1)  # a first pull
        assert cat.stats()["units"] == 1500
        renamed = [
            dict(r, city_fr="Casa Blanca") if r["city_id"] == "casablanca" else r
            for r in records[:1200]
        ]
        cat.apply_changes(renamed, deletions=[r["ref"] for r in records[1200:1300]], version=2)
        assert cat.stats()["units"] == 1400
        in_casa = cat.count(SearchQuery(city="casablanca"))
        assert in_casa > 0
        assert cat.count(SearchQuery(text="casa blanca")) == in_casa
        assert {u.city_fr for u in cat.search(SearchQuery(city="casablanca")).units} == {
            "Casa Blanca"
        }


def test_units_spread_over_real_communes_priced_by_region() -> None:
    """Item 9: beyond its headline cities the demo sells in each region's largest towns, all
    real communes of that region; prices follow the region (the coast above the south-east)."""
    from kiosk.core import places

    data = generate(6000, seed=4)
    known = places.load()
    used = Counter(u["city_id"] for u in data.units)
    assert len(used) >= 100
    cities = {c["id"]: c for c in data.cities}
    for city_id in used:
        commune = known.find(city_id) or known.find(cities[city_id]["name_fr"])
        assert commune is not None and commune.region_id == cities[city_id]["region_id"], city_id
    assert {"tiflet", "dar-bouazza", "tassoultante"} <= set(used)

    def median_m2(region: str) -> float:
        flats = sorted(
            u["price_mad"] / u["surface_m2"] for u in data.units
            if u["type"] == "appartement" and u["region_id"] == region
        )  # fmt: skip
        return flats[len(flats) // 2]

    assert median_m2("casablanca-settat") > 1.3 * median_m2("draa-tafilalet")
    future = [u for u in data.units if u["delivery_date"] > "2026-11-28"]
    assert 0.5 < len(future) / len(data.units) < 0.95  # mostly still to come, some delivered
