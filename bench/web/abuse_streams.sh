#!/usr/bin/env bash
# Issue 9's first web abuse case: event streams that never read while seats change fast.
# Opens 1,000 streams on show 1 that are never read, then 24 sessions hold and release seats
# (up to about 430 changes a second, under the rate limits) for 60 s; prints the server's RSS before,
# at its peak, after the changes and after the streams closed, and how the streams were answered.
# usage: bench/web/abuse_streams.sh [--streams N] [--addresses K] [--seconds S]
#   --addresses K spreads the streams over 127.0.0.1..K (default 1: one client, as the tester).
# BOXOFFICE_BIN picks the program (default: this tree's build).
set -uo pipefail
source "$(dirname "$0")/common.sh"
start_boxoffice
timeout 180 python3 "$HERE/abuse.py" streams --url "$BOXOFFICE_URL" --pid "$BOXOFFICE_PID" "$@"
