"""Unit titles and programme names composed in the visitor's language from structured fields."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kiosk.core.unit_titles import composed_title, programme_name, rooms_phrase
from sync.contract import vocabulary

NBSP = "\u00a0"


@dataclass
class Flat:
    type: str = "appartement"
    rooms: int | None = 3
    surface_m2: float = 81


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", f"Appartement, 3 pièces, 81{NBSP}m²"),
        ("en", f"Apartment, 3 rooms, 81{NBSP}m²"),
        ("ar", f"شقة، 3 غرف، 81{NBSP}م²"),
        ("it", f"Appartamento, 3 locali, 81{NBSP}m²"),
        ("es", f"Piso, 3 habitaciones, 81{NBSP}m²"),
        ("nl", f"Appartement, 3 kamers, 81{NBSP}m²"),
    ],
)
def test_a_flat_reads_in_the_visitors_language(lang: str, expected: str) -> None:
    assert composed_title(Flat(), lang) == expected


def test_a_plot_has_no_rooms_in_its_title() -> None:
    for lang in vocabulary.LANGUAGES:
        title = composed_title(Flat(type="lot_villa", rooms=None), lang)
        assert title.startswith(vocabulary.TYPES["lot_villa"].get(lang))
        assert title.count(",") + title.count("،") == 1, title


@pytest.mark.parametrize(
    ("rooms", "expected"), [(1, "غرفة واحدة"), (2, "غرفتان"), (4, "4 غرف"), (12, "12 غرفة")]
)
def test_arabic_counts_rooms_with_its_dual_and_plural(rooms: int, expected: str) -> None:
    assert rooms_phrase(rooms, "ar") == expected


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("it", "1 locale", "2 locali"),
        ("es", "1 habitación", "2 habitaciones"),
        ("nl", "1 kamer", "2 kamers"),
        ("fr", "1 pièce", "2 pièces"),
    ],
)
def test_room_counts_follow_each_languages_plural(lang: str, one: str, two: str) -> None:
    assert (rooms_phrase(1, lang), rooms_phrase(2, lang)) == (one, two)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Pôle urbain Al Amal"),
        ("en", "Al Amal urban centre"),
        ("it", "Polo urbano Al Amal"),
        ("es", "Polo urbano Al Amal"),
        ("nl", "Stedelijk centrum Al Amal"),
        ("ar", "القطب الحضري الأمل"),
    ],
)
def test_a_programme_name_is_composed_from_its_kind_and_proper_name(
    lang: str, expected: str
) -> None:
    assert programme_name("Pôle urbain Al Amal", "القطب الحضري الأمل", lang) == expected


def test_a_new_town_tranche_keeps_its_place_and_number() -> None:
    name = "Ville nouvelle de Tamesna — Tranche 2"
    assert programme_name(name, "", "it") == "Città nuova di Tamesna — Fase 2"
    assert programme_name(name, "", "en") == "Tamesna new town — Phase 2"


def test_a_proper_name_that_follows_no_pattern_is_kept() -> None:
    assert programme_name("Les Jardins d'Anfa", "", "es") == "Les Jardins d'Anfa"


def test_no_french_stem_is_left_in_another_language() -> None:
    for kind, label in vocabulary.PROGRAMME_KINDS.items():
        french = label.fr.format(name="Al Wifaq", n=3)
        for lang in ("en", "it", "es", "nl"):
            shown = programme_name(french, "", lang)
            assert shown == label.get(lang).format(name="Al Wifaq", n=3), (kind, lang)
            assert shown != french
            assert "Al Wifaq" in shown
