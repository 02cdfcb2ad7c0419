#!/usr/bin/env bash
# fuzz/run.sh [SECONDS] [BUILD_DIR]: build the libFuzzer targets with clang and run each for
# SECONDS (default 30) on a seed corpus made from tests/data/ (whole messages for
# fuzz_parse_message; header values, first byte choosing a charset, for fuzz_headers).
# Findings (crash-*, leak-*, timeout-*) are written to BUILD_DIR/findings; exit 1 on any.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${1:-30}
BUILD=${2:-$REPO/build-fuzz}
command -v clang++ >/dev/null || { echo "fuzz: clang++ not installed, skipped" >&2; exit 0; }
CC=clang CXX=clang++ cmake -S "$REPO" -B "$BUILD" -G Ninja -DMAILCLERK_FUZZ=ON -DMAILCLERK_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" -j "$(nproc)" --target fuzz_parse_message fuzz_headers >/dev/null

seeds=$BUILD/seeds
rm -rf "$seeds" && mkdir -p "$seeds/messages" "$seeds/headers" "$BUILD/findings"
find "$REPO/tests/data" -name '*.eml' -exec cp {} "$seeds/messages/" \;
python3 - "$REPO/tests/data" "$seeds/headers" <<'PY'
import pathlib, sys
n = 0
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.eml")):
    head = path.read_bytes().replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    for line in head.split(b"\n"):
        if b":" in line:
            (pathlib.Path(sys.argv[2]) / f"h{n:04d}").write_bytes(bytes([n % 22]) + line.split(b":", 1)[1])
            n += 1
PY
status=0
for target in fuzz_parse_message fuzz_headers; do
  corpus=$seeds/messages
  [ $target = fuzz_headers ] && corpus=$seeds/headers
  echo "fuzz: $target for ${SECONDS_EACH}s" >&2
  "$BUILD/fuzz/$target" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -max_len=262144 \
    -artifact_prefix="$BUILD/findings/$target-" -print_final_stats=1 "$corpus" \
    > "$BUILD/$target.log" 2>&1 || status=1
  grep -E '^stat::number_of_executed_units|^Done' "$BUILD/$target.log" >&2 || true
done
[ $status -eq 0 ] || { echo "fuzz: findings in $BUILD/findings (logs in $BUILD/*.log)" >&2; exit 1; }
