#!/usr/bin/env bash
# Run every test: unit and integration tests with warnings as errors, then all of them once
# more under AddressSanitizer and UndefinedBehaviorSanitizer. Installs what it needs first.
# The third-party fixture messages are fetched into .cache/fixtures (tests that need them say
# so when they are absent). MAILCLERK_SKIP_SANITIZE=1 skips the sanitizer pass. The parsers'
# fuzz targets run for 30 s each (fuzz/run.sh; MAILCLERK_FUZZ_SECONDS=0 skips, N runs N s each).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/fetch-fixtures.sh || echo "warning: fixtures unavailable; tests that need them will say so" >&2
export MAILCLERK_FIXTURES=${MAILCLERK_FIXTURES:-$PWD/.cache/fixtures}

scripts/build.sh build-test -DMAILCLERK_WERROR=ON
(cd build-test && ctest --output-on-failure -j 2)

# The Debian package of that same build (no second compile), checked with lintian, installed,
# upgraded, removed and purged on this machine.
deb=$(scripts/package.sh build-test | tail -n 1)
scripts/check-package.sh "$deb"

# A short libFuzzer run of the parsers (clang; MAILCLERK_FUZZ_SECONDS=0 skips it).
if [ "${MAILCLERK_FUZZ_SECONDS:-30}" != 0 ]; then
  fuzz/run.sh "${MAILCLERK_FUZZ_SECONDS:-30}"
fi

if [ "${MAILCLERK_SKIP_SANITIZE:-0}" != 1 ]; then
  scripts/build.sh build-asan -DMAILCLERK_WERROR=ON -DMAILCLERK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/../tests/support/lsan.supp ctest --output-on-failure -j 2)
fi
