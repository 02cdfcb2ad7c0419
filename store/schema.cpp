#include "store/schema.hpp"

#include <atomic>
#include <chrono>
#include <iterator>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <sqlite3.h>

#include "store/cjk_tokenizer.hpp"
#include "store/sqlite.hpp"

namespace mailclerk::store {
namespace {

// Migration N (1-based) brings a database from user_version N-1 to N. Never edit a migration
// that has shipped: append a new one.
constexpr const char* k_migrations[] = {
    // 1: the initial schema.
    R"sql(
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    grade TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT ''
);
CREATE TABLE customer_domains (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    PRIMARY KEY (customer_id, domain)
) WITHOUT ROWID;
CREATE INDEX customer_domains_domain ON customer_domains(domain);
CREATE TABLE customer_addresses (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    address TEXT NOT NULL,
    PRIMARY KEY (customer_id, address)
) WITHOUT ROWID;
CREATE INDEX customer_addresses_address ON customer_addresses(address);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    address TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    first_seen INTEGER,
    last_seen INTEGER,
    count_in INTEGER NOT NULL DEFAULT 0,
    count_out INTEGER NOT NULL DEFAULT 0,
    UNIQUE (customer_id, address)
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    message_id TEXT NOT NULL DEFAULT '',
    in_reply_to TEXT NOT NULL DEFAULT '',
    date INTEGER,
    subject TEXT NOT NULL DEFAULT '',
    from_addr TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL,
    kind TEXT NOT NULL,
    size INTEGER NOT NULL,
    flags TEXT NOT NULL DEFAULT '',
    thread_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX messages_message_id ON messages(message_id);
CREATE INDEX messages_date ON messages(date);
CREATE INDEX messages_thread ON messages(thread_key);
CREATE TABLE message_files (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    customer_id INTEGER REFERENCES customers(id),
    path TEXT NOT NULL UNIQUE
);
CREATE INDEX message_files_message ON message_files(message_id);
CREATE TABLE message_sources (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    folder TEXT NOT NULL DEFAULT '',
    uidvalidity INTEGER NOT NULL DEFAULT 0,
    uid INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, account, folder, uidvalidity, uid, message_id)
);
CREATE INDEX message_sources_message ON message_sources(message_id);
CREATE TABLE message_customers (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    reason TEXT NOT NULL,
    participant TEXT NOT NULL DEFAULT '',
    counterpart TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (message_id, customer_id)
);
CREATE INDEX message_customers_customer ON message_customers(customer_id);
CREATE TABLE message_addresses (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('from', 'to', 'cc', 'bcc', 'reply_to', 'sender')),
    address TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX message_addresses_message ON message_addresses(message_id);
CREATE INDEX message_addresses_address ON message_addresses(address);
CREATE TABLE attachments (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    filename TEXT NOT NULL DEFAULT '',
    content_type TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (message_id, idx)
);
CREATE INDEX attachments_sha256 ON attachments(sha256);
CREATE TABLE attachment_files (
    message_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    path TEXT NOT NULL,
    PRIMARY KEY (message_id, idx, path),
    FOREIGN KEY (message_id, idx) REFERENCES attachments(message_id, idx) ON DELETE CASCADE
);
CREATE TABLE sync_state (
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    highest_uid INTEGER NOT NULL DEFAULT 0,
    last_poll INTEGER,
    PRIMARY KEY (account, folder)
);
CREATE VIRTUAL TABLE message_text USING fts5(subject, body, tokenize = 'mailclerk');
)sql",
    // 2: IMAP sync: the copies made into per-customer server folders, errors per folder.
    R"sql(
CREATE TABLE imap_copies (
    account TEXT NOT NULL,
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    folder TEXT NOT NULL,
    copied_at INTEGER NOT NULL,
    PRIMARY KEY (account, message_id, customer_id)
);
ALTER TABLE sync_state ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
)sql",
    // 3: the text of attachments (PDF, XLSX, DOCX, CSV, HTML), searchable like bodies. The rowid
    // is the attachment's rowid in `attachments`.
    R"sql(
CREATE VIRTUAL TABLE attachment_text USING fts5(filename, body, tokenize = 'mailclerk');
)sql",
    // 4: server filing writes its intent before UID COPY and confirms after, so a crash in
    // between is noticed and resolved by looking into the destination instead of copying twice.
    R"sql(
