"""`omrane-hq agent add|disable|enable|unlock|list`: console accounts from the command line."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from sqlalchemy import Engine

from sync.contract.clock import SYSTEM_CLOCK
from sync.contract.errors import OmraneError, ValidationError
from sync.hq.console import audit, auth, throttle
from sync.hq.settings import default_db_url, hq_home, secret_key
from sync.hq.store import Store

PASSWORD_ENV = "OMRANE_HQ_AGENT_PASSWORD"


def _engine(args: argparse.Namespace) -> Engine:
    """The HQ database named by --db (or $OMRANE_HQ_DB, else the one in the HQ folder),
    migrated, console tables included."""
    url = getattr(args, "db", None) or default_db_url(hq_home(getattr(args, "home", None)))
    store = Store(url)
    store.migrate()
    return store.engine


def _password(args: argparse.Namespace) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise ValidationError(f"no terminal: set ${PASSWORD_ENV}", key="error.agent.password")
    first = getpass.getpass(f"Password for {args.email}: ")
    if getpass.getpass("Again: ") != first:
        raise ValidationError("the two passwords differ", key="error.agent.password")
    return first


def _args_of(call: tuple[Any, ...]) -> argparse.Namespace:
    """Handlers may be called as f(args) or f(context, args)."""
    found = call[-1]
    assert isinstance(found, argparse.Namespace)
    return found


def _guard(run: Any) -> Any:
    def handler(*call: Any) -> int:
        try:
            return int(run(_args_of(call)))
        except OmraneError as exc:
            print(f"omrane-hq: {exc.message}", file=sys.stderr)
            return exc.exit_code

    return handler


def _add(args: argparse.Namespace) -> int:
    engine = _engine(args)
    agent = auth.add_agent(
        engine, args.email, args.role, _password(args), SYSTEM_CLOCK, region=args.region
    )
    audit.record_cli(engine, SYSTEM_CLOCK, "agent_added", {"agent": agent.id})
    print(f"added {agent.email} ({agent.role}{', ' + agent.region if agent.region else ''})")
    return 0


def _disable(args: argparse.Namespace) -> int:
    engine = _engine(args)
    agent = auth.set_disabled(engine, args.email, True)
    audit.record_cli(engine, SYSTEM_CLOCK, "agent_disabled", {"agent": agent.id})
    print(f"disabled {agent.email}; their sessions are closed")
    return 0


def _enable(args: argparse.Namespace) -> int:
    engine = _engine(args)
    agent = auth.set_disabled(engine, args.email, False)
    audit.record_cli(engine, SYSTEM_CLOCK, "agent_disabled", {"agent": agent.id, "enable": True})
    print(f"enabled {agent.email}")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    engine = _engine(args)
    agent = auth.agent_by_email(engine, args.email)
    home = hq_home(getattr(args, "home", None))
    cleared = throttle.unlock_account(engine, secret_key(home, "signin"), agent.email)
    audit.record_cli(engine, SYSTEM_CLOCK, "agent_unlocked", {"agent": agent.id})
    print(f"unlocked {agent.email} ({cleared} failure counters cleared)")
    return 0


def _list(args: argparse.Namespace) -> int:
    people = auth.list_agents(_engine(args))
    if args.json:
        rows = [
            {"email": a.email, "role": a.role, "region": a.region, "disabled": a.disabled}
            for a in people
        ]
        print(json.dumps(rows, indent=2))
        return 0
    for a in people:
        state = "disabled" if a.disabled else "active"
        print(f"{a.email:40} {a.role:8} {a.region or '-':24} {state}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("agent", help="console accounts (agents, managers, admins)")
    actions = group.add_subparsers(dest="agent_command", metavar="ACTION", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: never overwrite a --db given before the subcommand
        parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="HQ database")
        return parser

    add = command("add", "add an account; password from a prompt or $" + PASSWORD_ENV)
    add.add_argument("email")
    add.add_argument("--role", choices=auth.ROLES, required=True)
    add.add_argument("--region", default=None, help="region id (required for agents)")
    add.set_defaults(func=_guard(_add))
    disable = command("disable", "disable an account and close its sessions")
    disable.add_argument("email")
    disable.set_defaults(func=_guard(_disable))
    enable = command("enable", "enable a disabled account again")
    enable.add_argument("email")
    enable.set_defaults(func=_guard(_enable))
    unlock = command("unlock", "let an account sign in again after wrong passwords")
    unlock.add_argument("email")
    unlock.set_defaults(func=_guard(_unlock))
    listing = command("list", "list accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_guard(_list))
