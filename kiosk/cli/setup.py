"""Command: setup — first start of a stand laptop: staff PIN and event profile."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from kiosk.cli.base import Context, add_command
from kiosk.core import analytics, notices, settings, staff
from kiosk.core.config import (
    EventProfile,
    load_event_profile,
    shipped_event_profiles,
    use_event_profile,
)
from sync.contract.errors import AuthError, ConfigError

PIN_ENV = "OMRANE_STAFF_PIN"
NEW_PIN_ENV = "OMRANE_NEW_STAFF_PIN"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    setup = add_command(sub, "setup", "first start: choose the staff PIN and the event profile")
    setup.add_argument(
        "--event",
        metavar="ID|FILE",
        help="event profile: a shipped id (e.g. paris-2026) or a TOML file; "
        "asked interactively when omitted in a terminal",
    )
    setup.add_argument(
        "--change-pin",
        action="store_true",
        help=f"change the staff PIN (old PIN from ${PIN_ENV}, new from ${NEW_PIN_ENV}, "
        "or prompted); every lead stays readable",
    )
    setup.set_defaults(func=_setup)


def read_pin(prompt: str, env: str = PIN_ENV, *, confirm: bool = False) -> str:
    """The PIN from ``$env`` (for scripts) or typed without echo (twice with ``confirm``)."""
    from_env = os.environ.get(env)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise AuthError(
            f"the staff PIN is needed: type it in a terminal or set ${env}",
            key="error.auth.pin_needed",
        )
    pin = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != pin:
        raise AuthError("the two PINs differ; nothing was changed", key="error.auth.mismatch")
    return pin


def find_event_profile(choice: str) -> Path:
    """A shipped profile by file stem or event id, else a path to a TOML file."""
    for path in shipped_event_profiles():
        if choice in (path.stem, load_event_profile(path).event.id):
            return path
    path = Path(choice)
    if path.is_file():
        return path
    known = ", ".join(p.stem for p in shipped_event_profiles())
    raise ConfigError(f"no event profile {choice!r}; shipped: {known}", key="error.config.missing")


def _ask_event_profile() -> Path | None:
    shipped = shipped_event_profiles()
    print("Event profiles:")
    for number, path in enumerate(shipped, start=1):
        profile = load_event_profile(path)
        print(f"  {number}. {profile.event.name} ({profile.event.start} → {profile.event.end})")
    answer = input("Number of this stand's event (Enter keeps the current one): ").strip()
    if not answer:
        return None
    if not answer.isdigit() or not 1 <= int(answer) <= len(shipped):
        raise ConfigError(f"choose a number from 1 to {len(shipped)}", key="error.config.choice")
    return shipped[int(answer) - 1]


def _choose_event(ctx: Context, args: argparse.Namespace) -> EventProfile:
    source: Path | None = None
    if args.event:
        source = find_event_profile(args.event)
    elif sys.stdin.isatty() and not os.environ.get(PIN_ENV):
        source = _ask_event_profile()
    return use_event_profile(ctx.paths, source) if source else ctx.event()


def _setup(ctx: Context, args: argparse.Namespace) -> int:
    db = ctx.db()
    if args.change_pin:
        old = read_pin("Current staff PIN: ")
        new = read_pin("New staff PIN: ", NEW_PIN_ENV, confirm=True)
        staff.change_pin(db, old, new, ctx.clock, cost=ctx.pin_cost or staff.FULL_COST)
        print("staff PIN changed; every lead stays readable")
        return 0
    if staff.is_set_up(db):
        print("staff PIN already set (change it with `omrane-kiosk setup --change-pin`)")
    else:
        pin = read_pin(f"Choose the staff PIN ({staff.PIN_MIN_LENGTH}+ characters): ", confirm=True)
        staff.set_pin(db, pin, ctx.clock, cost=ctx.pin_cost or staff.FULL_COST)
        print("staff PIN set: it unlocks the staff console and visitors' contact details")
    profile = _choose_event(ctx, args)
    analytics.remember_event(db, profile)
    print(f"event: {profile.event.name} [{profile.event.id}]")
    missing = notices.missing_notices(profile)
    if missing:
        print(
            f"warning: privacy notice {profile.event.notice_version} missing for: "
            f"{', '.join(missing)}",
            file=sys.stderr,
        )
    for lang, boxes in notices.notices_not_naming_boxes(profile).items():
        print(
            f"warning: privacy notice {profile.event.notice_version} ({lang}) does not quote "
            f"the consent box(es) {', '.join(boxes)} as the form shows them",
            file=sys.stderr,
        )
    print(f"kiosk id: {settings.kiosk_id(db)}")
    return 0
