#!/bin/sh
# Builds the request-parsing fuzz target with clang (libFuzzer, ASan, UBSan) in a build folder
# of its own and runs it for a bounded time through ctest.
#   tests/fuzz/run-fuzz.sh [build-dir]      FUZZ_SECONDS=60 for a longer run
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build-fuzz}
seconds=${FUZZ_SECONDS:-20}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DBOXOFFICE_FUZZ_SECONDS="$seconds"
cmake --build "$build" --target fuzz_request -j2
ctest --test-dir "$build" --output-on-failure -R fuzz_request
