#!/usr/bin/env bash
# labels: sanitize (reads what strangers send, or serves the web: the sanitizer pass runs it)
# Issue 8: the reps' web page through curl against `mailclerk web` on a free loopback port,
# serving an archive imported from samples/: login, a logged-out request gets the login page,
# a rep cannot open another rep's customer, message or attachment by URL nor find them by
# search, CSRF-less posts are refused, crafted URLs give 400/404, an attachment downloads
# byte-exact, hostile HTML is inert, security headers, audit log, rate limit, config errors,
# HTTPS with a certificate.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/web_lib.sh"
command -v curl >/dev/null || skip "curl not installed"
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"
command -v openssl >/dev/null || skip "openssl not installed"

web_archive
# Hostile HTML mail from ACME (alice's customer).
cat > "$WORK/hostile.eml" <<'MAIL'
From: Buyer <buyer@acme-industrial.com>
To: alice@hengda-valves.com
Subject: hostile html test
Date: Mon, 02 Mar 2026 10:00:00 +0000
Message-ID: <hostile-1@acme-industrial.com>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><p>Dear Alice<script>document.title='pwned'</script></p>
<img src="https://tracker.example/open.gif" onerror="alert(1)">
<a href="javascript:alert(2)">click</a><div onmouseover="alert(3)">hover</div>
<iframe src="https://evil.example/"></iframe><p style="background:url(https://tracker.example/bg)">x</p>
</body></html>
MAIL
mc import "$WORK/hostile.eml" >/dev/null
start_web

# Logged out: every page sends to the login page.
expect_eq "$(status "$BASE/search")" 303 "logged-out search"
expect_eq "$(status "$BASE/customers/acme")" 303 "logged-out customer"
expect_contains "$(curl -s -L "$BASE/messages/1")" 'id="login"' "logged-out request ends at the login form"
expect_eq "$(status -X POST -d 'domain=x.com' "$BASE/roster/ignore")" 403 "logged-out post"
pass "logged out"

# Login: CSRF token of the form required; wrong password refused; cookie flags.
expect_eq "$(status -d 'user=alice&password=alice-password-1' "$BASE/login")" 403 "login without token"
expect_eq "$(login alice wrong-password)" 401 "wrong password"
headers=$(rm -f "$WORK/h.jar"; t=$(curl -s -c "$WORK/h.jar" "$BASE/login" | grep -o '[0-9a-f]\{64\}' | head -1)
  curl -s -D - -o /dev/null -b "$WORK/h.jar" --data-urlencode "csrf=$t" -d 'user=alice&password=alice-password-1' "$BASE/login")
expect_contains "$headers" "mc_session=" "session cookie"
expect_contains "$headers" "HttpOnly; SameSite=Strict" "cookie flags"
expect_eq "$(login alice alice-password-1)" 303 "alice logs in"
expect_eq "$(login bob bob-password-1)" 303 "bob logs in"
expect_eq "$(login boss boss-password-1)" 303 "boss logs in"
pass "login"

# Who sees what: alice owns acme, 华东石化, gulfflow; bob owns twprecision and mueller.
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/customers/acme")" 200 "alice: acme"
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/customers/%E5%8D%8E%E4%B8%9C%E7%9F%B3%E5%8C%96")" 200 "alice: 华东石化"
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/customers/twprecision")" 404 "alice: bob's customer"
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/customers/mueller/prices.csv")" 404 "alice: bob's prices"
expect_eq "$(as bob -o /dev/null -w '%{http_code}' "$BASE/customers/acme")" 404 "bob: alice's customer"
expect_eq "$(as boss -o /dev/null -w '%{http_code}' "$BASE/customers/twprecision")" 200 "manager: any customer"
tw=$(index_sql "select m.id from messages m join message_customers mc on mc.message_id = m.id join customers c on c.id = mc.customer_id where c.slug = 'twprecision' and exists (select 1 from attachments a where a.message_id = m.id) limit 1")
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/messages/$tw")" 404 "alice: bob's message"
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/messages/$tw/raw")" 404 "alice: bob's raw"
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/messages/$tw/html")" 404 "alice: bob's html"
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/messages/$tw/attachments/0")" 404 "alice: bob's attachment"
expect_eq "$(as bob -o /dev/null -w '%{http_code}' "$BASE/messages/$tw/attachments/0")" 200 "bob: his attachment"
unmatched=$(index_sql "select m.id from messages m where not exists (select 1 from message_customers mc where mc.message_id = m.id) limit 1")
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/messages/$unmatched")" 404 "rep: unmatched mail"
expect_eq "$(as boss -o /dev/null -w '%{http_code}' "$BASE/messages/$unmatched")" 200 "manager: unmatched mail"
# Search is filtered in SQL: alice finds none of bob's customers' mail, boss does.
expect_contains "$(as alice "$BASE/search?q=Armaturen")" '<p class="count">0 ' "alice searches bob's customer"
expect_contains "$(as boss "$BASE/search?q=Armaturen")" '/customers/mueller' "boss finds mueller"
r=$(as alice "$BASE/search?q=valve")
case "$r" in *twprecision*|*mueller*) fail "alice's search shows bob's customers" ;; esac
expect_contains "$r" "/customers/acme" "alice finds acme"
expect_contains "$(as alice "$BASE/roster.csv")" "acme" "alice's roster export"
case "$(as alice "$BASE/roster.csv")" in *twprecision*) fail "alice's roster shows bob's customer" ;; esac
pass "access by owner and team"

