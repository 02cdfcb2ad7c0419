#!/usr/bin/env bash
# Lean start (issue 18): the binary names neither poppler nor Tesseract, libcurl, libpq nor
# libsystemd; search, history, prices and customers run without loading them; reading a PDF
# loads the readers plugin (parsers/readers.hpp) and still finds its text, and libcurl and libpq
# come from their plugins (daemon/imap/curl_api.hpp, store/postgres/pq_api.hpp) when a command
# needs them.
source "$(dirname "$0")/lib.sh"
write_config

# Every shared object a run loads, dlopen'ed ones included (LD_DEBUG=files names each one).
loaded() { LD_DEBUG=files "$MAILCLERK" -c "$WORK/mailclerk.toml" "$@" 2>&1 >/dev/null | grep -o 'file=[^ ]*' | sort -u; }
heavy='poppler|tesseract|lept|mailclerk-readers|libcurl|mailclerk-curl|libpq|mailclerk-pq|libsystemd|libgcrypt'

needed=$(readelf -d "$MAILCLERK" | grep NEEDED)
if echo "$needed" | grep -Eq "$heavy"; then fail "the binary links a heavy library: $needed"; fi
pass "the binary does not link poppler, Tesseract, libcurl, libpq or libsystemd"

mkdir -p "$WORK/in"
sed 's/^To: .*/To: sales@ourco.com/; s/^From: .*/From: Buyer <buyer@acme.com>/' \
  "$SOURCE_DIR/tests/data/quotes/pdf_quote.eml" > "$WORK/in/pdf_quote.eml"
import_loads=$(loaded import "$WORK/in")
echo "$import_loads" | grep -q 'mailclerk-readers' || fail "import of a PDF did not load the plugin"
[ "$(index_sql "SELECT count(*) FROM attachments WHERE text_size > 0")" -ge 1 ] ||
  fail "no text read from the PDF through the plugin"
pass "a PDF is read through the plugin"

[[ "$(loaded --version)" == *mailclerk-curl* ]] || fail "--version did not load libcurl's plugin"
[[ "$("$MAILCLERK" --version)" =~ $'\n'libcurl\ [0-9] ]] || fail "--version names no libcurl version"
# A connection that cannot succeed (nothing listens on port 1) still loads libpq's plugin.
pg_loads=$(loaded index copy --to "postgresql://mailclerk@127.0.0.1:1/none?connect_timeout=2" || true)
[[ "$pg_loads" == *mailclerk-pq* ]] || fail "a PostgreSQL connection did not load libpq's plugin"
pass "libcurl and libpq are loaded from their plugins when needed"

for command in "search valve" "history acme" "prices acme" "customers"; do
  # shellcheck disable=SC2086
  found=$(loaded $command | grep -E "$heavy" || true)
  [ -z "$found" ] || fail "mailclerk $command loaded: $found"
done
pass "search, history, prices and customers start without the readers, libcurl or libpq"
