#!/usr/bin/env bash
# The pure core, the sync client and HQ against the LOWEST versions pyproject.toml allows:
# proves its ">=" bounds are true. A venv of its own (.venv-lowest), pins from
# scripts/lowest_constraints.py; run by CI after the main suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=.venv-lowest
constraints=$VENV/constraints.txt
if [ ! -x $VENV/bin/python ]; then
  "$PY" -m venv $VENV
fi
"$PY" scripts/lowest_constraints.py dev > $constraints.new
if ! cmp -s $constraints.new $constraints; then
  echo "== lowest versions: installing"
  $VENV/bin/python -m pip install -q -c $constraints.new -e . \
    pytest pytest-qt pytest-timeout hypothesis psutil aiosmtpd
  mv $constraints.new $constraints
else
  rm $constraints.new
fi
echo "versions: $($VENV/bin/python -m pip list --format=freeze 2>/dev/null \
  | grep -i -E "^(sqlite-utils|pydantic|fastapi|starlette|SQLAlchemy|psycopg|reportlab|PySide6)" \
  | tr '\n' ' ' || true)"
echo "== pytest (lowest versions)"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
PYTHONPATH=$PWD $VENV/bin/python -m pytest -q -m "not cups and not browser" \
  tests/core tests/cli tests/sync tests/test_architecture.py tests/test_vocabulary.py \
  tests/test_messages.py "$@"
