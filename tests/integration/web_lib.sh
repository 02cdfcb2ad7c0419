# Shared by the web page's tests: an archive imported from samples/, three users, and
# `mailclerk web` on a free loopback port. Source after lib.sh.

# web_archive: $WORK/mailclerk.toml = samples/mailclerk.toml (archive under $WORK) + [web];
# users alice (rep, team east: owns acme, 华东石化, gulfflow), bob (rep, team west: owns
# twprecision, mueller), boss (manager). Passwords: <name>-password-1.
web_archive() {
  sed 's|^root = "archive"|root = "'"$WORK"'/archive"|' "$SOURCE_DIR/samples/mailclerk.toml" > "$WORK/mailclerk.toml"
  printf '\n[web]\nlisten = "127.0.0.1:0"\n' >> "$WORK/mailclerk.toml"
  mc import "$SOURCE_DIR/samples/mail/inbox" "$SOURCE_DIR/samples/mail/sent" \
    "$SOURCE_DIR/samples/mail/archive.mbox" >/dev/null
  echo alice-password-1 | mc user add alice --role rep --team east >/dev/null
  echo bob-password-1 | mc user add bob --role rep --team west >/dev/null
  echo boss-password-1 | mc user add boss --role manager >/dev/null
}

# launch_web CONFIG NAME: run `mailclerk web` on CONFIG in the background (output in
# $WORK/NAME.out and .err) and wait for its port; sets LAUNCHED_PID and LAUNCHED_PORT.
launch_web() {
  local config=$1 name=$2
  # The binary itself, not the mc function: `mc web &` would background a subshell, and
  # stopping that would leave the server running.
  "$MAILCLERK" -c "$config" web > "$WORK/$name.out" 2> "$WORK/$name.err" &
  LAUNCHED_PID=$!
  LAUNCHED_PORT=
  for _ in $(seq 1 100); do
    LAUNCHED_PORT=$(awk '/^listening on/{print $3}' "$WORK/$name.out" 2>/dev/null || true)
    [ -n "$LAUNCHED_PORT" ] && break
    kill -0 "$LAUNCHED_PID" 2>/dev/null || { cat "$WORK/$name.err" >&2; fail "mailclerk web ($name) exited"; }
    sleep 0.1
  done
  [ -n "$LAUNCHED_PORT" ] || fail "mailclerk web ($name) did not start"
}

# start_web: run `mailclerk web` in the background; sets WEB_PID, PORT and BASE.
start_web() {
  launch_web "$WORK/mailclerk.toml" web
  WEB_PID=$LAUNCHED_PID
  PORT=$LAUNCHED_PORT
  BASE="http://127.0.0.1:$PORT"
  trap 'status=$?; stop_web || status=1; (exit $status); cleanup' EXIT
  trap 'exit 143' TERM INT # so that the server is stopped when the test is killed
}

# end_web PID NAME: SIGTERM, then the server's own verdict: it must exit 0, and under the
# sanitizer build its stderr ($WORK/NAME.err) must hold no AddressSanitizer, LeakSanitizer or
# UBSan report (they are written when the process exits, so only here can a test see them).
# Fails (returns 1) otherwise.
end_web() {
  local pid=$1 name=$2 status=0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || status=$?
  if [ $status -ne 0 ]; then
    echo "FAIL: mailclerk web ($name) exited with status $status after SIGTERM" >&2
    tail -n 40 "$WORK/$name.err" >&2
    return 1
  fi
  if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$WORK/$name.err" 2>/dev/null; then
    echo "FAIL: sanitizer report from mailclerk web ($name):" >&2
    cat "$WORK/$name.err" >&2
    return 1
  fi
}

# stop_web: end_web for start_web's server.
stop_web() {
  [ -n "${WEB_PID:-}" ] || return 0
  local pid=$WEB_PID
  WEB_PID=
  end_web "$pid" web
}

# curl helpers: status code, headers, body; each user has a cookie jar.
status() { curl -s -o /dev/null -w '%{http_code}' --path-as-is "$@"; }
login() { # login USER PASSWORD -> prints the HTTP status of the POST
  local jar="$WORK/$1.jar" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | grep -o '[0-9a-f]\{64\}')
  curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "csrf=$token" --data-urlencode "user=$1" --data-urlencode "password=$2" "$BASE/login"
}
as() { local user=$1; shift; curl -s --path-as-is -c "$WORK/$user.jar" -b "$WORK/$user.jar" "$@"; }
csrf_of() { as "$1" "$BASE/search" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | grep -o '[0-9a-f]\{64\}'; }