# Search: Chinese and English, highlighted, grouped by conversation.
r=$(as alice "$BASE/search?q=%E6%8A%A5%E4%BB%B7")
expect_contains "$r" "<mark>报价</mark>" "Chinese search highlights"
expect_contains "$r" "conversation" "grouped by conversation"
expect_contains "$(as alice "$BASE/search?q=gate&kind=quote")" "<mark>" "English search with a kind filter"
expect_eq "$(as alice -o /dev/null -w '%{http_code}' "$BASE/search?q=%22unclosed")" 400 "query error"
pass "search"

# Crafted URLs.
for url in "/customers/.." "/customers/%2e%2e" "/customers/acme%2f..%2f..%2fetc" "/customers/a%5cb" \
  "/messages/1%2f..%2f..%2fetc%2fpasswd" "/customers/acme%00" "/customers/%zz" "/assets/..%2fapp.cpp" \
  "/search?q=%00" "/../../etc/passwd"; do
  code=$(as alice -o /dev/null -w '%{http_code}' "$BASE$url")
  [ "$code" = 400 ] || [ "$code" = 404 ] || fail "$url: expected 400/404, got $code"
done
for url in "/messages/99999999999999999999" "/messages/-1" "/messages/0" "/messages/1e3" \
  "/messages/$tw/attachments/99999999999999999999" "/messages/$tw/attachments/-1" \
  "/customers/no-such-customer" "/etc/passwd" "/search?page=99999999999999999999"; do
  code=$(as alice -o /dev/null -w '%{http_code}' "$BASE$url")
  [ "$code" = 400 ] || [ "$code" = 404 ] || fail "$url: expected 400/404, got $code"
done
pass "crafted URLs"

# Attachment: byte-exact, named, never rendered inline.
read -r mid idx path <<<"$(index_sql "select a.message_id, a.idx, a.path from attachments a join message_customers mc on mc.message_id = a.message_id join customers c on c.id = mc.customer_id where c.slug = 'acme' and a.filename like '%.pdf' limit 1" | tr '|' ' ')"
h=$(as alice -D - -o "$WORK/download" "$BASE/messages/$mid/attachments/$idx")
expect_eq "$(sha256sum < "$WORK/download" | cut -d' ' -f1)" "$(sha256sum < "$WORK/archive/$path" | cut -d' ' -f1)" "attachment bytes"
expect_eq "$(sha256sum < "$WORK/download" | cut -d' ' -f1)" "$(index_sql "select sha256 from attachments where message_id = $mid and idx = $idx")" "attachment hash in the index"
expect_contains "$h" "Content-Disposition: attachment;" "attachment disposition"
expect_contains "$h" "Content-Type: application/octet-stream" "attachment type"
raw=$(index_sql "select path from message_files where message_id = $mid limit 1")
as alice -o "$WORK/raw.eml" "$BASE/messages/$mid/raw"
cmp -s "$WORK/raw.eml" "$WORK/archive/$raw" || fail "raw .eml differs"
pass "downloads byte-exact"

