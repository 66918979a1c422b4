#!/usr/bin/env bash
# Propagation to 1,000 SSE streams and 1,000 parked long polls on one show: time from a hold being
# acknowledged to the last watcher receiving it, and the server's memory per parked watcher
# (../shared/bench/tools/push_fanout.py). The watchers come from 8 loopback addresses, as
# customers come from many: one address may hold only 200 streams and 200 long polls.
# usage: bench/web/push.sh [--n N]
set -uo pipefail
source "$(dirname "$0")/common.sh"
N=1000
[ "${1:-}" = "--n" ] && N=$2
install_bench_tools
start_boxoffice
cookie=$(session_cookie)
rss_idle=$(awk '/VmRSS/{print $2}' /proc/$BOXOFFICE_PID/status)
seat=1
trigger() {
  echo "curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -H 'Cookie: $cookie' \
    -d '{\"show\": 1, \"seats\": [\"C$1\"]}' $BOXOFFICE_URL/api/holds"
}
version=$(curl -s "$BOXOFFICE_URL/api/seat-status/?show=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')
echo "## $N SSE streams (server RSS idle: ${rss_idle} kB)"
/usr/bin/python3 "$HERE/spread_clients.py" 8 "$SHARED/bench/tools/push_fanout.py" --mode sse --url "$BOXOFFICE_URL/api/shows/1/events" \
  --n "$N" --trigger-cmd "$(trigger 1)" --server-pid "$BOXOFFICE_PID"
version=$(curl -s "$BOXOFFICE_URL/api/seat-status/?show=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')
echo "## $N parked long polls"
/usr/bin/python3 "$HERE/spread_clients.py" 8 "$SHARED/bench/tools/push_fanout.py" --mode longpoll \
  --url "$BOXOFFICE_URL/api/seat-status/?show=1&since=$version&wait=30" \
  --n "$N" --trigger-cmd "$(trigger 2)" --server-pid "$BOXOFFICE_PID"
