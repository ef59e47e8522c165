"""Commands: catalog demo | import | stats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.base import Context, add_command, print_json
from kiosk.core import labels
from kiosk.core.catalog import Catalog
from kiosk.core.clock import utc_iso
from kiosk.core.demo_catalog import DEFAULT_UNITS, generate
from kiosk.core.errors import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = add_command(sub, "catalog", "the national catalog on this kiosk")
    actions = group.add_subparsers(dest="catalog_command", metavar="ACTION")
    group.set_defaults(func=lambda ctx, args: _usage(group))

    demo = add_command(actions, "demo", "replace the catalog with a generated demo catalog")
    demo.add_argument(
        "--units", type=_positive, default=DEFAULT_UNITS, metavar="N", help="number of units"
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="same seed, same catalog")
    demo.set_defaults(func=_demo)

    load = add_command(
        actions,
        "import",
        "replace the catalog with a CSV or JSON file (see data/catalog-format.md)",
    )
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows, report the others (default: nothing if a row is bad)",
    )
    load.set_defaults(func=_import)

    stats = add_command(actions, "stats", "how many units, cities and programmes are loaded")
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    stats.set_defaults(func=_stats)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _demo(ctx: Context, args: argparse.Namespace) -> int:
    catalog = Catalog(ctx.db())
    data = generate(args.units, args.seed)
    catalog.replace_all(
        data, 0, source=f"demo seed {args.seed}", updated_at=utc_iso(ctx.clock.now())
    )
    s = catalog.stats()
    print(
        f"demo catalog loaded: {s['units']} units, {s['programmes']} programmes, "
        f"{s['cities']} cities, {s['regions']} regions (seed {args.seed})"
    )
    return 0


def _import(ctx: Context, args: argparse.Namespace) -> int:
    del ctx, args
    raise UserError("catalog import is not available yet in this build")


def _stats(ctx: Context, args: argparse.Namespace) -> int:
    s = Catalog(ctx.db()).stats()
    if args.json:
        print_json(s)
        return 0
    out = sys.stdout
    out.write(
        f"{s['units']} units in {s['programmes']} programmes, {s['cities']} cities, "
        f"{s['regions']} regions\n"
    )
    out.write(
        f"catalog version {s['version']}" + (f" ({s['source']})" if s["source"] else "") + "\n"
    )
    if s["by_type"]:
        out.write("by type:\n")
        for type_id, n in s["by_type"].items():
            out.write(f"  {labels.type_label(type_id).en:<26} {n:>7}\n")
        out.write("by status:\n")
        for status, n in s["by_status"].items():
            out.write(f"  {labels.status_label(status).en:<26} {n:>7}\n")
    return 0
