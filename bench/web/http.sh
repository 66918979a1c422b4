#!/usr/bin/env bash
# GET /api/seat-status/?show= of the 500-seat hall under wrk, against nginx serving the same bytes
# and the Django + gunicorn peer of the original system, in one run (../shared/bench/http_compare.sh),
# with a session cookie present. Then the conditional path: If-None-Match -> 304, against nginx
# answering its own ETag with 304, rounds alternating.
# usage: bench/web/http.sh [--rounds N] [--duration S]
set -uo pipefail
source "$(dirname "$0")/common.sh"
ROUNDS=3 DURATION=8
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2;;
    --duration) DURATION=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
install_bench_tools
start_boxoffice
cookie=$(session_cookie)
url="$BOXOFFICE_URL/api/seat-status/?show=1"

echo "## full answers (200), cookie present"
"$SHARED/bench/http_compare.sh" --name boxoffice --pid "boxoffice=$BOXOFFICE_PID" --rounds "$ROUNDS" \
  --duration "$DURATION" --conns "16 64" --header "Cookie: $cookie" "$url"

echo
echo "## conditional answers (304): boxoffice vs nginx, each with its own ETag"
curl -s -o "$WORK/payload.json" "$url" -H "Cookie: $cookie"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$SHARED/bench/peers/nginx_static/run.sh" "$port" 1 "$WORK/payload.json" "$WORK/nginx" >"$WORK/nginx.log" 2>&1 &
nginx_pid=$!
trap 'kill -TERM $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; stop_boxoffice' EXIT
nginx_url="http://127.0.0.1:$port/api/seat-status/"
for _ in $(seq 50); do curl -sf -o /dev/null "$nginx_url" && break; sleep 0.1; done
ours=$(curl -s -D - -o /dev/null "$url" -H "Cookie: $cookie" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
theirs=$(curl -s -D - -o /dev/null "$nginx_url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
[ "$(curl -s -o /dev/null -w '%{http_code}' "$url" -H "Cookie: $cookie" -H "If-None-Match: $ours")" = 304 ] \
  || { echo "boxoffice did not answer 304 to its own ETag" >&2; exit 1; }
for c in 16 64; do
  declare -a rb=() rn=()
  for r in $(seq "$ROUNDS"); do
    rb+=($(wrk -t1 -c$c -d${DURATION}s -H "Cookie: $cookie" -H "If-None-Match: $ours" "$url" | awk '/^Requests\/sec:/{print $2}'))
    rn+=($(wrk -t1 -c$c -d${DURATION}s -H "If-None-Match: $theirs" "$nginx_url" | awk '/^Requests\/sec:/{print $2}'))
  done
  python3 - "$c" "${rb[*]}" "${rn[*]}" <<'PY'
import statistics, sys
c, ours, nginx = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
o, n = statistics.median(ours), statistics.median(nginx)
print(f"c={c}: boxoffice 304 {o:,.0f} req/s, nginx 304 {n:,.0f} req/s, ratio {o / n:.2f} (target >= 0.90)")
PY
done