ALTER TABLE imap_copies ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 1;
)sql",
    // 5: the tokenizer adds CJK bigrams (colocated with the unigrams): re-tokenize the stored
    // text so that archives indexed before keep finding two- and more-character words.
    R"sql(
INSERT INTO message_text (message_text) VALUES ('rebuild');
INSERT INTO attachment_text (attachment_text) VALUES ('rebuild');
)sql",
    // 6: the customer directory: where each customer comes from (config, a command, a
    // roster import, or created automatically), the rest of the rep's roster fields, merges and
    // former slugs; ignored candidate domains; what signatures say about contacts.
    R"sql(
ALTER TABLE customers ADD COLUMN source TEXT NOT NULL DEFAULT 'config';
ALTER TABLE customers ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id);
CREATE TABLE customer_aliases (
    slug TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    since INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE customer_events (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    what TEXT NOT NULL
);
CREATE TABLE candidate_ignores (
    domain TEXT PRIMARY KEY,
    since INTEGER NOT NULL
) WITHOUT ROWID;
ALTER TABLE contacts ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN title TEXT NOT NULL DEFAULT '';
)sql",
    // 7: price items read from quotes (one row per customer of the message), the rep's
    // "these two keys are one product" overrides, and why an attachment's text could not be
    // read in full ("too-large", "unreadable", ...).
    R"sql(
CREATE TABLE price_items (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    attachment_idx INTEGER,
    product TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    product_key TEXT NOT NULL,
    quantity TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    unit_price TEXT NOT NULL,
    incoterm TEXT NOT NULL DEFAULT '',
    validity TEXT NOT NULL DEFAULT '',
    quoted_at INTEGER,
    direction TEXT NOT NULL,
    source_line TEXT NOT NULL DEFAULT ''
);
CREATE INDEX price_items_customer ON price_items(customer_id, product_key, quoted_at);
CREATE INDEX price_items_message ON price_items(message_id);
ALTER TABLE attachments ADD COLUMN text_flag TEXT NOT NULL DEFAULT '';
CREATE TABLE product_key_overrides (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    product_key TEXT NOT NULL,
    same_as TEXT NOT NULL,
    PRIMARY KEY (customer_id, product_key)
) WITHOUT ROWID;
)sql",
    // 8: one search table in date order. Its rowid is messages.search_key (the date in the high
    // bits), so FTS5 walks matches newest first and a page of 50 stops after 50; it holds the
    // message text, the text of all attachments (a word between two breaks phrases) and
    // filter tokens (customer ids, direction, kinds, has-attachment: store/search_meta.hpp),
    // so filters intersect posting lists. message_text is folded into it. The meta expression
    // is a frozen copy of k_search_meta_sql as it was when this migration shipped.
    R"sql(
ALTER TABLE messages ADD COLUMN search_key INTEGER;
UPDATE messages SET search_key = (max(coalesce(date, 0), 0) << 24) | (id & 16777215);
CREATE UNIQUE INDEX messages_search_key ON messages(search_key);
CREATE VIRTUAL TABLE search_text USING fts5(subject, body, attachments, meta,
                                            tokenize = 'mailclerk');
INSERT INTO search_text (rowid, subject, body, attachments, meta)
SELECT m.search_key, t.subject, t.body,
       coalesce((SELECT group_concat(x.body, char(10) || 'mailclerkattachmentbreak' || char(10)) FROM attachments a
                 JOIN attachment_text x ON x.rowid = a.rowid WHERE a.message_id = m.id), ''),
       'zd' || m.direction || ' zk' || m.kind
       || coalesce((SELECT ' ' || group_concat('zc' || mc.customer_id, ' ')
                    FROM message_customers mc WHERE mc.message_id = m.id), '')
       || coalesce((SELECT ' ' || group_concat(DISTINCT 'zk' || a.kind)
                    FROM attachments a WHERE a.message_id = m.id), '')
       || CASE WHEN EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id)
          THEN ' zhasatt' ELSE '' END
