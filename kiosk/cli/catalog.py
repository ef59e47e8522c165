"""Commands: catalog demo | import | stats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.base import Context, add_command, print_json
from kiosk.core import import_progress
from kiosk.core.catalog import Catalog
from kiosk.core.catalog_checks import RowProblem
from kiosk.core.catalog_files import write_file
from kiosk.core.catalog_import import import_file
from kiosk.core.demo_catalog import DEFAULT_UNITS, generate
from kiosk.core.media.demo import demo_media
from sync.contract import vocabulary
from sync.contract.clock import utc_iso
from sync.contract.errors import ValidationError


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
    load.add_argument(
        "--media",
        type=Path,
        metavar="PATH",
        help="folder or ZIP holding the photos and plans the file names"
        " (default: FILE's name + -media, or media/, beside FILE)",
    )
    load.set_defaults(func=_import)

    export = add_command(
        actions, "export", "write the catalog to a CSV or JSON file in the import format"
    )
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(func=_export)

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
        data,
        0,
        source=f"demo seed {args.seed}",
        updated_at=utc_iso(ctx.clock.now()),
        media=demo_media(data, catalog.media),
    )
    s = catalog.counts()
    print(
        f"demo catalog loaded: {s['units']} units, {s['programmes']} programmes, "
        f"{s['cities']} cities, {s['regions']} regions (seed {args.seed})"
    )
    return 0


SHOWN_PROBLEMS = 50  # problems printed on the terminal; the rest are counted


def _print_problems(problems: list[RowProblem]) -> None:
    for p in problems[:SHOWN_PROBLEMS]:
        print(f"  {p}", file=sys.stderr)
    if len(problems) > SHOWN_PROBLEMS:
        print(f"  … and {len(problems) - SHOWN_PROBLEMS} more", file=sys.stderr)


def _import(ctx: Context, args: argparse.Namespace) -> int:
    path: Path = args.file
    progress = import_progress.for_file(path)
    catalog = Catalog(ctx.db())
    try:
        report = import_file(
            catalog,
            path,
            skip_invalid=args.skip_invalid,
            progress=progress,
            updated_at=utc_iso(ctx.clock.now()),
            media=args.media,
        )
    except ValidationError as exc:
        if progress is not None:
            progress.finish()
        _print_problems(list(exc.problems))
        raise
    if report.problems:
        print(f"skipped {report.bad_rows} bad row(s):", file=sys.stderr)
        _print_problems(report.problems)
    catalog.evict_media(ctx.event().kiosk.media_budget_mb)
    s = catalog.counts()
    print(
        f"imported {report.imported} of {report.rows} units from {path.name}: "
        f"{s['programmes']} programmes, {s['cities']} cities, {s['regions']} regions"
    )
    return 0


def _export(ctx: Context, args: argparse.Namespace) -> int:
    catalog = Catalog(ctx.db())
    count = write_file(catalog.iter_unit_records(), args.file)
    print(f"exported {count} units to {args.file}")
    return 0


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
            out.write(f"  {vocabulary.type_label(type_id).en:<26} {n:>7}\n")
        out.write("by status:\n")
        for status, n in s["by_status"].items():
            out.write(f"  {vocabulary.status_label(status).en:<26} {n:>7}\n")
    return 0
