"""`omrane-hq leads erase` and `omrane-hq retention purge`: the data-protection commands."""

from __future__ import annotations

import argparse
from typing import Any

from sync.contract.clock import SYSTEM_CLOCK, utc_iso
from sync.contract.errors import UserError
from sync.hq import erasure, keyring, phones, retention, service
from sync.hq.console import audit
from sync.hq.settings import HQSettings, default_db_url, hq_home
from sync.hq.store import Store


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    leads: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    erase = leads.add_parser(
        "erase",
        help="erase a person by phone everywhere at HQ and on the stands (preview; --yes erases)",
    )
    which = erase.add_mutually_exclusive_group(required=True)
    which.add_argument("--phone", metavar="NUMBER", help="best with +country")
    which.add_argument("--lead", metavar="ID", help="a lead id: erases that lead's person")
    erase.add_argument(
        "--country", metavar="CC", default="", help="country of a number typed without +code"
    )
    erase.add_argument("--yes", action="store_true", help="erase; without it only the preview")
    erase.set_defaults(func=_erase)
    group = sub.add_parser("retention", help="delete what is past its retention period")
    actions = group.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    purge = actions.add_parser("purge", help="leads past their notice's period, old traces")
    purge.add_argument("--dry-run", action="store_true", help="only show what would go")
    purge.set_defaults(func=_purge)


def _store(args: argparse.Namespace) -> Store:
    store = Store(args.db or default_db_url(hq_home(args.home)))
    store.migrate()
    return store


def _operator() -> str:
    return audit.cli_actor()  # the same actor as every audited command


def _describe(number: str, report: erasure.ErasureReport) -> str:
    text = f"{number} ({phones.country_of(number)}): {report.leads} lead(s)"
    if report.leads:
        text += (
            f" from {report.kiosks} stand(s); events {', '.join(report.events)};"
            f" left {(report.first or '')[:10]} to {(report.last or '')[:10]}"
        )
    return text


def _erase(args: argparse.Namespace) -> int:
    store = _store(args)
    keys = keyring.load_keys(HQSettings(hq_home(args.home)))
    service.settle_inbox(store, keys)  # leads still held sealed are counted and erased too
    numbers = phones.candidates(store.engine, args.phone or args.lead, args.country)
    previews = [erasure.preview(store.engine, [number]) for number in numbers]
    for number, preview in zip(numbers, previews, strict=True):
        print(_describe(number, preview))
    detail = {
        "leads": sum(p.leads for p in previews),
        "phone_hashes": [erasure.phone_hash(keys.phone_key, n) for n in numbers],
    }
    with store.engine.begin() as conn:  # looking a number up is audited like in the console
        audit.record_by(conn, utc_iso(SYSTEM_CLOCK.now()), _operator(), "erase_previewed", detail)
    if len(numbers) > 1:
        raise UserError("this number reads differently in several countries: add --country CC")
    if not args.yes:
        print("nothing erased yet: run again with --yes to erase for good")
        return 0
    report = erasure.erase(
        store.engine,
        keys.phone_key,
        phones=numbers,
        by=_operator(),
        source="cli",
        clock=SYSTEM_CLOCK,
    )
    print(
        f"erased {report.leads} lead(s), {report.rows} row(s); a tombstone keeps them from "
        "coming back and every stand deletes its copies at its next sync"
    )
    return 0


def _purge(args: argparse.Namespace) -> int:
    home = hq_home(args.home)
    policy = retention.RetentionPolicy.load(HQSettings(home).retention_file)
    report = retention.purge(
        _store(args).engine, policy, SYSTEM_CLOCK, dry_run=args.dry_run, by=_operator()
    )
    verb = "would delete" if args.dry_run else "deleted"
    notices = ", ".join(f"{v or '?'}: {n}" for v, n in sorted(report.by_notice.items()))
    print(f"{verb} {report.leads} lead(s) past their notice's period{_span(report)}")
    if notices:
        print(f"  by notice version: {notices}")
    print(f"  audit search terms older than {policy.search_term_days} days: {report.search_terms}")
    if not args.dry_run:
        print(f"  sign-in throttle entries: {report.throttle_entries}")
        print(f"  expired erasure tombstones: {report.tombstones}")
    return 0


def _span(report: Any) -> str:
    if not report.leads:
        return ""
    return f" (left {str(report.oldest)[:10]} to {str(report.newest)[:10]})"
