#pragma once
// Internal to store/: the state behind Index (connection, cached statements, slug -> id cache),
// shared by index.cpp (open, transactions, customers), index_write.cpp and index_query.cpp.
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/attachment_probe.hpp"
#include "store/index.hpp"
#include "store/journal.hpp"
#include "store/sqlite.hpp"

namespace mailclerk::store {

// Readers touch many pages of the FTS index and of messages per request: map the file instead
// of copying pages through read(), and keep up to 128 MB of them per connection.
inline constexpr const char* k_read_tuning =
    "PRAGMA mmap_size = 17179869184; PRAGMA cache_size = -131072";

// A message's row of search_text, held until the batch commits (IndexState::pending_text).
// Text bytes pending beyond which add_message writes them out before the batch ends.
inline constexpr size_t k_max_pending_text = 32u << 20;

struct PendingText {
    int64_t key = 0;        // the rowid: messages.search_key
    int64_t message_id = 0; // messages.id, for the meta column
    std::string subject, body, attachments;
};

struct IndexState {
    Database db;
    // Prepared once per connection: the import loop runs the same few statements per message.
    std::unordered_map<std::string, Statement> statements;
    // slug -> customers.id; cleared whenever a rollback may have undone an insert.
    std::unordered_map<std::string, int64_t> customer_ids;
    // The connection reads through a map of the file and a large cache (k_read_tuning): set at
    // open for readers, by the first search on a writer.
    bool read_tuned = false;
    // The archive's journal (store/journal.hpp); null when this index keeps none.
    std::unique_ptr<Journal> journal;
    // Replaying the journal (store/journal_replay.cpp): its records are not journaled again and
    // "now" is the time each record carries.
    bool replaying = false;
    int64_t replay_time = 0;
    // Why the commit hook turned the last commit into a rollback (the journal was not written).
    std::optional<Error> journal_error;
    // Where the journal ended before the last flush, until that commit is known to have
    // happened: a commit SQLite fails after the hook (its WAL write meets a full disk) takes
    // its records back out of the journal (the rollback hook).
    std::optional<JournalPosition> unconfirmed;
    // temp.known_paths holds every file the index names (Index::knows_file).
    bool known_paths = false;

    // search_text rows of the batch in hand, inserted in rowid order just before it commits.
    // FTS5 writes its in-memory terms out as a new segment at every savepoint and whenever a
    // rowid is smaller than the last one; each message is a savepoint and mail arrives in no
    // date order, so inserting them one by one cost a segment (and its merging) per message.
    std::vector<PendingText> pending_text;
    size_t pending_text_bytes = 0;
    // An in-memory database with one FTS5 table (filename, body) in the index's tokenizer, for
    // telling which attachments of a hit match (search_snippet); opened at first use.
    std::unique_ptr<AttachmentProbe> probe;

    explicit IndexState(Database database) : db(std::move(database)) {}
    // The commit hooks use the journal, which is destroyed before the connection (declared
    // after it); closing the connection may still roll back: the hooks go first.
    ~IndexState();
    IndexState(const IndexState&) = delete;
    IndexState& operator=(const IndexState&) = delete;

    // Epoch seconds: the clock, or the replayed record's time.
    int64_t now() const;
    // Journal every commit of this connection from now on (installs the commit hooks).
    void keep_journal(std::unique_ptr<Journal> kept);
    // The last flushed records belong to a commit that happened (new work begins).
    void confirm_journal() { unconfirmed.reset(); }
    // The outcome of a statement that commits (COMMIT, RELEASE of the outermost savepoint):
    // when the journal refused the commit, its error rather than SQLite's "constraint failed".
    Status committed(Status status);

    // Insert pending_text into search_text, in rowid order.
    Status flush_text();

