"""Start the kiosk at login and bring it back after a crash (Linux: XDG autostart + systemd).

The systemd user unit restarts the kiosk on failure; its start limit ends a crash loop, and
``OnFailure=`` then shows a still "please call staff" screen instead of a flickering one.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

UNIT = "omrane-kiosk.service"
CALL_STAFF_UNIT = "omrane-kiosk-call-staff.service"
DESKTOP = "omrane-kiosk.desktop"
RESTART_SEC = 3
START_LIMIT_BURST = 5
START_LIMIT_INTERVAL_S = 300


@dataclass(frozen=True)
class AutostartFiles:
    desktop: Path
    unit: Path
    call_staff_unit: Path


def kiosk_command() -> list[str]:
    """How to start this installation of the kiosk (frozen app or venv script)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = shutil.which("omrane-kiosk") or str(Path(sys.executable).with_name("omrane-kiosk"))
    return [script]


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def target_files(config_home: Path | None = None) -> AutostartFiles:
    base = config_home or _config_home()
    return AutostartFiles(
        desktop=base / "autostart" / DESKTOP,
        unit=base / "systemd" / "user" / UNIT,
        call_staff_unit=base / "systemd" / "user" / CALL_STAFF_UNIT,
    )


def render_unit(command: list[str], home: Path | None) -> str:
    env = f"Environment=OMRANE_KIOSK_HOME={home}\n" if home else ""
    run = shlex.join([*command, "run", "--kiosk"])
    return f"""[Unit]
Description=Al Omrane stand kiosk
After=graphical-session.target
PartOf=graphical-session.target
StartLimitIntervalSec={START_LIMIT_INTERVAL_S}
StartLimitBurst={START_LIMIT_BURST}
OnFailure={CALL_STAFF_UNIT}

[Service]
Type=simple
{env}ExecStart={run}
Restart=on-failure
RestartSec={RESTART_SEC}

[Install]
WantedBy=graphical-session.target
"""


def render_call_staff_unit(command: list[str], home: Path | None) -> str:
    env = f"Environment=OMRANE_KIOSK_HOME={home}\n" if home else ""
    run = shlex.join([*command, "run", "--call-staff"])
    return f"""[Unit]
Description=Al Omrane stand kiosk: please call staff (after repeated crashes)

[Service]
Type=simple
{env}ExecStart={run}
"""


def render_desktop(command: list[str]) -> str:
    # With systemd present the unit does the work; the .desktop entry is for other sessions.
    run = shlex.join([*command, "run", "--kiosk"])
    return f"""[Desktop Entry]
Type=Application
Name=Al Omrane Kiosk
Comment=Stand kiosk (starts full screen at login)
Exec={run}
Icon=omrane-kiosk
Terminal=false
X-GNOME-Autostart-enabled=true
X-systemd-skip=true
"""


def install(
    home: Path | None, config_home: Path | None = None, *, enable: bool = True
) -> AutostartFiles:
    files = target_files(config_home)
    command = kiosk_command()
    for path, text in (
        (files.desktop, render_desktop(command)),
        (files.unit, render_unit(command, home)),
        (files.call_staff_unit, render_call_staff_unit(command, home)),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if enable:
        _systemctl("daemon-reload")
        _systemctl("enable", UNIT)
    return files


def uninstall(config_home: Path | None = None) -> list[Path]:
    files = target_files(config_home)
    _systemctl("disable", UNIT)
    removed = []
    for path in (files.desktop, files.unit, files.call_staff_unit):
        if path.exists():
            path.unlink()
            removed.append(path)
    _systemctl("daemon-reload")
    return removed


def _systemctl(*args: str) -> bool:
    """Best effort: a laptop without a systemd user session still gets the .desktop entry."""
    if not shutil.which("systemctl"):
        return False
    done = subprocess.run(
        ["systemctl", "--user", *args], capture_output=True, text=True, timeout=30, check=False
    )
    return done.returncode == 0
