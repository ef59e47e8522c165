#!/usr/bin/env bash
# `make run`: a local HQ with the demo catalog, an enrolled demo stand, then the kiosk.
# Everything lives in .demo/ (delete it to start again from scratch).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

DEMO=${DEMO_DIR:-$PWD/.demo}
PORT=${HQ_PORT:-8700}
HQ_URL="http://127.0.0.1:$PORT"
export OMRANE_KIOSK_HOME="$DEMO/kiosk" OMRANE_HQ_HOME="$DEMO/hq"
export OMRANE_STAFF_PIN=${OMRANE_STAFF_PIN:-246810}
AGENT=manager@demo.example
export OMRANE_HQ_AGENT_PASSWORD=${OMRANE_HQ_AGENT_PASSWORD:-demo-console-2026}
BIN=.venv/bin
mkdir -p "$DEMO"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

# --- HQ ---------------------------------------------------------------------------
$BIN/omrane-hq keys init >/dev/null
if [ ! -f "$DEMO/hq/.catalog-published" ]; then
  echo "demo: publishing the demo catalog at HQ (27,000 units, once)…"
  $BIN/omrane-hq catalog publish --demo
  touch "$DEMO/hq/.catalog-published"
fi
$BIN/omrane-hq agent list --json 2>/dev/null | grep -q "$AGENT" \
  || $BIN/omrane-hq agent add "$AGENT" --role manager >/dev/null
$BIN/omrane-hq serve --port "$PORT" --public-url "$HQ_URL" > "$DEMO/hq.log" 2>&1 &
pids+=($!)
hq_up() { $BIN/python -c "import requests,sys; requests.get(sys.argv[1], timeout=2).raise_for_status()" "$HQ_URL/health" 2>/dev/null; }
for _ in $(seq 1 100); do hq_up && break; sleep 0.2; done
hq_up || { echo "demo: HQ did not start, see $DEMO/hq.log"; exit 1; }

# --- the demo stand -----------------------------------------------------------------
if [ ! -f "$DEMO/kiosk/.enrolled" ]; then
  $BIN/omrane-kiosk setup --event paris-2026
  $BIN/omrane-hq kiosk add demo-stand --event paris-2026 -o "$DEMO/enroll" --url "$HQ_URL"
  $BIN/omrane-kiosk enroll "$DEMO/enroll/demo-stand.enroll.json"
  touch "$DEMO/kiosk/.enrolled"
fi
echo "demo: syncing the stand with HQ (catalog pull, lead push)…"
$BIN/omrane-kiosk sync --once || echo "demo: first sync failed; the kiosk retries in the background"

# --- the stand hub (beside the kiosk, same laptop) ------------------------------------
HUB_PORT=${HUB_PORT:-8443}
$BIN/omrane-kiosk hub serve --port "$HUB_PORT" --hq "$HQ_URL" > "$DEMO/hub.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do grep -q "^store and forward" "$DEMO/hub.log" 2>/dev/null && break; sleep 0.2; done
if [ ! -f "$DEMO/kiosk/.joined" ]; then
  $BIN/omrane-kiosk hub join "127.0.0.1:$HUB_PORT" "$($BIN/omrane-kiosk hub code)" --name demo-stand \
    && touch "$DEMO/kiosk/.joined" || echo "demo: could not join the stand hub, see $DEMO/hub.log"
fi
DESK_LINE=$(grep "^desk page:" "$DEMO/hub.log" | sed "s|https://[^/]*|https://127.0.0.1:$HUB_PORT|" || true)
DISPLAY_LINE=$(grep "^now-serving display:" "$DEMO/hub.log" | sed "s|https://[^/]*|https://127.0.0.1:$HUB_PORT|" || true)

cat <<INFO

  Kiosk:       the window that opens now (staff PIN: $OMRANE_STAFF_PIN — 5 taps in the top
               corner open the staff console)
  HQ console:  $HQ_URL/console   sign in as $AGENT / $OMRANE_HQ_AGENT_PASSWORD
  Stand hub:   $DESK_LINE
               $DISPLAY_LINE
               (the hub's own certificate: accept it once in the browser; log $DEMO/hub.log)
  Leads left on the kiosk reach HQ within seconds. Data: $DEMO (delete it to start over).

INFO

# --- display ----------------------------------------------------------------------------
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  if command -v Xvfb >/dev/null; then
    export DISPLAY=:57
    Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    pids+=($!)
    sleep 1
    mkdir -p "$DEMO/screenshots"
    echo "demo: no display here, so the kiosk runs on the virtual screen $DISPLAY."
    echo "      To watch and touch it: apt-get install x11vnc && x11vnc -display $DISPLAY -localhost,"
    echo "      then open a VNC viewer on localhost:5900. Pictures of every screen:"
    $BIN/omrane-kiosk screenshots -o "$DEMO/screenshots" --lang fr,ar >/dev/null 2>&1 \
      && echo "      $DEMO/screenshots/" || true
  else
    export QT_QPA_PLATFORM=offscreen
    echo "demo: no display and no Xvfb: the kiosk runs offscreen (see the screenshots command)."
  fi
fi
exec_status=0
$BIN/omrane-kiosk run --windowed || exec_status=$?
exit $exec_status
