#!/usr/bin/env bash
# labels: heavy (processes killed, a daemon, real OCR)
# Issue 16: OCR runs off the ingest path. An import of scanned quotes beside ordinary mail files
# and indexes everything at once, the scans flagged pending (their words not searchable, their
# prices not listed yet); `mailclerk ocr` reads them with the real Tesseract, after which their
# text is found and the price list holds the scanned quote's items. A kill -9 in the middle of
# an OCR leaves the message pending and a rerun finishes it; `reindex` derives the queue again;
# the daemon empties it on its own and stops cleanly on SIGTERM; `import --ocr=inline` reads in place.
source "$(dirname "$0")/lib.sh"
ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata >/dev/null 2>&1 ||
  missing "Tesseract's English data (tesseract-ocr-eng, scripts/install-deps.sh)"
write_config

data="$SOURCE_DIR/tests/data"
# scan_mail FILE SUBJECT ATTACHMENT: an outbound quote to ACME with one attachment.
scan_mail() {
  python3 - "$@" <<'PY'
import sys
from email.message import EmailMessage
path, subject, attachment = sys.argv[1:4]
m = EmailMessage()
m["From"] = "Sales <sales@ourco.com>"
m["To"] = "Wang Lei <wang@acme.com>"
m["Subject"] = subject
m["Date"] = "Wed, 04 Nov 2026 10:00:00 +0800"
m["Message-ID"] = "<" + subject.replace(" ", "-") + "@ourco.com>"
m.set_content("Dear Mr Wang,\n\nplease find our quotation attached (scanned).\n\nBest regards\n")
name = attachment.rsplit("/", 1)[-1]
maintype, subtype = ("application", "pdf") if name.endswith(".pdf") else ("image", "png")
m.add_attachment(open(attachment, "rb").read(), maintype=maintype, subtype=subtype,
                 filename="QT-" + name)
open(path, "wb").write(bytes(m))
PY
}

mkdir -p "$WORK/mail"
scan_mail "$WORK/mail/scan.eml" "Quotation bearings" "$data/prices/scanned_quote.pdf"
cp "$data/quotes/pdf_quote.eml" "$data/quotes/csv_quote.eml" "$data/quotes/inquiry.eml" "$WORK/mail/"

pending() { index_sql "select count(*) from attachments where text_flag = 'ocr-pending'"; }
hits() { mc search "$1" --json | json 'd["total"]'; }
models() { mc prices acme --json | json '",".join(sorted(i["model"] or i["product"] for i in d["items"]))'; }

mc import "$WORK/mail" >/dev/null
expect_eq "$(index_sql 'select count(*) from messages')" 4 "messages filed at once"
expect_eq "$(pending)" 1 "scans pending after import"
expect_contains "$(mc status)" "1 attachments wait for OCR" "status says what waits"
expect_eq "$(hits 'Quotation bearings')" 1 "the scanned quote's mail is searchable at once"
expect_eq "$(hits 6204)" 0 "the scan's words before OCR"
before=$(models)
case ",$before," in *6204*) fail "the scan's prices are listed before OCR: $before" ;; esac
[ -n "$before" ] || fail "the typed quotes gave no prices: $before"
pass "import: 4 messages filed and searchable at once, 1 scan pending, its prices not yet listed"

# kill -9 while Tesseract reads: the try is counted, nothing else changed.
mc ocr >/dev/null 2>&1 &
pid=$!
wait_sql "select max(ocr_tries) from attachments" 1 60
kill -9 "$pid" 2>/dev/null || fail "mailclerk ocr ended before the kill"
wait "$pid" 2>/dev/null || true
expect_eq "$(pending)" 1 "still pending after kill -9"
expect_eq "$(hits 6204)" 0 "no half-written text after kill -9"
pass "kill -9 during OCR leaves the scan pending"

out=$(mc ocr --json)
expect_eq "$(echo "$out" | json 'd["read"], d["failed"], d["pending"]')" "1 0 0" "ocr --json"
expect_eq "$(pending)" 0 "pending after mailclerk ocr"
expect_eq "$(hits 6204)" 1 "the scan's words after OCR"
expect_eq "$(mc search 6204 --json | json 'd["results"][0]["subject"]')" "Quotation bearings" "hit"
after=$(models)
for model in 6204-2RS 6205-ZZ 30205; do
  case ",$after," in *"$model"*) ;; *) fail "price list lacks $model after OCR: $after" ;; esac
done
expect_contains "$(cat "$WORK/archive/customers/acme/price-list.csv")" "0.42" "price-list.csv after OCR"
expect_eq "$(mc ocr --json | json 'd["read"], d["pending"]')" "0 0" "an empty queue"
pass "mailclerk ocr: text searchable, the scanned quote's items listed, nothing pending"

# The queue is derived from the archive: a rebuilt index has the scan pending again.
mc reindex >/dev/null 2>"$WORK/reindex.log" || { cat "$WORK/reindex.log"; fail "reindex"; }
expect_eq "$(pending)" 1 "pending after reindex"

# The daemon (no accounts: nothing to poll) reads the queue on its own, a photo included.
scan_mail "$WORK/photo.eml" "Quotation gate valves" "$data/prices/photo_quote.png"
mc import "$WORK/photo.eml" >/dev/null
expect_eq "$(pending)" 2 "pending before the daemon"
"$MAILCLERK" -c "$WORK/mailclerk.toml" daemon 2>"$WORK/daemon.log" &
daemon=$!
trap 'st=$?; kill -TERM "$daemon" 2>/dev/null || true; (exit $st); cleanup' EXIT
wait_sql "select count(*) from attachments where text_flag = 'ocr-pending'" 0 300 "$WORK/daemon.log"
kill -TERM "$daemon"
status=0
wait "$daemon" || status=$?
expect_eq "$status" 0 "daemon exit after SIGTERM"
expect_eq "$(hits 6204)" 1 "the first scan read again by the daemon"
expect_eq "$(hits 'DN100')" 1 "the photo's words"
case ",$(models)," in *6204-2RS*) ;; *) fail "price list after the daemon: $(models)" ;; esac
grep -q "ocr: .* messages read" "$WORK/daemon.log" || fail "daemon log: $(tail -3 "$WORK/daemon.log")"
pass "reindex derives the queue again; the daemon catches up on its own and stops on SIGTERM"

# One-shot users may read scans during the import.
scan_mail "$WORK/inline.eml" "Quotation bearings again" "$data/prices/scanned_quote.pdf"
mc import --ocr=inline "$WORK/inline.eml" >/dev/null
expect_eq "$(pending)" 0 "nothing pending after import --ocr=inline"
expect_eq "$(hits 6204)" 2 "the inline scan is searchable at once"
pass "import --ocr=inline reads scans in place"
