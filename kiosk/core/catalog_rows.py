"""Rows of the units table from validated unit records, built for many units at once.

What the units of one programme, category, type, status, room count and price band share
(ids of their city and region, place and type words, facet words) is worked out once per
such group, and the index words of each distinct set of titles (French, Arabic, district)
once per set: per unit only its own reference and the joining of ready strings are left.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kiosk.core.catalog_records import CatalogData, facet_word, rooms_facet
from kiosk.core.textnorm import index_pieces, normalise
from sync.contract import vocabulary

# A group: programme id, city id, region id, rooms facet, price band, and the end of the
# index text (shared words, then facet words).
_Group = tuple[str, str, str, str, str, str]


class UnitRows:
    """Builds units-table rows (UNIT_COLUMNS order) for the units of ``data``; ``terms()``
    gives the units' own index words (shared ones: ``data.shared_words()``)."""

    def __init__(self, data: CatalogData) -> None:
        self.data = data
        self._groups: dict[tuple[Any, ...], _Group] = {}
        self._titles: dict[tuple[str, str, str], tuple[str, str, str]] = {}
        self._bands: dict[int | None, str] = {}
        self._reference_words: list[str] = []

    def row(self, unit: dict[str, Any]) -> tuple[Any, ...]:
        rooms = unit.get("rooms")
        price = unit.get("price_mad")
        band = self._bands.get(price)
        if band is None:
            band = self._bands[price] = vocabulary.price_band_of(price)
        key = (unit["programme_id"], unit["category"], unit["type"], unit["status"], rooms, band)
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = self._group(unit, rooms, band)
        district = unit.get("district") or ""
        titles = (unit["title_fr"], unit["title_ar"], district)
        return (
            unit["ref"],
            unit["category"],
            unit["type"],
            titles[0],
            titles[1],
            group[0],
            group[1],
            group[2],
            district,
            float(unit["surface_m2"]),
            rooms,
            unit.get("floor"),
            price,
            unit.get("price_per_m2_mad"),
            unit["status"],
            unit.get("delivery_date"),
            unit.get("permit_date"),
            1 if unit.get("first_sale", True) else 0,
            group[3],
            band,
            self._own_text(unit["ref"], titles) + group[5],
        )

    def _own_text(self, ref: str, titles: tuple[str, str, str]) -> str:
        """``index_text(ref, *titles)``, the titles' words worked out once per distinct set."""
        found = self._titles.get(titles)
        if found is None:
            found = self._titles[titles] = self._title_pieces(titles)
        words = normalise(ref)
        if words.isascii():  # a reference as the checks allow it: no Arabic article
            self._reference_words.append(words)
            return f"{words} {found[2]}" if words and found[2] else words or found[2]
        words, stripped = index_pieces(ref)
        self._reference_words += (words, stripped)
        return " ".join(filter(None, (words, found[0], stripped, found[1])))

    @staticmethod
    def _title_pieces(titles: tuple[str, str, str]) -> tuple[str, str, str]:
        """``index_pieces`` of the titles (worked out on them joined: normalising is word by
        word), and both halves joined (what follows an ASCII reference)."""
        words, stripped = index_pieces(" ".join(filter(None, titles)))
        return words, stripped, f"{words} {stripped}" if stripped else words

    def terms(self) -> set[str]:
        """Every word of the units' own index texts (references and titles), once."""
        texts = [*self._reference_words, *(found[2] for found in self._titles.values())]
        return set(" ".join(texts).split())

    def _group(self, unit: dict[str, Any], rooms: int | None, band: str) -> _Group:
        programme = self.data.programme_by_id[unit["programme_id"]]
        city = self.data.city_by_id[programme["city_id"]]
        shared = self.data.shared_text(programme["id"], unit["type"], unit["status"])
        facets = " ".join(
            facet_word(dim, value)
            for dim, value in (
                ("region", city["region_id"]),
                ("city", city["id"]),
                ("category", unit["category"]),
                ("type", unit["type"]),
                ("rooms", rooms_facet(rooms)),
                ("price_band", band),
                ("status", unit["status"]),
            )
        )
        return (
            programme["id"],
            city["id"],
            city["region_id"],
            rooms_facet(rooms),
            band,
            f" {shared} {facets}",
        )


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a whole catalog's rows are made: they hold no
    cycles, and with 100,000 rows alive each collection walks them all again (about a
    fifth of the import's time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def warm_words(units: list[dict[str, Any]]) -> None:
    """Normalise the units' own words now (say while a download goes on): the word cache of
    ``textnorm`` then has them when their rows are built."""
    for unit in units:
        for part in (unit.get("ref"), unit.get("title_fr"), unit.get("title_ar")):
            if part:
                normalise(str(part))
