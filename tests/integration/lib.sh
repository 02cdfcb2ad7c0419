# Shared helpers for the integration tests: each test is a bash script that drives the real
# mailclerk binary ($MAILCLERK) on real temporary directories. Exit 0 = pass, 77 = skipped.
set -euo pipefail

: "${MAILCLERK:?set MAILCLERK to the mailclerk binary}"
: "${MAILCLERK_SOURCE_DIR:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
SOURCE_DIR=$MAILCLERK_SOURCE_DIR

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mailclerk-it-XXXXXX")
cleanup() {
  local status=$?
  if [ $status -ne 0 ] && [ $status -ne 77 ]; then
    echo "FAILED (exit $status); work dir kept: $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
# skip WHY: the test cannot run here; it says what was not tested. Under CI=true (where
# scripts/install-deps.sh and fetch-fixtures.sh provide every tool and fixture) a skip would
# hide a gap, so it fails instead.
skip() {
  if [ "${CI:-}" = true ]; then echo "FAIL: not tested under CI=true: $*" >&2; exit 1; fi
  echo "SKIP (not tested): $*" >&2
  exit 77
}
# missing WHAT: a tool the test needs is not installed (skip says what was not tested, and fails
# under CI=true, where scripts/install-deps.sh has installed everything).
missing() {
  skip "$*"
}
pass() { echo "ok: $*"; }

# mc ARGS...: run mailclerk with the test config.
mc() { "$MAILCLERK" -c "$WORK/mailclerk.toml" "$@"; }

# write_config [extra TOML]: an archive under $WORK/archive, own domain ourco.com, two customers.
write_config() {
  cat > "$WORK/mailclerk.toml" <<TOML
[archive]
root = "archive"
own_domains = ["ourco.com"]

[[customer]]
name = "ACME Corp"
slug = "acme"
domains = ["acme.com"]
addresses = ["buyer.acme@gmail.com"]
category = "key"

[[customer]]
name = "华东石化"
domains = ["ecpc.com.cn"]
category = "closed"
${1:-}
TOML
}

# expect_eq ACTUAL EXPECTED WHAT
expect_eq() { [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"; }

# expect_contains HAYSTACK NEEDLE WHAT
expect_contains() {
  case "$1" in *"$2"*) ;; *) fail "$3: '$2' not found in: $1" ;; esac
}

# json EXPR: evaluate a Python expression on the JSON document read from stdin (as `d`).
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# index_sql SQL: query the test archive's index ($INDEX when a test keeps it elsewhere).
index_sql() { sqlite3 "${INDEX:-$WORK/archive/.mailclerk/index.sqlite}" "$1"; }

# wait_sql SQL VALUE SECONDS [LOG]: poll the index (index_sql) until the query answers VALUE;
# on timeout fail with the last answer and the tail of LOG.
wait_sql() {
  local deadline=$((SECONDS + $3)) value=""
  while [ $SECONDS -lt $deadline ]; do
    value=$(index_sql "$1" 2>/dev/null || true)
    [ "$value" = "$2" ] && return 0
    sleep 0.2
  done
  fail "timed out waiting for '$1' = $2 (last: $value)${4:+; $(basename "$4"): $(tail -3 "$4" 2>/dev/null)}"
}

# make_message FILE FROM TO SUBJECT [BODY]: a plain UTF-8 message with a stable Message-ID.
make_message() {
  local file=$1 from=$2 to=$3 subject=$4 body=${5:-Hello.}
  mkdir -p "$(dirname "$file")"
  printf 'From: %s\nTo: %s\nSubject: %s\nDate: Tue, 03 Nov 2026 09:42:00 +0800\nMessage-ID: <%s@test>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n%s\n' \
    "$from" "$to" "$subject" "$(basename "$file" .eml)" "$body" > "$file"
}

# reindex_keeps WHAT COMMAND...: the output of COMMAND is the same after `mc reindex` over the
# live index and after losing the index and rebuilding it from the archive and its journal.
reindex_keeps() {
  local what=$1 before index="$WORK/archive/.mailclerk/index.sqlite"
  shift
  before=$("$@")
  mc reindex >/dev/null 2>"$WORK/reindex.log" || { cat "$WORK/reindex.log"; fail "reindex ($what)"; }
  expect_eq "$("$@")" "$before" "$what after reindex over the live index"
  rm -f "$index" "$index-wal" "$index-shm"
  mc reindex >/dev/null 2>"$WORK/reindex.log" || { cat "$WORK/reindex.log"; fail "reindex after loss ($what)"; }
  expect_eq "$("$@")" "$before" "$what after losing the index"
}
