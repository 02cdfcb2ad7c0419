#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# Issue 20: the Today page, the customer page's open items and the product view in headless
# Chromium, English and Chinese (tests/e2e/today.e2e.js). Skips (77) only when chromium or node
# is missing. With MAILCLERK_SCREENSHOTS=1 it writes docs/screenshots/{today,products}-*.png.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/web_lib.sh"
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$CHROMIUM" ] || skip "chromium not installed (apt-get install chromium)"
command -v node >/dev/null || skip "node not installed (apt-get install nodejs npm)"
command -v npm >/dev/null || skip "npm not installed (apt-get install npm)"

modules=$("$SOURCE_DIR/tests/e2e/install.sh") || fail "npm could not install tests/e2e"

web_archive
# Around the clock, so that an inquiry of three hours ago is overdue whatever day CI runs on.
cat >> "$WORK/mailclerk.toml" <<'TOML'
[today]
workdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = "00:00-24:00"
timezone = "UTC"
reply_hours = 1
TOML
subject="Inquiry: DN65 gate valves, 300 pcs"
cat > "$WORK/inquiry.eml" <<MAIL
From: John Miller <john.miller@acme-industrial.com>
To: alice@hengda-valves.com
Subject: $subject
Date: $(date -R -u -d "@$(( $(date +%s) - 3 * 3600 ))")
Message-ID: <today-e2e@acme-industrial.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Please quote 300 pcs DN65 gate valves.
MAIL
mc import "$WORK/inquiry.eml" >/dev/null
product=$(mc prices acme --json | json 'next(i["model"] or i["product"] for i in d["items"])')
[ -n "$product" ] || fail "acme has no price items in the samples"
start_web

shots=""
if [ "${MAILCLERK_SCREENSHOTS:-0}" = 1 ]; then
  shots="$SOURCE_DIR/docs/screenshots"
  mkdir -p "$shots"
fi
NODE_PATH="$modules" BASE_URL="$BASE" SUBJECT="$subject" PRODUCT="$product" CHROMIUM="$CHROMIUM" \
  SCREENSHOTS="$shots" timeout 240 node "$SOURCE_DIR/tests/e2e/today.e2e.js" || fail "browser tests failed"
