#!/usr/bin/env bash
# search_vs_mu.sh: the search benchmark of issue 7 (see README.md, "search").
#   1. a COUNT-message index (default 1,000,000) built with build/bench/search_bench through the
#      store library's writer (no .eml parsing, no archive files): index size on disk;
#   2. p50/p95 of 200 fixed queries, first page of 50: in-process and as a whole process;
#   3. mu find side by side on the first MU_COUNT messages (default 20,000) as a Maildir, with
#      a mailclerk index of the same messages, on the queries mu can answer.
# Runs niced. Options via environment: COUNT, MU_COUNT, SEED, OUT (default bench/out/search).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
BENCH_NAME=search_vs_mu
source "$REPO/bench/lib.sh"
COUNT=${COUNT:-1000000}
MU_COUNT=${MU_COUNT:-20000}
SEED=${SEED:-1}
OUT=${OUT:-$REPO/bench/out/search}
find_mailclerk "or set MAILCLERK"
SB=${SEARCH_BENCH:-$(dirname "$MC")/../bench/search_bench}
[ -x "$SB" ] || die "search_bench not found at $SB (cmake --build build --target search_bench)"
command -v mu >/dev/null || apt_install maildir-utils
mkdir -p "$OUT"
report=$OUT/report.txt
: > "$report"
say() { echo "$*" | tee -a "$report"; }

"$SB" queries "$SEED" > "$OUT/queries.txt"

big=$OUT/big-$COUNT
if [ ! -s "$big/archive/.mailclerk/index.sqlite" ] || [ ! -e "$big/.done" ]; then
  rm -rf "$big"
  log "building the $COUNT-message index in $big"
  start=$(date +%s)
  nice "$SB" build "$big" "$COUNT" "$SEED"
  echo $(( $(date +%s) - start )) > "$big/.done"
fi
# The config names the archive by absolute path (an index built from a relative DIR too).
sed -i "s|^root = .*|root = \"$big/archive\"|" "$big/mailclerk.toml"
size=$(stat -c %s "$big/archive/.mailclerk/index.sqlite")
say "index of $COUNT messages: $((size / 1048576)) MB on disk, built in $(cat "$big/.done") s"
# search_text_content: the stored columns of search_text (c0 subject, c1 body, c2 attachments).
say "$(sqlite3 "$big/archive/.mailclerk/index.sqlite" "select 'text indexed: ' || ((sum(length(CAST(c0 AS BLOB))) + sum(length(CAST(c1 AS BLOB)))) / 1048576) || ' MB message text, ' || (sum(length(CAST(c2 AS BLOB))) / 1048576) || ' MB attachment text' from search_text_content")"
say ""
say "$(nice "$SB" run "$big" "$SEED" 3)"
say ""
say "$(nice python3 "$REPO/bench/search_latency.py" "$OUT/queries.txt" --mailclerk "$MC" \
        --config "$big/mailclerk.toml" --csv "$OUT/whole-process-$COUNT.json")"

small=$OUT/small-$MU_COUNT
if [ ! -e "$small/.done" ]; then
  rm -rf "$small"
  log "building the $MU_COUNT-message index and Maildir in $small"
  nice "$SB" build "$small" "$MU_COUNT" "$SEED"
  nice "$SB" maildir "$small" "$MU_COUNT" "$SEED"
  start=$(date +%s)
  nice mu init --muhome "$small/mu" -m "$small/Maildir" >/dev/null
  nice mu index --muhome "$small/mu" >/dev/null 2>&1
  echo $(( $(date +%s) - start )) > "$small/.done"
fi
sed -i "s|^root = .*|root = \"$small/archive\"|" "$small/mailclerk.toml"
say ""
say "side by side with mu $(mu --version | head -1 | awk '{print $NF}') on $MU_COUNT messages (mu index: $(cat "$small/.done") s, $(( $(du -sb "$small/mu" | cut -f1) / 1048576 )) MB; mailclerk index: $(( $(stat -c %s "$small/archive/.mailclerk/index.sqlite") / 1048576 )) MB)"
say "$(nice "$SB" run "$small" "$SEED" 3)"
say "$(nice python3 "$REPO/bench/search_latency.py" "$OUT/queries.txt" --mailclerk "$MC" \
        --config "$small/mailclerk.toml" --mu-home "$small/mu" --csv "$OUT/vs-mu-$MU_COUNT.json")"
log "report: $report"
