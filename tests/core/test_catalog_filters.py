"""The visitor's filters: maximum price, "N rooms or more", minimum surface — with text,
facets and sorting, checked against every unit of the catalog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate

DEMO_UNITS = 3000


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    db = KioskDB(tmp_path_factory.mktemp("filters") / "kiosk.db")
    cat = Catalog(db)
    cat.replace_all(generate(DEMO_UNITS, seed=5))
    yield cat
    db.close()


@pytest.fixture(scope="module")
def records(catalog: Catalog) -> list[dict[str, Any]]:
    return list(catalog.iter_unit_records())


def expected(records: list[dict[str, Any]], **f: Any) -> set[str]:
    """Refs of the units passing the filters, computed unit by unit."""

    def passes(r: dict[str, Any]) -> bool:
        price, rooms, surface = r["price_mad"], r["rooms"], r["surface_m2"]
        if "max_price" in f and (price is None or price > f["max_price"]):
            return False
        if "min_rooms" in f and (rooms is None or rooms < f["min_rooms"]):
            return False
        if "min_surface" in f and surface < f["min_surface"]:
            return False
        if "city" in f and r["city_id"] != f["city"]:
            return False
        return "type" not in f or r["type"] == f["type"]

    return {r["ref"] for r in records if passes(r)}


def all_refs(catalog: Catalog, q: SearchQuery) -> set[str]:
    refs: set[str] = set()
    offset = 0
    while True:
        page = catalog.search(
            SearchQuery(**{**q.__dict__, "limit": 500, "offset": offset, "with_facets": False})
        )
        refs |= {u.ref for u in page.units}
        offset += 500
        if offset >= page.total:
            return refs


FILTERS: list[dict[str, Any]] = [
    {"max_price": 400_000},
    {"min_rooms": 3},
    {"min_rooms": 5},
    {"min_surface": 100},
    {"max_price": 900_000, "min_rooms": 3},
    {"min_rooms": 2, "min_surface": 80, "city": "casablanca"},
    {"max_price": 1_500_000, "min_surface": 150, "type": "villa"},
    {"min_rooms": 4, "type": "appartement"},
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: "-".join(map(str, f.items())))
def test_filters_give_exactly_the_units_that_pass_them(
    catalog: Catalog, records: list[dict[str, Any]], filters: dict[str, Any]
) -> None:
    want = expected(records, **filters)
    assert want, "the demo catalog must have units for this filter"
    q = SearchQuery(**filters)
    assert all_refs(catalog, q) == want
    assert catalog.count(q) == catalog.search(q).total == len(want)


@pytest.mark.parametrize("filters", FILTERS[:5], ids=lambda f: "-".join(map(str, f.items())))
def test_filters_combine_with_typed_text(
    catalog: Catalog, records: list[dict[str, Any]], filters: dict[str, Any]
) -> None:
    in_rabat = {r["ref"] for r in records if r["city_id"] == "rabat"}
    want = expected(records, **filters) & in_rabat
    q = SearchQuery(text="rabat", **filters)
    assert all_refs(catalog, q) == want
    assert catalog.count(q) == catalog.search(q).total == len(want)


def test_rooms_or_more_never_shows_plots_or_fewer_rooms(catalog: Catalog) -> None:
    units = catalog.search(SearchQuery(min_rooms=3, limit=500)).units
    assert units and all(u.rooms is not None and u.rooms >= 3 for u in units)
    assert {u.rooms for u in units} > {3, 4}


def test_more_rooms_than_the_top_facet_means_the_top_facet(catalog: Catalog) -> None:
    assert catalog.count(SearchQuery(min_rooms=9)) == catalog.count(SearchQuery(min_rooms=5))


def test_exact_rooms_and_rooms_or_more_intersect(catalog: Catalog) -> None:
    assert catalog.count(SearchQuery(rooms=4, min_rooms=3)) == catalog.count(SearchQuery(rooms=4))
    assert catalog.count(SearchQuery(rooms=2, min_rooms=3)) == 0
    assert catalog.search(SearchQuery(rooms=2, min_rooms=3)).units == []


def test_zero_or_negative_rooms_or_more_is_no_filter(catalog: Catalog) -> None:
    assert catalog.count(SearchQuery(min_rooms=0)) == catalog.count(SearchQuery()) == DEMO_UNITS


@pytest.mark.parametrize("sort", ["price_asc", "price_desc", "surface_asc", "surface_desc"])
def test_filters_keep_the_sort_order(catalog: Catalog, sort: str) -> None:
    q = SearchQuery(max_price=800_000, min_surface=60, min_rooms=2, sort=sort, limit=200)
    units = catalog.search(q).units
    assert units
    key = "price_mad" if sort.startswith("price") else "surface_m2"
    values = [getattr(u, key) for u in units]
    assert values == sorted(values, reverse=sort.endswith("desc"))


def test_facets_under_the_new_filters_are_exact(
    catalog: Catalog, records: list[dict[str, Any]]
) -> None:
    filters = {"max_price": 900_000, "min_rooms": 3, "min_surface": 70}
    result = catalog.search(SearchQuery(**filters))
    want = expected(records, **filters)
    assert result.total == len(want)
    by_type = {f.value: f.count for f in result.facets["type"]}
    for type_id, n in by_type.items():
        assert n == len(expected(records, type=type_id, **filters)), type_id
    # The rooms facet is counted without its own filter, so smaller choices stay visible.
    rooms = {f.value: f.count for f in result.facets["rooms"]}
    others = {k: v for k, v in filters.items() if k != "min_rooms"}
    two = {r["ref"] for r in records if r["rooms"] == 2} & expected(records, **others)
    assert two and rooms["2"] == len(two)


@pytest.mark.parametrize(
    "filters",
    [
        {"max_price": 600_000, "type": "appartement"},
        {"min_surface": 120},
        {"min_price": 300_000, "max_price": 900_000, "min_rooms": 3},
    ],
    ids=["max-price-type", "min-surface", "price-range-rooms"],
)
def test_facet_counts_under_one_range_are_exact(
    catalog: Catalog, records: list[dict[str, Any]], filters: dict[str, Any]
) -> None:
    result = catalog.search(SearchQuery(**filters))
    assert result.total == catalog.count(SearchQuery(**filters))
    for facet in result.facets["city"][:5]:
        chosen = SearchQuery(**{**filters, "city": facet.value})
        assert facet.count == catalog.count(chosen) == len(all_refs(catalog, chosen))
    for facet in result.facets["status"]:
        chosen = SearchQuery(**{**filters, "status": facet.value})
        assert facet.count == catalog.count(chosen)


@pytest.mark.parametrize("sort", ["price_asc", "surface_desc"])
def test_filters_without_text_sorted_give_the_same_units_as_unsorted(
    catalog: Catalog, sort: str
) -> None:
    q = SearchQuery(type="appartement", max_price=900_000)
    assert all_refs(catalog, SearchQuery(**{**q.__dict__, "sort": sort})) == all_refs(catalog, q)


def test_nan_and_huge_bounds_give_results_or_nothing(catalog: Catalog) -> None:
    for q in (
        SearchQuery(min_surface=float("nan")),
        SearchQuery(min_surface=1e300),
        SearchQuery(max_price=10**40, min_rooms=10**9),
    ):
        assert catalog.count(q) == catalog.search(q).total <= DEMO_UNITS
