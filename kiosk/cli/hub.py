"""Commands: hub serve [--port P], hub code, hub join ADDRESS CODE, hub status [--json];
ticket --desk DESK [--json].

`ticket` issues exactly as the visitor screen's "just a ticket" does: through the stand hub
when this kiosk joined one, from its leased block when the hub is away, alone otherwise.
`hub join` needs the staff PIN (typed without echo, or $OMRANE_STAFF_PIN for scripts).
"""

from __future__ import annotations

import argparse
import contextlib
import socket

from kiosk.cli.base import Context, add_command, print_json
from kiosk.cli.setup import read_pin
from kiosk.core import desk_numbers, staff
from kiosk.core.config import event_day
from kiosk.core.tickets import issue_anonymous_tickets, ticket_slip
from kiosk.uplink import hub_link
from sync.contract.errors import AuthError, NetworkError
from sync.contract.vocabulary import DESK_PREFIX, LANGUAGES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hub = add_command(sub, "hub", "the stand hub: serve it, pair kiosks with it, see its state")
    actions = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    serve = add_command(actions, "serve", "run the stand hub on this laptop (beside a kiosk too)")
    serve.add_argument("--port", type=int, default=8443, help="TLS port (default 8443)")
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on")
    serve.add_argument("--fd", type=int, default=None, help=argparse.SUPPRESS)
    serve.add_argument(
        "--hq", default=None, metavar="URL", help="HQ's address for store and forward "
        "(default: this laptop's own enrollment)",
    )  # fmt: skip
    serve.add_argument(
        "--announce-on", action="append", metavar="IP", default=None,
        help="announce the hub by mDNS on this address only (repeatable; default: all)",
    )  # fmt: skip
    serve.add_argument("--no-announce", action="store_true", help="no mDNS announcement")
    serve.set_defaults(func=_serve)
    find = add_command(actions, "find", "list the stand hubs announced on the network (mDNS)")
    find.add_argument("--interface", action="append", metavar="IP", default=None)
    find.add_argument("--timeout", type=float, default=3.0)
    find.set_defaults(func=_find)
    code = add_command(actions, "code", "print the current pairing code of this laptop's hub")
    code.set_defaults(func=_code)
    join = add_command(actions, "join", "pair this kiosk with the stand hub (staff PIN needed)")
    join.add_argument("address", metavar="ADDRESS", help="host[:port] shown by the hub")
    join.add_argument("code", metavar="CODE", help="pairing code shown by the hub")
    join.add_argument("--name", default="", help="this kiosk's name on the stand")
    join.set_defaults(func=_join)
    status = add_command(actions, "status", "this kiosk's hub link, its leases and the queues")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(func=_status)

    ticket = add_command(sub, "ticket", "issue a desk ticket as the visitor screen does")
    ticket.add_argument("--desk", required=True, choices=sorted(DESK_PREFIX), help="the desk")
    ticket.add_argument("--language", default="fr", choices=list(LANGUAGES), help="slip language")
    ticket.add_argument("--json", action="store_true", help="machine-readable output")
    ticket.set_defaults(func=_ticket)


def _serve(ctx: Context, args: argparse.Namespace) -> int:
    from kiosk.hub.serve import HubServer, serve

    def announce(hub: HubServer) -> None:
        base = f"https://{socket.gethostname()}:{args.port}"
        print(f"stand hub {hub.store.hub_id} on {base}")
        if hub.pages is not None:
            print(f"desk page: {base}/desk (desk PIN {hub.pages.desk_pin})")
            print(f"now-serving display: {base}/display?key={hub.pages.display_key}")
        print(f"pairing code: {hub.store.pairing_code()}")
        print(f"certificate SHA-256: {hub.certificate.fingerprint}")
        relay = hub.relay.hq_url if hub.relay else "none (no --hq and not enrolled)"
        print(f"store and forward to HQ: {relay}", flush=True)

    ctx.paths.ensure()
    serve(
        ctx.paths,
        ctx.event(),
        host=args.host,
        port=args.port,
        announce=announce,
        fd=args.fd,
        hq_url=args.hq,
        announce_on=args.announce_on,
        mdns=not args.no_announce,
    )
    return 0


