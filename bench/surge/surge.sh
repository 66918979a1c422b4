#!/usr/bin/env bash
# The on-sale surge (issue 14): 5,000 customers, each from its own loopback address with its own
# session, look at one 500-seat show, hold 2 to 4 seats side by side (other seats again on 409)
# and book them, while 5,000 watchers keep its event stream open. Three set-ups in one run, each
# on a fresh database:
#   pg-N      N web processes on a throw-away PostgreSQL (fsync on) behind a local nginx
#   pg-1      the same with one process
#   sqlite-1  one process on SQLite, behind the same nginx
# The nginx is packaging/nginx/boxoffice.conf rendered onto loopback (render_nginx.py). Per set-up:
# time to sell out, booked seats checked in the database (every seat once), 5xx
# answers, hold p50/p99, change -> last watcher p50/p99 and the processes' CPU time.
# usage: bench/surge/surge.sh [--customers N] [--watchers N] [--processes N] [--only pg-N|pg-1|sqlite-1]
#        [--think-ms MIN,MAX] [--arrival-s S] [--timeout-s S]
# SURGE_KEEP=1 keeps the run's directory (the processes' logs, nginx's error log) for a look after.
# A small run: bench/surge/surge.sh --customers 500 --watchers 500 (about a minute).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
BOXOFFICE_BIN=${BOXOFFICE_BIN:-$REPO/build/src/app/boxoffice}
CLIENT_BIN=${CLIENT_BIN:-$REPO/build/bench/surge/bench_surge_client}
CUSTOMERS=5000 WATCHERS=5000 PROCESSES=4 ONLY="" THINK=300,3000 ARRIVAL=60 TIMEOUT=600
arguments=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --customers) CUSTOMERS=$2; shift 2;;
    --watchers) WATCHERS=$2; shift 2;;
    --processes) PROCESSES=$2; shift 2;;
    --only) ONLY=$2; shift 2;;
    --think-ms) THINK=$2; shift 2;;
    --arrival-s) ARRIVAL=$2; shift 2;;
    --timeout-s) TIMEOUT=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
for binary in "$BOXOFFICE_BIN" "$CLIENT_BIN"; do
  [ -x "$binary" ] || { echo "build first (-DBOXOFFICE_BUILD_BENCH=ON): $binary missing" >&2; exit 2; }
done
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx-light)" >&2; exit 2; }

# PostgreSQL comes from the tests' throw-away server, with fsync on: bookings are durable.
if [ -z "${BOXOFFICE_PG_URL:-}" ] && [ "$ONLY" != sqlite-1 ]; then
  BOXOFFICE_PG_FSYNC=on exec "$REPO/tests/core/with-postgres.sh" "$0" "${arguments[@]}"
fi

# Open files, against the 20,000 hard limit: the client holds customers + watchers (10,000) in one
# process; nginx two per proxied connection (about 20,000), split over its two workers, each with
# its own limit (reuseport spreads the connections); each web process its share of the streams.
ulimit -n "$(ulimit -Hn)"
files=$(ulimit -n)
if [ $((CUSTOMERS + WATCHERS + 100)) -gt "$files" ]; then
  echo "customers + watchers exceed the open-file limit ($files)" >&2
  exit 2
fi

WORK=$(mktemp -d /tmp/boxoffice-surge.XXXXXX)
chmod 755 "$WORK"
PIDS=()
NGINX_PID=""
stop_all() {
  for pid in "${PIDS[@]}" $NGINX_PID; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}" $NGINX_PID; do wait "$pid" 2>/dev/null; done
  PIDS=() NGINX_PID=""
}
trap 'stop_all; if [ -n "${SURGE_KEEP:-}" ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi' EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Whether this build knows --trusted-proxy: without it every customer would look like nginx's own
# address to the web processes, so the client then spreads over the processes itself.
TRUSTED=()
if "$BOXOFFICE_BIN" --help | grep -q -- --trusted-proxy; then
  TRUSTED=(--trusted-proxy 127.0.0.1)
  NGINX_SAMPLE=${NGINX_SAMPLE:-$REPO/packaging/nginx/boxoffice.conf}
  [ -f "$NGINX_SAMPLE" ] || { echo "the nginx sample $NGINX_SAMPLE is missing" >&2; exit 2; }
  echo "# through nginx ($NGINX_SAMPLE rendered onto loopback), --trusted-proxy 127.0.0.1"
