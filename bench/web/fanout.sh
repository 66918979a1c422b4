#!/usr/bin/env bash
# One process carrying a big on-sale (issue 14), against the machine's limit, in one run:
# N event streams, then N parked long polls on one show, each first on fanout_baseline (a minimal
# epoll server writing the very bytes Box Office sends, in one loop) and then on a fresh headless
# Box Office (SQLite demo data): time from a hold's answer to the last watcher (p50/p99/max), the
# servers' CPU time for it (all threads, from the hold's request to the last delivery), and their
# memory per watcher = (RSS holding N - RSS idle) / N. RSS leaves out what the kernel keeps per
# socket (its structures and buffers), as much for the baseline as for Box Office.
# Then bench_gui_stall with N streams open and a change every 100 ms: the GUI thread's longest
# stall, against its idle reference.
# All on 127.0.0.1; the watchers come from 127.0.0.2.. (100 per address, the caps being 200).
# usage: bench/web/fanout.sh [--n N] [--seconds S]    (build: fanout_client fanout_baseline
#        bench_gui_stall boxoffice)
set -uo pipefail
NEEDS_SHARED_HARNESS=0
source "$(dirname "$0")/common.sh"
N=10000 STALL_SECONDS=10
while [ $# -gt 0 ]; do
  case "$1" in
    --n) N=$2; shift 2;;
    --seconds) STALL_SECONDS=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
TOOLS=${BOXOFFICE_BENCH_BIN:-$REPO/build/bench/web}
CLIENT=$TOOLS/fanout_client BASELINE=$TOOLS/fanout_baseline STALL=$TOOLS/bench_gui_stall
for tool in "$CLIENT" "$BASELINE" "$STALL"; do
  [ -x "$tool" ] || { echo "build first: $tool missing (cmake --build build --target fanout_client fanout_baseline bench_gui_stall)" >&2; exit 2; }
done

BASELINE_PID=""
stop_baseline() {
  if [ -n "$BASELINE_PID" ]; then
    kill -TERM "$BASELINE_PID" 2>/dev/null
    wait "$BASELINE_PID" 2>/dev/null
  fi
  BASELINE_PID=""
}
trap 'stop_baseline; stop_boxoffice' EXIT

# start_baseline [fanout_baseline options]: sets BASELINE_PID, BASELINE_URL
start_baseline() {
  rm -f "$WORK/baseline.out"
  mkfifo "$WORK/baseline.out"
  "$BASELINE" "$@" >"$WORK/baseline.out" &
  BASELINE_PID=$!
  local line
  read -r -t 10 line <"$WORK/baseline.out" || { echo "fanout_baseline did not start" >&2; exit 1; }
  BASELINE_URL=${line#Listening on }
  BASELINE_URL=${BASELINE_URL%/}
}

# A fresh process per transport, so that its idle RSS is not what the previous run left behind.
fresh_boxoffice() {
  kill -TERM "$BOXOFFICE_PID" 2>/dev/null
  wait "$BOXOFFICE_PID" 2>/dev/null
  rm -f "$WORK/out" "$WORK"/bench.sqlite*
  start_boxoffice
}

# The seat version of show 1 (reading it also builds the show's cache before RSS is taken idle).
version() {
  curl -s "$BOXOFFICE_URL/api/seat-status/?show=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["version"])'
}

hold() {
  echo "POST /api/holds {\"show\": 1, \"seats\": [\"$1\"]}"
}

# field LINE KEY: the value of KEY=... in a fanout_client result line
field() {
  tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"
}

# measure_fanout NAME MODE URL TRIGGER SERVER_PID: one measured fan-out, its result line kept in $WORK/NAME
measure_fanout() {
  echo "## $1"
  "$CLIENT" --mode "$2" --url "$3" --n "$N" --trigger "$4" --server-pid "$5" | tee "$WORK/$1.out"
  tail -n 1 "$WORK/$1.out" >"$WORK/$1"
}

echo "# $N watchers per run; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); open-file hard limit $(ulimit -Hn)"
start_boxoffice
# The bytes the baseline sends are Box Office's own: a stream's head and first event (every
# seat), the event of a one-seat hold, and the answer a long poll gets for it.
"$CLIENT" --mode sse --url "$BOXOFFICE_URL/api/shows/1/events" --n 1 --trigger "$(hold A1)" \
  --save-first "$WORK/sse-first" --save-change "$WORK/sse-event" >/dev/null \
  || { echo "could not take a sample event from Box Office" >&2; exit 1; }
"$CLIENT" --mode longpoll --url "$BOXOFFICE_URL/api/seat-status/?show=1&since=$(version)&wait=30" --n 1 \
  --trigger "$(hold A2)" --save-change "$WORK/longpoll-answer" >/dev/null \
  || { echo "could not take a sample long-poll answer from Box Office" >&2; exit 1; }
echo "# sample bytes: stream head + first event $(stat -c %s "$WORK/sse-first") B, one-seat event" \
  "$(stat -c %s "$WORK/sse-event") B, long-poll answer $(stat -c %s "$WORK/longpoll-answer") B"

start_baseline --mode sse --first "$WORK/sse-first" --event "$WORK/sse-event"
measure_fanout "baseline SSE" sse "$BASELINE_URL/api/shows/1/events" "POST /trigger" "$BASELINE_PID"
stop_baseline
fresh_boxoffice
version >/dev/null
measure_fanout "Box Office SSE" sse "$BOXOFFICE_URL/api/shows/1/events" "$(hold C1)" "$BOXOFFICE_PID"

start_baseline --mode longpoll --event "$WORK/longpoll-answer"
measure_fanout "baseline long poll" longpoll "$BASELINE_URL/api/seat-status/?show=1&since=0&wait=30" "POST /trigger" "$BASELINE_PID"
stop_baseline
fresh_boxoffice
measure_fanout "Box Office long poll" longpoll "$BOXOFFICE_URL/api/seat-status/?show=1&since=$(version)&wait=30" \
  "$(hold C1)" "$BOXOFFICE_PID"
kill -TERM "$BOXOFFICE_PID" 2>/dev/null
wait "$BOXOFFICE_PID" 2>/dev/null
BOXOFFICE_PID=""

echo "## GUI thread with $N streams open and a change every 100 ms"
"$STALL" --seconds "$STALL_SECONDS" --streams "$N" 2>/dev/null

echo
echo "## summary: $N watchers per transport (targets: p99 < 250 ms, <= 4 kB per watcher)"
row() {
  printf '%-10s %-11s %9s %9s %8s %7s %13s %9s %11s\n' "$@"
}
row transport server connected received p99_ms ratio server_cpu_ms ratio kB/watcher
for transport in SSE "long poll"; do
  base=$(cat "$WORK/baseline $transport")
  for server in baseline "Box Office"; do
    line=$(cat "$WORK/$server $transport")
    ratio() {
      awk -v a="$(field "$line" "$1")" -v b="$(field "$base" "$1")" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'
    }
    row "$transport" "$server" "$(field "$line" connected)" "$(field "$line" received)" "$(field "$line" p99_ms)" \
      "$(ratio p99_ms)" "$(field "$line" server_cpu_ms)" "$(ratio server_cpu_ms)" "$(field "$line" server_kb_per_watcher)"
  done
done
echo "(ratios: Box Office / baseline; server_cpu_ms: all its threads, from the hold's request to the last"
echo " watcher; kB/watcher: RSS growth while holding N / N, the kernel's per-socket memory not included)"
