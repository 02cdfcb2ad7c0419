#!/usr/bin/env bash
# fuzz/run.sh [--build-only|--run-only] [SECONDS] [BUILD_DIR]: build the libFuzzer targets with
# clang and run each for
# SECONDS (per target, default 30; 6 targets) on seed corpora made from tests/data/ and small
# hand-made seeds:
#   fuzz_parse_message  whole messages                 fuzz_headers   header values (byte 0: charset)
#   fuzz_documents      XLSX/DOCX/PDF/CSV/HTML/text    (byte 0: format; read_document)
#   fuzz_imap_response  IMAP server bytes              (byte 0: chunk size)
#   fuzz_sanitize       mail HTML for the web page
#   fuzz_web_request    URL targets, forms, cookies, search queries (byte 0: component)
# Findings (crash-*, leak-*, timeout-*) are written to BUILD_DIR/findings; exit 1 on any.
# Without clang it skips, saying what was not fuzzed; under CI=true a missing clang fails.
# --build-only builds and stops; --run-only runs what an earlier --build-only built (so that
# scripts/test.sh can compile beside one test pass and fuzz beside the other).
set -euo pipefail
STEP=all
case "${1:-}" in
  --build-only) STEP=build; shift ;;
  --run-only) STEP=run; shift ;;
esac
REPO=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${1:-30}
BUILD=${2:-$REPO/build-fuzz}
TARGETS=(fuzz_parse_message fuzz_headers fuzz_documents fuzz_imap_response fuzz_sanitize fuzz_web_request)
if ! command -v clang++ >/dev/null; then
  if [ "${CI:-}" = true ]; then
    echo "fuzz: clang++ not installed (scripts/install-deps.sh installs it): failing under CI=true" >&2
    exit 1
  fi
  echo "fuzz: SKIPPED, clang++ not installed: ${TARGETS[*]} were not fuzzed" >&2
  exit 0
fi
build_targets() {
  # Line tables only (-g1): a finding's stack trace keeps file and line, the build takes a third less.
  CC=clang CXX=clang++ cmake -S "$REPO" -B "$BUILD" -G Ninja -DMAILCLERK_FUZZ=ON -DMAILCLERK_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
  # The build's output goes to a log; on failure its end is shown, so CI says what broke.
  if ! cmake --build "$BUILD" -j "$(nproc)" --target "${TARGETS[@]}" >"$BUILD/build.log" 2>&1; then
    grep -E -A 3 'error|FAILED' "$BUILD/build.log" | head -n 60 >&2
    echo "fuzz: building the targets with clang failed (log: $BUILD/build.log)" >&2
    exit 1
  fi
}
[ "$STEP" = run ] || build_targets
[ "$STEP" = build ] && exit 0

seeds=$BUILD/seeds
rm -rf "$seeds" && mkdir -p "$BUILD/findings"
for target in "${TARGETS[@]}"; do mkdir -p "$seeds/$target"; done
find "$REPO/tests/data" -name '*.eml' -exec cp {} "$seeds/fuzz_parse_message/" \;
python3 "$REPO/fuzz/seeds.py" "$REPO/tests/data" "$seeds"

status=0
for target in "${TARGETS[@]}"; do
  echo "fuzz: $target for ${SECONDS_EACH}s" >&2
  "$BUILD/fuzz/$target" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -max_len=262144 \
    -timeout=25 -artifact_prefix="$BUILD/findings/$target-" -print_final_stats=1 \
    "$seeds/$target" > "$BUILD/$target.log" 2>&1 || {
    status=1
    # CI keeps only what is printed: the finding's report and stack, so it can be mended from it.
    grep -E -A 40 -m 1 '^==[0-9]+==|ERROR: libFuzzer|runtime error' "$BUILD/$target.log" | head -n 60 >&2 || true
    grep -E '^(Test unit written|artifact_prefix|Base64)' "$BUILD/$target.log" >&2 || true
  }
  grep -E '^stat::number_of_executed_units|^Done' "$BUILD/$target.log" >&2 || true
done
[ $status -eq 0 ] || { echo "fuzz: findings in $BUILD/findings (logs in $BUILD/*.log)" >&2; exit 1; }
