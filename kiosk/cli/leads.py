"""Commands: leads add / generate / list / export / erase / status / retry / queue / today,
retention purge.

Commands that show personal data (list, export, erase) need the staff PIN: typed without
echo, or from $OMRANE_STAFF_PIN for scripts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nacl.public

from kiosk.cli.base import Context, add_command, print_json
from kiosk.cli.setup import read_pin
from kiosk.core import analytics, export, leads, retention, staff, tickets
from kiosk.core.demo_leads import fake_visitors
from sync.contract.errors import ValidationError
from sync.contract.messages import message
from sync.contract.vocabulary import CONSENTS, DESKS

GENERATE_BATCH = 500  # leads per transaction when generating demo data
LIST_COLUMNS = ("id", "created_at", "desk", "tickets", "first_name", "last_name", "phone", "status")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = add_command(sub, "leads", "visitor leads: add, generate, list, export, erase")
    actions = group.add_subparsers(dest="leads_command", metavar="ACTION", required=True)
    _register_add(actions)

    gen = add_command(actions, "generate", "save N clearly fake visitors (DEMO- names)")
    gen.add_argument("--count", type=int, required=True, metavar="N")
    gen.add_argument("--seed", type=int, default=1)
    gen.set_defaults(func=_generate)

    listing = add_command(actions, "list", "list leads with contact details (needs the PIN)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=_list)

    out = add_command(actions, "export", "write every lead to a CSV or XLSX file (needs the PIN)")
    out.add_argument("--format", choices=export.FORMATS, default="csv")
    out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    out.add_argument(
        "--separator",
        choices=export.DELIMITERS,
        default=",",
        help="CSV separator (';' for Excel FR)",
    )
    out.set_defaults(func=_export)

    erase = add_command(actions, "erase", "erase a visitor's leads by phone number (needs the PIN)")
    erase.add_argument("--phone", required=True, metavar="NUMBER", help="best with +country")
    erase.add_argument("--phone-country", help="region for numbers without + (default: event's)")
    erase.add_argument("--yes", action="store_true", help="erase; without it, preview and ask")
    erase.set_defaults(func=_erase)

    status = add_command(actions, "status", "outbox counts: pending, sending, acked, quarantined")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=_status)

    retry = add_command(actions, "retry", "send quarantined leads again (after a fix at HQ)")
    retry.add_argument("ids", nargs="*", metavar="ID")
    retry.set_defaults(func=_retry)

    queue = add_command(actions, "queue", "today's desk queues; --call-next DESK calls the next")
    queue.add_argument("--call-next", choices=tuple(DESKS), metavar="DESK")
    queue.set_defaults(func=_queue)

    today = add_command(actions, "today", "today's anonymous figures (visitors, searches, leads)")
    today.add_argument("--json", action="store_true")
    today.set_defaults(func=_today)

    ret = add_command(sub, "retention", "privacy retention of visitor leads")
    ret_actions = ret.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    purge = add_command(ret_actions, "purge", "delete leads kept longer than the retention period")
    purge.add_argument("--dry-run", action="store_true", help="only show what would be deleted")
    purge.set_defaults(func=_purge)


def _register_add(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = add_command(actions, "add", "save a lead typed in by staff (e.g. from a paper form)")
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", required=True)
    add.add_argument("--phone", required=True, help="with +country, or see --phone-country")
    add.add_argument("--phone-country", help="region for numbers without + (default: event's)")
    add.add_argument("--email", default="")
    add.add_argument("--city", default="")
    add.add_argument("--country", default="", help="country of residence, e.g. FR")
    add.add_argument("--desk", default=next(iter(DESKS)), choices=tuple(DESKS))
    add.add_argument("--language", help="preferred language (default: the event's first)")
    add.add_argument("--interest", action="append", default=[], metavar="REF", help="unit ref")
    add.add_argument("--budget", type=int, metavar="MAD")
    add.add_argument("--note", default="")
    add.add_argument(
        "--consent",
        default="callback",
        help=f"boxes the visitor ticked, comma-separated from {','.join(CONSENTS)} "
        "(default: callback; a lead needs it)",
    )
    add.set_defaults(func=_add)


def _consents(text: str) -> set[str]:
    chosen = {part.strip() for part in text.split(",") if part.strip()}
    unknown = chosen - set(CONSENTS)
    if unknown:
        raise ValidationError(
            f"unknown consent box(es): {', '.join(sorted(unknown))}; use {','.join(CONSENTS)}",
            problems=[("consent", "lead.error.consent")],
        )
    return chosen


def _explain(exc: ValidationError) -> ValidationError:
    details = "; ".join(f"{name}: {message(key, 'en')}" for name, key in exc.problems)
    return ValidationError(f"{exc.message} — {details}", problems=exc.problems)


def _add(ctx: Context, args: argparse.Namespace) -> int:
    event = ctx.event()
    consents = _consents(args.consent)
    inp = leads.LeadInput(
        first_name=args.first_name,
        last_name=args.last_name,
        phone=args.phone,
        phone_country=args.phone_country or event.event.country,
        email=args.email,
        country=args.country,
        city=args.city,
        language=args.language or event.default_language,
        desk=args.desk,
        interests=args.interest,
        budget_mad=args.budget,
        consent_callback="callback" in consents,
        consent_marketing="marketing" in consents,
        consent_share="share" in consents,
        note=args.note,
    )
    try:
        saved = leads.save_lead(ctx.db(), inp, event=event, clock=ctx.clock)
    except ValidationError as exc:
        raise _explain(exc) from exc
    print(saved.id)
    labels = ", ".join(saved.ticket_labels.values())
    print(f"ticket: {labels}", file=sys.stderr)
    return 0


def _generate(ctx: Context, args: argparse.Namespace) -> int:
    db, event = ctx.db(), ctx.event()
    staff.staff_public_key(db)  # fail early with "run setup" rather than mid-way
    visitors = list(fake_visitors(max(0, args.count), event=event, seed=args.seed))
    for start in range(0, len(visitors), GENERATE_BATCH):
        with db.transaction():
            for visitor in visitors[start : start + GENERATE_BATCH]:
                leads.save_lead(db, visitor, event=event, clock=ctx.clock)
    print(f"{len(visitors)} demo leads saved (last names start with DEMO-)")
    return 0


def _unlock(ctx: Context) -> nacl.public.PrivateKey:
    return staff.unlock_staff_key(ctx.db(), read_pin("Staff PIN: "), ctx.clock)


def _list(ctx: Context, args: argparse.Namespace) -> int:
    key = _unlock(ctx)
    rows = leads.iter_leads(ctx.db(), key)
    if args.json:
        print_json(list(rows))
        return 0
    print("\t".join(LIST_COLUMNS))
    for lead in rows:
        lead["tickets"] = " ".join(lead["tickets"].values())
        print("\t".join(str(lead[c]) for c in LIST_COLUMNS))
    return 0


def _export(ctx: Context, args: argparse.Namespace) -> int:
    key = _unlock(ctx)
    count = export.export_leads(
        ctx.db(), key, args.output, fmt=args.format, delimiter=args.separator
    )
    print(f"{count} leads written to {args.output}")
    return 0


def _erase(ctx: Context, args: argparse.Namespace) -> int:
    """Preview (leads, events, dates, tickets), then erase with --yes or a typed "yes"."""
    region = args.phone_country or ctx.event().event.country
    key = _unlock(ctx)
    preview = retention.preview_erasure(ctx.db(), key, args.phone, region=region)
    print(f"{preview.phone}: {len(preview.lead_ids)} lead(s) on this stand", end="")
    if preview.lead_ids:
        print(
            f", events {', '.join(preview.events)}, left {str(preview.first)[:10]}"
            f" to {str(preview.last)[:10]}, {preview.tickets} ticket(s)"
        )
    else:
        print("  (if the number is foreign, type it with its +country code)")
    print("  HQ is told at the next sync and erases this number's leads from every stand.")
    if not args.yes and not _confirmed():
        print("nothing erased (add --yes to erase without the question)")
        return 1
    erased = retention.erase_by_phone(ctx.db(), key, preview.phone, region=region, clock=ctx.clock)
    print(f"{len(erased)} lead(s) erased for {preview.phone}")
    for lead_id in erased:
        print(f"  {lead_id}")
    return 0


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        return False
    return input("Erase for good? Type yes: ").strip().lower() in ("yes", "oui", "y")


def _status(ctx: Context, args: argparse.Namespace) -> int:
    outbox = leads.Outbox(ctx.db(), ctx.clock)
    counts = outbox.counts()
    waiting = outbox.waiting_for_enrollment()
    if args.json:
        print_json(
            {**counts, "waiting_for_enrollment": waiting, "quarantine": outbox.quarantined()}
        )
        return 0
    print("  ".join(f"{state}: {n}" for state, n in counts.items()))
    if waiting:
        print(f"{waiting} lead(s) wait for enrollment with HQ")
    for lead in outbox.quarantined():
        print(f"  quarantined {lead['id']}: {lead['status_reason']}")
    return 0


def _retry(ctx: Context, args: argparse.Namespace) -> int:
    count = leads.Outbox(ctx.db(), ctx.clock).retry_quarantined(args.ids or None)
    print(f"{count} lead(s) queued again")
    return 0


def _queue(ctx: Context, args: argparse.Namespace) -> int:
    db, event = ctx.db(), ctx.event()
    if args.call_next:
        called = tickets.call_next(db, args.call_next, event=event, clock=ctx.clock)
        print(f"now serving {called.label}" if called else "nobody is waiting")
    for desk, counts in tickets.queue_counts(db, event=event, clock=ctx.clock).items():
        states = "  ".join(f"{state}: {n}" for state, n in counts.items())
        print(f"{desk}: {states}")
    return 0


def _today(ctx: Context, args: argparse.Namespace) -> int:
    figures = analytics.today(ctx.db(), event=ctx.event(), clock=ctx.clock)
    if args.json:
        print_json(figures)
        return 0
    print(
        f"{figures['event_id']} {figures['day']}: {figures['sessions']} visitors, "
        f"{figures['searches']} searches, {figures['leads']} leads, {figures['tickets']} tickets"
    )
    for key in ("languages", "leads_by_desk", "tickets_by_desk"):
        print(f"  {key}: {figures[key]}")
    return 0


def _purge(ctx: Context, args: argparse.Namespace) -> int:
    event = ctx.event()
    report = retention.purge(ctx.db(), event=event, clock=ctx.clock, dry_run=args.dry_run)
    verb = "would delete" if args.dry_run else "deleted"
    months = event.privacy.retention_months
    print(f"retention {months} months: {verb} {report.leads} lead(s), {report.tickets} ticket(s)")
    for state, n in sorted(report.by_status.items()):
        print(f"  {state}: {n}")
    if report.leads:
        print(f"  saved between {report.oldest} and {report.newest}")
    if report.never_delivered:
        print(f"  note: {report.never_delivered} of them never reached HQ")
    return 0
