#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# Issue 8: end-to-end tests of the reps' web page in headless Chromium (Debian's chromium,
# driven by playwright-core from npm; see tests/e2e/). Skips (77) only when chromium or node
# is not installed; an npm install that fails is a failure. With MAILCLERK_SCREENSHOTS=1 it
# also writes docs/screenshots/<page>-<en|zh>.png.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/web_lib.sh"
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$CHROMIUM" ] || skip "chromium not installed (apt-get install chromium)"
command -v node >/dev/null || skip "node not installed (apt-get install nodejs npm)"
command -v npm >/dev/null || skip "npm not installed (apt-get install npm)"
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"

modules=$("$SOURCE_DIR/tests/e2e/install.sh") || fail "npm could not install tests/e2e"

web_archive
cat > "$WORK/hostile.eml" <<'MAIL'
From: Buyer <buyer@gulfflow.ae>
To: alice@hengda-valves.com
Subject: hostile html test
Date: Mon, 02 Mar 2026 10:00:00 +0000
Message-ID: <hostile-e2e@gulfflow.ae>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><p>Dear Alice<script>document.title='pwned';alert(1)</script></p>
<img src="https://tracker.example/open.gif" onerror="alert(2)"><a href="javascript:alert(3)">x</a>
</body></html>
MAIL
mc import "$WORK/hostile.eml" >/dev/null
start_web

# The archived file behind every attachment of acme's mail: "message/idx" -> sha256.
expected=$(index_sql "select a.message_id || '/' || a.idx || ' ' || a.path from attachments a join message_customers mc on mc.message_id = a.message_id join customers c on c.id = mc.customer_id where c.slug = 'acme'" |
  while read -r key path; do
    printf '"%s": "%s",\n' "$key" "$(sha256sum < "$WORK/archive/$path" | cut -d' ' -f1)"
  done)
expected="{${expected%,}}"
expected=$(echo "$expected" | tr -d '\n')

shots=""
if [ "${MAILCLERK_SCREENSHOTS:-0}" = 1 ]; then
  shots="$SOURCE_DIR/docs/screenshots"
  mkdir -p "$shots"
fi
NODE_PATH="$modules" BASE_URL="$BASE" EXPECTED="$expected" CHROMIUM="$CHROMIUM" SCREENSHOTS="$shots" \
  timeout 240 node "$SOURCE_DIR/tests/e2e/web.e2e.js" || fail "browser tests failed"
