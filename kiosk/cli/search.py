"""Command: search — the kiosk's catalog search from a terminal (or a script, with --json)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kiosk.cli.base import Context, add_command, print_json
from kiosk.core.catalog import SORTS, Catalog, SearchQuery, Unit
from sync.contract import vocabulary
from sync.contract.errors import UserError

RESULT_FIELDS = (
    "ref",
    "type",
    "category",
    "title_fr",
    "title_ar",
    "city_id",
    "city_fr",
    "city_ar",
    "programme_fr",
    "price_mad",
    "surface_m2",
    "rooms",
    "status",
    "delivery_date",
    "permit_date",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = add_command(sub, "search", "search the catalog like a visitor (French or Arabic)")
    p.add_argument("text", nargs="?", default="", metavar="TEXT", help="words, any language")
    p.add_argument("--city", metavar="C", help="city id, French or Arabic name, or alias")
    p.add_argument("--region", metavar="R", help="region id")
    p.add_argument("--category", choices=sorted(vocabulary.CATEGORIES), help="unit category")
    p.add_argument("--type", metavar="T", help="unit type: " + ", ".join(vocabulary.TYPES))
    p.add_argument("--min-price", type=int, metavar="P", help="lowest price in MAD")
    p.add_argument("--max-price", type=int, metavar="P", help="highest price in MAD")
    p.add_argument("--rooms", type=int, metavar="N", help="number of rooms (5 = five or more)")
    p.add_argument("--min-rooms", type=int, metavar="N", help="N rooms or more")
    p.add_argument("--min-surface", type=float, metavar="M2", help="smallest surface in m²")
    p.add_argument("--status", metavar="S", help="disponible, reserve or vendu")
    p.add_argument("--sort", choices=SORTS, default="relevance")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="results to show")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="results to skip")
    p.add_argument("--facets", action="store_true", help="also print counts per facet")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=_search)


def _check(args: argparse.Namespace, catalog: Catalog) -> None:
    if args.type and args.type not in vocabulary.TYPES:
        raise UserError(f"unknown type {args.type!r}; one of: {', '.join(vocabulary.TYPES)}")
    if args.status and args.status not in vocabulary.STATUSES:
        raise UserError(f"unknown status {args.status!r}; one of: {', '.join(vocabulary.STATUSES)}")
    if args.city and catalog.resolve_city(args.city) is None:
        raise UserError(f"unknown city {args.city!r}; see: omrane-kiosk catalog stats")
    if args.limit < 0 or args.offset < 0:
        raise UserError("--limit and --offset must be 0 or more")


def _search(ctx: Context, args: argparse.Namespace) -> int:
    catalog = Catalog(ctx.db())
    if catalog.is_empty():
        print(
            "the catalog is empty: load one with `omrane-kiosk catalog demo` "
            "or `omrane-kiosk catalog import FILE`",
            file=sys.stderr,
        )
    _check(args, catalog)
    result = catalog.search(
        SearchQuery(
            text=args.text,
            city=args.city,
            region=args.region,
            category=args.category,
            type=args.type,
            min_price=args.min_price,
            max_price=args.max_price,
            rooms=args.rooms,
            min_rooms=args.min_rooms,
            min_surface=args.min_surface,
            status=args.status,
            sort=args.sort,
            limit=args.limit,
            offset=args.offset,
            with_facets=args.facets,
        )
    )
    if args.json:
        data: dict[str, Any] = {
            "total": result.total,
            "offset": args.offset,
            "results": [_as_result(u) for u in result.units],
        }
        if args.facets:
            data["facets"] = {
                name: [{"value": f.value, "label_fr": f.label_fr, "count": f.count} for f in fc]
                for name, fc in result.facets.items()
            }
        print_json(data)
        return 0
    _print_human(result.total, result.units, args)
    if args.facets:
        for name, counts in result.facets.items():
            shown = ", ".join(f"{f.label_fr} {f.count}" for f in counts[:8])
            print(f"  {name}: {shown}")
    return 0


def _as_result(unit: Unit) -> dict[str, Any]:
    d = unit.to_dict()
    return {k: d[k] for k in RESULT_FIELDS}


def _price(amount: int | None) -> str:
    return "price on request" if amount is None else f"{amount:,} MAD".replace(",", " ")


def _print_human(total: int, units: list[Unit], args: argparse.Namespace) -> None:
    out = sys.stdout
    if not total:
        out.write("no unit matches")
        out.write(f" “{args.text}”\n" if args.text else "\n")
        return
    shown_to = args.offset + len(units)
    out.write(f"{total} units match" + (f" “{args.text}”" if args.text else ""))
    out.write(f" — showing {args.offset + 1}-{shown_to}\n" if units else "\n")
    for u in units:
        rooms = f", {u.rooms} rooms" if u.rooms else ""
        out.write(
            f"{u.ref:<12} {vocabulary.type_label(u.type).en:<24} {u.surface_m2:>7g} m²{rooms}"
            f" — {_price(u.price_mad)} — {vocabulary.status_label(u.status).en}\n"
        )
        out.write(f"{'':<12} {u.title_fr}\n{'':<12} {u.title_ar}\n")
