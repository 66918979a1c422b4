#!/usr/bin/env bash
# The money trail as its users see it, with the real programs: a fresh SQLite database with the
# demo, a manager and a cashier account, the real box office GUI under Xvfb serving the web on a
# free loopback port, a web customer booking two seats in Chromium, then a counter (the real main
# window, driven by tests/tools/walkthroughcounter) where the cashier signs in, opens a shift,
# scans a ticket's QR code from the confirmation, takes cash and saves the tickets as PDF, the manager refunds
# one seat, the cashier closes the shift one five short with a note and the manager closes the
# day. Every step is checked and pictured; see docs/walkthrough.md.
#
#   scripts/walkthrough.sh [BUILD_DIR]        (default: build; pictures go to docs/walkthrough,
#                                              or to $WALKTHROUGH_OUT)
#
# Needs the targets boxoffice, staffaccount and walkthroughcounter, `npm ci` in tests/e2e,
# Chromium, xvfb-run, zbarimg and sqlite3. Exits non-zero at the first step that fails.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
out=${WALKTHROUGH_OUT:-$root/docs/walkthrough}
limit_seconds=${WALKTHROUGH_TIMEOUT:-180}

if [[ -z ${WALKTHROUGH_IN_XVFB:-} ]]; then
    for tool in xvfb-run zbarimg sqlite3 node timeout; do
        command -v "$tool" >/dev/null || { echo "walkthrough: $tool is missing" >&2; exit 1; }
    done
    for target in src/app/boxoffice tests/tools/staffaccount tests/tools/walkthroughcounter; do
        [[ -x $build/$target ]] || { echo "walkthrough: build $target first (in $build)" >&2; exit 1; }
    done
    [[ -d $root/tests/e2e/node_modules/playwright-core ]] || { echo "walkthrough: run npm ci in tests/e2e" >&2; exit 1; }
    [[ -x ${CHROMIUM_PATH:-/usr/bin/chromium} ]] || { echo "walkthrough: no Chromium" >&2; exit 1; }
    # One X server of its own for the whole run, and a bound on the whole run.
    exec timeout --kill-after=10 "$limit_seconds" xvfb-run -a -s '-screen 0 1600x1000x24' \
        env WALKTHROUGH_IN_XVFB=1 "$0" "$build"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/boxoffice-walkthrough.XXXXXX")
app_pid=
cleanup() {
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid"
        wait "$app_pid" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
fail() { echo "walkthrough: $*" >&2; exit 1; }
sql() { sqlite3 -batch -noheader "$db" "$1"; }

# The programs' settings, backups and documents stay in the run's own folder.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME= LC_ALL=C.UTF-8 LANGUAGE= TZ=${TZ:-UTC}
mkdir -p "$HOME/Documents" "$out"
rm -f "$out"/[0-9][0-9]-*.png
db=$work/boxoffice.sqlite

step "Staff accounts: Maria Lopez (manager), Asha Rao (cashier)"
"$build/tests/tools/staffaccount" --db "$db" "Maria Lopez" manager 2468
"$build/tests/tools/staffaccount" --db "$db" "Asha Rao" cashier 1357

step "The box office with the demo, its web endpoint on a free loopback port"
"$build/src/app/boxoffice" --db "$db" --demo --bind 127.0.0.1 --port 0 >"$work/app.out" 2>"$work/app.err" &
app_pid=$!
url=
for _ in $(seq 300); do
    url=$(sed -n 's|^Listening on \(http://127\.0\.0\.1:[0-9]*/\)$|\1|p' "$work/app.out")
    [[ -n $url ]] && break
    kill -0 "$app_pid" 2>/dev/null || fail "boxoffice exited: $(cat "$work/app.err")"
    sleep 0.1
done
[[ -n $url ]] || fail "boxoffice did not announce its web endpoint within 30 s"
echo "$url"

step "A web customer books two seats in Chromium"
customer=$(cd "$root/tests/e2e" && node walkthrough-customer.mjs "$url" "$out")
field() { node -e 'process.stdout.write(String(JSON.parse(process.argv[1])[process.argv[2]]))' "$customer" "$1"; }
reference=$(field reference)
scan=$(field scan)
cookie=$(field cookie)
echo "reservation $reference, scanned as $scan"
# The booking as the customer's own session reads it (no other session may).
booking() {
    node -e 'fetch(process.argv[1], { headers: { Cookie: process.argv[2] }, signal: AbortSignal.timeout(10000) })
        .then(async (r) => { if (!r.ok) process.exit(1); process.stdout.write(await r.text()); })' \
        "${url}api/bookings/$reference" "$cookie"
}
booking | grep -q '"payment_state": *"reserved"' || fail "the web does not call $reference a reservation"

step "The counter: sign-in, shift, scan and cash, tickets, refund, shift close, day close"
"$build/tests/tools/walkthroughcounter" --db "$db" --out "$out" --scan "$scan" \
    --cashier "Asha Rao" 1357 --manager "Maria Lopez" 2468
rm -f "$out"/counter-*.ini "$out"/ticket-*.pdf

step "What the steps left behind"
booking | grep -q '"payment_state": *"paid"' || fail "the web does not say $reference is paid: $(booking)"
echo "web: $reference is paid"
refunds=$(sql "SELECT COUNT(*) || ' ' || COALESCE(SUM(p.amount_cents), 0) FROM payments p JOIN bookings b ON b.id = p.booking_id
               WHERE b.reference = '$reference' AND p.kind = 'refund'")
[[ ${refunds%% *} == 1 && ${refunds#* } -lt 0 ]] || fail "one refund line for $reference expected, found: $refunds"
echo "refund line: ${refunds#* } cents"
difference=$(sql "SELECT counted_cash_cents - expected_cash_cents FROM shifts s JOIN staff m ON m.id = s.staff_id
                  WHERE m.name = 'Asha Rao' AND s.closed_at IS NOT NULL AND s.close_note <> ''")
[[ $difference == -500 ]] || fail "the closed shift's cash difference is '$difference', not -500"
echo "shift closed with a difference of $difference cents and a note"
[[ $(sql "SELECT COUNT(*) FROM day_closes") == 1 ]] || fail "the day was not closed"
echo "day closed"
kill -TERM "$app_pid"
wait "$app_pid" || fail "boxoffice did not exit cleanly"
app_pid=
step "Pictures in $out"
ls "$out"
