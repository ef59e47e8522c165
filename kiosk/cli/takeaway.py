"""Command: takeaway REF [REF …] [--lang fr|ar|en] [-o QR.png] [--json]"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.base import Context, add_command, print_json
from kiosk.core import takeaway
from kiosk.core.catalog import Catalog
from sync.contract.errors import NotFoundError
from sync.contract.vocabulary import LANGUAGES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = add_command(
        sub, "takeaway", "print the signed take-away link (and QR) of units, as the screens show it"
    )
    command.add_argument("refs", nargs="+", metavar="REF", help="unit references")
    command.add_argument("--lang", choices=tuple(LANGUAGES), default="fr")
    command.add_argument("-o", "--output", type=Path, metavar="QR.png", help="write the QR code")
    command.add_argument("--json", action="store_true", help="url, refs, language, QR version")
    command.set_defaults(func=_takeaway)


def _takeaway(ctx: Context, args: argparse.Namespace) -> int:
    db = ctx.db()
    units = Catalog(db).units_by_refs(args.refs)
    missing = sorted(set(args.refs) - {u.ref for u in units})
    if missing:
        raise NotFoundError(f"no unit with reference {', '.join(missing)}")
    url = takeaway.build_link(db, ctx.event(), args.refs, args.lang, clock=ctx.clock)
    version = takeaway.qr_code(url).version
    if args.output:
        args.output.write_bytes(takeaway.qr_png(url))
    if args.json:
        print_json(
            {
                "url": url,
                "refs": list(dict.fromkeys(args.refs)),
                "language": args.lang,
                "qr_version": version,
                "qr_file": str(args.output) if args.output else None,
            }
        )
    else:
        print(url)
    return 0
