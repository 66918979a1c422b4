#!/usr/bin/env bash
# Installs the Debian 12 packages Box Office needs to build, run and test.
# usage: scripts/install-deps.sh [run|test]   (test adds what the test suite uses)
set -euo pipefail

mode=${1:-run}
build_packages=(
  cmake ninja-build g++ pkg-config file
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev
  libqrencode-dev libsqlite3-dev libjansson-dev libsodium-dev zlib1g-dev libbrotli-dev sqlite3 fonts-dejavu-core fonts-lohit-deva
)
test_packages=(
  xvfb xauth xdg-utils chromium clang libclang-rt-14-dev dpkg-dev postgresql poppler-utils zbar-tools nginx openssl
)
case "$mode" in
  run) wanted=("${build_packages[@]}") ;;
  test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 [run|test]" >&2; exit 2 ;;
esac
command -v node >/dev/null && command -v npm >/dev/null || wanted+=(nodejs npm)

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
