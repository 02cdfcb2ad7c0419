#!/usr/bin/env bash
# prices.sh: cost of price extraction per quote message (tests/data/quotes) and per MB of
# attachment (generated ~1-4 MB PDF, XLSX, CSV, TXT price lists). Builds bench_prices in
# ./build (or $BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target bench_prices >/dev/null
out=bench/out/prices
mkdir -p "$out"
python3 bench/gen_quote_docs.py "$out"
"$build/bench/bench_prices" tests/data/quotes/*.eml "$out"/big.*