# Hostile HTML: inert in the frame, the frame sandboxed, remote content reported.
hid=$(index_sql "select id from messages where subject = 'hostile html test'")
page=$(as alice "$BASE/messages/$hid")
expect_contains "$page" 'sandbox="allow-popups allow-popups-to-escape-sandbox"' "sandboxed frame"
expect_contains "$page" "Remote content blocked" "remote content notice"
h=$(as alice -D - -o "$WORK/hostile.html" "$BASE/messages/$hid/html")
body=$(tr 'A-Z' 'a-z' < "$WORK/hostile.html")
for bad in "<script" "onerror" "onmouseover" "javascript:" "tracker.example" "evil.example" "<iframe"; do
  case "$body" in *"$bad"*) fail "hostile html kept $bad" ;; esac
done
expect_contains "$body" "dear alice" "hostile html keeps its text"
expect_contains "$h" "sandbox allow-popups" "CSP sandbox on the mail frame"
expect_contains "$h" "default-src 'none'" "CSP on the mail frame"
case "$page" in *"<script>document"*) fail "message page echoes the script" ;; esac
pass "hostile html inert"

# Security headers, on errors too.
for url in "/search" "/customers/nope" "/customers/%2e%2e"; do
  h=$(as alice -D - -o /dev/null "$BASE$url")
  expect_contains "$h" "Content-Security-Policy: default-src 'none'" "CSP on $url"
  expect_contains "$h" "X-Content-Type-Options: nosniff" "nosniff on $url"
  expect_contains "$h" "Referrer-Policy: same-origin" "referrer policy on $url"
  expect_contains "$h" "frame-ancestors" "frame-ancestors on $url"
done
pass "security headers"

# CSRF: posts without the session's token are refused and change nothing.
expect_eq "$(index_sql "select count(*) from candidate_ignores")" 0 "no ignores yet"
expect_eq "$(as boss -o /dev/null -w '%{http_code}' -d 'domain=andesmining.cl' "$BASE/roster/ignore")" 403 "post without token"
expect_eq "$(as boss -o /dev/null -w '%{http_code}' -d "domain=andesmining.cl&csrf=$(printf '0%.0s' $(seq 64))" "$BASE/roster/ignore")" 403 "post with a wrong token"
expect_eq "$(as boss -o /dev/null -w '%{http_code}' -H "Origin: http://evil.example" -d "domain=andesmining.cl&csrf=$(csrf_of boss)" "$BASE/roster/ignore")" 403 "cross-origin post"
expect_eq "$(as boss -o /dev/null -w '%{http_code}' -d "csrf=$(csrf_of boss)" "$BASE/logout")" 303 "logout with token" # then log in again
login boss boss-password-1 >/dev/null
expect_eq "$(index_sql "select count(*) from candidate_ignores")" 0 "refused posts changed nothing"
expect_contains "$(as boss "$BASE/roster")" "andesmining.cl" "candidate listed"
expect_eq "$(as alice -o /dev/null -w '%{http_code}' -d "domain=andesmining.cl&csrf=$(csrf_of alice)" "$BASE/roster/ignore")" 403 "a rep cannot ignore"
expect_eq "$(as boss -o /dev/null -w '%{http_code}' -d "domain=andesmining.cl&csrf=$(csrf_of boss)" "$BASE/roster/promote")" 303 "manager promotes"
expect_eq "$(index_sql "select source from customers where slug = 'andesmining-cl'")" "auto" "promoted customer"
expect_eq "$(as boss -o /dev/null -w '%{http_code}' "$BASE/customers/andesmining-cl")" 200 "promoted customer page"
pass "csrf and roster actions"

# Logout ends the session.
old_jar=$(cat "$WORK/bob.jar")
expect_eq "$(as bob -o /dev/null -w '%{http_code}' -d "csrf=$(csrf_of bob)" "$BASE/logout")" 303 "bob logs out"
echo "$old_jar" > "$WORK/bob.jar"
expect_eq "$(as bob -o /dev/null -w '%{http_code}' "$BASE/customers/mueller")" 303 "old session is dead"
pass "logout"

# Audit log: alice's views and downloads, one JSON line each.
audit=$(cat "$WORK/archive/audit.log")
expect_contains "$audit" '"action":"download-attachment"' "audit: attachment"
expect_contains "$audit" '"action":"view-message"' "audit: view"
expect_contains "$audit" '"user":"alice"' "audit: user"
python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$WORK/archive/audit.log" || fail "audit log is not JSON lines"
pass "audit log"

