"""A visitor's search: understood, corrected, searched — and never a dead end.

Ranking: a word is corrected only when the catalog has no exact match for it, so exact
matches are never hidden behind corrections; within the results, ``rowid`` order puts
available units before reserved and sold ones (see ``catalog_write``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from kiosk.core.query.understand import Chip, Understanding, understand
from kiosk.core.query.vocabulary import Vocabulary

if TYPE_CHECKING:
    from kiosk.core.catalog import SearchQuery, SearchResult

MAX_ALTERNATIVES = 3
FILTER_FIELDS = (
    "city",
    "region",
    "category",
    "type",
    "rooms",
    "min_rooms",
    "min_surface",
    "max_surface",
    "min_price",
    "max_price",
    "status",
    "price_band",
)


class Searchable(Protocol):
    def search(self, q: SearchQuery) -> SearchResult: ...

    def count(self, q: SearchQuery) -> int: ...

    def vocabulary(self) -> Vocabulary: ...


@dataclass(frozen=True)
class Alternative:
    """The query without one of its filters (or without its free text), and its count."""

    count: int
    text: str  # what the search box holds for it
    query: SearchQuery
    chip: Chip | None = None  # an understood filter dropped
    dropped_filter: str = ""  # a filter chosen on screen, dropped
    dropped_text: str = ""  # free words dropped


@dataclass(frozen=True)
class VisitorResult:
    understanding: Understanding
    query: SearchQuery  # what was searched
    result: SearchResult
    literal: bool  # corrections turned off ("search for what I typed")
    alternatives: tuple[Alternative, ...] = ()


def understood_query(u: Understanding, q: SearchQuery) -> SearchQuery:
    """``q`` with the understood filters (those not already chosen on screen) and free text."""
    values = {f: v for f, v in u.filters().items() if getattr(q, f, None) in (None, "")}
    return replace(q, text=u.free_text, **values)  # type: ignore[arg-type]


def visitor_search(catalog: Searchable, q: SearchQuery, *, literal: bool = False) -> VisitorResult:
    u = understand(
        q.text if isinstance(q.text, str) else "", catalog.vocabulary(), correct=not literal
    )
    query = understood_query(u, q)
    result = catalog.search(query)
    alternatives: tuple[Alternative, ...] = ()
    if result.total == 0:
        alternatives = nearest(catalog, q, u)
    return VisitorResult(u, query, result, literal, alternatives)


def nearest(catalog: Searchable, q: SearchQuery, u: Understanding) -> tuple[Alternative, ...]:
    """The query without its most restrictive filter first (the one whose removal finds
    the most units), then the next ones; the free text counts as one filter."""
    found: list[Alternative] = []
    for chip in u.chips:
        text = u.without(chip)
        alt = replace(q, text=text)
        found.append(_counted(catalog, alt, u, text, chip=chip))
    for name in FILTER_FIELDS:
        if getattr(q, name, None) not in (None, "") and name not in u.filters():
            alt = replace(q, **{name: None})  # type: ignore[arg-type]
            found.append(_counted(catalog, alt, u, u.text, dropped_filter=name))
    if u.free_text.strip():
        text = u.without_free_text()
        found.append(
            _counted(catalog, replace(q, text=text), u, text, dropped_text=u.free_text.strip())
        )
    useful = sorted((a for a in found if a.count), key=lambda a: -a.count)
    return tuple(useful[:MAX_ALTERNATIVES])


def _counted(
    catalog: Searchable, q: SearchQuery, u: Understanding, text: str, **what: object
) -> Alternative:
    searched = understood_query(understand(q.text, catalog.vocabulary()), q)
    return Alternative(catalog.count(searched), text, q, **what)  # type: ignore[arg-type]
