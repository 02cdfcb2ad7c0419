#!/usr/bin/env bash
# Run every test: unit and integration tests with warnings as errors, then all of them once
# more under AddressSanitizer and UndefinedBehaviorSanitizer, but for the integration tests
# labelled heavy (a "# labels: heavy" line: kill -9 rounds, long-running servers, a browser,
# timing, documentation), whose subject is process behaviour the first pass already proves and
# which would take CI past 45 minutes; the parsers still meet every fixture message, the oracle
# set and the fuzz seeds under the sanitizers. Installs what it needs first.
# The third-party fixture messages are fetched into .cache/fixtures (tests that need them say
# so when they are absent; under CI=true that fails). MAILCLERK_SKIP_SANITIZE=1 skips the
# sanitizer pass. The fuzz targets (fuzz/run.sh: 6 of them) run for 25 s each, 2.5 minutes in
# all (MAILCLERK_FUZZ_SECONDS=0 skips, N runs N s per target).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
if ! scripts/fetch-fixtures.sh; then
  # Only under CI=true does it fail: there every test that needs the fixtures must run.
  echo "error: third-party fixtures unavailable" >&2
  exit 1
fi
export MAILCLERK_FIXTURES=${MAILCLERK_FIXTURES:-$PWD/.cache/fixtures}

scripts/build.sh build-test -DMAILCLERK_WERROR=ON
(cd build-test && ctest --output-on-failure -j 2)

# The Debian package of that same build (no second compile), checked with lintian, installed,
# upgraded, removed and purged on this machine.
deb=$(scripts/package.sh build-test | tail -n 1)
scripts/check-package.sh "$deb"

# A short libFuzzer run of everything that reads what strangers send (clang;
# MAILCLERK_FUZZ_SECONDS=0 skips it, N is seconds per target).
if [ "${MAILCLERK_FUZZ_SECONDS:-25}" != 0 ]; then
  fuzz/run.sh "${MAILCLERK_FUZZ_SECONDS:-25}"
fi

if [ "${MAILCLERK_SKIP_SANITIZE:-0}" != 1 ]; then
  scripts/build.sh build-asan -DMAILCLERK_WERROR=ON -DMAILCLERK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/../tests/support/lsan.supp ctest --output-on-failure -j 2 -LE heavy)
fi
