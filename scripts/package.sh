#!/usr/bin/env bash
# Build the one-folder stand app with PyInstaller: dist/omrane-kiosk/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  .venv/bin/python -m pip install -q -e ".[dev,package]"
fi
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/omrane-kiosk.spec
echo "built: dist/omrane-kiosk/omrane-kiosk"
