"""The progress a person sees on the terminal while a large catalog with photos imports."""

from __future__ import annotations

import csv
import fcntl
import io
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

from PIL import Image

from kiosk.cli import main
from kiosk.core.config import Paths

PHOTOS = 24


def in_a_terminal(args: list[str], home: Path) -> str:
    """What ``args`` draws on a 120-column terminal (a pseudo-terminal), bars included."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "OMRANE_KIOSK_HOME": str(home), "PYTHONPATH": os.getcwd()}
    child = subprocess.Popen(args, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child is gone and everything it wrote was read
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert child.wait(timeout=120) == 0
    return out.decode("utf-8", errors="replace").replace("\r", "\n")


def test_a_large_import_shows_a_bar_per_stage_photos_included(home: Paths, tmp_path: Path) -> None:
    assert main(["catalog", "demo", "--units", "1200", "--seed", "3"]) == 0
    exported = tmp_path / "offre.csv"
    assert main(["catalog", "export", str(exported)]) == 0
    with exported.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = list(reader.fieldnames or []), list(reader)
    media = tmp_path / "offre-media"
    media.mkdir()
    for n in range(PHOTOS):
        out = io.BytesIO()
        Image.new("RGB", (640, 480), (10 * n, 90, 200 - 5 * n)).save(out, "JPEG")
        (media / f"p{n}.jpg").write_bytes(out.getvalue())
    for n, row in enumerate(rows):
        row["photos"] = f"p{n % PHOTOS}.jpg"
    with exported.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(
            f, fieldnames=[*fields, *(["photos"] if "photos" not in fields else [])]
        )
        writer.writeheader()
        writer.writerows(rows)
    command = [sys.executable, "-m", "kiosk.cli", "catalog", "import", str(exported)]
    shown = in_a_terminal(command, home.home)
    bars = [line for line in shown.splitlines() if ":" in line and "|" in line]
    assert {line.split(":")[0] for line in bars} >= {"checking", "photos", "writing"}
    # one count per distinct file, however many rows name it
    assert any(line.startswith("photos:") and f"/{PHOTOS} " in line for line in bars)
    assert shown.strip().splitlines()[-1].startswith("imported 1200 of 1200 units")
