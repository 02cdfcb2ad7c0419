#!/usr/bin/env bash
# postgres.sh — a throwaway PostgreSQL 15 for tests: initdb in a new directory, the server
# listening on a Unix socket in that directory only (no TCP port to collide on), trust
# authentication for the superuser "mailclerk", database "mailclerk". Never touches a system
# cluster. As root, the server runs as the user "postgres" (initdb refuses root).
#
#   source tests/support/postgres.sh
#   postgres_start [DIR]      # DIR: new, reachable by the user postgres (default /tmp/…); sets POSTGRES_DIR, POSTGRES_URL, POSTGRES_LOG
#   trap postgres_stop EXIT
#   postgres_psql -c 'SELECT 1'
#   postgres_resume DIR / postgres_pause   # a kept cluster (benchmarks): start again, stop and keep
#
# The tests decide whether a missing PostgreSQL skips or fails (tests/integration/lib.sh).

_postgres_err() { echo "postgres.sh: error: $*" >&2; return 1; }

# The newest installed server's bin directory (Debian keeps them under /usr/lib/postgresql).
_postgres_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

postgres_installed() { [ -n "$(_postgres_bin)" ] && command -v psql >/dev/null 2>&1; }

# Run a server binary as the owner of the data directory.
_postgres_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_start() {
  local bin
  bin=$(_postgres_bin) || _postgres_err "no PostgreSQL server installed" || return 1
  POSTGRES_DIR=${1:-$(mktemp -d /tmp/mailclerk-pg.XXXXXX)}
  mkdir -p "$POSTGRES_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$POSTGRES_DIR"
  chmod 0755 "$POSTGRES_DIR"
  _postgres_as_owner "$bin/initdb" -D "$POSTGRES_DIR/data" -U mailclerk --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1 ||
    { cat "$POSTGRES_DIR/initdb.log" >&2; _postgres_err "initdb failed"; return 1; }
  _postgres_run "$bin" || return 1
  psql -X -q "postgresql:///postgres?host=$POSTGRES_DIR&user=mailclerk" \
    -c 'CREATE DATABASE mailclerk' >/dev/null || _postgres_err "CREATE DATABASE failed"
}

# Start the server of the cluster in $POSTGRES_DIR; sets and exports the variables.
_postgres_run() {
  local bin=$1
  POSTGRES_LOG=$POSTGRES_DIR/server.log
  _postgres_as_owner "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_LOG" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$POSTGRES_DIR' -c fsync=on" \
    start >/dev/null ||
    { cat "$POSTGRES_LOG" >&2; _postgres_err "the server did not start"; return 1; }
  _POSTGRES_BIN=$bin
  POSTGRES_URL="postgresql:///mailclerk?host=$POSTGRES_DIR&user=mailclerk"
  export POSTGRES_DIR POSTGRES_URL POSTGRES_LOG
}

# postgres_resume DIR: start again a server postgres_start left in DIR (a benchmark's kept
# cluster: its data outlives the script); postgres_pause stops it and keeps DIR.
postgres_resume() {
  local bin
  bin=$(_postgres_bin) || _postgres_err "no PostgreSQL server installed" || return 1
  POSTGRES_DIR=$1
  [ -d "$POSTGRES_DIR/data" ] || _postgres_err "no cluster in $POSTGRES_DIR" || return 1
  _postgres_run "$bin"
}

postgres_pause() {
  [ -n "${POSTGRES_DIR:-}" ] && [ -d "$POSTGRES_DIR/data" ] || return 0
  _postgres_as_owner "$_POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m fast -w stop \
    >/dev/null 2>&1 || true
}

postgres_psql() { psql -X -q -v ON_ERROR_STOP=1 "$POSTGRES_URL" "$@"; }

postgres_stop() {
  [ -n "${POSTGRES_DIR:-}" ] && [ -d "$POSTGRES_DIR/data" ] || return 0
  postgres_pause
  rm -rf "$POSTGRES_DIR"
}

# For the tests that compare the backends (they use the caller's $MAILCLERK, $WORK and fail):
# on_postgresql CONFIG COPY: COPY is CONFIG with [index] on the test's PostgreSQL.
on_postgresql() {
  cp "$1" "$2"
  printf '\n[index]\nbackend = "postgresql"\nurl = "%s"\n' "$POSTGRES_URL" >> "$2"
}
# same_answer WHAT SQLITE-CONFIG PG-CONFIG ARGS...: the command's output on both backends.
same_answer() {
  local what=$1 sqlite=$2 pg=$3; shift 3
  "$MAILCLERK" -c "$sqlite" "$@" > "$WORK/a.out" 2>"$WORK/a.err" || { cat "$WORK/a.err" >&2; fail "$what on SQLite"; }
  "$MAILCLERK" -c "$pg" "$@" > "$WORK/b.out" 2>"$WORK/b.err" || { cat "$WORK/b.err" >&2; fail "$what on PostgreSQL"; }
  diff -u "$WORK/a.out" "$WORK/b.out" >&2 || fail "$what differs between SQLite and PostgreSQL"
}
