#pragma once
// Internal to store/: the state behind Index (connection, cached statements, slug -> id cache),
// shared by index.cpp (open, transactions, customers), index_write.cpp and index_query.cpp.
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "store/index.hpp"
#include "store/sqlite.hpp"

namespace mailclerk::store {

// Readers touch many pages of the FTS index and of messages per request: map the file instead
// of copying pages through read(), and keep up to 128 MB of them per connection.
inline constexpr const char* k_read_tuning =
    "PRAGMA mmap_size = 17179869184; PRAGMA cache_size = -131072";

struct IndexState {
    Database db;
    // Prepared once per connection: the import loop runs the same few statements per message.
    std::unordered_map<std::string, Statement> statements;
    // slug -> customers.id; cleared whenever a rollback may have undone an insert.
    std::unordered_map<std::string, int64_t> customer_ids;
    // The connection reads through a map of the file and a large cache (k_read_tuning): set at
    // open for readers, by the first search on a writer.
    bool read_tuned = false;

    explicit IndexState(Database database) : db(std::move(database)) {}

    // The cached statement for this SQL, reset and with no bindings.
    Result<Statement*> statement(const std::string& sql);
    // customers.id of a slug; create: insert an unknown slug as an auto prospect instead of
    // failing with not_found (a classification may name a candidate not yet in the directory).
    Result<int64_t> customer_id(const std::string& slug, bool create);
};

// Shared by index_write.cpp and refile.cpp:
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

// The first column of every row of `sql`, whose one parameter is `id`.
Result<std::vector<std::string>> text_column(Database& db, const char* sql, int64_t id);

// Attachment text and price items of a message just inserted as messages.id = message_row
// (store/index_prices.cpp); runs inside add_message's savepoint.
Status write_extracted(IndexState& impl, int64_t message_row, const NewMessage& message);

// Index's pimpl is the state itself; the base class lets helpers outside Index name it.
struct Index::Impl : IndexState {
    using IndexState::IndexState;
};

} // namespace mailclerk::store