def _find(ctx: Context, args: argparse.Namespace) -> int:
    from kiosk.uplink.hub_discovery import find_hubs

    found = find_hubs(args.timeout, args.interface)
    for hub in found:
        print(f"{hub.address}  hub {hub.hub_id}  certificate SHA-256 {hub.fingerprint}")
    if not found:
        print("no stand hub announced here: type the address shown on the hub's screen")
    return 0


def _code(ctx: Context, args: argparse.Namespace) -> int:
    from kiosk.hub.serve import open_store

    store = open_store(ctx.paths)
    try:
        print(store.pairing_code())
    finally:
        store.close()
    return 0


def _join(ctx: Context, args: argparse.Namespace) -> int:
    db = ctx.db()
    pin = read_pin("Staff PIN: ")
    if not staff.verify_pin(db, pin, ctx.clock):
        raise AuthError("wrong staff PIN", key="error.auth.wrong_pin")
    link = hub_link.join(db, args.address, args.code, kiosk_name=args.name)
    try:
        done = hub_link.reconcile(db, link, ctx.event(), ctx.clock)
    finally:
        link.close()
    print(f"joined stand hub {link.hub_id} at {link.url}; {done['leased']} desk block(s) leased")
    return 0


def _status(ctx: Context, args: argparse.Namespace) -> int:
    db, event = ctx.db(), ctx.event()
    day = event_day(event, ctx.clock)
    link = hub_link.HubLink.from_settings(db)
    with db.transaction() as conn:
        leases = {
            d: desk_numbers.lease_left(conn, event.event.id, day, d) for d in event.kiosk.desks
        }
    found: dict[str, object] = {
        "joined": link is not None,
        "hub_url": link.url if link else None,
        "hub_id": link.hub_id if link else None,
        "reachable": False,
        "lease_left": leases,
        "unreported": len(desk_numbers.unreported(db)),
        "queues": None,
    }
    if link is not None:
        try:
            hub_link.reconcile(db, link, event, ctx.clock)
            remote = link.call("GET", "/status", params={"event_id": event.event.id, "day": day})
            found.update(reachable=True, queues=remote["queues"], kiosks=remote["kiosks"])
            found["unreported"] = len(desk_numbers.unreported(db))
        except NetworkError as exc:
            found["problem"] = exc.message
        finally:
            link.close()
    if args.json:
        print_json(found)
        return 0
    if link is None:
        print("not joined to a stand hub: run `omrane-kiosk hub join ADDRESS CODE`")
    else:
        state = "reachable" if found["reachable"] else f"unreachable ({found.get('problem')})"
        print(f"stand hub {link.hub_id} at {link.url}: {state}")
    print("leased numbers left: " + ", ".join(f"{d} {n}" for d, n in leases.items()))
    print(f"tickets not yet reported to the hub: {found['unreported']}")
    return 0


def _ticket(ctx: Context, args: argparse.Namespace) -> int:
    db, event = ctx.db(), ctx.event()
    link = hub_link.HubLink.from_settings(db)
    numbers = hub_link.HubNumbers(link) if link is not None else None
    try:
        if link is not None:
            with contextlib.suppress(NetworkError):  # the hub is away: the lease numbers it
                hub_link.reconcile(db, link, event, ctx.clock)
        ticket = issue_anonymous_tickets(
            db, [args.desk], event=event, clock=ctx.clock, language=args.language, numbers=numbers
        )[args.desk]
    finally:
        if link is not None:
            link.close()
    slip = ticket_slip(ticket, event, args.language)
    if args.json:
        print_json(
            {
                "label": ticket.label, "desk": ticket.desk, "number": ticket.number,
                "day": ticket.day, "source": ticket.source, "position": ticket.position,
                "wait_minutes": ticket.wait_minutes, "wait": slip["wait"], "qr": slip["qr"],
                "issued_at": ticket.issued_at,
            }
        )  # fmt: skip
    else:
        print(f"{ticket.label}  {slip['desk']}")
        if slip["wait"]:
            print(slip["wait"])
    return 0
