#!/usr/bin/env bash
# Holds per second on one show from concurrent connections (bench_holds), on SQLite and on a
# throw-away PostgreSQL with fsync on, each as shipped (holds and releases commit without waiting
# for the disk) and with --durable (every commit durable, as before).
# usage: bench/core/holds.sh [BUILD_DIR] [bench_holds options, e.g. --threads 8 --holds 100]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
shift || true
bench=$build/bench/core/bench_holds
[ -x "$bench" ] || { echo "build bench_holds first (cmake --build $build --target bench_holds)"; exit 1; }
"$bench" "$@"
"$bench" --durable "$@"
BOXOFFICE_PG_FSYNC=on "$here/../../tests/core/with-postgres.sh" bash -c \
  '"$0" --db "$BOXOFFICE_PG_URL" "$@" && "$0" --db "$BOXOFFICE_PG_URL" --durable "$@"' "$bench" "$@"
