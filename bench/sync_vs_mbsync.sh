#!/usr/bin/env bash
# sync_vs_mbsync.sh — initial IMAP sync: `mailclerk sync --once` vs `mbsync` against a local Dovecot.
#
#   bench/sync_vs_mbsync.sh [--count N] [--seed S] [--runs R] [--only mailclerk|mbsync] [--keep]
#
# Starts a throwaway Dovecot (tests/support/dovecot.sh) on 127.0.0.1, seeds alice's INBOX with the
# synthetic corpus (bench/gen_corpus.py, default 10,000 messages, seed 2, cached in bench/out/),
# then runs each tool R times (default 3), each into a fresh archive / fresh Maildir, under
# /usr/bin/time -v, both over STARTTLS with the test CA. The table shows medians, then the cost
# of a no-change poll (each tool run again on its last, complete result).
# The mailclerk binary is $MAILCLERK (default ./build/daemon/mailclerk, relative to the current
# directory, then to the repository root). Installs dovecot-imapd, isync and time with apt-get
# when missing (root or sudo). Dovecot's own CPU time is not counted for either tool.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
COUNT=10000 SEED=2 RUNS=3 ONLY="" KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --seed)  SEED=$2; shift 2 ;;
    --runs)  RUNS=$2; shift 2 ;;
    --only)  ONLY=$2; shift 2 ;;
    --keep)  KEEP=1; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "sync_vs_mbsync: unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$ONLY" in ""|mailclerk|mbsync) ;; *) echo "sync_vs_mbsync: --only takes mailclerk or mbsync" >&2; exit 2 ;; esac

BENCH_NAME=sync_vs_mbsync
# shellcheck source=lib.sh
. "$HERE/lib.sh"

