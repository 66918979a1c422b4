#!/usr/bin/env bash
# Compressed answers (issue 14), two measurements in one run:
# 1. GET /api/seat-status/ of the 500-seat show with `Accept-Encoding: gzip` under wrk, against
#    nginx `gzip_static` serving the very gzip bytes Box Office sent, rounds alternating; prints
#    the ratio of the medians (target >= 0.90).
# 2. The first-view bytes on the wire (the seat page, every script, style and icon it loads, its
#    imports, and the seat status) of the 500-seat and the 2,000-seat demo show: identity, gzip
#    and br; and what a returning customer fetches once the hashed assets are cached.
# usage: bench/web/compression.sh [--rounds N] [--duration S] [--conns "16 64"]
set -uo pipefail
source "$(dirname "$0")/common.sh"
ROUNDS=3 DURATION=8 CONNS="16 64"
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS=$2; shift 2;;
    --duration) DURATION=$2; shift 2;;
    --conns) CONNS=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
install_bench_tools
start_boxoffice

# The first show in each demo hall: the Grand Hall has 500 seats, the Opera House 2,000.
read -r small large < <(curl -s "$BOXOFFICE_URL/api/shows/" | python3 -c '
import json, sys
shows = json.load(sys.stdin)["shows"]
first = {}
for show in shows:
    first.setdefault(show["hall"], show["id"])
print(first["Grand Hall"], first["Opera House"])')
cookie=$(session_cookie)

echo "## first-view bytes on the wire"
python3 - "$BOXOFFICE_URL" "$cookie" "$small" "$large" <<'PY'
import re, sys, urllib.parse, urllib.request
base, cookie, shows = sys.argv[1], sys.argv[2], sys.argv[3:]

def get(path, coding):
    request = urllib.request.Request(base + path, headers={"Accept-Encoding": coding, "Cookie": cookie})
    with urllib.request.urlopen(request) as response:  # urllib does not decode: these are wire bytes
        return response.read(), response.headers

def first_view(show, coding):
    """Every URL the page loads before the seats show, with the bytes each took."""
    import gzip, zlib
    sizes, todo, seen = {}, [f"/shows/{show}/"], set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        body, headers = get(path, coding)
        sizes[path] = len(body)
        encoding = headers.get("Content-Encoding", "")
        text = body
        if encoding == "gzip":
            text = gzip.decompress(body)
        elif encoding == "br":
            text = get(path, "identity")[0]
        text = text.decode("utf-8", "replace")
        if path.endswith("/") or path.endswith(".js"):
            for ref in re.findall(r'(?:src|href)="(/static/[^"]+)"|from \'([^\']+)\'', text):
                target = ref[0] or urllib.parse.urljoin(path, ref[1])
                todo.append(target)
    status = f"/api/seat-status/?show={show}"
    sizes[status] = len(get(status, coding)[0])
    return sizes

for show in shows:
    status = f"/api/seat-status/?show={show}"
    seats = len(__import__("json").loads(get(status, "identity")[0])["seats"])
    rows = {coding: first_view(show, coding) for coding in ("identity", "gzip", "br")}
    print(f"show {show}, {seats} seats ({len(rows['identity'])} requests):")
    for coding, sizes in rows.items():
        total = sum(sizes.values())
        print(f"  {coding:8} first view {total:>9,} B   seat status {sizes[status]:>8,} B"
              f"   returning (page + seat status) {sizes[f'/shows/{show}/'] + sizes[status]:>8,} B")
PY

echo
echo "## seat status with Accept-Encoding: gzip, boxoffice vs nginx gzip_static (same bytes)"
url="$BOXOFFICE_URL/api/seat-status/?show=$small"
curl -s -H "Accept-Encoding: gzip" -H "Cookie: $cookie" -o "$WORK/seat-status.json.gz" "$url"
gunzip -c "$WORK/seat-status.json.gz" >"$WORK/seat-status.json" || { echo "not gzip" >&2; exit 1; }
touch -r "$WORK/seat-status.json" "$WORK/seat-status.json.gz"
mkdir -p "$WORK/nginx/www" "$WORK/nginx/tmp"
cp "$WORK/seat-status.json" "$WORK/seat-status.json.gz" "$WORK/nginx/www/"
chmod -R a+rX "$WORK/nginx"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 8192; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_requests 1000000;
    # Spares nginx an open() and fstat() of the .gz file per request, as a tuned site would.
    open_file_cache max=64 inactive=60s;
    open_file_cache_valid 60s;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        root $WORK/nginx/www;
        gzip_static on;
        gzip_vary on;
        location = /api/seat-status/ {
            default_type application/json;
            add_header Cache-Control no-cache;
            try_files /seat-status.json =404;
        }
    }
}
CONF
/usr/sbin/nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
nginx_pid=$!
trap 'kill -TERM $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; stop_boxoffice' EXIT
nginx_url="http://127.0.0.1:$port/api/seat-status/"
for _ in $(seq 50); do curl -sf -o /dev/null "$nginx_url" && break; sleep 0.1; done
ours=$(curl -s -H "Accept-Encoding: gzip" -H "Cookie: $cookie" "$url" | wc -c)
theirs=$(curl -s -H "Accept-Encoding: gzip" -D "$WORK/nginx.head" "$nginx_url" | wc -c)
grep -qi '^content-encoding: gzip' "$WORK/nginx.head" || { echo "nginx did not send the .gz file" >&2; exit 1; }
echo "body bytes: boxoffice $ours, nginx $theirs (identity $(wc -c <"$WORK/seat-status.json"))"
# CPU time (clock ticks) of a process and its children: on a loaded machine req/s swings with
# the neighbours, the CPU each server spends per request much less.
cpu_ticks() {
  local total=0 pid
  for pid in $1 $(ps -o pid= --ppid "$1"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
# run_wrk PID CONNS URL [wrk options]: prints "req/s cpu-us-per-request"
run_wrk() {
  local pid=$1 c=$2 target=$3 before after out
  shift 3
  before=$(cpu_ticks "$pid")
  out=$(wrk -t1 -c"$c" -d"${DURATION}s" "$@" "$target")
  after=$(cpu_ticks "$pid")
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    /requests in/ {requests = $1} /^Requests\/sec:/ {rate = $2}
    END {printf "%s %.1f\n", rate, ticks * 1e6 / hz / requests}' <<<"$out"
}
for c in $CONNS; do
  declare -a rb=() rn=() cb=() cn=()
  for _ in $(seq "$ROUNDS"); do
    read -r rate cpu < <(run_wrk "$BOXOFFICE_PID" "$c" "$url" -H "Accept-Encoding: gzip" -H "Cookie: $cookie")
    rb+=("$rate"); cb+=("$cpu")
    read -r rate cpu < <(run_wrk "$nginx_pid" "$c" "$nginx_url" -H "Accept-Encoding: gzip")
    rn+=("$rate"); cn+=("$cpu")
  done
  python3 - "$c" "${rb[*]}" "${rn[*]}" "${cb[*]}" "${cn[*]}" <<'PY'
import statistics, sys
c = sys.argv[1]
ours, nginx, ours_cpu, nginx_cpu = ([float(x) for x in arg.split()] for arg in sys.argv[2:6])
o, n = statistics.median(ours), statistics.median(nginx)
oc, nc = statistics.median(ours_cpu), statistics.median(nginx_cpu)
print(f"c={c}: boxoffice gzip {o:,.0f} req/s, nginx gzip_static {n:,.0f} req/s, ratio {o / n:.2f} (target >= 0.90);"
      f" CPU per request: boxoffice {oc:.1f} us, nginx {nc:.1f} us, throughput ratio by CPU {nc / oc:.2f}")
print(f"      rounds req/s: boxoffice {', '.join(f'{x:,.0f}' for x in ours)}; nginx {', '.join(f'{x:,.0f}' for x in nginx)}")
PY
done
