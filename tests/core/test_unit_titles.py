"""Unit titles composed in the visitor's language from the unit's fields."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kiosk.core.unit_titles import composed_title, rooms_phrase


@dataclass
class Flat:
    type: str = "appartement"
    rooms: int | None = 3
    surface_m2: float = 81


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Appartement, 3 pièces, 81 m²"),
        ("en", "Apartment, 3 rooms, 81 m²"),
        ("ar", "شقة، 3 غرف، 81 م²"),
    ],
)
def test_a_flat_reads_in_the_visitors_language(lang: str, expected: str) -> None:
    assert composed_title(Flat(), lang) == expected


def test_a_plot_has_no_rooms_in_its_title() -> None:
    assert "room" not in composed_title(Flat(type="lot_villa", rooms=None), "en")


@pytest.mark.parametrize(
    ("rooms", "expected"), [(1, "غرفة واحدة"), (2, "غرفتان"), (4, "4 غرف"), (12, "12 غرفة")]
)
def test_arabic_counts_rooms_with_its_dual_and_plural(rooms: int, expected: str) -> None:
    assert rooms_phrase(rooms, "ar") == expected
