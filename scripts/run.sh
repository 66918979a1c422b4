#!/usr/bin/env bash
# First command of the README: installs what is missing, builds, and starts Box Office on the
# embedded SQLite default with demo data. Extra arguments go to boxoffice (e.g. --port 8081).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh run
bash scripts/build.sh -DBOXOFFICE_BUILD_TESTS=OFF -DBOXOFFICE_BUILD_BENCH=OFF
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the web endpoint only (open the address below in a browser)."
  exec build/src/app/boxoffice --headless --demo "$@"
fi
exec build/src/app/boxoffice --demo "$@"
