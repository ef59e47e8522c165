"""Commands: event show / event use FILE / event list."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.base import Context, add_command, print_json
from kiosk.core.config import load_event_profile, shipped_event_profiles, use_event_profile


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    event = add_command(sub, "event", "show or choose the event profile of this stand")
    actions = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)

    show = add_command(actions, "show", "print the active event profile")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=_show)

    use = add_command(actions, "use", "validate FILE and make it the active profile")
    use.add_argument(
        "file", type=Path, help="event profile (TOML), e.g. data/events/turin-2025.toml"
    )
    use.set_defaults(func=_use)

    listing = add_command(actions, "list", "list the event profiles shipped with the kiosk")
    listing.set_defaults(func=_list)


def _show(ctx: Context, args: argparse.Namespace) -> int:
    profile = ctx.event()
    if args.json:
        print_json(profile.model_dump(mode="json"))
        return 0
    ev, cur = profile.event, profile.currency
    source = ctx.paths.event_profile if ctx.paths.event_profile.exists() else "(shipped default)"
    print(f"{ev.name}  [{ev.id}]  from {source}")
    print(f"  {ev.kind} in {ev.city}, {ev.country}, {ev.start} → {ev.end}")
    print(f"  languages: {', '.join(ev.languages)}   notice version: {ev.notice_version}")
    if cur.converts:
        print(f"  currency: 1 {cur.code} = {cur.mad_per_unit} MAD (rate of {cur.rate_date})")
    else:
        print("  currency: MAD only")
    print(f"  desks: {', '.join(profile.kiosk.desks)}   idle: {profile.kiosk.idle_timeout_s}s")
    print(f"  printer: {profile.printer.backend} {profile.printer.name}".rstrip())
    print(f"  HQ: {profile.hq.url or '(not set)'}")
    return 0


def _use(ctx: Context, args: argparse.Namespace) -> int:
    profile = use_event_profile(ctx.paths, args.file)
    print(f"active event: {profile.event.name} [{profile.event.id}]")
    return 0


def _list(ctx: Context, args: argparse.Namespace) -> int:
    del ctx, args
    for path in shipped_event_profiles():
        profile = load_event_profile(path)
        print(f"{path}  {profile.event.name}  ({profile.event.start} → {profile.event.end})")
    return 0
