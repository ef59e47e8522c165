"""Command: brochure REF [REF …] --lang fr|ar|en [--format a4|a5|ticket] -o FILE.pdf"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.base import Context, add_command
from kiosk.core.brochure import (
    FORMATS,
    BrochureRequest,
    render_brochure,
    unit_pictures,
    write_pdf,
)
from kiosk.core.catalog import Catalog
from sync.contract.errors import NotFoundError
from sync.contract.vocabulary import LANGUAGES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    brochure = add_command(sub, "brochure", "write a PDF brochure of one or several units")
    brochure.add_argument("refs", nargs="+", metavar="REF", help="unit references")
    brochure.add_argument("--lang", choices=tuple(LANGUAGES), default="fr")
    brochure.add_argument(
        "--format", choices=FORMATS, default="a4", help="a4, a5 or ticket (80 mm)"
    )
    brochure.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    brochure.set_defaults(func=_brochure)


def _brochure(ctx: Context, args: argparse.Namespace) -> int:
    catalog = Catalog(ctx.db())
    units = catalog.units_by_refs(args.refs)
    missing = sorted(set(args.refs) - {u.ref for u in units})
    if missing:
        raise NotFoundError(f"no unit with reference {', '.join(missing)}")
    request = BrochureRequest(
        units,
        args.lang,
        ctx.event(),
        args.format,
        printed_on=ctx.clock.now().date(),
        pictures=unit_pictures(catalog, units),
    )
    path = write_pdf(render_brochure(request), args.output)
    print(f"brochure written: {path} ({len(units)} page(s), {args.lang}, {args.format})")
    return 0
