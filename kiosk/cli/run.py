"""Commands: run (the visitor kiosk) and screenshots (every screen rendered offscreen)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from kiosk.cli.base import Context, add_command
from sync.contract.errors import ConfigError
from sync.contract.vocabulary import LANGUAGES

# kiosk.ui.screenshots.MODES, named here so the help does not import Qt.
SCREEN_MODES = ("normal", "large", "contrast", "large-contrast")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = add_command(sub, "run", "start the visitor kiosk (demo catalog on first start)")
    mode = run.add_mutually_exclusive_group()
    mode.add_argument(
        "--kiosk",
        action="store_true",
        help="locked mode: frameless full screen, on top; staff exit with the PIN",
    )
    mode.add_argument(
        "--windowed", action="store_true", help="a normal window, for development and demos"
    )
    mode.add_argument(
        "--call-staff",
        action="store_true",
        help="only show 'please call staff' (used by autostart after repeated crashes)",
    )
    run.add_argument("--event", metavar="FILE", type=Path, help="event profile to use (TOML)")
    run.set_defaults(func=run_kiosk)

    shots = add_command(sub, "screenshots", "render every screen offscreen to PNG files")
    shots.add_argument("-o", "--output", metavar="DIR", type=Path, required=True)
    shots.add_argument(
        "--lang",
        default=",".join(LANGUAGES),
        help=f"comma-separated languages (default {','.join(LANGUAGES)})",
    )
    shots.add_argument(
        "--modes",
        default=",".join(SCREEN_MODES),
        help="comma-separated display modes (default normal,large,contrast,large-contrast)",
    )
    shots.add_argument("--event", metavar="FILE", type=Path, help="event profile to use (TOML)")
    shots.set_defaults(func=screenshots)


def run_kiosk(ctx: Context, args: argparse.Namespace) -> int:
    if args.call_staff:
        from kiosk.ui.call_staff import show_call_staff

        return show_call_staff(ctx.paths.logs)
    from kiosk.ui.launch import run

    return run(str(ctx.paths.home), kiosk_mode=bool(args.kiosk), event_file=args.event)


def screenshots(ctx: Context, args: argparse.Namespace) -> int:
    languages = [lang.strip() for lang in args.lang.split(",") if lang.strip()]
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown or not languages:
        raise ConfigError(f"unknown language(s): {', '.join(unknown) or '(none)'}")
    modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    bad_modes = [mode for mode in modes if mode not in SCREEN_MODES]
    if bad_modes or not modes:
        raise ConfigError(f"unknown display mode(s): {', '.join(bad_modes) or '(none)'}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui import i18n
    from kiosk.ui.launch import application, open_services, prepare_catalog
    from kiosk.ui.screenshots import render_all

    application()
    services = open_services(ctx.paths, event_file=args.event)
    try:
        problem = prepare_catalog(services)
        if problem:
            raise ConfigError(f"catalog unavailable: {problem}")
        i18n.apply_language(services.event.default_language)
        written = render_all(services, args.output, languages, modes)
    finally:
        services.db.close()
    for path in written:
        print(path)
    return 0
