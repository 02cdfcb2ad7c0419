#!/usr/bin/env bash
# import_vs_mu.sh — `mailclerk import` vs `mu init && mu index` on the same synthetic Maildir.
#
#   bench/import_vs_mu.sh [--count N] [--seed S] [--runs R] [--only mailclerk|mu] [--keep]
#                         [--workers "0 1 2"]
#
# --workers: one mailclerk column per worker count (`import --workers N`; default: the binary's
# own default). The table ends with each tool's rate as a multiple of mu's, from the same run.
# Builds nothing: the mailclerk binary comes from $MAILCLERK (default ./build/daemon/mailclerk,
# relative to the current directory, then to the repository root). Installs maildir-utils and time
# with apt-get when `mu` or /usr/bin/time is missing. The corpus (bench/gen_corpus.py, default
# 20,000 messages, seed 1) is cached in bench/out/. Each tool runs R times (default 3), each time
# into a fresh archive / fresh mu home, under /usr/bin/time -v; the table shows medians.
# Nothing is dropped from the page cache (that needs root); the corpus is read once before the
# first run so that every run starts warm.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
COUNT=20000 SEED=1 RUNS=3 ONLY="" KEEP=0 WORKERS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --seed)  SEED=$2; shift 2 ;;
    --runs)  RUNS=$2; shift 2 ;;
    --only)  ONLY=$2; shift 2 ;;
    --keep)  KEEP=1; shift ;;
    --workers) WORKERS=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "import_vs_mu: unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$ONLY" in ""|mailclerk|mu) ;; *) echo "import_vs_mu: --only takes mailclerk or mu" >&2; exit 2 ;; esac

BENCH_NAME=import_vs_mu
# shellcheck source=lib.sh
. "$HERE/lib.sh"

# ---- tools -------------------------------------------------------------------------------------
if [ "$ONLY" != mu ]; then find_mailclerk "--only mu runs mu alone"; fi

[ -x /usr/bin/time ] || apt_install time
if [ "$ONLY" != mailclerk ] && ! command -v mu >/dev/null 2>&1; then apt_install maildir-utils; fi

# ---- corpus (cached) ---------------------------------------------------------------------------
OUT=$HERE/out
CORPUS=$OUT/corpus-$COUNT-s$SEED
MAILDIR=$CORPUS/maildir
CONFIG_TEMPLATE=$CORPUS/mailclerk.toml
STAMP="$(sha256sum "$HERE/gen_corpus.py" | cut -c1-16) count=$COUNT seed=$SEED"
if [ "$(cat "$CORPUS/.stamp" 2>/dev/null)" != "$STAMP" ]; then
  log "generating corpus in $CORPUS"
  rm -rf "$CORPUS"; mkdir -p "$CORPUS"
  python3 "$HERE/gen_corpus.py" --count "$COUNT" --seed "$SEED" --out "$MAILDIR" --config-out "$CONFIG_TEMPLATE"
  echo "$STAMP" > "$CORPUS/.stamp"
