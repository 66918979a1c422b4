#!/usr/bin/env bash
# Issue 9's second web abuse case: the server out of file descriptors. Limits the server to
# 1,024 open files (prlimit, as `ulimit -n 1024`), opens 1,100 idle connections, and prints the
# server's CPU over 10 s and whether a new request is answered, while full and after 100 close.
# usage: bench/web/abuse_fds.sh [--connections N] [--addresses K] [--window S]
#   --addresses K spreads the connections over 127.0.0.1..K (default 1).
# BOXOFFICE_BIN picks the program (default: this tree's build).
set -uo pipefail
source "$(dirname "$0")/common.sh"
start_boxoffice
prlimit --pid "$BOXOFFICE_PID" --nofile=1024:1024
timeout 120 python3 "$HERE/abuse.py" fds --url "$BOXOFFICE_URL" --pid "$BOXOFFICE_PID" "$@"
