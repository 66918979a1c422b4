#!/usr/bin/env bash
# Second command of the README (and what CI runs): installs what is missing, builds, and runs the
# whole test suite: unit, GUI, web and browser tests through ctest, then the package check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh test
if [ -f tests/e2e/package-lock.json ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
bash scripts/build.sh -DBOXOFFICE_BUILD_TESTS=ON -DBOXOFFICE_BUILD_BENCH=ON
build_dir=${BUILD_DIR:-build}
# A crashing Qt test forks a debugger for its stack trace, which can deadlock in fork(); a crash
# must fail the run, not hang it.
export QTEST_DISABLE_STACK_DUMP=1
(cd "$build_dir" && ctest --output-on-failure --timeout 600 -j2)
bash scripts/check-package.sh "$build_dir"
