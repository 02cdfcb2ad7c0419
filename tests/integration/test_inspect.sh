#!/usr/bin/env bash
# labels: sanitize (reads what strangers send, or serves the web: the sanitizer pass runs it)
# inspect parses messages (one JSON line each), prints the ARCHITECTURE.md JSON shape, and writes nothing.
source "$(dirname "$0")/lib.sh"
write_config
eml=$SOURCE_DIR/samples/mail/inbox/2025-10-20_ecpc_xunjia-jiezhifa.eml
j=$(mc inspect --json "$eml")
[ ! -e "$WORK/archive" ] || fail "inspect created the archive"
for key in sha256 message_id date subject from to cc reply_to direction kind customers text flags attachments; do
  echo "$j" | json "'$key' in d" | grep -q True || fail "key $key missing"
done
expect_eq "$(echo "$j" | json 'd["subject"]')" "询价：截止阀 J41H-16C DN100/DN150 及闸阀 DN200" "GB2312 subject decoded"
expect_eq "$(echo "$j" | json 'd["customers"]')" "['华东石化']" "customer"
expect_eq "$(echo "$j" | json 'd["direction"]')" "inbound" "direction"
expect_eq "$(echo "$j" | json 'd["kind"]')" "inquiry" "kind"
expect_eq "$(echo "$j" | json 'd["date"]')" "2025-10-20T02:32:45Z" "date in UTC"
expect_eq "$(echo "$j" | json 'd["sha256"]')" "$(sha256sum < "$eml" | cut -d' ' -f1)" "sha256 of an LF file"
expect_contains "$(echo "$j" | json 'd["text"]')" "请报价" "text decoded"
expect_contains "$(echo "$j" | json 'd["files"][0]')" "customers/华东石化/mail/2025/2025-10-20_0232_" "planned path"
# Several files: one JSON line per file, in order; an unreadable one gets an error line, the rest
# still run, and the exit status says something failed.
other=$SOURCE_DIR/samples/mail/sent/$(ls "$SOURCE_DIR/samples/mail/sent" | head -n 1)
set +e
lines=$(mc inspect --json "$eml" "$WORK/absent.eml" "$other" 2>/dev/null)
status=$?
set -e
[ "$status" -ne 0 ] || fail "an unreadable file must make inspect fail"
expect_eq "$(echo "$lines" | wc -l)" "3" "one line per file"
expect_eq "$(echo "$lines" | sed -n 1p | json 'd["file"]')" "$eml" "first line is the first file"
expect_contains "$(echo "$lines" | sed -n 2p | json 'd["error"]')" "absent.eml" "error line names the file"
expect_eq "$(echo "$lines" | sed -n 3p | json 'd["file"]')" "$other" "the rest still run"
# Without any config, inspect still works (no customers known).
j=$(MAILCLERK_CONFIG= "$MAILCLERK" -c "$WORK/none.toml" inspect --json "$eml" 2>&1) && fail "a named missing config must fail"
expect_contains "$j" "cannot read config" "missing named config"
pass "inspect JSON shape, decoding, matching; nothing written"
