"""`omrane-hq`: the headquarters command line (service, keys, kiosks, catalog, leads)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import qrcode

from kiosk import __version__
from kiosk.core import import_progress
from kiosk.core.export import write_csv, write_xlsx
from sync.contract.clock import SYSTEM_CLOCK
from sync.contract.errors import OmraneError, UserError
from sync.contract.wire import Enrollment
from sync.hq import (
    catalog,
    catalog_source,
    digest,
    followup_cli,
    keyring,
    kiosk_tokens,
    media,
    migrations,
    privacy_cli,
    service,
)
from sync.hq.asgi import PUBLIC_URL_ENV
from sync.hq.console import audit, exporting
from sync.hq.console import cli as console_cli
from sync.hq.settings import (
    DB_ENV,
    HOME_ENV,
    TRUSTED_PROXIES_ENV,
    HQSettings,
    default_db_url,
    hq_home,
)
from sync.hq.store import Store

DEFAULT_PORT = 8700


def _service_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """serve, keys."""
    serve = sub.add_parser("serve", help="run the HQ web service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    serve.add_argument("--public-url", help="address kiosks use (default http://HOST:PORT)")
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a reverse proxy (address or network) whose X-Forwarded-For is believed; repeatable",
    )
    serve.add_argument(
        "--digest-at", metavar="HH:MM", help=f"send the morning digest at (or ${digest.AT_ENV})"
    )
    serve.set_defaults(func=_serve)

    keys = sub.add_parser("keys", help="HQ key pair that opens sealed leads")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    init = keys_sub.add_parser("init", help="create the key pair (private key mode 0600)")
    init.add_argument("--force", action="store_true", help="replace an existing pair")
    init.set_defaults(func=_keys_init)


def _kiosk_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """kiosk add, list, reissue, revoke."""
    kiosk = sub.add_parser("kiosk", help="enroll, list and revoke stand kiosks")
    kiosk_sub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    add = kiosk_sub.add_parser("add", help="enroll a kiosk: writes NAME.enroll.json and its QR")
    add.add_argument("name")
    add.add_argument("--event", required=True, help="event id, e.g. paris-2026")
    add.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    add.add_argument("--url", help="HQ address written in the file (default from serve)")
    add.set_defaults(func=_kiosk_add)
    listing = kiosk_sub.add_parser("list", help="kiosks with their last heartbeat")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_kiosk_list)
    reissue = kiosk_sub.add_parser(
        "reissue", help="a new token for the same kiosk (old token refused): NAME.enroll.json"
    )
    reissue.add_argument("name", help="kiosk name or id")
    reissue.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    reissue.add_argument("--url", help="HQ address written in the file (default from serve)")
    reissue.set_defaults(func=_kiosk_reissue)
    revoke = kiosk_sub.add_parser("revoke", help="refuse this kiosk's token from now on")
    revoke.add_argument("name")
    revoke.set_defaults(func=_kiosk_revoke)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omrane-hq", description="Al Omrane headquarters: lead ingest, catalog, kiosk fleet."
    )
    parser.add_argument("--version", action="version", version=f"omrane-hq {__version__}")
    parser.add_argument("--home", metavar="DIR", help=f"HQ data folder (or ${HOME_ENV})")
    parser.add_argument("--db", metavar="URL", help=f"database URL (or ${DB_ENV}; default SQLite)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    _service_commands(sub)
    _kiosk_commands(sub)

    catalog = sub.add_parser("catalog", help="publish catalog versions to the kiosks")
    catalog_sub = catalog.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    publish = catalog_sub.add_parser("publish", help="publish FILE (CSV/JSON) or --demo")
    publish.add_argument("file", nargs="?", type=Path)
    publish.add_argument("--demo", action="store_true", help="the generated demo catalog")
    publish.add_argument("--units", type=int, default=27_000, help="with --demo")
    publish.add_argument("--seed", type=int, default=1, help="with --demo")
    publish.add_argument(
        "--media",
        type=Path,
        metavar="PATH",
        help="folder or ZIP of the photos and plans FILE names (default: beside FILE)",
    )
    publish.set_defaults(func=_catalog_publish)

    leads = sub.add_parser("leads", help="leads received from the stands")
    leads_sub = leads.add_subparsers(dest="leads_command", metavar="ACTION", required=True)
    export = leads_sub.add_parser("export", help="all leads to CSV or XLSX (formula-safe)")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.set_defaults(func=_leads_export)
    imported = leads_sub.add_parser(
        "import", help="a stand's USB outbox file, each lead stored once; writes the receipt"
    )
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.add_argument("--receipt", type=Path, default=None, metavar="FILE")
    imported.set_defaults(func=_leads_import)
    count = leads_sub.add_parser("count", help="how many leads HQ holds")
    count.add_argument("--json", action="store_true")
    count.set_defaults(func=_leads_count)
    privacy_cli.register(sub, leads_sub)

    _db_commands(sub)
    console_cli.register(sub)
    followup_cli.register(sub)
    return parser


def _db_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="database schema: migrations")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="migrate to this program's schema").set_defaults(
        func=_db_upgrade
    )
    db_sub.add_parser("current", help="the database's revision and this program's").set_defaults(
        func=_db_current
    )
    revision = db_sub.add_parser("revision", help="(development) write the next revision file")
    revision.add_argument("-m", "--message", required=True)
    revision.add_argument(
        "--autogenerate", action="store_true", help="operations from the tables in sync.hq.schema"
    )
    revision.set_defaults(func=_db_revision)


def _settings(args: argparse.Namespace, public_url: str | None = None) -> HQSettings:
    home = hq_home(args.home)
    url = public_url or os.environ.get(PUBLIC_URL_ENV) or HQSettings.public_url
    return HQSettings(home, public_url=url)


def _store(args: argparse.Namespace) -> Store:
    store = Store(args.db or default_db_url(hq_home(args.home)))
    store.migrate()
    return store


def _settled_store(args: argparse.Namespace) -> Store:
    """A store whose lead readers first open the leads HQ holds sealed (with its key)."""
    store = _store(args)
    settings = _settings(args)
    if settings.private_key_file.exists():
        keys = keyring.load_keys(settings)
        store.settle = lambda: service.settle_inbox(store, keys)
    return store


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    home = hq_home(args.home)
    public = args.public_url or f"http://{args.host}:{args.port}"
    os.environ[HOME_ENV] = str(home)
    os.environ[PUBLIC_URL_ENV] = public
    if args.db:
        os.environ[DB_ENV] = args.db
    if args.trusted_proxy:
        os.environ[TRUSTED_PROXIES_ENV] = ",".join(args.trusted_proxy)
    if args.digest_at:
        digest.Schedule.parse(args.digest_at, os.environ.get(digest.ZONE_ENV, ""))
        os.environ[digest.AT_ENV] = args.digest_at
    _store(args).dispose()
    keyring.load_keys(HQSettings(home))  # fail now, with a clear message, not in a worker
    print(f"HQ serving on http://{args.host}:{args.port} (database {default_db_url(home)})")
    uvicorn.run(
        "sync.hq.asgi:build",
        factory=True,
        host=args.host,
        port=args.port,
        workers=max(1, args.workers),
        log_level="warning",
        # uvicorn would believe X-Forwarded-For from any local peer; the app decides instead
        proxy_headers=False,
    )
    return 0


def _keys_init(args: argparse.Namespace) -> int:
    settings = _settings(args)
    existed = settings.private_key_file.exists()
    keys = keyring.init_keys(settings, overwrite=args.force)
    state = "kept existing" if existed and not args.force else "created"
    print(f"{state} HQ key pair in {settings.private_key_file.parent}")
    print(f"public key: {keys.public_b64}")
    return 0


def _kiosk_add(args: argparse.Namespace) -> int:
    settings = _settings(args, args.url)
    keys = keyring.load_keys(settings)
    store = _store(args)
    try:
        enrollment = kiosk_tokens.enroll_kiosk(store, settings, keys, args.name, args.event)
    except ValueError as exc:
        again = f"omrane-hq kiosk reissue {args.name} -o DIR"
        raise UserError(f"{exc} (a new token for it, same kiosk id: {again})") from exc
    print(f"kiosk {args.name} enrolled as {enrollment.kiosk_id}")
    _write_enrollment(enrollment, args.output)
    return 0


def _kiosk_reissue(args: argparse.Namespace) -> int:
    settings = _settings(args, args.url)
    keys = keyring.load_keys(settings)
    try:
        enrollment = kiosk_tokens.reissue_kiosk(_store(args), settings, keys, args.name)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    print(
        f"kiosk {enrollment.kiosk_name} keeps its id {enrollment.kiosk_id}: new token issued, "
        "the old one is refused from now on"
    )
    _write_enrollment(enrollment, args.output)
    return 0


def _write_enrollment(enrollment: Enrollment, folder: Path) -> None:
    """NAME.enroll.json (mode 0600: it holds the token) and its QR code beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{enrollment.kiosk_name}.enroll.json"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(enrollment.model_dump_json(indent=2))
    os.chmod(target, 0o600)  # an older file of the same name may have been readable
    qr_path = target.with_suffix(".png")
    # the QR carries the bearer token: owner-only like the file
    qr_fd = os.open(qr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(qr_fd, "wb") as picture:
        qrcode.make(enrollment.model_dump_json()).save(picture)
    os.chmod(qr_path, 0o600)
    print(f"enrollment file: {target}  (QR: {qr_path}); on the stand: omrane-kiosk enroll FILE")


def _kiosk_list(args: argparse.Namespace) -> int:
    kiosks = _store(args).kiosks()
    if args.json:
        print(json.dumps(kiosks, indent=2, default=str))
        return 0
    for k in kiosks:
        state = "revoked" if k["revoked"] else "active"
        print(f"{k['name']:24} {k['id']}  {k['event_id']:24} {state:8} last seen {k['last_seen']}")
    return 0


def _kiosk_revoke(args: argparse.Namespace) -> int:
    if not _store(args).revoke_kiosk(args.name):
        raise UserError(f"no kiosk named {args.name}")
    print(f"kiosk {args.name} revoked: its token is refused from now on")
    return 0


def _catalog_publish(args: argparse.Namespace) -> int:
    if (args.file is None) == (not args.demo):
        raise UserError("give a catalog FILE or --demo")
    records = catalog_source.catalog_records_from(
        args.file,
        demo_units=args.units,
        seed=args.seed,
        media_root=media.media_store(hq_home(args.home)).root,
        media=args.media,
        progress=import_progress.for_file(args.file),
    )
    source = str(args.file) if args.file else f"demo units={args.units} seed={args.seed}"
    version, upserts, deletions = catalog.publish_catalog(_store(args), records, source)
    print(f"catalog version {version}: {upserts} new or changed units, {deletions} removed")
    return 0


def _leads_export(args: argparse.Namespace) -> int:
    """Every HQ lead in the console export's columns (the lead contract's, same guard)."""
    store = _settled_store(args)
    rows = (exporting.export_cells(row) for row in store.iter_leads())
    writer = write_csv if args.format == "csv" else write_xlsx
    written = writer(rows, args.output, exporting.EXPORT_COLUMNS)
    os.chmod(args.output, 0o600)
    audit.record_cli(
        store.engine, SYSTEM_CLOCK, "exported", {"format": args.format, "leads": written}
    )
    print(f"{written} leads written to {args.output}")
    return 0


def _leads_import(args: argparse.Namespace) -> int:
    from sync.hq.leads_import import import_outbox_file

    store = _store(args)
    try:
        done = import_outbox_file(
            store, keyring.load_keys(_settings(args)), args.file, receipt_path=args.receipt
        )
    finally:
        store.dispose()
    print(
        f"{len(done.receipt.results)} lead(s) in the file: {done.count('stored')} stored, "
        f"{done.count('duplicate')} already held, {done.count('erased')} erased, "
        f"{done.count('conflict') + done.count('rejected')} refused; "
        f"{done.receipt.erased} lead(s) erased at the stand's request; "
        f"receipt written to {done.receipt_path}"
    )
    return 0


def _leads_count(args: argparse.Namespace) -> int:
    count = _settled_store(args).count_leads()
    print(json.dumps({"leads": count}) if args.json else count)
    return 0


def _db_url(args: argparse.Namespace) -> str:
    return str(args.db or default_db_url(hq_home(args.home)))


def _db_upgrade(args: argparse.Namespace) -> int:
    store = Store(_db_url(args))
    try:
        print(f"database at revision {store.migrate()}")
    finally:
        store.dispose()
    return 0


def _db_current(args: argparse.Namespace) -> int:
    store = Store(_db_url(args))
    try:
        with store.engine.connect() as conn:
            found = migrations.current(conn)
    finally:
        store.dispose()
    print(f"database: {found or 'none (not migrated yet)'}; this program: {migrations.head()}")
    return 0


def _db_revision(args: argparse.Namespace) -> int:
    path = migrations.new_revision(_db_url(args), args.message, autogenerate=args.autogenerate)
    print(f"wrote {path}: check its operations, then ruff format it")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    # every file this command writes (database, exports, enrollment, keys) is owner-only
    previous_umask = os.umask(0o077)
    try:
        return int(args.func(args) or 0)
    except OmraneError as exc:
        print(f"omrane-hq: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    finally:
        os.umask(previous_umask)


if __name__ == "__main__":
    sys.exit(main())
