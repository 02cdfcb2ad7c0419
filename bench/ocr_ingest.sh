#!/usr/bin/env bash
# ocr_ingest.sh — the mail import rate with scanned attachments, OCR inline vs in the background
# (issue 16), and `mu index` on the same Maildir.
#
#   bench/ocr_ingest.sh [--count N] [--scans PERCENT] [--seed S] [--runs R] [--keep]
#
# The corpus is bench/gen_corpus.py's (default 2,000 messages, seed 1) plus PERCENT % more
# messages (default 2) that each carry a one-page scanned quote (tests/data/prices/
# scanned_quote.pdf, made unique per message by a trailing PDF comment, so that the document
# cache of one process never serves a scan twice). Per run, into fresh archives:
#   inline  `mailclerk import --ocr=inline`: every scan OCR'd on the ingest path (as before);
#   later   `mailclerk import` (the default): scans filed at once, flagged for the OCR queue;
#   queue   `mailclerk ocr`: the queue read afterwards (what the daemon does in the background),
#           giving OCR seconds per page;
#   mu      `mu init && mu index` on the same Maildir (mu reads no attachment text).
# Builds nothing ($MAILCLERK, else ./build/daemon/mailclerk). Each step under /usr/bin/time -v;
# the table shows medians of R runs (default 1). CPU seconds are the reliable figure on a shared
# machine; wall seconds are shown beside them.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
COUNT=2000 SCANS=2 SEED=1 RUNS=1 KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --scans) SCANS=$2; shift 2 ;;
    --seed)  SEED=$2; shift 2 ;;
    --runs)  RUNS=$2; shift 2 ;;
    --keep)  KEEP=1; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "ocr_ingest: unknown argument: $1" >&2; exit 2 ;;
  esac
done

BENCH_NAME=ocr_ingest
# shellcheck source=lib.sh
. "$HERE/lib.sh"
find_mailclerk "it is what this measures"
[ -x /usr/bin/time ] || apt_install time
command -v mu >/dev/null 2>&1 || apt_install maildir-utils

# ---- corpus (cached) ---------------------------------------------------------------------------
OUT=$HERE/out
CORPUS=$OUT/ocr-corpus-$COUNT-p$SCANS-s$SEED
MAILDIR=$CORPUS/maildir
CONFIG_TEMPLATE=$CORPUS/mailclerk.toml
SCAN=$REPO/tests/data/prices/scanned_quote.pdf
STAMP="$(cat "$HERE/gen_corpus.py" "$0" "$SCAN" | sha256sum | cut -c1-16) $COUNT $SCANS $SEED"
if [ "$(cat "$CORPUS/.stamp" 2>/dev/null)" != "$STAMP" ]; then
  log "generating corpus in $CORPUS"
  rm -rf "$CORPUS"; mkdir -p "$CORPUS"
  python3 "$HERE/gen_corpus.py" --count "$COUNT" --seed "$SEED" --out "$MAILDIR" \
    --config-out "$CONFIG_TEMPLATE"
  python3 - "$MAILDIR/cur" "$SCAN" "$COUNT" "$SCANS" "$CONFIG_TEMPLATE" <<'PY'
import re, sys
from email.message import EmailMessage
out, scan, count, percent, config = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
pdf = open(scan, "rb").read()
# A customer domain of the corpus, so that the scanned quotes are filed under a customer.
domain = re.search(r'domains = \["([^"]+)"', open(config, encoding="utf-8").read()).group(1)
for i in range(int(count * percent / 100)):
    m = EmailMessage()
    m["From"] = "Buyer <buyer@%s>" % domain
    m["To"] = "Sales <sales@ourco.com>"
    m["Subject"] = "Quotation %d (scanned)" % i
    m["Date"] = "Wed, 04 Nov 2026 10:%02d:00 +0800" % (i % 60)
    m["Message-ID"] = "<scan-%d@bench>" % i
    m.set_content("Please find the signed quotation attached.\n")
    m.add_attachment(pdf + b"%% copy " + str(i).encode() + b"\n", maintype="application",
                     subtype="pdf", filename="QT-%04d.pdf" % i)
    open("%s/scan-%05d:2," % (out, i), "wb").write(bytes(m))
PY
  echo "$STAMP" > "$CORPUS/.stamp"
fi
NMSG=$(find "$MAILDIR/cur" -type f | wc -l)
NSCAN=$(find "$MAILDIR/cur" -type f -name 'scan-*' | wc -l)
log "corpus: $NMSG messages, $NSCAN with a scanned page, in $MAILDIR"
find "$MAILDIR/cur" -type f -print0 | xargs -0 cat > /dev/null   # warm the page cache

