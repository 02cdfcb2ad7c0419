#!/usr/bin/env bash
# Lean start (issue 18): the binary names neither poppler nor Tesseract; search, history, prices
# and customers run without loading them, and reading a PDF loads them from the readers plugin
# (parsers/readers.hpp) and still finds its text.
source "$(dirname "$0")/lib.sh"
write_config

# Every shared object a run loads, dlopen'ed ones included (LD_DEBUG=files names each one).
loaded() { LD_DEBUG=files "$MAILCLERK" -c "$WORK/mailclerk.toml" "$@" 2>&1 >/dev/null | grep -o 'file=[^ ]*' | sort -u; }
heavy='poppler|tesseract|lept|mailclerk-readers'

needed=$(readelf -d "$MAILCLERK" | grep NEEDED)
if echo "$needed" | grep -Eq "$heavy"; then fail "the binary links the readers: $needed"; fi
pass "the binary does not link poppler or Tesseract"

mkdir -p "$WORK/in"
sed 's/^To: .*/To: sales@ourco.com/; s/^From: .*/From: Buyer <buyer@acme.com>/' \
  "$SOURCE_DIR/tests/data/quotes/pdf_quote.eml" > "$WORK/in/pdf_quote.eml"
import_loads=$(loaded import "$WORK/in")
echo "$import_loads" | grep -q 'mailclerk-readers' || fail "import of a PDF did not load the plugin"
[ "$(index_sql "SELECT count(*) FROM attachments WHERE text_size > 0")" -ge 1 ] ||
  fail "no text read from the PDF through the plugin"
pass "a PDF is read through the plugin"

for command in "search valve" "history acme" "prices acme" "customers"; do
  # shellcheck disable=SC2086
  found=$(loaded $command | grep -E "$heavy" || true)
  [ -z "$found" ] || fail "mailclerk $command loaded: $found"
done
pass "search, history, prices and customers start without the readers"
