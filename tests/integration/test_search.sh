#!/usr/bin/env bash
# Search end to end (issue 7): real .eml files imported with the real binary, then the query
# language: text with filters, phrases, exclusions, threads, JSON shape and query errors.
source "$(dirname "$0")/lib.sh"
write_config

python3 - "$WORK/in" <<'PY'
import base64, os, sys
root = sys.argv[1]
def b64(s): return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="
def write(folder, name, headers, body, attachments=()):
    os.makedirs(os.path.join(root, folder), exist_ok=True)
    head = "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n"
    if not attachments:
        msg = head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n"
    else:
        msg = head + 'Content-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n' + body + "\n"
        for fname, data in attachments:
            msg += ('--B\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="%s"\n'
                    'Content-Transfer-Encoding: base64\n\n%s\n' % (b64(fname), base64.b64encode(data).decode()))
        msg += "--B--\n"
    open(os.path.join(root, folder, name), "wb").write(msg.encode())
write("INBOX", "1.eml", [("From", "Li <li@acme.com>"), ("To", "sales@ourco.com"),
      ("Subject", b64("询价：DN50 球阀")), ("Date", "Mon, 05 Jan 2026 09:00:00 +0000"),
      ("Message-ID", "<q1@acme.com>")], "请报价 DN50 球阀 500 个。")
write("Sent", "2.eml", [("From", "Sales <sales@ourco.com>"), ("To", "Li <li@acme.com>"),
      ("Subject", b64("回复：询价：DN50 球阀")), ("Date", "Tue, 06 Jan 2026 09:00:00 +0000"),
      ("Message-ID", "<r1@ourco.com>"), ("In-Reply-To", "<q1@acme.com>"), ("References", "<q1@acme.com>")],
      "报价如下：单价 USD 12.50，交货期 30 天。", [("报价单.pdf", b"%PDF-1.4 not really")])
write("INBOX", "3.eml", [("From", "Wang <wang@ecpc.com.cn>"), ("To", "sales@ourco.com"),
      ("Subject", b64("合同草案")), ("Date", "Tue, 10 Feb 2026 09:00:00 +0000"),
      ("Message-ID", "<c1@ecpc.com.cn>")], "附件为合同草案，请确认。价格按报价执行。",
      [("合同.docx", b"PK not really a docx")])
write("INBOX", "4.eml", [("From", "news@valve-news.com"), ("To", "sales@ourco.com"),
      ("Subject", "Valve industry news"), ("Date", "Sat, 20 Dec 2025 09:00:00 +0000"),
      ("Message-ID", "<n1@valve-news.com>")], "Stainless steel prices rise. Quotation season is here.")
write("INBOX", "5.eml", [("From", "Buyer <buyer.acme@gmail.com>"), ("To", "sales@ourco.com"),
      ("Subject", "Order confirmation PO-7781"), ("Date", "Sun, 01 Mar 2026 09:00:00 +0000"),
      ("Message-ID", "<o1@gmail.com>")], "We confirm the order for DN50 ball valves at the quoted Café price.")
PY
mc import "$WORK/in" >/dev/null

# subjects QUERY...: the subjects of all hits, newest first, joined by " | ".
subjects() { mc search --limit 100 --json "$@" | json '" | ".join(r["subject"] for r in d["results"])'; }
S1="询价：DN50 球阀"; S2="回复：询价：DN50 球阀"; S3="合同草案"; S4="Valve industry news"
S5="Order confirmation PO-7781"

expect_eq "$(subjects 报价)" "$S3 | $S2 | $S1" "报价"
expect_eq "$(subjects 报)" "$S3 | $S2 | $S1" "one character"
expect_eq "$(subjects 价报)" "" "no false positive"
expect_eq "$(subjects '报价 customer:acme')" "$S2 | $S1" "text + customer"
expect_eq "$(subjects 报价 --customer 华东石化)" "$S3" "text + --customer"
expect_eq "$(subjects '报价 after:2026-01-06')" "$S3 | $S2" "after is inclusive"
expect_eq "$(subjects '报价 before:2026-01-06')" "$S1" "before is exclusive"
expect_eq "$(subjects 'DN50 direction:out')" "$S2" "direction"
expect_eq "$(subjects 'DN50 -customer:acme')" "" "excluded customer"
expect_eq "$(subjects 'customer:acme -DN50')" "" "excluded word"
expect_eq "$(subjects 'DN50 customer:acme')" "$S5 | $S2 | $S1" "code + customer"
expect_eq "$(subjects has:attachment)" "$S3 | $S2" "has:attachment"
expect_eq "$(subjects 'filename:pdf 报价')" "$S2" "filename"
expect_eq "$(subjects 'folder:Sent')" "$S2" "folder"
expect_eq "$(subjects 'folder:INBOX after:2026-01-01 before:2026-03-01')" "$S3 | $S1" "folder + dates"
expect_eq "$(subjects 'from:ecpc')" "$S3" "from"
expect_eq "$(subjects 'to:li@acme.com')" "$S2" "to"
expect_eq "$(subjects 'subject:合同')" "$S3" "subject"
expect_eq "$(subjects 'quotation OR 合同')" "$S3 | $S4" "OR"
expect_eq "$(subjects '"DN50 ball valves"')" "$S5" "phrase"
expect_eq "$(subjects '"ball DN50"')" "" "phrase order"
expect_eq "$(subjects cafe 'PO-7781')" "$S5" "accents and codes"
expect_eq "$(subjects 'PO-77*')" "$S5" "code prefix"
expect_eq "$(subjects 'stainless steel' --customer acme)" "" "unmatched mail with --customer"

# JSON shape: the ARCHITECTURE.md fields plus direction, thread and attachments.
hit=$(mc search 单价 --json | json 'sorted(d["results"][0].keys())')
expect_eq "$hit" "['attachments', 'customers', 'date', 'direction', 'from', 'kind', 'path', 'sha256', 'snippet', 'subject', 'thread']" "JSON keys"
expect_eq "$(mc search 单价 --json | json 'd["results"][0]["snippet"]')" "报价如下：[单价] USD 12.50，交货期 30 天。 报价单.pdf" "snippet"
expect_eq "$(mc search 单价 --json | json 'd["results"][0]["date"]')" "2026-01-06T09:00:00Z" "date"

# Threads: the question and its reply are one conversation; the order another.
t=$(mc search DN50 --threads --json | json '[len(t["messages"]) for t in d["threads"]]')
expect_eq "$t" "[1, 2]" "threads"
mc search DN50 --threads | grep -q "^thread: 询价 dn50 球阀 (2 hits)" || fail "human thread output"

# Pages and relevance.
expect_eq "$(mc search 报价 --limit 1 --offset 1 --json | json '[d["total"], d["results"][0]["subject"]]')" "[3, '$S2']" "page"
expect_eq "$(mc search 报价 --sort relevance --json | json 'd["total"]')" 3 "relevance"

# Query errors name the column and exit 2.
set +e
err=$(mc search '报价 kind:offer' 2>&1 >/dev/null); code=$?
set -e
expect_eq "$code" 2 "exit code of a bad query"
expect_contains "$err" "error: query column 4: unknown kind 'offer'" "error text"
set +e
err=$(mc search '"DN50 ball' 2>&1 >/dev/null); code=$?
set -e
expect_eq "$code" 2 "exit code of an open quote"
expect_contains "$err" "query column 1: missing closing quote" "open quote"
pass "search"
