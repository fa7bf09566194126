#!/usr/bin/env bash
# Install the peer linters that benchmarks/peers.py compares cs_lint with.
#
#     bash benchmarks/setup.sh
#
# Creates benchmarks/.peers/ (gitignored):
#   venv/          a Python virtual environment with proselint
#   node_modules/  write-good and alex (npm)
# Nothing here is part of the cs_lint package or its dependencies. Versions are
# pinned so the numbers in docs/quality.md and docs/performance.md reproduce;
# override with PROSELINT=..., WRITE_GOOD=..., ALEX=... to try others.
set -euo pipefail

PROSELINT="${PROSELINT:-0.16.0}"
WRITE_GOOD="${WRITE_GOOD:-1.0.8}"
ALEX="${ALEX:-11.0.1}"
PYTHON="${PYTHON:-python3}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
peers="$here/.peers"
mkdir -p "$peers"

for tool in "$PYTHON" node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "benchmarks/setup.sh: '$tool' not found; install it first (Node.js >= 18 for npm)" >&2
        exit 2
    fi
done

echo "proselint $PROSELINT -> $peers/venv"
"$PYTHON" -m venv "$peers/venv"
"$peers/venv/bin/pip" install --quiet --disable-pip-version-check "proselint==$PROSELINT"

echo "write-good $WRITE_GOOD, alex $ALEX -> $peers/node_modules"
if [ ! -f "$peers/package.json" ]; then
    printf '{\n  "name": "cs-lint-peers",\n  "private": true,\n  "description": "peer linters for cs_lint benchmarks"\n}\n' >"$peers/package.json"
fi
(cd "$peers" && npm install --silent --no-audit --no-fund --save-exact \
    "write-good@$WRITE_GOOD" "alex@$ALEX")

# Smoke test: each tool flags one obvious sentence.
echo '["I would argue that it is simply very obvious!!"]' |
    "$peers/venv/bin/python" "$here/proselint_worker.py" | grep -q '"hedging"'
echo '["I would argue that it is simply very obvious!!"]' |
    node "$here/peers.mjs" --modules "$peers/node_modules" | grep -q '"simple"'

echo "peers ready in $peers"
