#!/usr/bin/env bash
# Issue 9's high finding: one client address that starts a new session (no cookie) for every hold
# tries to hold a whole show; prints how many seats it got and whether a customer from another
# address can still hold one. Bounded by the show's size and 30 s.
# usage: bench/web/abuse_holds.sh [--seconds S]
# BOXOFFICE_BIN picks the program (default: this tree's build).
set -uo pipefail
source "$(dirname "$0")/common.sh"
start_boxoffice
timeout 120 python3 "$HERE/abuse.py" holds --url "$BOXOFFICE_URL" --pid "$BOXOFFICE_PID" --seconds 30 "$@"