FROM messages m JOIN message_text t ON t.rowid = m.id;
DROP TABLE message_text;
)sql",
    // 9: people who log in to the web page (daemon/web/): an Argon2id hash (libsodium's
    // crypto_pwhash_str format), a role and a team; reps see the customers their team owns.
    R"sql(
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('rep', 'manager')),
    team TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL
) WITHOUT ROWID;
)sql",
    // 10: the tokenizer indexes the pair of every two neighbouring pieces (store/cjk_tokenizer.hpp)
    // and queries of several pieces look up those pairs, so both full-text tables are
    // re-tokenized from their stored text. Costs about as long as indexing the text first did.
    R"sql(
INSERT INTO search_text (search_text) VALUES ('rebuild');
INSERT INTO attachment_text (attachment_text) VALUES ('rebuild');
)sql",
    // 11: the folder's HIGHESTMODSEQ (RFC 7162 CONDSTORE) when its sync state was last advanced;
    // 0 where the server has none. An unchanged value answers "anything new?" by STATUS alone.
    R"sql(
ALTER TABLE sync_state ADD COLUMN highest_modseq INTEGER NOT NULL DEFAULT 0;
)sql",
    // 12: attachment text is stored and indexed once, in search_text's `attachments` column
    // (the texts of a message's attachments that have any, in attachment order, joined by
    // k_attachment_separator); attachments.text_size (bytes) says where each one lies there, so
    // a search can still name the attachment that matched. attachment_text, which held and
    // indexed the same text a second time, goes. FTS5 keeps up to 32 MB of new terms in memory
    // before writing a segment (a batch is one segment; bench/README.md).
    R"sql(
ALTER TABLE attachments ADD COLUMN text_size INTEGER NOT NULL DEFAULT 0;
UPDATE attachments SET text_size = (SELECT length(CAST(t.body AS BLOB)) FROM attachment_text t
                                    WHERE t.rowid = attachments.rowid)
 WHERE rowid IN (SELECT rowid FROM attachment_text);
DROP TABLE attachment_text;
INSERT INTO search_text (search_text, rank) VALUES ('hashsize', 33554432);
)sql",
    // 13: the rep's agenda (daemon/today/): automatic answers and list mail are marked so they
    // never count as a reply (messages indexed before are judged by their subject, the one
    // sign left of them); users get an address and a language for the daily digest; items a
    // rep dismissed and digests sent are kept, so nothing is sent twice across restarts.
    R"sql(
ALTER TABLE messages ADD COLUMN auto_reply INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN bulk INTEGER NOT NULL DEFAULT 0;
UPDATE messages SET auto_reply = 1 WHERE lower(subject) LIKE 'automatic reply:%'
    OR lower(subject) LIKE 'auto reply:%' OR lower(subject) LIKE 'autoreply:%'
    OR lower(subject) LIKE 'auto-reply:%' OR lower(subject) LIKE 'out of office%'
    OR subject LIKE '自动回复%' OR subject LIKE '自动答复%' OR subject LIKE '自動回覆%'
    OR subject LIKE 'Abwesenheitsnotiz%';
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN lang TEXT NOT NULL DEFAULT '';
CREATE TABLE today_dismissals (
    item TEXT PRIMARY KEY,
    since INTEGER NOT NULL,
    user TEXT NOT NULL,
    at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE digest_sends (
    day TEXT NOT NULL,
    user TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('sending', 'sent')),
    at INTEGER NOT NULL,
    message_id TEXT NOT NULL DEFAULT '',
    items INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, user)
) WITHOUT ROWID;
)sql",
    // 14: what the table reader says of a price beyond the old columns (issue 16): the size or
    // specification apart from the model, the kind of price (quoted, notice, agreed, ordered),
    // the old price a notice or revision states, and where in the document it stands. Rows
    // written before are quotes until their message is read again.
    R"sql(
ALTER TABLE price_items ADD COLUMN spec TEXT NOT NULL DEFAULT '';
ALTER TABLE price_items ADD COLUMN status TEXT NOT NULL DEFAULT 'quoted';
ALTER TABLE price_items ADD COLUMN previous_price TEXT NOT NULL DEFAULT '';
ALTER TABLE price_items ADD COLUMN reference TEXT NOT NULL DEFAULT '';
)sql",
    // 15: the rep's agenda (issue 20): each customer's newest outbound mail and newest mail
    // either way, kept by triggers as message_customers and messages are written, so that
    // follow-up-due and dormant read one row per customer instead of the customer's mail. A
    // removed link or a changed direction or date recomputes a customer only when the message
    // may have been its newest (the only case where a maximum can fall). Every command's start
    // asks whether a config customer without messages still has files (sync_customers): an
    // index on message_files' customer answers without scanning a file row per message. The
    // agenda's window of recent messages is read from one covering index in date order: mail
    // arrives out of order (imports, several mailboxes), and a window read through the table
    // touches a page per message all over a large index file.
    R"sql(
