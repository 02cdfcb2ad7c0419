#!/usr/bin/env bash
# Run every test: unit and integration tests with warnings as errors, then under
# AddressSanitizer and UndefinedBehaviorSanitizer the unit tests and the integration tests
# labelled sanitize (a "# labels: sanitize" line: the ones that feed the parsers what strangers
# send -- every fixture message, the oracle set, PST, prices, bad input -- and the web server,
# whose leak reports and exit status the pass must see). The other integration tests are about
# process behaviour (sync, kill -9 rounds, servers, a browser) that the first pass proves; running
# them twice would take CI past 45 minutes. Installs what it needs first. Each phase prints its
# time ("test.sh: phase ... took N s") so a slow CI says where the time went.
# The test passes leave much of the CPU idle (servers starting, sleeps, waits on I/O), so the work
# that needs only CPU runs beside them at the lowest priority: the fixtures are fetched while the
# first build compiles, the sanitizer and fuzz builds compile while the first pass runs, and the
# fuzzers run while the sanitizer pass runs ("test.sh: beside ... took N s").
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

# beside NAME COMMAND...: starts COMMAND (a program or a function of this script) in the
# background at the lowest CPU priority, in a process group of its own (set -m), its output in
# $logs/NAME.log; joined NAME waits for it and fails, showing the log's end, when it failed.
# When this script ends early (a failed phase), whatever still runs beside is stopped.
logs=$PWD/.cache/test-logs
mkdir -p "$logs"
declare -A beside_pid beside_start
beside() {
  local name=$1
  shift
  beside_start[$name]=$SECONDS
  set -m
  (
    renice -n 19 -p $BASHPID >/dev/null
    status=0
    "$@" || status=$?
    echo $((SECONDS - beside_start[$name])) >"$logs/$name.seconds"
    exit $status
  ) </dev/null >"$logs/$name.log" 2>&1 &
  beside_pid[$name]=$!
  set +m
}
stop_beside() {
  local pid
  for pid in "${beside_pid[@]}"; do kill -- -"$pid" 2>/dev/null || true; done
}
trap stop_beside EXIT
joined() {
  local name=$1 status=0
  wait "${beside_pid[$name]}" || status=$?
  unset "beside_pid[$name]"
  echo "test.sh: beside $name took $(cat "$logs/$name.seconds" 2>/dev/null || echo '?') s," \
    "joined at total $SECONDS s" >&2
  if [ $status -ne 0 ]; then
    tail -n 60 "$logs/$name.log" >&2
    echo "test.sh: $name failed (exit $status; log: $logs/$name.log)" >&2
    exit $status
  fi
}

sanitize=1 fuzz_seconds=${MAILCLERK_FUZZ_SECONDS:-25}
[ "${MAILCLERK_SKIP_SANITIZE:-0}" != 1 ] || sanitize=0

phase install-deps scripts/install-deps.sh
# Only under CI=true does a missing fixture fail: there every test that needs them must run.
beside fixtures scripts/fetch-fixtures.sh
export MAILCLERK_FIXTURES=${MAILCLERK_FIXTURES:-$PWD/.cache/fixtures}

# All builds carry line tables only (-g1): enough for the sanitizers' and a crash's stack traces
# with file and line, at two thirds of the compile time of full debug info (-g).
phase build scripts/build.sh build-test -DMAILCLERK_WERROR=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
joined fixtures

# compile_rest: the sanitizer build, then the libFuzzer targets (clang), beside the first pass.
# (Run as "cmd || status=$?", where set -e does not stop at a failure: each step says so itself.)
compile_rest() {
  if [ $sanitize = 1 ]; then
    scripts/build.sh build-asan -DMAILCLERK_WERROR=ON -DMAILCLERK_SANITIZE=ON \
      -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 || return
  fi
  # A short libFuzzer run of everything that reads what strangers send (MAILCLERK_FUZZ_SECONDS=0
  # skips it, N is seconds per target).
  [ "$fuzz_seconds" = 0 ] || fuzz/run.sh --build-only
}
beside compile-rest compile_rest
phase tests ctest --test-dir build-test --output-on-failure -j 2

# The Debian package of that same build (no second compile), checked with lintian, installed,
# upgraded, removed and purged on this machine.
deb=$(scripts/package.sh build-test | tail -n 1)
phase package scripts/check-package.sh "$deb"
joined compile-rest

[ "$fuzz_seconds" = 0 ] || beside fuzz fuzz/run.sh --run-only "$fuzz_seconds"
if [ $sanitize = 1 ]; then
  ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/tests/support/lsan.supp \
    phase tests-asan ctest --test-dir build-asan --output-on-failure -j 2 -L '^(unit|sanitize)$'
fi
[ "$fuzz_seconds" = 0 ] || joined fuzz