TOOLS=()
[ "$ONLY" != mbsync ] && TOOLS+=(mailclerk)
[ "$ONLY" != mailclerk ] && TOOLS+=(mbsync)
has() { local t; for t in "${TOOLS[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }

# ---- tools -------------------------------------------------------------------------------------
if has mailclerk; then find_mailclerk "--only mbsync runs mbsync alone"; fi

[ -x /usr/bin/time ] || apt_install time
if has mbsync && ! command -v mbsync >/dev/null 2>&1; then apt_install isync; fi
command -v python3 >/dev/null 2>&1 || apt_install python3

# shellcheck source=../tests/support/dovecot.sh
. "$REPO/tests/support/dovecot.sh"

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

RESULTS=$(mktemp -d "$OUT/results-sync-$(date +%Y%m%d-%H%M%S).XXXX")

# ---- the server --------------------------------------------------------------------------------
DOVE=$(mktemp -d /tmp/mailclerk-bench-dovecot.XXXXXX)
RUNDIRS=()
cleanup() {
  local st=$?
  dovecot_stop >/dev/null 2>&1 || true
  if [ $KEEP = 1 ] || [ $st != 0 ]; then
    log "kept $DOVE ${RUNDIRS[*]}"
  else
    rm -rf "$DOVE"
    [ ${#RUNDIRS[@]} -gt 0 ] && rm -rf "${RUNDIRS[@]}"
  fi
  return $st
}
trap cleanup EXIT
dovecot_start "$DOVE/server" 2>"$RESULTS/dovecot-start.log" || { cat "$RESULTS/dovecot-start.log" >&2; die "Dovecot did not start"; }
log "Dovecot on imap://127.0.0.1:$DOVECOT_PORT (STARTTLS), seeding alice/INBOX"
find "$MAILDIR/cur" -type f -print0 | sort -z |
  xargs -0 "$REPO/tests/support/dovecot.sh" seed "$DOVECOT_DIR" alice INBOX
# Let Dovecot move new/ to cur/, assign UIDs and build its index once, before any timed run.
SERVED=$(dovecot_count alice INBOX)
[ "$SERVED" = "$NMSG" ] || die "Dovecot serves $SERVED messages, expected $NMSG"
dovecot_doveadm fetch -u alice 'uid size.physical' mailbox INBOX all > /dev/null
find "$DOVECOT_DIR/mail/alice/Maildir/cur" -type f -print0 | xargs -0 cat > /dev/null   # warm page cache
WIRE_BYTES=$(dovecot_doveadm -f tab fetch -u alice 'size.virtual' mailbox INBOX all | awk 'NR > 1 {s += $1} END {print s}')


# ---- mailclerk ---------------------------------------------------------------------------------
write_mailclerk_config() {  # write_mailclerk_config DIR
  sed "s|^root = .*|root = \"$1/archive\"|" "$CONFIG_TEMPLATE" > "$1/mailclerk.toml"
  cat >> "$1/mailclerk.toml" <<EOF

[[account]]
name = "bench"
url = "imap://127.0.0.1:$DOVECOT_PORT"
user = "alice"
password_env = "MAILCLERK_BENCH_PASSWORD"
starttls = true
ca_file = "$DOVECOT_CA"
folders = ["INBOX"]
EOF
}

# run_mailclerk_sync TAG DIR: one `mailclerk sync --once`, fails the script when mailclerk fails.
run_mailclerk_sync() {
  if ! MAILCLERK_BENCH_PASSWORD=secret /usr/bin/time -v -o "$RESULTS/$1.time" \
       "$MC" -c "$2/mailclerk.toml" sync --once > "$RESULTS/$1.log" 2>&1; then
    echo "---- last lines of $RESULTS/$1.log ----" >&2
    tail -n 15 "$RESULTS/$1.log" >&2
    die "mailclerk sync --once failed ($1); full log: $RESULTS/$1.log; config: $2/mailclerk.toml; Dovecot log: $DOVECOT_LOG"
  fi
}

LAST_MC=""
run_mailclerk() {  # run_mailclerk I
  local d; d=$(mktemp -d "$OUT/run-sync-mailclerk.XXXXXX"); RUNDIRS+=("$d")
  write_mailclerk_config "$d"
  run_mailclerk_sync "mailclerk-$1" "$d"
  local n; n=$(find "$d/archive" -name '*.eml' -type f -printf '%i\n' 2>/dev/null | sort -u | wc -l)
  [ "$n" -ge "$NMSG" ] || log "warning: mailclerk archived $n distinct .eml files, expected $NMSG (run $1)"
  echo "$(time_field "$RESULTS/mailclerk-$1.time")" >> "$RESULTS/mailclerk.tsv"
  [ -n "$LAST_MC" ] && [ $KEEP = 0 ] && rm -rf "$LAST_MC"
  LAST_MC=$d
}

# ---- mbsync ------------------------------------------------------------------------------------
write_mbsyncrc() {  # write_mbsyncrc DIR
  mkdir -p "$1/maildir"
  cat > "$1/mbsyncrc" <<EOF
IMAPAccount bench
Host localhost
Port $DOVECOT_PORT
User alice
Pass secret
SSLType STARTTLS
CertificateFile $DOVECOT_CA

IMAPStore bench-far
Account bench

MaildirStore bench-near
Path $1/maildir/
Inbox $1/maildir/INBOX
SubFolders Verbatim

Channel bench
Far :bench-far:
Near :bench-near:
Patterns INBOX
Create Near
Sync Pull New
SyncState *
EOF
}

run_mbsync_once() {  # run_mbsync_once TAG DIR
  if ! /usr/bin/time -v -o "$RESULTS/$1.time" mbsync -q -c "$2/mbsyncrc" bench > "$RESULTS/$1.log" 2>&1; then
    tail -n 15 "$RESULTS/$1.log" >&2
    die "mbsync failed ($1); log: $RESULTS/$1.log"
  fi
}

LAST_MB=""
run_mbsync() {  # run_mbsync I
  local d; d=$(mktemp -d "$OUT/run-sync-mbsync.XXXXXX"); RUNDIRS+=("$d")
  write_mbsyncrc "$d"
  run_mbsync_once "mbsync-$1" "$d"
  local n; n=$(find "$d/maildir/INBOX/cur" "$d/maildir/INBOX/new" -type f 2>/dev/null | wc -l)
  [ "$n" = "$NMSG" ] || log "warning: mbsync pulled $n of $NMSG messages (run $1)"
  echo "$(time_field "$RESULTS/mbsync-$1.time")" >> "$RESULTS/mbsync.tsv"
  [ -n "$LAST_MB" ] && [ $KEEP = 0 ] && rm -rf "$LAST_MB"
  LAST_MB=$d
}

for i in $(seq 1 "$RUNS"); do
  if has mailclerk; then log "run $i/$RUNS: mailclerk sync --once"; run_mailclerk "$i"; fi
  if has mbsync; then log "run $i/$RUNS: mbsync"; run_mbsync "$i"; fi
done

# ---- no-change poll: run again on the last complete result -------------------------------------
# A real poll comes a minute later; mbsync's Maildir code waits for the clock to reach the next
# second when its directory changed in the current one, so start the polls in a fresh second.
sleep 1.1
if has mailclerk; then
  log "no-change poll: mailclerk sync --once"
  run_mailclerk_sync mailclerk-poll "$LAST_MC"
  echo "$(time_field "$RESULTS/mailclerk-poll.time")" > "$RESULTS/mailclerk-poll.tsv"
fi
if has mbsync; then
  log "no-change poll: mbsync"
  run_mbsync_once mbsync-poll "$LAST_MB"
  echo "$(time_field "$RESULTS/mbsync-poll.time")" > "$RESULTS/mbsync-poll.tsv"
fi
# Round trips and bytes, when mailclerk's output reports them ("round trips: 3", "round_trips=3",
# "bytes_in=1234", "bytes received: 1234", ...).
poll_stat() {  # poll_stat REGEX
  grep -Eio "$1[\"]?[ :=]+[0-9]+" "$RESULTS/mailclerk-poll.log" 2>/dev/null | tail -n 1 | grep -Eo '[0-9]+$' || echo "n/a"
}

# ---- table -------------------------------------------------------------------------------------
MB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
WIRE_MB=$(awk -v b="$WIRE_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }')
{
  printf '\ninitial sync of alice/INBOX from Dovecot %s on 127.0.0.1 (STARTTLS)\n' "$(dovecot --version | cut -d' ' -f1)"
  printf '\n%-28s' ""
  for t in "${TOOLS[@]}"; do printf '%16s' "$t"; done; printf '\n'
  declare -A S R
  for t in "${TOOLS[@]}"; do S[$t]=$(median "$RESULTS/$t.tsv" 1); R[$t]=$(median "$RESULTS/$t.tsv" 2); done
  row() { printf '%-28s' "$1"; shift; for v in "$@"; do printf '%16s' "$v"; done; printf '\n'; }
  row "messages" $(for t in "${TOOLS[@]}"; do echo "$NMSG"; done)
  row "MB (files; CRLF on wire)" $(for t in "${TOOLS[@]}"; do echo "$MB ($WIRE_MB)"; done | tr -d ' ')
  row "seconds (median)" $(for t in "${TOOLS[@]}"; do printf '%.2f\n' "${S[$t]}"; done)
  row "messages/s" $(for t in "${TOOLS[@]}"; do awk -v n="$NMSG" -v s="${S[$t]}" 'BEGIN { printf "%.0f\n", n / s }'; done)
  row "MB/s" $(for t in "${TOOLS[@]}"; do awk -v m="$MB" -v s="${S[$t]}" 'BEGIN { printf "%.1f\n", m / s }'; done)
  row "peak RSS MB (median)" $(for t in "${TOOLS[@]}"; do awk -v r="${R[$t]}" 'BEGIN { printf "%.1f\n", r / 1024 }'; done)
  row "no-change poll seconds" $(for t in "${TOOLS[@]}"; do awk '{ printf "%.3f\n", $1 }' "$RESULTS/$t-poll.tsv"; done)
  row "no-change poll peak RSS MB" $(for t in "${TOOLS[@]}"; do awk '{ printf "%.1f\n", $2 / 1024 }' "$RESULTS/$t-poll.tsv"; done)
  if has mailclerk; then
    row "no-change poll round trips" "$(poll_stat 'round[ _-]?trips')"
    row "no-change poll bytes in" "$(poll_stat 'bytes[ _-]?(in|received|read)')"
    row "no-change poll bytes out" "$(poll_stat 'bytes[ _-]?(out|sent|written)')"
  fi
  printf '\n%d run(s) each; raw /usr/bin/time -v output and logs in %s\n' "$RUNS" "$RESULTS"
} | tee "$RESULTS/table.txt"