else
  echo "# this build has no --trusted-proxy: no nginx, the client spreads customers over the processes"
fi

# start_web DB: one headless process; appends its pid to PIDS and its address to ADDRESSES.
STARTED=0
start_web() {
  local n=$((STARTED++))
  mkfifo "$WORK/out$n"
  "$BOXOFFICE_BIN" --headless --db "$1" --bind 127.0.0.1 --port 0 "${TRUSTED[@]}" "${@:2}" \
    >"$WORK/out$n" 2>"$WORK/err$n" &
  PIDS+=($!)
  local line
  read -r -t 60 line <"$WORK/out$n" || { echo "boxoffice did not start:" >&2; cat "$WORK/err$n" >&2; exit 1; }
  line=${line#Listening on http://}
  ADDRESSES+=("${line%/}")
}

start_nginx() {
  local port=$1
  mkdir -p "$WORK/nginx"
  python3 "$HERE/render_nginx.py" "$NGINX_SAMPLE" "$port" "${ADDRESSES[@]}" >"$WORK/nginx/boxoffice.conf" || exit 1
  sed -e "s|@WORK@|$WORK/nginx|g" -e "s|@FILES@|$files|g" "$HERE/nginx.conf.in" >"$WORK/nginx/nginx.conf"
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>"$WORK/nginx/stderr" &
  NGINX_PID=$!
  for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && return
    sleep 0.1
  done
  echo "nginx did not start:" >&2
  cat "$WORK/nginx/stderr" >&2
  exit 1
}

cpu_seconds() {
  local total=0 pid
  for pid in "$@"; do
    read -r -a stat <"/proc/$pid/stat" || continue
    total=$((total + stat[13] + stat[14]))
  done
  awk -v ticks="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", ticks / hz }'
}

# The first Grand Hall show (500 seats) starting in more than a day, on sale on the web until then,
# and without its two house seats, so that all 500 are for sale.
SHOW_SQL="SELECT s.id FROM shows s JOIN halls h ON h.id = s.hall_id WHERE h.name = 'Grand Hall'
  AND s.starts_at > $(( ($(date +%s) + 86400) * 1000 )) ORDER BY s.starts_at LIMIT 1"
SOLD_SQL="SELECT COUNT(*), COUNT(DISTINCT bs.seat_id) FROM booking_seats bs JOIN bookings b ON b.id = bs.booking_id
  WHERE b.show_id = @SHOW@ AND b.cancelled_at IS NULL AND bs.released_at IS NULL"

