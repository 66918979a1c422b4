# Shared by the web benchmarks: starts a headless Box Office on loopback with demo data.
# Sets BOXOFFICE_PID, BOXOFFICE_URL, WORK; stops the server on exit.
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SHARED=${BOXOFFICE_SHARED:-$REPO/../shared}
BOXOFFICE_BIN=${BOXOFFICE_BIN:-$REPO/build/src/app/boxoffice}
[ -x "$BOXOFFICE_BIN" ] || { echo "build first: $BOXOFFICE_BIN missing" >&2; exit 2; }
[ "${NEEDS_SHARED_HARNESS:-1}" = 0 ] || [ -d "$SHARED/bench" ] || { echo "shared bench harness not found at $SHARED (set BOXOFFICE_SHARED)" >&2; exit 2; }

WORK=$(mktemp -d /tmp/boxoffice-bench.XXXXXX)
chmod 755 "$WORK"
BOXOFFICE_PID=""
stop_boxoffice() {
  if [ -n "$BOXOFFICE_PID" ]; then
    kill -TERM "$BOXOFFICE_PID" 2>/dev/null
    wait "$BOXOFFICE_PID" 2>/dev/null
  fi
  rm -rf "$WORK"
}
trap stop_boxoffice EXIT
trap 'exit 130' INT TERM

# start_boxoffice [extra boxoffice options]
start_boxoffice() {
  mkfifo "$WORK/out"
  "$BOXOFFICE_BIN" --headless --demo --db "$WORK/bench.sqlite" --bind 127.0.0.1 --port 0 "$@" >"$WORK/out" 2>"$WORK/err" &
  BOXOFFICE_PID=$!
  local line
  read -r -t 30 line <"$WORK/out" || { echo "boxoffice did not start:" >&2; cat "$WORK/err" >&2; exit 1; }
  BOXOFFICE_URL=${line#Listening on }
  BOXOFFICE_URL=${BOXOFFICE_URL%/}
  echo "# boxoffice pid $BOXOFFICE_PID at $BOXOFFICE_URL"
}

# A session cookie as a browser would hold it after its first visit.
session_cookie() {
  curl -s -o /dev/null -c "$WORK/jar" "$BOXOFFICE_URL/api/shows/"
  awk '$6 == "bo_session" {print "bo_session=" $7}' "$WORK/jar"
}

install_bench_tools() {
  local missing=()
  for package in wrk nginx-light gunicorn python3-django curl; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