CREATE INDEX message_files_customer ON message_files(customer_id);
CREATE INDEX messages_agenda ON messages(date, id, direction, kind, auto_reply, bulk, thread_key,
                                         in_reply_to, message_id, sha256, subject);
CREATE TABLE agenda_customers (
    customer_id INTEGER PRIMARY KEY,
    last_outbound INTEGER NOT NULL DEFAULT 0,
    last_any INTEGER NOT NULL DEFAULT 0
);
INSERT INTO agenda_customers (customer_id, last_outbound, last_any)
SELECT mc.customer_id, coalesce(max(CASE WHEN m.direction = 'outbound' THEN m.date END), 0),
       coalesce(max(CASE WHEN m.direction <> 'internal' THEN m.date END), 0)
  FROM message_customers mc JOIN messages m ON m.id = mc.message_id GROUP BY mc.customer_id;
CREATE TRIGGER agenda_customer_linked AFTER INSERT ON message_customers BEGIN
  INSERT INTO agenda_customers (customer_id, last_outbound, last_any)
  SELECT NEW.customer_id, CASE WHEN direction = 'outbound' THEN coalesce(date, 0) ELSE 0 END,
         CASE WHEN direction <> 'internal' THEN coalesce(date, 0) ELSE 0 END
    FROM messages WHERE id = NEW.message_id
  ON CONFLICT (customer_id) DO UPDATE SET
    last_outbound = max(last_outbound, excluded.last_outbound),
    last_any = max(last_any, excluded.last_any);
END;
CREATE TRIGGER agenda_customer_unlinked AFTER DELETE ON message_customers BEGIN
  UPDATE agenda_customers SET
    last_outbound = (SELECT coalesce(max(m.date), 0) FROM message_customers mc
                     JOIN messages m ON m.id = mc.message_id
                     WHERE mc.customer_id = OLD.customer_id AND m.direction = 'outbound'),
    last_any = (SELECT coalesce(max(m.date), 0) FROM message_customers mc
                JOIN messages m ON m.id = mc.message_id
                WHERE mc.customer_id = OLD.customer_id AND m.direction <> 'internal')
  WHERE customer_id = OLD.customer_id AND NOT EXISTS (
    SELECT 1 FROM messages m WHERE m.id = OLD.message_id
       AND NOT (m.direction = 'outbound' AND coalesce(m.date, 0) >= last_outbound)
       AND NOT (m.direction <> 'internal' AND coalesce(m.date, 0) >= last_any));
END;
CREATE TRIGGER agenda_customer_changed AFTER UPDATE OF direction, date ON messages
WHEN OLD.direction IS NOT NEW.direction OR OLD.date IS NOT NEW.date BEGIN
  UPDATE agenda_customers SET
    last_outbound = (SELECT coalesce(max(m.date), 0) FROM message_customers mc
                     JOIN messages m ON m.id = mc.message_id
                     WHERE mc.customer_id = agenda_customers.customer_id
                       AND m.direction = 'outbound'),
    last_any = (SELECT coalesce(max(m.date), 0) FROM message_customers mc
                JOIN messages m ON m.id = mc.message_id
                WHERE mc.customer_id = agenda_customers.customer_id
                  AND m.direction <> 'internal')
  WHERE customer_id IN (SELECT customer_id FROM message_customers WHERE message_id = NEW.id)
    AND ((OLD.direction = 'outbound' AND coalesce(OLD.date, 0) >= last_outbound)
      OR (OLD.direction <> 'internal' AND coalesce(OLD.date, 0) >= last_any));
  INSERT INTO agenda_customers (customer_id, last_outbound, last_any)
  SELECT customer_id, CASE WHEN NEW.direction = 'outbound' THEN coalesce(NEW.date, 0) ELSE 0 END,
         CASE WHEN NEW.direction <> 'internal' THEN coalesce(NEW.date, 0) ELSE 0 END
    FROM message_customers WHERE message_id = NEW.id
  ON CONFLICT (customer_id) DO UPDATE SET
    last_outbound = max(last_outbound, excluded.last_outbound),
    last_any = max(last_any, excluded.last_any);
