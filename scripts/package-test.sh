#!/usr/bin/env bash
# Smoke test of the frozen app: it starts offscreen, passes its self-check, renders a
# screenshot and builds a brochure, all from the built folder alone.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x dist/omrane-kiosk/omrane-kiosk ] && [ "${REBUILD:-0}" = 0 ] || scripts/package.sh
app=dist/omrane-kiosk/omrane-kiosk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen OMRANE_KIOSK_HOME="$work/home"
"$app" --version
OMRANE_STAFF_PIN=580314 "$app" setup --event paris-2026 >/dev/null
"$app" catalog demo --units 300 --seed 7 >/dev/null
"$app" doctor --json > "$work/doctor.json" || true
python3 - "$work/doctor.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
failed = [c for c in report["checks"] if c["status"] == "fail"]
assert not failed, f"frozen app self-check failed: {failed}"
print("frozen doctor:", report["status"])
PY
"$app" screenshots -o "$work/shots" --lang ar >/dev/null
ls "$work/shots"/ar-home.png >/dev/null
ref=$("$app" search --limit 1 --json | python3 -c "import json,sys; print(json.load(sys.stdin)['results'][0]['ref'])")
"$app" brochure "$ref" --lang ar -o "$work/brochure.pdf"
head -c 5 "$work/brochure.pdf" | grep -q '%PDF-'
echo "frozen smoke test: ok"
