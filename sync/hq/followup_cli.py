"""`omrane-hq agency add|list|import|assign`, `visitors count`, `digest send` and
`integration token|webhook`: one library call each."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sync.contract.clock import SYSTEM_CLOCK, utc_iso
from sync.contract.errors import UserError
from sync.hq import agencies, digest, integrations, outreach, visitors, webhooks
from sync.hq.console import auth
from sync.hq.settings import default_db_url, hq_home
from sync.hq.store import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agency = sub.add_parser("agency", help="Al Omrane agencies that follow visitors up")
    actions = agency.add_subparsers(dest="agency_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an agency (or update the one of that name)")
    add.add_argument("name")
    add.add_argument("--city", required=True)
    add.add_argument("--region", required=True, help="catalog region id, e.g. casablanca-settat")
    add.add_argument("--phone", required=True)
    add.add_argument("--whatsapp", default="")
    add.add_argument("--email", default="")
    add.add_argument("--seat", action="store_true", help="the region's main agency")
    add.set_defaults(func=_agency_add)
    listing = actions.add_parser("list", help="agencies by region")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_agency_list)
    imp = actions.add_parser("import", help="add or update agencies from a CSV or JSON file")
    imp.add_argument("file", nargs="?", type=Path)
    imp.add_argument("--demo", action="store_true", help="the shipped demo list (fictional)")
    imp.set_defaults(func=_agency_import)
    assign = actions.add_parser("assign", help="make an agent (e-mail) work in an agency")
    assign.add_argument("email")
    assign.add_argument("agency", help="agency name or id")
    assign.set_defaults(func=_agency_assign)

    people = sub.add_parser("visitors", help="visitors: leads grouped by phone")
    people_actions = people.add_subparsers(dest="visitors_command", metavar="ACTION", required=True)
    count = people_actions.add_parser("count", help="how many visitors and leads HQ holds")
    count.add_argument("--json", action="store_true")
    count.set_defaults(func=_visitors_count)

    digest_cmd = sub.add_parser("digest", help="the agents' morning digest (SMTP)")
    d_actions = digest_cmd.add_subparsers(dest="digest_command", metavar="ACTION", required=True)
    send = d_actions.add_parser(
        "send", help="e-mail today's digest to each agent who has not had it (once a day)"
    )
    send.add_argument("--smtp", metavar="HOST:PORT", help=f"or ${outreach.SMTP_ENV}")
    send.add_argument("--console-url", default="http://127.0.0.1:8700")
    send.add_argument("--zone", default=digest.DEFAULT_ZONE, help="the agencies' time zone")
    send.add_argument("--dry-run", action="store_true", help="print, do not send")
    send.set_defaults(func=_digest)

    integration = sub.add_parser("integration", help="read-API tokens and signed webhooks")
    i_actions = integration.add_subparsers(
        dest="integration_command", metavar="ACTION", required=True
    )
    token = i_actions.add_parser("token", help="a read-API token (shown once) with its scopes")
    token.add_argument("name")
    token.add_argument(
        "--scope", action="append", required=True, choices=sorted(integrations.SCOPES)
    )
    token.set_defaults(func=_integration_token)
    hook = i_actions.add_parser("webhook", help="a signed webhook (its secret shown once)")
    hook.add_argument("name")
    hook.add_argument("url")
    hook.add_argument("--event", action="append", required=True, choices=webhooks.EVENTS)
    hook.set_defaults(func=_integration_webhook)
    listing = i_actions.add_parser("list", help="tokens and webhooks (never their secrets)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_integration_list)
    revoke = i_actions.add_parser("revoke-token", help="a token stops working at once")
    revoke.add_argument("id", type=int)
    revoke.set_defaults(func=_integration_revoke_token)
    unhook = i_actions.add_parser("revoke-webhook", help="nothing more is posted to a webhook")
    unhook.add_argument("id", type=int)
    unhook.set_defaults(func=_integration_revoke_webhook)


def _store(args: argparse.Namespace) -> Store:
    store = Store(args.db or default_db_url(hq_home(args.home)))
    store.migrate()
    return store


def _agency_add(args: argparse.Namespace) -> int:
    values = {
        "name": args.name,
        "city": args.city,
        "region": args.region,
        "phone": args.phone,
        "whatsapp": args.whatsapp,
        "email": args.email,
        "seat": "yes" if args.seat else "no",
    }
    with _store(args).engine.begin() as conn:
        agency = agencies.add(conn, values, utc_iso(SYSTEM_CLOCK.now()))
        routed = visitors.route_unrouted(conn)
    print(f"agency {agency.id}: {agency.name} ({agency.city}, {agency.region})")
    if routed:
        print(f"{routed} visitors without an agency routed")
    return 0


def _agency_list(args: argparse.Namespace) -> int:
    with _store(args).engine.connect() as conn:
        found = agencies.all_agencies(conn)
    if args.json:
        print(json.dumps([a.as_dict() for a in found], ensure_ascii=False, indent=2))
        return 0
    for a in found:
        seat = "*" if a.seat else " "
        print(f"{a.id:4} {seat} {a.region:28} {a.city:18} {a.phone:14} {a.email:34} {a.name}")
    return 0


def _agency_import(args: argparse.Namespace) -> int:
    if (args.file is None) == (not args.demo):
        raise UserError("give an agency FILE or --demo")
    source = agencies.demo_file() if args.demo else args.file
    rows = agencies.read_rows(source)
    with _store(args).engine.begin() as conn:
        count = agencies.import_rows(conn, rows, utc_iso(SYSTEM_CLOCK.now()))
        routed = visitors.route_unrouted(conn)
    print(f"{count} agencies imported from {source}; {routed} visitors routed")
    return 0


def _agency_assign(args: argparse.Namespace) -> int:
    engine = _store(args).engine
    agent = auth.agent_by_email(engine, args.email)
    with engine.begin() as conn:
        found = agencies.find(conn, args.agency)
        agencies.set_agent_agency(conn, agent.id, found.id)
    print(f"{agent.email} works in {found.name}")
    return 0


def _visitors_count(args: argparse.Namespace) -> int:
    with _store(args).engine.connect() as conn:
        found = visitors.counts(conn)
    if args.json:
        print(json.dumps(found))
    else:
        print(f"{found['visitors']} visitors, {found['leads']} leads")
    return 0


def _digest(args: argparse.Namespace) -> int:
    engine = _store(args).engine
    now = SYSTEM_CLOCK.now()
    if args.dry_run:
        for message in digest.morning_digests(engine, now, args.console_url):
            print(message)
        return 0
    if args.smtp:
        host, _, port = args.smtp.rpartition(":")
        mailer: outreach.Mailer | None = outreach.Mailer(host, int(port))
    else:
        mailer = outreach.Mailer.from_env()
    if mailer is None:
        raise UserError(f"no SMTP relay: --smtp HOST:PORT or ${outreach.SMTP_ENV}")
    day = digest.Schedule.parse("00:00", args.zone).day_of(now)
    sent = digest.send_due(engine, mailer, now, args.console_url, day)
    print(f"{sent} digests sent for {day} ({len(digest.sent_on(engine, day))} agents have it)")
    return 0


def _integration_token(args: argparse.Namespace) -> int:
    with _store(args).engine.begin() as conn:
        token = integrations.issue(conn, args.name, args.scope, utc_iso(SYSTEM_CLOCK.now()))
    print(f"token for {args.name} (shown once, scopes {', '.join(sorted(args.scope))}):")
    print(token)
    return 0


def _integration_webhook(args: argparse.Namespace) -> int:
    with _store(args).engine.begin() as conn:
        hook_id, secret = webhooks.add(
            conn, args.name, args.url, args.event, utc_iso(SYSTEM_CLOCK.now())
        )
    print(f"webhook {hook_id} -> {args.url}; signing secret (shown once):")
    print(secret)
    return 0


def _integration_list(args: argparse.Namespace) -> int:
    with _store(args).engine.connect() as conn:
        found = {"tokens": integrations.tokens(conn), "webhooks": webhooks.hooks(conn)}
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    for t in found["tokens"]:
        state = "revoked" if t["revoked"] else "active"
        print(f"token   {t['id']:4} {state:8} {t['name']:24} {' '.join(t['scopes'])}")
    for h in found["webhooks"]:
        state = "active" if h["active"] else "revoked"
        print(f"webhook {h['id']:4} {state:8} {h['name']:24} {h['url']} {' '.join(h['events'])}")
    return 0


def _integration_revoke_token(args: argparse.Namespace) -> int:
    with _store(args).engine.begin() as conn:
        integrations.revoke(conn, args.id)
    print(f"token {args.id} revoked")
    return 0


def _integration_revoke_webhook(args: argparse.Namespace) -> int:
    with _store(args).engine.begin() as conn:
        dropped = webhooks.revoke(conn, args.id)
    print(f"webhook {args.id} revoked; {dropped} queued deliveries dropped")
    return 0
