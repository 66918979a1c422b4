#!/bin/sh
# Builds the fuzz targets (request parsing, seat-plan import) with clang (libFuzzer, ASan, UBSan) in a build folder
# of its own and runs each for a bounded time through ctest. Only the fuzz targets and the
# libraries they link are built there.
#   tests/fuzz/run-fuzz.sh [build-dir]      FUZZ_SECONDS=60 for a longer run
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$here/../../build-fuzz}
seconds=${FUZZ_SECONDS:-20}

# A folder configured from elsewhere (the fuzz folder alone, before) starts afresh.
if [ -f "$build/CMakeCache.txt" ] && ! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$root" "$build/CMakeCache.txt"; then
  rm -rf "$build/CMakeCache.txt" "$build/CMakeFiles"
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBOXOFFICE_BUILD_FUZZ=ON -DBOXOFFICE_BUILD_TESTS=ON -DBOXOFFICE_BUILD_BENCH=OFF \
  -DBOXOFFICE_FUZZ_SECONDS="$seconds"
cmake --build "$build" --target fuzz_request fuzz_hallplan -j2
ctest --test-dir "$build" --output-on-failure -L fuzz