END;
)sql",
    // 16: FTS5 keeps at most 2 MB of new terms in memory before writing a segment. At 32
    // MB (migration 12) the term hash took ~60 MB of heap and most of the writer's SQLite time
    // went to cache misses: a look-up per token in a hash far larger than the CPU cache, and a
    // linked-list merge sort of every term at each flush. Smaller hashes write more segments
    // that automerge folds together; the index holds the same terms, so searches find the same
    // rows. Chosen by measurement (bench/README.md, issue 18).
    R"sql(
INSERT INTO search_text (search_text, rank) VALUES ('hashsize', 2097152);
)sql",
    // 17: a rep's corrections of price-list rows (issue 16, `mailclerk prices fix`): per
    // customer, product and side of the list, the message whose row was wrong and what the row
    // says instead (price, currency, unit) or that it states no price. Journaled, so `reindex`
    // keeps them; applied where the list is read, so extraction never overwrites them.
    R"sql(
CREATE TABLE price_fixes (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    product_key TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('quote', 'agreed')),
    sha256 TEXT NOT NULL,
    unit_price TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    not_a_price INTEGER NOT NULL DEFAULT 0,
    fixed_at INTEGER NOT NULL,
    PRIMARY KEY (customer_id, product_key, side)
) WITHOUT ROWID;
)sql",
    // 18: the agenda's window in one table (store/agenda.cpp): each dated message's row holds
    // what the agenda reads of it, its customers ("id:addressed,..." in match order) and its
    // addresses (a JSON array of [role, address], in header order), keyed by its search_key
    // (the date in the high bits), so a window is one contiguous range with no look-up per
    // message in message_customers or message_addresses (bench/README.md, today: at 1M
    // messages a 30-day window holds ~29,000). Kept by triggers as the writer inserts and
    // changes messages, links and addresses; messages_agenda (15) is replaced by it.
    R"sql(
CREATE TABLE agenda_messages (
    key INTEGER PRIMARY KEY,
    id INTEGER NOT NULL,
    date INTEGER,
    sha256 TEXT NOT NULL,
    direction TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    message_id TEXT NOT NULL,
    in_reply_to TEXT NOT NULL,
    thread_key TEXT NOT NULL,
    auto_reply INTEGER NOT NULL,
    bulk INTEGER NOT NULL,
    customers TEXT NOT NULL DEFAULT '',
    addresses TEXT NOT NULL DEFAULT '[]'
);
CREATE VIEW agenda_messages_source AS
SELECT m.search_key AS key, m.id, m.date, m.sha256, m.direction, m.kind, m.subject, m.message_id,
       m.in_reply_to, m.thread_key, m.auto_reply, m.bulk,
       coalesce((SELECT group_concat(c, ',') FROM (
           SELECT mc.customer_id || ':' || (mc.counterpart <> '') AS c FROM message_customers mc
            WHERE mc.message_id = m.id ORDER BY mc.rowid)), '') AS customers,
       (SELECT json_group_array(json_array(a.role, a.address)) FROM (
           SELECT role, address FROM message_addresses WHERE message_id = m.id
            ORDER BY rowid) a) AS addresses
  FROM messages m WHERE m.search_key IS NOT NULL;
INSERT INTO agenda_messages SELECT * FROM agenda_messages_source;
DROP INDEX messages_agenda;
CREATE TRIGGER agenda_message_inserted AFTER INSERT ON messages
WHEN NEW.search_key IS NOT NULL BEGIN
  INSERT OR REPLACE INTO agenda_messages SELECT * FROM agenda_messages_source WHERE id = NEW.id;
END;
CREATE TRIGGER agenda_message_changed AFTER UPDATE OF search_key, date, sha256, direction, kind,
    subject, message_id, in_reply_to, thread_key, auto_reply, bulk ON messages BEGIN
  DELETE FROM agenda_messages WHERE key = OLD.search_key;
  INSERT OR REPLACE INTO agenda_messages SELECT * FROM agenda_messages_source WHERE id = NEW.id;
