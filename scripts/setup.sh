#!/usr/bin/env bash
# One-time (and idempotent) set-up: system packages, .venv, the project, Qt translations.
# Fast the second time: every step checks before it acts.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv
  # Qt offscreen and Xvfb
  libegl1 libgl1 libfontconfig1 libfreetype6 libx11-6 libglib2.0-0 libxkbcommon0 libdbus-1-3
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1
  # printing, PDF checks, HQ database, web console tests
  cups printer-driver-cups-pdf poppler-utils postgresql chromium
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: some system packages are missing. Run as root:"
    echo "  sudo apt-get install -y ${missing[*]}"
    echo "setup: continuing; tests that need them will say so."
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi

stamp=.venv/.setup-stamp
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing the project and its test tools into .venv"
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi

# Qt translations: .ts sources -> .qm next to them.
if compgen -G "assets/translations/*.ts" >/dev/null; then
  for ts in assets/translations/*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
    fi
  done
fi

# Message texts outside Qt (gettext, Babel; the core and the HQ console): .po -> .mo beside them.
for po in sync/contract/locale/*/LC_MESSAGES/*.po sync/hq/console/locale/*/LC_MESSAGES/*.po; do
  mo="${po%.po}.mo"
  if [ ! -f "$mo" ] || [ "$po" -nt "$mo" ]; then
    .venv/bin/pybabel -q compile -i "$po" -o "$mo"
  fi
done
