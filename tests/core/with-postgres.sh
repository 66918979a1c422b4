#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server on 127.0.0.1, passing its URL in
# BOXOFFICE_PG_URL. Exits 77 (ctest: skipped) when no PostgreSQL server is installed.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/postgres" ] || { echo "PostgreSQL server not installed: skipped"; exit 77; }

data=$(mktemp -d /tmp/boxoffice-pg.XXXXXX)
chmod 755 "$data"
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$data"
  run_as=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() {
  "${run_as[@]}" "$bin/pg_ctl" -D "$data/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap cleanup EXIT
"${run_as[@]}" "$bin/initdb" -D "$data/db" -U boxoffice --auth=trust >/dev/null
"${run_as[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $data -c fsync=${BOXOFFICE_PG_FSYNC:-off}" start >/dev/null
"${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U boxoffice boxoffice_test
BOXOFFICE_PG_URL="postgresql://boxoffice@127.0.0.1:$port/boxoffice_test" "$@"
