#!/usr/bin/env bash
# Builds the .deb with CPack and checks that it carries the binary, the desktop entry and the icon.
set -euo pipefail
build_dir=${1:-build}
cd "$build_dir"
rm -f boxoffice_*.deb
cpack -G DEB >/dev/null
deb=$(ls boxoffice_*.deb)
contents=$(dpkg-deb -c "$deb")
status=0
for wanted in ./usr/bin/boxoffice ./usr/share/applications/boxoffice.desktop \
              ./usr/share/icons/hicolor/scalable/apps/boxoffice.svg; do
  if grep -q " $wanted\$" <<<"$contents"; then
    echo "package: $wanted ok"
  else
    echo "package: $wanted MISSING from $deb" >&2
    status=1
  fi
done
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "package: Depends lacks the SQLite driver" >&2; status=1; }
dpkg-deb -f "$deb" Depends | grep -q libsqlite3-0 || { echo "package: Depends lacks SQLite itself" >&2; status=1; }
dpkg-deb -f "$deb" Depends | grep -q libjansson4 || { echo "package: Depends lacks jansson (the web's JSON reader)" >&2; status=1; }
# Staff secrets: the counter loads libsodium once it signs staff in; from then on the .deb must say so.
if objdump -p src/app/boxoffice | grep -q 'NEEDED *libsodium'; then
  dpkg-deb -f "$deb" Depends | grep -q libsodium23 || { echo "package: Depends lacks libsodium (staff secrets)" >&2; status=1; }
fi
dpkg-deb -f "$deb" Recommends | grep -q fonts-lohit-deva || { echo "package: Recommends lacks the Devanagari font" >&2; status=1; }
[ $status -eq 0 ] && echo "package check passed: $deb"
exit $status
