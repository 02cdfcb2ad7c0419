#!/usr/bin/env bash
# Issue 18: an import with worker threads gives the archive and the index that one thread gives,
# on the benchmark's synthetic corpus (replies, duplicates by Message-ID, attachments, Chinese).
source "$(dirname "$0")/lib.sh"
count=${WORKERS_MESSAGES:-400}
python3 "$SOURCE_DIR/bench/gen_corpus.py" --count "$count" --seed 3 --out "$WORK/Maildir" \
  --config-out "$WORK/corpus.toml" >/dev/null

# The same import into two archives, with 0 and with 2 workers.
for workers in 0 2; do
  sed "s|^root = .*|root = \"$WORK/archive-$workers\"|" "$WORK/corpus.toml" > "$WORK/w$workers.toml"
  "$MAILCLERK" -c "$WORK/w$workers.toml" import --batch 50 --workers "$workers" "$WORK/Maildir" \
    > "$WORK/w$workers.out" 2>&1 || { tail -5 "$WORK/w$workers.out"; fail "import --workers $workers"; }
done

# What each archive holds: its files (path and content) and the index rows that do not depend
# on insertion order (ids and search keys differ only where the order of ids does).
dump() {
  local root=$WORK/archive-$1 db=$WORK/archive-$1/.mailclerk/index.sqlite
  (cd "$root" && find customers unmatched -type f -print0 | sort -z | xargs -0 sha256sum)
  sqlite3 "$db" "SELECT sha256, message_id, date, subject, direction, kind, size, flags, thread_key
                 FROM messages ORDER BY sha256"
  sqlite3 "$db" "SELECT m.sha256, c.slug, mc.reason FROM message_customers mc
                 JOIN messages m ON m.id = mc.message_id JOIN customers c ON c.id = mc.customer_id
                 ORDER BY 1, 2"
  sqlite3 "$db" "SELECT m.sha256, f.path FROM message_files f JOIN messages m ON m.id = f.message_id
                 ORDER BY 1, 2"
  sqlite3 "$db" "SELECT m.sha256, a.idx, a.sha256, a.kind, a.path, a.text_size, a.text_flag
                 FROM attachments a JOIN messages m ON m.id = a.message_id ORDER BY 1, 2"
  # search_text's stored columns (subject, body, attachments, meta) from its shadow table: the
  # sqlite3 shell has no mailclerk tokenizer to open the table itself.
  sqlite3 "$db" "SELECT m.sha256, s.c0, s.c1, s.c2 FROM search_text_content s
                 JOIN messages m ON m.search_key = s.id ORDER BY 1"
  sqlite3 "$db" "SELECT m.sha256, p.product, p.unit_price, p.currency FROM price_items p
                 JOIN messages m ON m.id = p.message_id ORDER BY 1, 2, 3"
}
dump 0 > "$WORK/alone.txt"
dump 2 > "$WORK/pooled.txt"
lines=$(wc -l < "$WORK/alone.txt")
[ "$lines" -gt "$count" ] || fail "the dump of the single-threaded import is too short ($lines lines)"
diff -q "$WORK/alone.txt" "$WORK/pooled.txt" >/dev/null ||
  { diff "$WORK/alone.txt" "$WORK/pooled.txt" | head -20; fail "2 workers differ from 0 workers"; }
expect_eq "$(tail -1 "$WORK/w2.out")" "$(tail -1 "$WORK/w0.out")" "import summary"
"$MAILCLERK" -c "$WORK/w2.toml" verify >/dev/null || fail "verify after the import with workers"
pass "$count messages: 0 and 2 workers give the same archive and index ($lines rows compared)"
