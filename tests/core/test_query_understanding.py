"""Understanding what visitors type: filters (chips), typos, Arabic clitics, budgets in
words — table tests in French, Arabic and English over the demo catalog's vocabulary."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.catalog import Catalog, SearchQuery
from kiosk.core.db import KioskDB
from kiosk.core.demo_catalog import generate
from kiosk.core.query.understand import understand
from kiosk.core.query.vocabulary import Vocabulary, max_distance, sound_key
from tests.support.visitor_queries import labelled_queries, recall


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    db = KioskDB(tmp_path_factory.mktemp("understanding") / "kiosk.db")
    cat = Catalog(db)
    cat.replace_all(generate(3000, seed=3))
    yield cat
    db.close()


@pytest.fixture(scope="module")
def vocab(catalog: Catalog) -> Vocabulary:
    return catalog.vocabulary()


FRENCH: list[tuple[str, dict[str, Any], str]] = [
    ("appartement casa ", {"type": "appartement", "city": "casablanca"}, ""),
    ("appartements à Casablanca ", {"type": "appartement", "city": "casablanca"}, ""),
    ("maisons fes ", {"city": "fes"}, "maison "),
    ("studio marrakech ", {"type": "appartement", "rooms": 1, "city": "marrakech"}, ""),
    ("F4 ", {"rooms": 4}, ""),
    ("F3 casa ", {"rooms": 3, "city": "casablanca"}, ""),
    ("appartement 3 pièces ", {"type": "appartement", "rooms": 3}, ""),
    ("3 chambres ", {"min_rooms": 4}, ""),
    ("3 pièces et plus ", {"min_rooms": 3}, ""),
    ("au moins 2 pièces ", {"min_rooms": 2}, ""),
    ("duplex ", {}, "duplex "),
    ("lot de terrain agadir ", {"category": "terrain", "city": "agadir"}, ""),
    ("lot d'immeuble ", {"type": "lot_immeuble"}, ""),
    ("plateau de bureau ", {"type": "bureau"}, ""),
    ("maison économique ", {"type": "maison_economique"}, ""),
    ("moins de 400 000 ", {"max_price": 400_000}, ""),
    ("moins de 400 000 dh ", {"max_price": 400_000}, ""),
    ("moins de 400 ", {"max_price": 400_000}, ""),
    ("max 1,2 million ", {"max_price": 1_200_000}, ""),
    ("1.200.000 DH ", {"max_price": 1_200_000}, ""),
    ("budget 750k ", {"max_price": 750_000}, ""),
    ("entre 300 et 500 mille dh ", {"min_price": 300_000, "max_price": 500_000}, ""),
    ("environ 1 million ", {"min_price": 850_000, "max_price": 1_150_000}, ""),
    ("50 millions ", {"max_price": 500_000}, ""),
    ("plus de 100 m² ", {"min_surface": 100}, ""),
    ("100m2 ", {"min_surface": 100}, ""),
    ("villa disponible ", {"type": "villa", "status": "disponible"}, ""),
    ("résidence al wahda ", {}, "residence al wahda "),
    ("je cherche un appartement à rabat ", {"type": "appartement", "city": "rabat"}, ""),
    ("région de l'oriental ", {"region": "oriental"}, ""),
    ("HSO-000001", {}, "hso 000001"),
]
ARABIC: list[tuple[str, dict[str, Any], str]] = [
    ("شقة في الرباط ", {"type": "appartement", "city": "rabat"}, ""),
    ("بالرباط ", {"city": "rabat"}, ""),
    ("والرباط ", {"city": "rabat"}, ""),
    ("للرباط ", {"city": "rabat"}, ""),
    ("فالرباط ", {"city": "rabat"}, ""),
    ("وبالدار البيضاء ", {"city": "casablanca"}, ""),
    ("الدارالبيضاء ", {"city": "casablanca"}, ""),
    ("كازا ", {"city": "casablanca"}, ""),
    ("شقق ", {"type": "appartement"}, ""),
    ("فيلا فاس ", {"type": "villa", "city": "fes"}, ""),
    ("بقعة أرضية ", {"category": "terrain"}, ""),
    ("بقعة فيلا تامسنا ", {"type": "lot_villa", "city": "tamesna"}, ""),
    ("سكن اقتصادي ", {"type": "maison_economique"}, ""),
    ("محل تجاري ", {"type": "commerce"}, ""),
    ("شقة 3 غرف ", {"type": "appartement", "rooms": 3}, ""),
    ("شقة ٣ غرف ", {"type": "appartement", "rooms": 3}, ""),
    ("شقة غرفتين ", {"type": "appartement", "rooms": 2}, ""),
    ("أقل من 500 ألف درهم ", {"max_price": 500_000}, ""),
    ("50 مليون ", {"max_price": 500_000}, ""),
    ("مليون درهم ", {}, ""),
    ("بين 300 و 500 ألف درهم ", {"min_price": 300_000, "max_price": 500_000}, ""),
    ("أكثر من 100 متر ", {"min_surface": 100}, ""),
    ("جهة سوس ماسة ", {"region": "souss-massa"}, ""),
    ("bghit chqa f casa ", {"type": "appartement", "city": "casablanca"}, ""),
    ("b9a3a f agadir ", {"category": "terrain", "city": "agadir"}, ""),
]
ENGLISH: list[tuple[str, dict[str, Any], str]] = [
    ("flat in rabat ", {"type": "appartement", "city": "rabat"}, ""),
    ("land in agadir ", {"category": "terrain", "city": "agadir"}, ""),
    ("business premises ", {"category": "local"}, ""),
    ("shop casablanca ", {"type": "commerce", "city": "casablanca"}, ""),
    ("office ", {"type": "bureau"}, ""),
    ("house ", {}, "maison "),
    ("3 bedroom flat ", {"min_rooms": 4, "type": "appartement"}, ""),
    ("villa 5 rooms or more ", {"type": "villa", "min_rooms": 5}, ""),
    ("under 500k ", {"max_price": 500_000}, ""),
    ("between 300k and 500k ", {"min_price": 300_000, "max_price": 500_000}, ""),
    ("at least 120 sqm ", {"min_surface": 120}, ""),
    ("apartment for sale in sale ", {"type": "appartement", "city": "sale"}, ""),
    ("tangier ", {"city": "tanger"}, ""),
]


@pytest.mark.parametrize(("typed", "filters", "free"), FRENCH + ARABIC + ENGLISH)
def test_typed_words_become_filters_and_the_rest_stays_free_text(
    vocab: Vocabulary, typed: str, filters: dict[str, Any], free: str
) -> None:
    u = understand(typed, vocab)
    assert u.filters() == filters
    assert u.free_text == free


@pytest.mark.parametrize(
    ("typed", "city", "shown"),
    [
        ("rabbat ", "rabat", "Rabat"),
        ("kasablanka ", "casablanca", "Casablanca"),
        ("casablanka ", "casablanca", "Casablanca"),
        ("qenitra ", "kenitra", "Kénitra"),
        ("tetwan ", "tetouan", "Tétouan"),
        ("marakech ", "marrakech", "Marrakech"),
        ("mohamadia ", "mohammedia", "Mohammédia"),
        ("ouejda ", "oujda", "Oujda"),
        ("agdir ", "agadir", "Agadir"),
        ("beni melal ", "beni-mellal", "Béni Mellal"),
        ("مراكس ", "marrakech", "مراكش"),
    ],
)
def test_misspelt_cities_are_corrected_and_said_so(
    vocab: Vocabulary, typed: str, city: str, shown: str
) -> None:
    u = understand(typed, vocab)
    assert u.filters() == {"city": city}
    assert u.corrected and u.chips[0].corrected
    assert shown in u.corrected_text


@pytest.mark.parametrize("typed", ["appartemnt ", "apartement ", "apparetment "])
def test_misspelt_type_words_are_corrected(vocab: Vocabulary, typed: str) -> None:
    assert understand(typed, vocab).filters() == {"type": "appartement"}


def test_without_corrections_the_words_stay_as_typed(vocab: Vocabulary) -> None:
    u = understand("rabbat villa ", vocab, correct=False)
    assert u.filters() == {"type": "villa"}
    assert u.free_text == "rabbat " and not u.corrected


def test_every_name_of_every_city_is_an_exact_match(catalog: Catalog, vocab: Vocabulary) -> None:
    for city in catalog.cities():
        for name in (city["name_fr"], city["name_ar"], *city["aliases"]):
            u = understand(name + " ", vocab)
            assert not u.corrected, name
            assert u.filters().get("city") == city["id"], name


def test_a_word_the_catalog_has_is_never_corrected(vocab: Vocabulary) -> None:
    # "sale" is Salé (exact) although close to other words; "amal" is a programme word.
    assert understand("sale ", vocab).filters() == {"city": "sale"}
    u = understand("amal ", vocab)
    assert not u.corrected and u.free_text == "amal "


def test_a_word_still_being_typed_is_not_corrected_while_it_can_still_become_one(
    vocab: Vocabulary,
) -> None:
    for typed in ("casabl", "tames", "apparte", "بيض"):
        u = understand(typed, vocab)
        assert not u.corrected, typed


@pytest.mark.parametrize(
    ("word", "limit"), [("fes", 0), ("rbat", 1), ("tanger", 1), ("casablanca", 2), ("a" * 13, 3)]
)
def test_the_allowed_distance_grows_with_the_word(word: str, limit: int) -> None:
    assert max_distance(word) == limit


def test_two_typos_in_a_short_word_are_not_corrected(vocab: Vocabulary) -> None:
    assert not understand("tnogerr ", vocab).corrected


def test_words_that_sound_alike_share_a_key() -> None:
    assert sound_key("kasablanka") == sound_key("casablanca") == sound_key("qasablanca")
    assert sound_key("tetwan") == sound_key("tetouan")


def test_removing_a_chip_removes_its_words_only(vocab: Vocabulary) -> None:
    u = understand("appart 3 pièces casa moins de 800 000 dh", vocab)
    by_field = {c.field: c for c in u.chips}
    assert set(by_field) == {"type", "rooms", "city", "max_price"}
    assert u.without(by_field["city"]) == "appart 3 pièces moins de 800 000 dh"
    assert u.without(by_field["max_price"]) == "appart 3 pièces casa"
    assert u.without(by_field["rooms"]) == "appart casa moins de 800 000 dh"


def test_labelled_visitor_queries_are_found_as_meant(catalog: Catalog) -> None:
    items = labelled_queries()
    assert len(items) >= 100
    share, missed = recall(catalog, items)
    assert share >= 0.95, missed


def test_corrected_results_are_those_of_the_right_spelling(catalog: Catalog) -> None:
    typo = catalog.visitor_search(SearchQuery(text="rabbat villa "))
    right = catalog.search(SearchQuery(city="rabat", type="villa"))
    assert typo.understanding.corrected and typo.result.total == right.total > 0
    statuses = [
        u.status for u in catalog.visitor_search(SearchQuery(text="kasablanka ")).result.units
    ]
    assert statuses == sorted(statuses, key=["disponible", "reserve", "vendu"].index)


def test_literal_search_turns_corrections_off(catalog: Catalog) -> None:
    literal = catalog.visitor_search(SearchQuery(text="rabbat "), literal=True)
    assert not literal.understanding.corrected and literal.result.total == 0
    assert literal.alternatives  # never a dead end


def test_explicit_filters_win_over_understood_ones(catalog: Catalog) -> None:
    r = catalog.visitor_search(SearchQuery(text="appartement casa ", city="rabat"))
    assert r.query.city == "rabat" and r.query.type == "appartement"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_text_is_understood_without_error(vocab: Vocabulary, typed: str) -> None:
    u = understand(typed, vocab)
    assert isinstance(u.free_text, str)
    for chip in u.chips:
        assert isinstance(u.without(chip), str)


@pytest.mark.parametrize(
    ("typed", "filters"),
    [
        ("casab", {"city": "casablanca"}),
        ("marra", {"city": "marrakech"}),
        ("appar", {"type": "appartement"}),
        ("مراك", {"city": "marrakech"}),
        ("appartement 3 piec", {"type": "appartement", "rooms": 3}),
        ("moins de 400 000 d", {"max_price": 400_000}),
    ],
)
def test_a_word_being_typed_that_can_only_become_one_thing_is_understood(
    vocab: Vocabulary, typed: str, filters: dict[str, Any]
) -> None:
    u = understand(typed, vocab)
    assert u.filters() == filters and u.free_text == ""


@pytest.mark.parametrize("typed", ["a", "lo", "ال", "appartement r", "moins de 80"])
def test_one_or_two_letters_being_typed_do_not_narrow_the_results_yet(
    vocab: Vocabulary, typed: str
) -> None:
    assert understand(typed, vocab).free_text == ""


def test_a_word_being_typed_that_can_become_several_things_stays_a_prefix(
    vocab: Vocabulary,
) -> None:
    u = understand("tan", vocab)  # Tanger, Tan-Tan, tangier…
    assert u.filters() == {} and u.free_text == "tan"


@pytest.mark.parametrize(
    ("typed", "region"),
    [
        ("appartement tiflet ", "rabat-sale-kenitra"),  # a commune the catalog has no city for
        ("villa Sidi Bennour ", "casablanca-settat"),
        ("تيفلت ", "rabat-sale-kenitra"),
        ("ouarzazate ", "draa-tafilalet"),
    ],
)
def test_a_commune_without_homes_in_the_catalog_finds_its_region(
    catalog: Catalog, vocab: Vocabulary, typed: str, region: str
) -> None:
    """No dead end for the 1,503 communes of Morocco: the commune's region, with homes in it."""
    known_cities = {c["id"] for c in catalog.cities()}
    u = understand(typed, vocab)
    filters = u.filters()
    if "city" in filters:  # the demo catalog may sell there: then it is the city itself
        assert filters["city"] in known_cities
        return
    assert filters.get("region") == region
    found = catalog.visitor_search(SearchQuery(text=typed))
    assert found.query.region == region and found.result.total > 0


def test_a_catalog_city_wins_over_a_commune_of_the_same_name(vocab: Vocabulary) -> None:
    assert understand("kenitra ", vocab).filters() == {"city": "kenitra"}
    assert understand("fes ", vocab).filters() == {"city": "fes"}