# Languages: browser language, then the switch (a cookie).
expect_contains "$(as alice -H 'Accept-Language: zh-CN,zh;q=0.9' "$BASE/search")" "搜索" "Chinese by browser"
expect_contains "$(as alice -H 'Accept-Language: zh-CN' "$BASE/search?lang=en")" ">Search<" "switched to English"
expect_contains "$(as alice -H 'Accept-Language: zh-CN' "$BASE/search")" ">Search<" "English kept by cookie"
pass "languages"

# A removed user's session ends (within the few seconds the page caches the user list).
echo carol-password-1 | mc user add carol --role manager >/dev/null
expect_eq "$(login carol carol-password-1)" 303 "carol logs in"
expect_eq "$(as carol -o /dev/null -w '%{http_code}' "$BASE/customers/acme")" 200 "carol sees acme"
mc user remove carol >/dev/null
sleep 6
expect_eq "$(as carol -o /dev/null -w '%{http_code}' "$BASE/customers/acme")" 303 "removed user is logged out"
pass "user removal"

# Rate limit: after five failures even the right password waits.
for _ in 1 2 3 4 5; do login bob wrong >/dev/null; done
expect_eq "$(login bob bob-password-1)" 429 "locked after five failures"
pass "rate limit"
stop_web

# Config: beyond loopback without a certificate is refused, naming file, line and key.
cp "$WORK/mailclerk.toml" "$WORK/open.toml"
sed -i 's|^listen = "127.0.0.1:0"|listen = "0.0.0.0:8025"|' "$WORK/open.toml"
set +e; out=$("$MAILCLERK" -c "$WORK/open.toml" web 2>&1); code=$?; set -e
expect_eq "$code" 2 "exit code for listen beyond loopback without certificate"
expect_contains "$out" "open.toml:" "error names the file"
expect_contains "$out" "web.listen" "error names the key"
sed -i 's|^listen = "0.0.0.0:8025"|listen = "0.0.0.0:8025"\ntrusted_user_header = "X-Remote-User"\ncert_file = "c.pem"\nkey_file = "k.pem"|' "$WORK/open.toml"
set +e; out=$("$MAILCLERK" -c "$WORK/open.toml" web 2>&1); code=$?; set -e
expect_eq "$code" 2 "proxy header beyond loopback"
expect_contains "$out" "web.trusted_user_header" "error names the header key"
pass "config errors"

# Behind a reverse proxy that authenticated the user: the header names them, access as usual.
cp "$WORK/mailclerk.toml" "$WORK/plain.toml"
printf 'trusted_user_header = "X-Remote-User"\n' >> "$WORK/mailclerk.toml"
start_web
expect_eq "$(status "$BASE/customers/acme")" 403 "proxy mode without the header"
expect_eq "$(status -H 'X-Remote-User: mallory' "$BASE/customers/acme")" 403 "proxy mode, unknown user"
expect_eq "$(status -H 'X-Remote-User: alice' "$BASE/customers/acme")" 200 "proxy mode, alice"
expect_eq "$(status -H 'X-Remote-User: alice' "$BASE/customers/twprecision")" 404 "proxy mode, bob's customer"
expect_eq "$(status -H 'X-Remote-User: boss' -d 'domain=andesmining.cl' "$BASE/roster/ignore")" 403 "proxy mode still wants CSRF tokens"
stop_web
cp "$WORK/plain.toml" "$WORK/mailclerk.toml"
pass "trusted proxy header"

# HTTPS with a certificate (self-signed here), Secure cookies.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 1 \
  -subj "/CN=127.0.0.1" >/dev/null 2>&1
printf 'cert_file = "%s"\nkey_file = "%s"\n' "$WORK/cert.pem" "$WORK/key.pem" >> "$WORK/mailclerk.toml"
start_web
BASE="https://127.0.0.1:$PORT"
h=$(curl -sk -D - -o /dev/null "$BASE/login")
expect_contains "$h" "Secure" "Secure cookie over HTTPS"
expect_contains "$h" "Strict-Transport-Security" "HSTS over HTTPS"
expect_eq "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" 000 "no plain HTTP on the TLS port"
pass "https"
