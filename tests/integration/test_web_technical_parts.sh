#!/usr/bin/env bash
# labels: sanitize (reads what strangers send, or serves the web: the sanitizer pass runs it)
# Issue 21: technical parts (a PGP signature, a delivery report, a read receipt, the nameless
# calendar and vCard twins) are listed on the message page by their content type, never offered
# as documents: no download link there, none in the customer's timeline, none among the
# customer's documents. A file the sender named (invite.ics, quote.pdf) stays a document.
# parsers' is_technical_part decides, as it did when the message was filed.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/web_lib.sh"
command -v curl >/dev/null || missing "curl not installed"
command -v sqlite3 >/dev/null || missing "sqlite3 not installed"

web_archive
cat > "$WORK/technical.eml" <<'MAIL'
From: Buyer <buyer@acme-industrial.com>
To: alice@hengda-valves.com
Subject: signed order with its parts
Date: Mon, 02 Mar 2026 10:00:00 +0000
Message-ID: <technical-1@acme-industrial.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=outer

--outer
Content-Type: text/plain

Please see the order and the invitation.
--outer
Content-Type: application/pdf; name="order-77.pdf"
Content-Disposition: attachment; filename="order-77.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWlsZXIKPDw+PgolJUVPRgo=
--outer
Content-Type: text/calendar; method=REQUEST; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"

BEGIN:VCALENDAR
END:VCALENDAR
--outer
Content-Type: text/calendar; method=REQUEST

BEGIN:VCALENDAR
END:VCALENDAR
--outer
Content-Type: text/vcard

BEGIN:VCARD
END:VCARD
--outer
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.acme-industrial.com
--outer
Content-Type: message/disposition-notification

Final-Recipient: rfc822; alice@hengda-valves.com
--outer
Content-Type: application/pgp-signature; name="signature.asc"

-----BEGIN PGP SIGNATURE-----
-----END PGP SIGNATURE-----
--outer--
MAIL
mc import "$WORK/technical.eml" >/dev/null
id=$(sqlite3 "$WORK/archive/.mailclerk/index.sqlite" "select id from messages where message_id = 'technical-1@acme-industrial.com'")
[ -n "$id" ] || fail "the message was not imported"
parts=$(sqlite3 "$WORK/archive/.mailclerk/index.sqlite" "select count(*) from attachments where message_id = $id")
expect_eq "$parts" 7 "parts listed in the index"
start_web

jar="$WORK/alice.jar"
token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | grep -o '[0-9a-f]\{64\}')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$token" \
  --data-urlencode "user=alice" --data-urlencode "password=alice-password-1" "$BASE/login"
page=$(curl -s -b "$jar" "$BASE/messages/$id")
links=$(grep -o "href=\"/messages/$id/attachments/[0-9]*\" download>[^<]*" <<<"$page" | sed 's/.*>//' | sort | tr '\n' ' ')
expect_eq "$links" "invite.ics order-77.pdf " "documents offered on the message page"
technical=$(grep -o '<li class="technical">[^<]*' <<<"$page" | sed 's/.*>//; s/ $//' | sort | tr '\n' ' ')
expect_eq "$technical" "application/pgp-signature message/delivery-status message/disposition-notification text/calendar text/vcard " \
  "technical parts listed by their kind"
pass "message page: 2 documents offered, 5 technical parts listed by content type"

customer=$(curl -s -b "$jar" "$BASE/customers/acme")
for part in 2 3 4 5 6; do # the nameless calendar, vCard, reports and the signature (parts 3-7)
  case "$customer" in *"/messages/$id/attachments/$part\""*)
    fail "the customer page offers technical part $part as a document" ;; esac
done
expect_contains "$customer" "/messages/$id/attachments/0\"" "the customer page offers the PDF"
expect_contains "$customer" "/messages/$id/attachments/1\"" "the customer page offers the named invitation"
pass "customer page: timeline and documents offer only the documents"