    // The cached statement for this SQL, reset and with no bindings.
    Result<Statement*> statement(const std::string& sql);
    // customers.id of a slug; create: insert an unknown slug as an auto prospect instead of
    // failing with not_found (a classification may name a candidate not yet in the directory).
    Result<int64_t> customer_id(const std::string& slug, bool create);
};

// Shared by index_write.cpp, refile.cpp and the PostgreSQL writer (store/postgres/pg_writer):
// "Name <address>", or the address alone;
std::string format_address(const std::string& name, const std::string& address);
// the Message-ID that names a message's thread (messages.thread_key);
std::string thread_key(const parsers::Message& message, const std::string& sha256);
// the customer-side participants of one customer, "Name <address>" joined by ", ";
std::string counterpart_of(const parsers::Classification& classification,
                           const parsers::CustomerMatch& match);
// the customer slug a relative archive path is filed under, or "" (unmatched/...);
std::string slug_of_path(const std::string& path);
// record the customers a message matched, with reason, participant and counterpart;
Status insert_message_customers(IndexState& impl, int64_t message_id,
                                const parsers::Classification& classification);
// record the mail files of a message (each under the customer its path names), idempotently.
Status insert_message_files(IndexState& impl, int64_t message_id,
                            const std::vector<std::string>& paths);

// Runs body inside a savepoint: all or nothing, nested in a caller's transaction if any (the
// journal records it added are dropped with it). Without an outer transaction the release
// commits, and a commit the journal refused is reported.
template <typename Body> Status atomically(IndexState& impl, const char* name, Body body) {
    impl.confirm_journal();
    if (auto ok = impl.db.exec(std::string("SAVEPOINT ") + name); !ok) return ok;
    size_t mark = impl.journal ? impl.journal->mark() : 0;
    Status status = body();
    if (!status) {
        (void)impl.db.exec(std::string("ROLLBACK TO ") + name);
        if (impl.journal) impl.journal->rewind(mark);
    }
    Status released = impl.committed(impl.db.exec(std::string("RELEASE ") + name));
    impl.customer_ids.clear();
    return status ? released : status;
}

// Record `path` (root-relative) as a file of the indexed message `sha256`: a message read back
// from the archive by mailclerk reindex (store/journal_replay.cpp).
Status add_archived_file(IndexState& impl, const std::string& sha256, const std::string& path);

// The error of a Result<T>, for early returns into another Result type.
template <typename T> tl::unexpected<Error> error_of(const Result<T>& result) {
    return tl::unexpected<Error>(result.error());
}

// Read every row of a prepared statement through row(stmt); stops at the first error.
template <typename Row> Status for_each_row(Statement& stmt, Row&& row) {
    for (;;) {
        auto more = stmt.step();
        if (!more) return error_of(more);
        if (!*more) break;
        row(stmt);
    }
    stmt.reset();
    return {};
}

// Every row of a prepared statement as row(stmt) reads it, in order.
template <typename Row> auto collect(Statement& stmt, Row&& row) {
    using Value = std::decay_t<decltype(row(stmt))>;
    std::vector<Value> out;
    auto ok = for_each_row(stmt, [&](Statement& s) { out.push_back(row(s)); });
    return ok ? Result<std::vector<Value>>(std::move(out)) : error_of(ok);
}

// The last row of a prepared statement as row(stmt) reads it (the only one, for look-ups by
// key), nullopt when there is none.
template <typename Row> auto collect_one(Statement& stmt, Row&& row) {
    using Value = std::decay_t<decltype(row(stmt))>;
    std::optional<Value> out;
    auto ok = for_each_row(stmt, [&](Statement& s) { out = row(s); });
    return ok ? Result<std::optional<Value>>(std::move(out)) : error_of(ok);
}

// The rows of a query ordered by its first column, an id, read as one value per id: start(stmt)
// makes it from the id's first row, then add(value, stmt) takes in each of its rows.
template <typename Start, typename Add>
auto collect_groups(Statement& stmt, Start&& start, Add&& add) {
    using Value = std::decay_t<decltype(start(stmt))>;
    std::vector<Value> out;
    std::optional<int64_t> last;
    auto ok = for_each_row(stmt, [&](Statement& s) {
        if (last != s.column_int64(0)) {
            last = s.column_int64(0);
            out.push_back(start(s));
        }
        add(out.back(), s);
    });
    return ok ? Result<std::vector<Value>>(std::move(out)) : error_of(ok);
}

// Every row of `sql`, a query without parameters, as row(stmt) reads it.
template <typename Row> auto select_all(Database& db, std::string_view sql, Row&& row) {
    using Value = std::decay_t<decltype(row(std::declval<Statement&>()))>;
    auto stmt = db.prepare(sql);
    if (!stmt) return Result<std::vector<Value>>(error_of(stmt));
    return collect(*stmt, std::forward<Row>(row));
}

// Customers (with domains and addresses) selected by `where` ("WHERE c.slug = ?1 ...") with `key`
// bound to ?1 unless empty (store/directory.cpp).
Result<std::vector<CustomerRow>> customer_rows(Database& db, const std::string& where,
                                               const std::string& key);

// Replace the customer's domains and addresses by those of `row` (store/directory.cpp).
Status write_customer_lists(Database& db, int64_t id, const CustomerRow& row);

// The first column of every row of `sql`, whose one parameter is `id`.
Result<std::vector<std::string>> text_column(Database& db, const char* sql, int64_t id);

// The price items of a message just inserted as messages.id = message_row
// (store/index_prices.cpp); runs inside add_message's savepoint.
Status write_extracted(IndexState& impl, int64_t message_row, const NewMessage& message);

// A price item of a query whose first 15 columns are product, model, product key (after the
// customer's overrides), quantity, unit, currency, unit_price, incoterm, validity, quoted_at,
// direction, source_line, attachment_idx, the message's sha256 and the attachment's file name
// (store/index_prices.cpp).
PriceRow read_price_row(const Statement& s);

// Index's pimpl is the state itself; the base class lets helpers outside Index name it.
struct Index::Impl : IndexState {
    using IndexState::IndexState;
};

} // namespace mailclerk::store
