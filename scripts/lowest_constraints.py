"""Print a pip constraints file that pins every dependency to its lowest allowed version.

pip has no "lowest versions" resolution, so CI reads the ``>=`` bounds of pyproject.toml
(the runtime dependencies and the named extras) and turns each into ``==``; installing with
``pip install -c FILE`` then proves the bounds are true. A bound without ``>=`` is left free.

Usage: python scripts/lowest_constraints.py [EXTRA ...] > constraints.txt
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*(.*)$")
_LOWER = re.compile(r">=\s*([0-9][^,;\s]*)")


def lowest_pins(requirements: list[str]) -> list[str]:
    """``"reportlab[shaping]>=4.1"`` → ``"reportlab==4.1"``; requirements without ``>=`` are
    skipped (a constraints file may not carry extras)."""
    pins = []
    for requirement in requirements:
        match = _REQUIREMENT.match(requirement)
        if not match:
            continue
        name, spec = match.groups()
        lower = _LOWER.search(spec)
        if lower:
            pins.append(f"{name}=={lower.group(1)}")
    return pins


def main(extras: list[str]) -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    print("\n".join(lowest_pins(requirements)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