fi
NMSG=$(find "$MAILDIR/cur" -type f | wc -l)
BYTES=$(find "$MAILDIR/cur" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
log "corpus: $NMSG messages, $BYTES bytes in $MAILDIR"
find "$MAILDIR/cur" -type f -print0 | xargs -0 cat > /dev/null   # warm the page cache

# ---- runs --------------------------------------------------------------------------------------
RESULTS=$(mktemp -d "$OUT/results-$(date +%Y%m%d-%H%M%S).XXXX")


run_mailclerk() {  # run_mailclerk I [WORKERS]: results under the tool name mailclerk[-wN]
  local d tool=mailclerk extra=()
  if [ -n "${2:-}" ]; then tool=mailclerk-w$2; extra=(--workers "$2"); fi
  d=$(mktemp -d "$OUT/run-mailclerk.XXXXXX")
  sed "s|^root = .*|root = \"$d/archive\"|" "$CONFIG_TEMPLATE" > "$d/mailclerk.toml"
  if ! /usr/bin/time -v -o "$RESULTS/$tool-$1.time" "$MC" import -c "$d/mailclerk.toml" \
       "${extra[@]}" "$MAILDIR" > "$RESULTS/$tool-$1.log" 2>&1; then
    tail -5 "$RESULTS/$tool-$1.log" >&2
    die "mailclerk import failed (run $1); log: $RESULTS/$tool-$1.log"
  fi
  echo "$(time_field "$RESULTS/$tool-$1.time")" >> "$RESULTS/$tool.tsv"
  [ $KEEP = 1 ] && log "kept $d" || rm -rf "$d"
}

run_mu() {  # run_mu I
  local d; d=$(mktemp -d "$OUT/run-mu.XXXXXX")
  if ! /usr/bin/time -v -o "$RESULTS/mu-$1.time" sh -c \
       'mu init --maildir="$1" --muhome="$2" && mu index --muhome="$2"' sh "$MAILDIR" "$d" \
       > "$RESULTS/mu-$1.log" 2>&1; then
    tail -5 "$RESULTS/mu-$1.log" >&2
    die "mu failed (run $1); log: $RESULTS/mu-$1.log"
  fi
  local n; n=$(mu find --muhome="$d" --fields=i '' 2>/dev/null | wc -l)
  [ "$n" = "$NMSG" ] || log "warning: mu indexed $n of $NMSG messages (run $1)"
  echo "$(time_field "$RESULTS/mu-$1.time")" >> "$RESULTS/mu.tsv"
  [ $KEEP = 1 ] && log "kept $d" || rm -rf "$d"
}

for i in $(seq 1 "$RUNS"); do
  if [ "$ONLY" != mu ]; then
    if [ -z "$WORKERS" ]; then log "run $i/$RUNS: mailclerk import"; run_mailclerk "$i"; fi
    for w in $WORKERS; do log "run $i/$RUNS: mailclerk import --workers $w"; run_mailclerk "$i" "$w"; done
  fi
  if [ "$ONLY" != mailclerk ]; then log "run $i/$RUNS: mu init + mu index"; run_mu "$i"; fi
done

# ---- table -------------------------------------------------------------------------------------
MB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
{
  printf '\n%-22s' ""
  TOOLS=()
  if [ "$ONLY" != mu ]; then
    if [ -z "$WORKERS" ]; then TOOLS+=(mailclerk); fi
    for w in $WORKERS; do TOOLS+=("mailclerk-w$w"); done
  fi
  [ "$ONLY" != mailclerk ] && TOOLS+=(mu)
  for t in "${TOOLS[@]}"; do printf '%16s' "$t"; done; printf '\n'
  declare -A S R
  for t in "${TOOLS[@]}"; do S[$t]=$(median "$RESULTS/$t.tsv" 1); R[$t]=$(median "$RESULTS/$t.tsv" 2); done
  row() { printf '%-22s' "$1"; shift; for v in "$@"; do printf '%16s' "$v"; done; printf '\n'; }
  row "messages" $(for t in "${TOOLS[@]}"; do echo "$NMSG"; done)
  row "MB" $(for t in "${TOOLS[@]}"; do echo "$MB"; done)
  row "seconds (median)" $(for t in "${TOOLS[@]}"; do printf '%.2f\n' "${S[$t]}"; done)
  row "messages/s" $(for t in "${TOOLS[@]}"; do awk -v n="$NMSG" -v s="${S[$t]}" 'BEGIN { printf "%.0f\n", n / s }'; done)
  row "MB/s" $(for t in "${TOOLS[@]}"; do awk -v m="$MB" -v s="${S[$t]}" 'BEGIN { printf "%.1f\n", m / s }'; done)
  if [ "$ONLY" = "" ]; then
    row "rate / mu's rate" $(for t in "${TOOLS[@]}"; do awk -v m="${S[mu]}" -v s="${S[$t]}" 'BEGIN { printf "%.2f\n", m / s }'; done)
  fi
  row "CPU s (median)" $(for t in "${TOOLS[@]}"; do median "$RESULTS/$t.tsv" 3; done)
  row "peak RSS MB (median)" $(for t in "${TOOLS[@]}"; do awk -v r="${R[$t]}" 'BEGIN { printf "%.1f\n", r / 1024 }'; done)
  printf '\n%d run(s) each; raw /usr/bin/time -v output and logs in %s\n' "$RUNS" "$RESULTS"
} | tee "$RESULTS/table.txt"
