"""The labelled set of visitor queries (tests/data/visitor_queries.tsv) and its recall:
the share of queries whose results are exactly those of what the visitor meant."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.catalog import Catalog, SearchQuery

QUERIES = Path(__file__).resolve().parents[1] / "data" / "visitor_queries.tsv"
PAGE = 20


@dataclass(frozen=True)
class Labelled:
    typed: str
    meant: SearchQuery


def labelled_queries(path: Path = QUERIES) -> list[Labelled]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        typed, meaning = line.split("\t")
        # The whole query is typed: a trailing space marks its last word as finished.
        out.append(
            Labelled(typed + " ", SearchQuery(limit=PAGE, with_facets=False, **json.loads(meaning)))
        )
    return out


def found_as_meant(catalog: Catalog, item: Labelled) -> bool:
    """Same total and same first page as the search the visitor meant."""
    got = catalog.visitor_search(SearchQuery(text=item.typed, limit=PAGE, with_facets=False))
    want = catalog.search(item.meant)
    return got.result.total == want.total and [u.ref for u in got.result.units] == [
        u.ref for u in want.units
    ]


def recall(catalog: Catalog, items: list[Labelled]) -> tuple[float, list[str]]:
    """(share of queries found as meant, the queries that were not)."""
    missed = [i.typed.strip() for i in items if not found_as_meant(catalog, i)]
    return 1 - len(missed) / len(items), missed
