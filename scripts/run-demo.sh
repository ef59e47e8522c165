#!/usr/bin/env bash
# `make run`: the visitor kiosk in a window, with the demo catalog (created on first start).
# Without a display it runs inside Xvfb and says how to look at it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

xvfb_pid=""
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if command -v Xvfb >/dev/null; then
    export DISPLAY=:${KIOSK_XVFB_DISPLAY:-99}
    Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    echo "run: no display here, so the kiosk runs in a virtual screen (Xvfb $DISPLAY)."
    echo "run: to see it, render every screen to PNG files instead:"
    echo "       .venv/bin/omrane-kiosk screenshots -o shots --lang fr,ar,en"
    echo "     or attach a VNC server to it (e.g. x11vnc -display $DISPLAY) and open a viewer."
  else
    echo "run: no display and no Xvfb: install xvfb (scripts/setup.sh does) or run on a desktop."
    exit 1
  fi
fi
echo "run: first start creates the demo catalog (about 30 s); Ctrl+C to stop."
exec .venv/bin/python -m kiosk.ui --windowed "$@"