# run_setup NAME PROCESSES DB SQL-COMMAND...
run_setup() {
  local name=$1 processes=$2 db=$3
  local sql=("${@:4}")
  ADDRESSES=()
  # One process first creates the schema and the demo shows, as an upgrade migrates with one.
  start_web "$db" --demo
  stop_all
  local show
  show=$("${sql[@]}" "$SHOW_SQL")
  "${sql[@]}" "DELETE FROM house_seats WHERE show_id = $show" >/dev/null
  ADDRESSES=()
  for _ in $(seq "$processes"); do start_web "$db"; done
  local target
  if [ ${#TRUSTED[@]} -gt 0 ]; then
    local port
    port=$(free_port)
    start_nginx "$port"
    target=127.0.0.1:$port
  else
    target=$(IFS=,; echo "${ADDRESSES[*]}")
  fi
  echo "## $name: $processes process(es), show $show, $CUSTOMERS customers, $WATCHERS watchers, target $target"
  local machine_before
  machine_before=$(head -n 1 /proc/stat)
  "$CLIENT_BIN" --target "$target" --show "$show" --customers "$CUSTOMERS" --watchers "$WATCHERS" \
    --think-ms "$THINK" --arrival-s "$ARRIVAL" --timeout-s "$TIMEOUT" | tee "$WORK/$name.client"
  # How busy the whole machine was (every process: the web processes, PostgreSQL, nginx, the
  # client): near 100 % the set-up measures the cores' share each got, not the software alone.
  local machine_busy
  machine_busy=$(awk -v before="$machine_before" -v after="$(head -n 1 /proc/stat)" 'BEGIN {
    split(before, b); split(after, a); total = 0; idle = 0
    for (i = 2; i <= 9; i++) total += a[i] - b[i]
    idle = (a[5] - b[5]) + (a[6] - b[6])
    printf "%.0f", (total > 0 ? 100 * (total - idle) / total : 0) }')
  local web_cpu nginx_cpu=0 rss=0 pid
  web_cpu=$(cpu_seconds "${PIDS[@]}")
  [ -n "$NGINX_PID" ] && nginx_cpu=$(cpu_seconds $(pgrep -P "$NGINX_PID") "$NGINX_PID")
  for pid in "${PIDS[@]}"; do rss=$((rss + $(awk '/VmRSS/{print $2}' "/proc/$pid/status"))); done
  stop_all
  local sold
  sold=$("${sql[@]}" "${SOLD_SQL//@SHOW@/$show}")
  local hall_seats
  hall_seats=$("${sql[@]}" "SELECT COUNT(*) FROM seats WHERE hall_id = (SELECT hall_id FROM shows WHERE id = $show)")
  echo "database: booked seat rows|distinct seats = $sold of $hall_seats seats in the hall"
  echo "cpu: web processes ${web_cpu} s, nginx ${nginx_cpu} s, the machine ${machine_busy} % busy ($(nproc) cores); web processes' RSS at the end $((rss / 1024)) MB"
  # Why nginx failed a request or cut a stream, by kind: a 5xx's cause is in here.
  if [ -s "$WORK/nginx/error.log" ]; then
    echo "nginx error log, by kind:"
    sed -E -e 's/^[0-9\/]+ [0-9:]+ \[[a-z]+\] [0-9#]+: (\*[0-9]+ )?//' -e 's/, client: .*//' "$WORK/nginx/error.log" |
      sort | uniq -c | sort -rn | head -10
    : >"$WORK/nginx/error.log"
  fi
  local -A figure
  local pair
  for pair in $(cat "$WORK/$name.client"); do
    [[ $pair == *=* ]] && figure[${pair%%=*}]=${pair#*=}
  done
  local rows=${sold%|*} distinct=${sold#*|} verdict
  verdict="$rows of $hall_seats booked, none twice"
  [ "$rows" = "$distinct" ] || verdict="$rows booked but only $distinct distinct seats: SOLD TWICE"
  ROWS+=("| $name | $processes | ${figure[sold_out_s]:-?} | $verdict | ${figure[responses_5xx]:-?} | ${figure[conflicts_409]:-?} | ${figure[hold_p50_ms]:-?} / ${figure[hold_p99_ms]:-?} | ${figure[watchers_open]:-?} | ${figure[watcher_last_p50_ms]:-?} / ${figure[watcher_last_p99_ms]:-?} | $web_cpu | $machine_busy | $((rss / 1024)) |")
}

psql_at() {
  local url=$1
  shift
  psql -qAtX -v ON_ERROR_STOP=1 "$url" -c "$1"
}

ROWS=()
pg_setup() {
  local name=$1 processes=$2
  local url=${BOXOFFICE_PG_URL%/*}/surge_${name//-/_}
  psql_at "$BOXOFFICE_PG_URL" "CREATE DATABASE surge_${name//-/_}" >/dev/null
  run_setup "$name" "$processes" "$url" psql_at "$url"
}
sqlite_setup() {
  run_setup sqlite-1 1 "$WORK/surge.sqlite" sqlite3 "$WORK/surge.sqlite"
}
case "$ONLY" in
  "") pg_setup "pg-$PROCESSES" "$PROCESSES"; pg_setup pg-1 1; sqlite_setup;;
  pg-1) pg_setup pg-1 1;;
  pg-*) pg_setup "pg-$PROCESSES" "$PROCESSES";;
  sqlite-1) sqlite_setup;;
  *) echo "--only takes pg-N, pg-1 or sqlite-1" >&2; exit 2;;
esac

echo
echo "| set-up | processes | sold out after (s) | database check | 5xx | 409 | hold p50 / p99 (ms) | watchers open | change -> last watcher p50 / p99 (ms) | web CPU (s) | machine busy (%) | web RSS (MB) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
