# Shared by the deliver tests: an archive owned by user nobody, whom deliver runs as (as a pipe
# transport with user= would; root ignores permission bits, so a read-only archive needs another
# user), and the index and mailclerk read as that user too.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
write_config
chmod 755 "$WORK"
mc status >/dev/null || fail "archive not created"
chown -R nobody "$WORK/archive"
chmod o+r "$WORK/mailclerk.toml"
# Read the index as the delivering user: a root reader would leave root-owned -wal/-shm files
# that deliver (as nobody) cannot open. While the archive is read-only, root reads it.
index_sql() {
  runuser -u nobody -- sqlite3 "$WORK/archive/.mailclerk/index.sqlite" "$1" 2>/dev/null ||
    sqlite3 "$WORK/archive/.mailclerk/index.sqlite" "$1"
}
mc() { runuser -u nobody -- "$MAILCLERK" -c "$WORK/mailclerk.toml" "$@"; }
