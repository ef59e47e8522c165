"""Searching the catalog as a visitor types: languages, aliases, filters, facets, paging."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from kiosk.core.textnorm import normalise
from sync.contract.errors import NotFoundError

DEMO_UNITS = 3000


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    db = KioskDB(tmp_path_factory.mktemp("catalog") / "kiosk.db")
    cat = Catalog(db)
    cat.replace_all(generate(DEMO_UNITS, seed=3))
    yield cat
    db.close()


def cities_of(cat: Catalog, q: SearchQuery) -> set[str]:
    return {u.city_id for u in cat.search(q).units}


@pytest.mark.parametrize("typed", ["casa", "Casablanca", "CASABLANCA", "الدار البيضاء", "كازا"])
def test_casablanca_is_found_by_any_of_its_names(catalog: Catalog, typed: str) -> None:
    result = catalog.search(SearchQuery(text=typed, limit=50))
    assert result.total > 0
    assert {u.city_id for u in result.units} == {"casablanca"}


@pytest.mark.parametrize("typed", ["fes", "Fès", "FES", "fez", "فاس", "فَاس"])
def test_fes_is_found_with_or_without_accents_in_both_scripts(catalog: Catalog, typed: str) -> None:
    found = cities_of(catalog, SearchQuery(text=typed, limit=200))
    provinces = {c["id"]: c["province"] for c in catalog.cities()}
    # Fès itself, and the towns of the prefecture of Fès (Oulad Tayeb) named after it
    assert "fes" in found and {provinces[c] for c in found} == {"Fès"}


def test_same_results_whatever_the_script(catalog: Catalog) -> None:
    fr = catalog.search(SearchQuery(text="Fès", limit=500))
    ar = catalog.search(SearchQuery(text="فاس", limit=500))
    assert fr.total == ar.total
    assert [u.ref for u in fr.units] == [u.ref for u in ar.units]


@pytest.mark.parametrize("typed", ["t", "ta", "tam", "tame", "tames", "tamesn", "tamesna"])
def test_prefixes_find_results_as_the_visitor_types(catalog: Catalog, typed: str) -> None:
    result = catalog.search(SearchQuery(text=typed, limit=500))
    assert "tamesna" in {u.city_id for u in result.units} or result.total > 500


def test_new_towns_are_in_the_catalog(catalog: Catalog) -> None:
    for town in ("Tamesna", "Tamansourt", "Chrafate", "Lakhyayta"):
        assert catalog.count(SearchQuery(text=town)) > 0, town


def test_arabic_words_match_without_the_article(catalog: Catalog) -> None:
    assert catalog.count(SearchQuery(text="بيضاء")) == catalog.count(SearchQuery(text="البيضاء"))


def test_every_word_must_match(catalog: Catalog) -> None:
    both = catalog.search(SearchQuery(text="bureau oujda", limit=500))
    assert both.total > 0
    assert all(u.type == "bureau" and u.city_id == "oujda" for u in both.units)


def test_filters_combine_with_text(catalog: Catalog) -> None:
    q = SearchQuery(
        text="appartement", city="casa", rooms=3, max_price=900_000, status="disponible"
    )
    result = catalog.search(q)
    assert result.total > 0
    for u in result.units:
        assert (u.city_id, u.type, u.rooms, u.status) == (
            "casablanca",
            "appartement",
            3,
            "disponible",
        )
        assert u.price_mad is not None and u.price_mad <= 900_000


def test_five_rooms_means_five_or_more(catalog: Catalog) -> None:
    result = catalog.search(SearchQuery(rooms=5, limit=500))
    assert result.total > 0
    assert all(u.rooms is not None and u.rooms >= 5 for u in result.units)
    assert any(u.rooms is not None and u.rooms > 5 for u in result.units)


def test_unknown_city_gives_nothing_rather_than_everything(catalog: Catalog) -> None:
    assert catalog.search(SearchQuery(city="atlantis")).total == 0


def test_total_matches_the_number_of_units_paged_through(catalog: Catalog) -> None:
    q = SearchQuery(text="oujda", limit=40)
    first = catalog.search(q)
    refs: list[str] = []
    offset = 0
    while offset < first.total:
        page = catalog.search(SearchQuery(text="oujda", limit=40, offset=offset))
        refs += [u.ref for u in page.units]
        offset += 40
    assert len(refs) == len(set(refs)) == first.total == catalog.count(q)


def test_relevance_shows_available_units_first(catalog: Catalog) -> None:
    result = catalog.search(SearchQuery(text="agadir", limit=500))
    statuses = [u.status for u in result.units]
    assert statuses == sorted(statuses, key=["disponible", "reserve", "vendu"].index)


@pytest.mark.parametrize(
    ("sort", "key", "reverse"),
    [
        ("price_asc", "price_mad", False),
        ("price_desc", "price_mad", True),
        ("surface_asc", "surface_m2", False),
        ("surface_desc", "surface_m2", True),
    ],
)
def test_sorting_by_price_and_surface(catalog: Catalog, sort: str, key: str, reverse: bool) -> None:
    for text in ("", "tanger"):
        units = catalog.search(SearchQuery(text=text, sort=sort, limit=100)).units
        values = [getattr(u, key) for u in units]
        assert len(values) > 1 and values == sorted(values, reverse=reverse), text


def test_facets_count_the_matching_units(catalog: Catalog) -> None:
    result = catalog.search(SearchQuery(text="rabat", limit=0))
    assert result.total > 0  # else every sum below is 0 == 0
    assert set(result.facets) == {
        "region",
        "city",
        "category",
        "type",
        "rooms",
        "price_band",
        "status",
    }
    for name in ("region", "category", "type", "price_band", "status"):
        assert sum(f.count for f in result.facets[name]) == result.total, name
    by_type = {f.value: f.count for f in result.facets["type"]}
    for type_id, n in by_type.items():
        assert catalog.count(SearchQuery(text="rabat", type=type_id)) == n


def test_a_filtered_facet_still_offers_the_other_values(catalog: Catalog) -> None:
    result = catalog.search(SearchQuery(city="fes", type="villa"))
    cities = {f.value: f.count for f in result.facets["city"]}
    types = {f.value: f.count for f in result.facets["type"]}
    assert len(cities) > 1 and cities["fes"] == result.total
    assert len(types) > 1 and types["villa"] == result.total
    assert types["appartement"] == catalog.count(SearchQuery(city="fes", type="appartement"))


def test_facets_have_french_and_arabic_labels(catalog: Catalog) -> None:
    facets = catalog.search(SearchQuery(text="casablanca")).facets
    city = facets["city"][0]
    assert (city.value, city.label_fr, city.label_ar) == (
        "casablanca",
        "Casablanca",
        "الدار البيضاء",
    )
    status = {f.value: f.label_ar for f in facets["status"]}
    assert status["disponible"] == "متوفر"


def test_price_bands_follow_the_aid_thresholds(catalog: Catalog) -> None:
    low = catalog.search(SearchQuery(price_band="0-300000", limit=500))
    mid = catalog.search(SearchQuery(price_band="300000-700000", limit=500))
    assert low.units and mid.units
    assert all(u.price_mad is not None and u.price_mad <= 300_000 for u in low.units)
    assert all(u.price_mad is not None and 300_000 < u.price_mad <= 700_000 for u in mid.units)


def test_search_without_facets_gives_the_same_units(catalog: Catalog) -> None:
    with_f = catalog.search(SearchQuery(text="kenitra", type="appartement"))
    without = catalog.search(SearchQuery(text="kenitra", type="appartement", with_facets=False))
    assert without.facets == {}
    assert (with_f.total, with_f.units) == (without.total, without.units)


def test_get_and_units_by_refs(catalog: Catalog) -> None:
    refs = [u.ref for u in catalog.search(SearchQuery(limit=3)).units]
    assert catalog.get(refs[0]).ref == refs[0]
    assert [u.ref for u in catalog.units_by_refs([refs[2], "NOPE", refs[0]])] == [refs[2], refs[0]]
    with pytest.raises(NotFoundError):
        catalog.get("NOPE")


def test_units_carry_city_programme_and_region_names(catalog: Catalog) -> None:
    unit = catalog.search(SearchQuery(text="oujda", limit=1)).units[0]
    d = unit.to_dict()
    assert (d["city_fr"], d["city_ar"], d["region_id"]) == ("Oujda", "وجدة", "oriental")
    assert d["programme_fr"] and d["programme_ar"]


HOSTILE = [
    '"',
    '""',
    "*",
    "casa*",
    "NEAR(",
    "NEAR(casa fes, 2)",
    "casa AND",
    "OR",
    "NOT fes",
    "'; DROP TABLE units; --",
    "units_fts:casa",
    "^casa",
    "{search_text}: x",
    "😀🏠",
    "\u200f\u202eفاس\u202c",
    "\x00\x01",
    "ـــــ",
    "a" * 5000,
    " ".join(["casa"] * 300),
]


@pytest.mark.parametrize("typed", HOSTILE)
def test_any_typed_text_gives_results_or_nothing_never_an_error(
    catalog: Catalog, typed: str
) -> None:
    result = catalog.search(SearchQuery(text=typed))
    assert result.total <= DEMO_UNITS
    assert len(result.units) == min(result.total, SearchQuery().limit)
    assert catalog.count(SearchQuery(text=typed)) == result.total


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60))
def test_random_text_never_breaks_search(catalog: Catalog, typed: str) -> None:
    result = catalog.search(SearchQuery(text=typed, limit=5))
    assert result.total <= DEMO_UNITS and len(result.units) == min(result.total, 5)


def test_catalog_tables_survive_hostile_text(catalog: Catalog) -> None:
    before = catalog.stats()["units"]
    catalog.search(SearchQuery(text="'); DELETE FROM units; --"))
    assert catalog.stats()["units"] == before


# ---- a normalised query always finds the text it came from -------------------------


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    db = KioskDB(tmp_path_factory.mktemp("probe") / "kiosk.db")
    cat = Catalog(db)
    data = generate(1, seed=1)
    cat.replace_all(data)
    yield cat
    db.close()


def _put_title(cat: Catalog, title: str) -> None:
    record = next(iter(cat.iter_unit_records()))
    record.update(ref="PROBE-1", title_fr=title, title_ar=title)
    cat.apply_changes([record], deletions=[], version=1)


def test_a_title_is_found_by_itself_its_normalised_form_and_its_prefixes(probe: Catalog) -> None:
    searchable: list[str] = []  # titles with something to search for (else any search lists all)

    @settings(max_examples=200, deadline=None)
    @given(text=st.text(min_size=1, max_size=40), cut=st.integers(min_value=1, max_value=80))
    def each_title(text: str, cut: int) -> None:
        _put_title(probe, text)
        norm = normalise(text)
        for query in (text, norm, norm[:cut]):
            refs = [u.ref for u in probe.search(SearchQuery(text=query, limit=10)).units]
            assert "PROBE-1" in refs, query
        if norm.strip():
            searchable.append(norm)

    each_title()
    assert len(searchable) >= 50, searchable


def test_stats_and_cities(catalog: Catalog) -> None:
    stats = catalog.stats()
    assert stats["units"] == DEMO_UNITS
    assert stats["regions"] == 12
    assert stats["cities"] >= 55
    cities = {c["id"]: c for c in catalog.cities()}
    assert "casa" in cities["casablanca"]["aliases"]
    assert not catalog.is_empty()


def test_resolving_a_city_from_what_staff_type(catalog: Catalog) -> None:
    for typed in ("casablanca", "Casa", "الدار البيضاء", "fes", "Fès", "فاس"):
        assert catalog.resolve_city(typed) in ("casablanca", "fes")
    assert catalog.resolve_city("nowhere") is None


def test_a_new_catalog_is_empty(tmp_path: Path) -> None:
    with KioskDB(tmp_path / "k.db") as db:
        cat = Catalog(db)
        assert cat.is_empty()
        assert cat.search(SearchQuery(text="casa")).total == 0
        assert cat.version == 0


def test_filters_and_sorting_without_text(catalog: Catalog) -> None:
    units = catalog.search(SearchQuery(city="rabat", type="appartement", sort="price_desc")).units
    assert units and all((u.city_id, u.type) == ("rabat", "appartement") for u in units)
    prices = [u.price_mad for u in units]
    assert prices == sorted(prices, reverse=True)


@pytest.mark.parametrize(
    "q",
    [
        SearchQuery(min_price=10**30),
        SearchQuery(max_price=-(10**30)),
        SearchQuery(text="casa", offset=10**30),
        SearchQuery(limit=10**30),
        SearchQuery(limit=-5, offset=-5),
        SearchQuery(rooms=10**6),
        SearchQuery(city="'; DROP TABLE units; --", region="x\u200fy", type="😀", sort="nope"),
        SearchQuery(price_band="not-a-band", status="vendu"),
    ],
)
def test_out_of_range_filters_give_results_or_nothing(catalog: Catalog, q: SearchQuery) -> None:
    result = catalog.search(q)
    assert catalog.count(q) == result.total <= DEMO_UNITS
    assert len(result.units) <= result.total
