#!/usr/bin/env bash
# prices.sh: cost of price extraction per quote message (tests/data/quotes), per document of
# tests/data/prices (OCR seconds per page for the scans), and per MB of attachment (generated
# ~1-4 MB PDF, XLSX, CSV, TXT price lists). Builds bench_prices in ./build (or $BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake --build "$build" --target bench_prices >/dev/null
out=bench/out/prices
mkdir -p "$out"
python3 bench/gen_quote_docs.py "$out"
# Quote mails, documents written by other software (OCR'd scans among them), large price lists,
# and the evaluation set's mails when a directory of them is given as $PRICE_EVAL_MAILS.
"$build/bench/bench_prices" tests/data/quotes/*.eml tests/data/prices/*.{xlsx,xls,docx,pdf,png,zip} \
  "$out"/big.* ${PRICE_EVAL_MAILS:+"$PRICE_EVAL_MAILS"/*.eml}
