# Shared by the bench/ scripts: logging, the mailclerk binary, installs, /usr/bin/time fields and
# medians. Set BENCH_NAME before sourcing.
die() { echo "$BENCH_NAME: error: $*" >&2; exit 1; }
log() { echo "$BENCH_NAME: $*" >&2; }

# find_mailclerk HINT: set MC to the absolute path of $MAILCLERK, else ./build/daemon/mailclerk
# (current directory, then the repository root); HINT says how to run without it.
find_mailclerk() {
  MC=${MAILCLERK:-./build/daemon/mailclerk}
  if [ ! -x "$MC" ] && [ -z "${MAILCLERK:-}" ] && [ -x "$REPO/build/daemon/mailclerk" ]; then
    MC=$REPO/build/daemon/mailclerk
  fi
  [ -x "$MC" ] || die "mailclerk binary not found at '$MC' (build it first, or set MAILCLERK=/path/to/mailclerk; $1)"
  MC=$(cd "$(dirname "$MC")" && pwd)/$(basename "$MC")
}

apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  log "installing $*"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 ||
    { $sudo apt-get update -q >/dev/null 2>&1 &&
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1; } ||
    die "apt-get install $* failed"
}

# time_field FILE -> "seconds rss_kb cpu_seconds" from /usr/bin/time -v output (cpu: user + system)
time_field() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
    /Maximum resident set size/ { r = $2 }
    /User time \(seconds\)|System time \(seconds\)/ { c += $2 }
    END { printf "%.3f %d %.2f\n", s, r, c }' "$1"
}

median() {  # median FILE COLUMN
  sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# postgres_server_cpu: CPU seconds (user + system) of the server in $POSTGRES_DIR so far: the
# postmaster, its exited children (a backend's time arrives when its connection closes) and the
# live ones. Only this cluster's processes: other servers on the machine are not counted.
postgres_server_cpu() {
  local master pid total tick
  tick=$(getconf CLK_TCK)
  master=$(head -n 1 "$POSTGRES_DIR/data/postmaster.pid")
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$master/stat")
  for pid in $(pgrep -P "$master" || true); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total $tick" | awk '{ printf "%.2f", $1 / $2 }'
}
