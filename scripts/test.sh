#!/usr/bin/env bash
# Run every test: unit and integration tests with warnings as errors, then under
# AddressSanitizer and UndefinedBehaviorSanitizer the unit tests and the integration tests
# labelled sanitize (a "# labels: sanitize" line: the ones that feed the parsers what strangers
# send -- every fixture message, the oracle set, PST, prices, bad input -- and the web server,
# whose leak reports and exit status the pass must see). The other integration tests are about
# process behaviour (sync, kill -9 rounds, servers, a browser) that the first pass proves; running
# them twice would take CI past 45 minutes. Installs what it needs first. Each phase prints its
# time ("test.sh: phase ... took N s") so a slow CI says where the time went.
# The third-party fixture messages are fetched into .cache/fixtures (tests that need them say
# so when they are absent; under CI=true that fails). MAILCLERK_SKIP_SANITIZE=1 skips the
# sanitizer pass. The fuzz targets (fuzz/run.sh: 6 of them) run for 25 s each, 2.5 minutes in
# all (MAILCLERK_FUZZ_SECONDS=0 skips, N runs N s per target).
set -euo pipefail
cd "$(dirname "$0")/.."

# phase NAME COMMAND...: runs COMMAND and prints how long it took.
phase() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  echo "test.sh: phase $name took $((SECONDS - start)) s (total $SECONDS s)" >&2
}

phase install-deps scripts/install-deps.sh
if ! scripts/fetch-fixtures.sh; then
  # Only under CI=true does it fail: there every test that needs the fixtures must run.
  echo "error: third-party fixtures unavailable" >&2
  exit 1
fi
export MAILCLERK_FIXTURES=${MAILCLERK_FIXTURES:-$PWD/.cache/fixtures}

# Both builds carry line tables only (-g1): enough for the sanitizers' and a crash's stack traces
# with file and line, at two thirds of the compile time of full debug info (-g).
phase build scripts/build.sh build-test -DMAILCLERK_WERROR=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
phase tests ctest --test-dir build-test --output-on-failure -j 2

# The Debian package of that same build (no second compile), checked with lintian, installed,
# upgraded, removed and purged on this machine.
deb=$(scripts/package.sh build-test | tail -n 1)
phase package scripts/check-package.sh "$deb"

# A short libFuzzer run of everything that reads what strangers send (clang;
# MAILCLERK_FUZZ_SECONDS=0 skips it, N is seconds per target).
if [ "${MAILCLERK_FUZZ_SECONDS:-25}" != 0 ]; then
  phase fuzz fuzz/run.sh "${MAILCLERK_FUZZ_SECONDS:-25}"
fi

if [ "${MAILCLERK_SKIP_SANITIZE:-0}" != 1 ]; then
  phase build-asan scripts/build.sh build-asan -DMAILCLERK_WERROR=ON -DMAILCLERK_SANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1
  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/tests/support/lsan.supp \
    phase tests-asan ctest --test-dir build-asan --output-on-failure -j 2 -L '^(unit|sanitize)$'
fi