END;
CREATE TRIGGER agenda_message_deleted AFTER DELETE ON messages BEGIN
  DELETE FROM agenda_messages WHERE key = OLD.search_key;
END;
CREATE TRIGGER agenda_message_linked AFTER INSERT ON message_customers BEGIN
  UPDATE agenda_messages SET customers = customers || CASE WHEN customers = '' THEN '' ELSE ','
         END || NEW.customer_id || ':' || (NEW.counterpart <> '')
   WHERE key = (SELECT search_key FROM messages WHERE id = NEW.message_id);
END;
CREATE TRIGGER agenda_message_unlinked AFTER DELETE ON message_customers BEGIN
  UPDATE agenda_messages SET customers = (SELECT s.customers FROM agenda_messages_source s
                                           WHERE s.key = agenda_messages.key)
   WHERE key = (SELECT search_key FROM messages WHERE id = OLD.message_id);
END;
CREATE TRIGGER agenda_message_relinked AFTER UPDATE ON message_customers BEGIN
  UPDATE agenda_messages SET customers = (SELECT s.customers FROM agenda_messages_source s
                                           WHERE s.key = agenda_messages.key)
   WHERE key IN (SELECT search_key FROM messages WHERE id IN (OLD.message_id, NEW.message_id));
END;
CREATE TRIGGER agenda_address_added AFTER INSERT ON message_addresses BEGIN
  UPDATE agenda_messages SET addresses = json_insert(addresses, '$[#]',
                                                     json_array(NEW.role, NEW.address))
   WHERE key = (SELECT search_key FROM messages WHERE id = NEW.message_id);
END;
CREATE TRIGGER agenda_address_removed AFTER DELETE ON message_addresses BEGIN
  UPDATE agenda_messages SET addresses = (SELECT s.addresses FROM agenda_messages_source s
                                           WHERE s.key = agenda_messages.key)
   WHERE key = (SELECT search_key FROM messages WHERE id = OLD.message_id);
END;
CREATE TRIGGER agenda_address_changed AFTER UPDATE ON message_addresses BEGIN
  UPDATE agenda_messages SET addresses = (SELECT s.addresses FROM agenda_messages_source s
                                           WHERE s.key = agenda_messages.key)
   WHERE key IN (SELECT search_key FROM messages WHERE id IN (OLD.message_id, NEW.message_id));
END;
)sql",
    // 19: the layout a rep's price correction showed (issue 16): the titles of the column the
    // price was read from and of the column that held the right one, so that the customer's
    // next tables with both columns read the price from the right one. '' when none.
    R"sql(
ALTER TABLE price_fixes ADD COLUMN column_from TEXT NOT NULL DEFAULT '';
ALTER TABLE price_fixes ADD COLUMN column_to TEXT NOT NULL DEFAULT '';
)sql",
    // 20: the web page's sessions (store/sessions.hpp), in the index so that several `mailclerk
    // web` processes on one PostgreSQL share them (issue 23). By expiry for the sweep.
    R"sql(
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_name TEXT NOT NULL,
    csrf TEXT NOT NULL,
    expires INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_expires ON sessions (expires);
)sql",
    // 21: the OCR queue (store/ocr_queue.cpp): ingest leaves scans for later, their attachments
    // flagged 'ocr-pending' until the OCR worker has read them ('ocr-failed' when it could not);
    // ocr_tries counts the reads begun, so a scan that kills the reader is given up.
    R"sql(
ALTER TABLE attachments ADD COLUMN ocr_tries INTEGER NOT NULL DEFAULT 0;
CREATE INDEX attachments_ocr_queue ON attachments (message_id) WHERE text_flag = 'ocr-pending';
)sql",
};

constexpr int64_t k_version = static_cast<int64_t>(std::size(k_migrations));

