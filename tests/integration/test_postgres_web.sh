#!/usr/bin/env bash
# Issue 23, many readers: two `mailclerk web` processes on one PostgreSQL 15 (started here on a
# Unix socket), as behind a reverse proxy. A session made by logging in on one is used on the
# other (sessions live in the database, not in a process); logging out on one ends it on both.
# Every page the reps use answers on PostgreSQL as on the SQLite index it was copied from (the
# same HTML, the session's tokens aside); `mailclerk user` writes PostgreSQL's users; an agenda
# item marked done on one server is gone on the other.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/web_lib.sh"
source "$SOURCE_DIR/tests/support/postgres.sh"
command -v curl >/dev/null || skip "curl not installed"
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"
postgres_installed || missing "PostgreSQL 15 (postgresql-15) not installed"
PIDS=()
stop_all() {
  local status=0 i
  for i in "${!PIDS[@]}"; do end_web "${PIDS[$i]}" "web$i" || status=1; done
  PIDS=()
  postgres_stop
  return $status
}
trap 'status=$?; stop_all || status=1; (exit $status); cleanup' EXIT
trap 'exit 143' TERM INT
postgres_start >/dev/null || fail "PostgreSQL did not start"

web_archive
mc index copy --to "$POSTGRES_URL" >/dev/null 2>&1 || fail "index copy --to"
on_postgresql "$WORK/mailclerk.toml" "$WORK/pg.toml"
# A user added on PostgreSQL alone: `mailclerk user` writes there.
echo carol-password-1 | "$MAILCLERK" -c "$WORK/pg.toml" user add carol --role manager >/dev/null ||
  fail "user add on PostgreSQL"
expect_contains "$("$MAILCLERK" -c "$WORK/pg.toml" user list)" "carol" "user list on PostgreSQL"
case "$(mc user list)" in *carol*) fail "user add on PostgreSQL wrote the SQLite index" ;; esac
pass "mailclerk user on PostgreSQL"

# `customers ignore` writes PostgreSQL's ignored domains; the candidates then agree again.
candidate=$(mc customers --candidates --json | json 'd["candidates"][0]["domain"] if d["candidates"] else ""')
[ -n "$candidate" ] || fail "the samples propose no candidate customer"
mc customers ignore "$candidate" >/dev/null || fail "customers ignore on SQLite"
"$MAILCLERK" -c "$WORK/pg.toml" customers ignore "$candidate" >/dev/null ||
  fail "customers ignore on PostgreSQL"
case "$("$MAILCLERK" -c "$WORK/pg.toml" customers --candidates)" in
  *"$candidate"*) fail "$candidate still proposed on PostgreSQL" ;;
esac
same_answer "customers --candidates after ignore" "$WORK/mailclerk.toml" "$WORK/pg.toml" customers --candidates --json
pass "customers ignore on PostgreSQL"

for i in 0 1; do
  launch_web "$WORK/pg.toml" "web$i"
  PIDS+=("$LAUNCHED_PID")
  eval "BASE$i=http://127.0.0.1:$LAUNCHED_PORT"
done
launch_web "$WORK/mailclerk.toml" web2
PIDS+=("$LAUNCHED_PID")
BASE_SQLITE="http://127.0.0.1:$LAUNCHED_PORT"

# login BASE USER PASSWORD JAR -> the HTTP status of the POST
login() {
  local base=$1 user=$2 password=$3 jar=$4 token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | grep -o '[0-9a-f]\{64\}')
  curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "csrf=$token" --data-urlencode "user=$user" --data-urlencode "password=$password" "$base/login"
}
get() { local jar=$1; shift; curl -s --path-as-is -c "$jar" -b "$jar" "$@"; }
code() { get "$@" -o /dev/null -w '%{http_code}'; }
csrf_of() { get "$1" "$2/today" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | grep -o '[0-9a-f]\{64\}'; }

