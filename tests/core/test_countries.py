"""Countries by name in the visitor's language; the phone country a number belongs to."""

from __future__ import annotations

import pytest

from kiosk.core.countries import country_name, guess_phone_region, phone_countries


def test_country_names_follow_the_language() -> None:
    assert country_name("MA", "fr") == "Maroc"
    assert country_name("MA", "ar") == "المغرب"
    assert country_name("MA", "en") == "Morocco"


def test_the_phone_list_leads_with_the_given_countries_then_goes_by_name() -> None:
    choices = phone_countries("fr", ["FR", "MA"])
    assert [c[0] for c in choices[:2]] == ["FR", "MA"]
    assert choices[1] == ("MA", "Maroc", 212)
    assert len(choices) > 200


@pytest.mark.parametrize(
    ("typed", "region"),
    [
        ("06 00 00 00 12", "MA"),  # Moroccan mobile, even at a stand in France
        ("0700000012", "MA"),
        ("01 99 00 00 12", "FR"),  # not a Moroccan number: the event's country
        ("+33 1 99 00 00 12", "FR"),
        ("00212600000012", "MA"),
        ("06", None),  # not a number yet
    ],
)
def test_the_region_comes_from_the_number(typed: str, region: str | None) -> None:
    assert guess_phone_region(typed, ["FR"]) == region
