#!/usr/bin/env bash
# Issue 23: the store's shared cases (tests/unit/test_store_backends.cpp, tag [backends]) on
# both backends, PostgreSQL being a throwaway PostgreSQL 15 started here on a Unix socket; the
# unit test binary alone runs only their SQLite side.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/postgres.sh"
postgres_installed || missing "PostgreSQL 15 (postgresql-15) not installed"
unit_tests=${UNIT_TESTS:-$(dirname "$MAILCLERK")/../tests/unit_tests}
[ -x "$unit_tests" ] || missing "unit_tests not built (cmake --build build --target unit_tests)"
trap 'status=$?; postgres_stop; (exit $status); cleanup' EXIT
postgres_start >/dev/null || fail "PostgreSQL did not start"
out=$(MAILCLERK_TEST_POSTGRES_URL=$POSTGRES_URL "$unit_tests" "[backends]" 2>&1) ||
  { echo "$out" >&2; fail "the store's cases on both backends"; }
case "$out" in *"not run"*) echo "$out" >&2; fail "a PostgreSQL side was skipped" ;; esac
pass "the store's shared cases on SQLite and PostgreSQL: $(echo "$out" | tail -n 1)"