# Signed in on one server, the session works on the other.
expect_eq "$(login "$BASE0" alice alice-password-1 "$WORK/alice.jar")" 303 "alice logs in on server 0"
expect_eq "$(code "$WORK/alice.jar" "$BASE1/search?q=valve")" 200 "alice's session on server 1"
expect_contains "$(get "$WORK/alice.jar" "$BASE1/search?q=valve")" "/customers/acme" "alice searches on server 1"
expect_eq "$(code "$WORK/alice.jar" "$BASE1/customers/twprecision")" 404 "alice: bob's customer, on server 1"
expect_eq "$(csrf_of "$WORK/alice.jar" "$BASE0")" "$(csrf_of "$WORK/alice.jar" "$BASE1")" "one CSRF token on both servers"
expect_eq "$(code "$WORK/nobody.jar" "$BASE1/search")" 303 "no session: the login page"
# The database holds the token's hash, never the cookie's token.
token=$(awk '$6 == "mc_session" {print $7}' "$WORK/alice.jar")
[ ${#token} = 64 ] || fail "no session cookie in alice's jar"
stored=$(postgres_psql -At -c "SELECT id FROM mailclerk.sessions")
expect_eq "$stored" "$(printf %s "$token" | sha256sum | cut -d' ' -f1)" "the session's id is its token's hash"
pass "a session made on one server is used on the other"

# The same pages as the SQLite index answers (tokens of the session aside), the price-list
# correction forms included.
expect_eq "$(login "$BASE_SQLITE" alice alice-password-1 "$WORK/alice-sqlite.jar")" 303 "alice logs in on SQLite"
expect_eq "$(login "$BASE1" boss boss-password-1 "$WORK/boss.jar")" 303 "boss logs in on server 1"
expect_eq "$(login "$BASE_SQLITE" boss boss-password-1 "$WORK/boss-sqlite.jar")" 303 "boss logs in on SQLite"
page() { get "$1" "$2" | sed 's/[0-9a-f]\{64\}/TOKEN/g'; }
acme_message=$(index_sql "select m.id from messages m join message_customers mc on mc.message_id = m.id join customers c on c.id = mc.customer_id where c.slug = 'acme' order by m.id limit 1")
for who in alice boss; do
  for path in "/search?q=valve" "/search?q=%E6%8A%A5%E4%BB%B7" "/search?q=gate&kind=quote" \
    "/customers/acme" "/customers/acme/prices.csv" "/messages/$acme_message" \
    "/messages/$acme_message/html" "/products?q=valve" "/today" "/roster" "/roster.csv"; do
    base=$BASE0; [ $who = boss ] && base=$BASE1
    expect_eq "$(code "$WORK/$who.jar" "$base$path")" 200 "$who $path on PostgreSQL"
    page "$WORK/$who-sqlite.jar" "$BASE_SQLITE$path" > "$WORK/a.html"
    page "$WORK/$who.jar" "$base$path" > "$WORK/b.html"
    [ -s "$WORK/a.html" ] || fail "$who $path: an empty page on SQLite"
    diff -u "$WORK/a.html" "$WORK/b.html" >&2 || fail "$who $path differs between SQLite and PostgreSQL"
  done
done
pass "search, customer, prices, message, products, today and roster pages alike on both backends"
expect_eq "$(login "$BASE0" carol carol-password-1 "$WORK/carol.jar")" 303 "carol (added on PostgreSQL) logs in"
pass "a user added on PostgreSQL signs in"

# An agenda item done on one server is gone on the other (the agenda is cached a minute per
# process: the post on server 0 forgets its own; server 1 reads afresh after its minute, so
# the check is on the database and on server 0).
item=$(get "$WORK/boss.jar" "$BASE1/today" | grep -o 'name="id" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
if [ -n "$item" ]; then
  expect_eq "$(login "$BASE0" boss boss-password-1 "$WORK/boss0.jar")" 303 "boss logs in on server 0"
  csrf=$(csrf_of "$WORK/boss0.jar" "$BASE0")
  expect_eq "$(code "$WORK/boss0.jar" --data-urlencode "csrf=$csrf" --data-urlencode "id=$item" "$BASE0/today/done")" 303 "today done on server 0"
  expect_eq "$(postgres_psql -At -c "SELECT count(*) FROM mailclerk.today_dismissals WHERE item = '$item'")" 1 "the dismissal is in PostgreSQL"
  case "$(get "$WORK/boss0.jar" "$BASE0/today")" in *"value=\"$item\""*) fail "$item still open after done" ;; esac
  pass "today done writes PostgreSQL"
else
  fail "the sample agenda has no open item for boss"
fi

# Logging out on server 1 ends alice's session on server 0 too.
csrf=$(csrf_of "$WORK/alice.jar" "$BASE1")
expect_eq "$(code "$WORK/alice.jar" --data-urlencode "csrf=$csrf" "$BASE1/logout")" 303 "alice logs out on server 1"
# The old cookie, sent again to server 0: no session any more.
printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tmc_session\t%s\n' "$token" > "$WORK/stale.jar"
expect_eq "$(code "$WORK/stale.jar" "$BASE0/search")" 303 "alice's old cookie on server 0 after logout"
expect_eq "$(code "$WORK/boss.jar" "$BASE0/search")" 200 "boss's session is untouched"
pass "logging out on one server ends the session on every server"