// How long a connection opened afterwards waits for another writer's lock (set_busy_timeout).
std::atomic<int64_t> g_busy_timeout_ms{10'000};

// Settings of this connection; run after the version check so that a refused database is left
// exactly as it was.
Status configure(Database& db) {
    // synchronous=FULL: in WAL mode NORMAL survives a crash of the process but may lose the last
    // commits on power loss, and a lost commit after the source saw its UID recorded as done
    // would break "nothing is lost". FULL fsyncs the WAL at every commit; we commit per batch.
    return db.exec("PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = FULL;"
                   "PRAGMA foreign_keys = ON;");
}

Status too_new(int64_t version) {
    return fail(ErrorCode::database,
                "index schema version " + std::to_string(version) +
                    " is newer than this mailclerk understands (" + std::to_string(k_version) + ")",
                "upgrade mailclerk, or point the archive at another directory");
}

Status run_migrations(Database& db, int64_t target) {
    // Read under the write lock: another process may have migrated meanwhile.
    auto current = db.query_int("PRAGMA user_version");
    if (!current) return tl::unexpected<Error>(current.error());
    if (*current > k_version) return too_new(*current);
    if (*current >= target) return {};
    for (int64_t v = *current; v < target; ++v) {
        if (auto ok = db.exec(k_migrations[v]); !ok)
            return fail(ErrorCode::database, "cannot migrate the index to version " +
                                                 std::to_string(v + 1) + ": " + ok.error().message);
    }
    return db.exec("PRAGMA user_version = " + std::to_string(target));
}

Status migrate(Database& db, int64_t target) {
    if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun) return begun;
    Status status = run_migrations(db, target);
    if (status) status = db.exec("COMMIT");
    if (!status) (void)db.exec("ROLLBACK");
    return status;
}

} // namespace

int64_t schema_version() {
    return k_version;
}

void set_busy_timeout(std::chrono::milliseconds timeout) {
    g_busy_timeout_ms = timeout.count();
}

namespace {

// A reader's checks: never migrates, so an index of another version is refused with a hint.
Status check_reader(Database& db) {
    if (auto ok = db.exec(fmt::format("PRAGMA busy_timeout = {}", g_busy_timeout_ms.load())); !ok)
        return ok;
    auto version = db.query_int("PRAGMA user_version");
    if (!version) return tl::unexpected<Error>(version.error());
    if (*version > k_version) return too_new(*version);
    if (*version < k_version)
        return fail(ErrorCode::database,
                    "the index is at schema version " + std::to_string(*version) +
                        ", this mailclerk needs " + std::to_string(k_version),
                    "run any mailclerk command that writes (e.g. `mailclerk status`) to migrate");
    return register_cjk_tokenizer(db);
}

// sqlite3_set_authorizer's callback: rows of the sessions table may change; no other table,
// and no schema, may.
int sessions_only(void*, int action, const char* table, const char*, const char*, const char*) {
    switch (action) {
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        return table != nullptr && std::string_view(table) == "sessions" ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_READ:
    case SQLITE_SELECT:
    case SQLITE_FUNCTION:
    case SQLITE_PRAGMA:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    default:
        return SQLITE_DENY;
    }
}

} // namespace

Status prepare_read_only(Database& db) {
    if (auto ok = check_reader(db); !ok) return ok;
    return db.exec("PRAGMA query_only = 1");
}

Status prepare_session_writer(Database& db) {
    if (auto ok = check_reader(db); !ok) return ok;
    if (sqlite3_set_authorizer(db.handle(), sessions_only, nullptr) != SQLITE_OK)
        return database_error(db.handle(), "cannot limit the web page's connection to sessions");
    return {};
}

Status prepare_schema(Database& db) {
    return prepare_schema(db, k_version);
}

Status prepare_schema(Database& db, int64_t target) {
    if (target < 0 || target > k_version)
        return fail(ErrorCode::database, "no schema version " + std::to_string(target));
    // Another mailclerk (daemon vs. CLI) may hold the write lock for a batch: wait, don't fail.
    if (auto ok = db.exec(fmt::format("PRAGMA busy_timeout = {}", g_busy_timeout_ms.load())); !ok)
        return ok;
    auto version = db.query_int("PRAGMA user_version");
    if (!version) return tl::unexpected<Error>(version.error());
    if (*version > k_version) return too_new(*version);
    if (auto ok = configure(db); !ok) return ok;
    if (auto ok = register_cjk_tokenizer(db); !ok) return ok;
    if (*version >= target) return {};
    return migrate(db, target);
}

} // namespace mailclerk::store