# ---- runs --------------------------------------------------------------------------------------
RESULTS=$(mktemp -d "$OUT/ocr-results-$(date +%Y%m%d-%H%M%S).XXXX")

timed() {  # timed TOOL I COMMAND...: one step under /usr/bin/time -v, its fields to TOOL.tsv
  local tool=$1 i=$2; shift 2
  if ! /usr/bin/time -v -o "$RESULTS/$tool-$i.time" "$@" > "$RESULTS/$tool-$i.log" 2>&1; then
    tail -5 "$RESULTS/$tool-$i.log" >&2
    die "$tool failed (run $i); log: $RESULTS/$tool-$i.log"
  fi
  time_field "$RESULTS/$tool-$i.time" >> "$RESULTS/$tool.tsv"
}

archive_for() {  # archive_for NAME: a fresh archive and its config; prints the config's path
  local d; d=$(mktemp -d "$OUT/run-$1.XXXXXX")
  sed "s|^root = .*|root = \"$d/archive\"|" "$CONFIG_TEMPLATE" > "$d/mailclerk.toml"
  echo "$d"
}

for i in $(seq 1 "$RUNS"); do
  log "run $i/$RUNS: import --ocr=inline"
  d=$(archive_for inline)
  timed inline "$i" "$MC" import -c "$d/mailclerk.toml" --ocr=inline "$MAILDIR"
  [ $KEEP = 1 ] || rm -rf "$d"
  log "run $i/$RUNS: import (scans later), then mailclerk ocr"
  d=$(archive_for later)
  timed later "$i" "$MC" import -c "$d/mailclerk.toml" "$MAILDIR"
  pending=$(sqlite3 "$d/archive/.mailclerk/index.sqlite" \
    "select count(*) from attachments where text_flag = 'ocr-pending'")
  [ "$pending" = "$NSCAN" ] || log "warning: $pending scans pending after import, expected $NSCAN"
  timed queue "$i" "$MC" ocr -c "$d/mailclerk.toml"
  [ $KEEP = 1 ] || rm -rf "$d"
  log "run $i/$RUNS: mu init + mu index"
  d=$(mktemp -d "$OUT/run-mu.XXXXXX")
  timed mu "$i" sh -c 'mu init --maildir="$1" --muhome="$2" && mu index --muhome="$2"' sh \
    "$MAILDIR" "$d"
  [ $KEEP = 1 ] || rm -rf "$d"
done

# ---- table -------------------------------------------------------------------------------------
{
  TOOLS=(inline later queue mu)
  printf '\n%-26s' ""
  for t in "${TOOLS[@]}"; do printf '%12s' "$t"; done; printf '\n'
  row() { printf '%-26s' "$1"; shift; for v in "$@"; do printf '%12s' "$v"; done; printf '\n'; }
  declare -A S C
  for t in "${TOOLS[@]}"; do S[$t]=$(median "$RESULTS/$t.tsv" 1); C[$t]=$(median "$RESULTS/$t.tsv" 3); done
  row "messages" "$NMSG" "$NMSG" "$NSCAN" "$NMSG"
  row "wall s (median)" $(for t in "${TOOLS[@]}"; do printf '%.2f\n' "${S[$t]}"; done)
  row "CPU s (median)" $(for t in "${TOOLS[@]}"; do echo "${C[$t]}"; done)
  rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f\n", n / s }'; }
  per_page() { awk -v n="$NSCAN" -v s="$1" 'BEGIN { printf "%.2f\n", s / n }'; }
  row "messages/s (wall)" "$(rate "$NMSG" "${S[inline]}")" "$(rate "$NMSG" "${S[later]}")" - \
    "$(rate "$NMSG" "${S[mu]}")"
  row "messages per CPU s" "$(rate "$NMSG" "${C[inline]}")" "$(rate "$NMSG" "${C[later]}")" - \
    "$(rate "$NMSG" "${C[mu]}")"
  row "OCR CPU s per page" - - "$(per_page "${C[queue]}")" -
  row "OCR wall s per page" - - "$(per_page "${S[queue]}")" -
  printf '\nqueue: `mailclerk ocr` over the %d scans the `later` import left (one page each)\n' "$NSCAN"
  printf '%d run(s); raw /usr/bin/time -v output and logs in %s\n' "$RUNS" "$RESULTS"
} | tee "$RESULTS/table.txt"
