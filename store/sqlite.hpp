#pragma once
// The only owners of sqlite3* and sqlite3_stmt*: two small move-only wrappers whose failures
// become Error{ErrorCode::database, <what>: <SQLite message>}. Used by store/ only.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace mailclerk::store {

class Statement {
  public:
    Statement() = default;
    explicit Statement(sqlite3_stmt* stmt) : m_stmt(stmt) {}

    // Parameters are 1-based as in SQL (?1, ?2, ...). Text is copied by SQLite.
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::optional<int64_t> value); // nullopt -> NULL
    Statement& bind_null(int index);
    // sqlite3_bind_pointer: hands a C pointer to an extension function (e.g. "fts5_api_ptr").
    Statement& bind_pointer(int index, void* pointer, const char* type);

    // Advance: true while a row is available, false when done.
    Result<bool> step();
    // Step to completion, then reset for the next use.
    Status run();
    // Back to the start with all parameters cleared; ends any read the statement holds open.
    void reset();

    int64_t column_int64(int column) const;
    std::optional<int64_t> column_optional(int column) const; // NULL -> nullopt
    std::string column_text(int column) const;                // NULL -> ""
    // The same text without a copy: valid until the next step() or reset().
    std::string_view column_view(int column) const;
    bool column_is_null(int column) const;
    bool column_is_blob(int column) const;

  private:
    struct Finalize {
        void operator()(sqlite3_stmt* stmt) const;
    };
    Error error(std::string_view what) const;
    std::unique_ptr<sqlite3_stmt, Finalize> m_stmt;
};

class Database {
  public:
    // Open read-write, creating the file when absent.
    static Result<Database> open(const std::filesystem::path& path);
    // Open an existing database read-only (a WAL reader: never waits for the writer).
    static Result<Database> open_read_only(const std::filesystem::path& path);

    // Run one or more statements that return no rows.
    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    // A single integer, e.g. from "PRAGMA user_version".
    Result<int64_t> query_int(std::string_view sql);

    int64_t last_insert_rowid() const;
    int64_t changes() const;
    sqlite3* handle() const { return m_db.get(); }
    // The first `bytes` bytes of the main database file (fewer when it is shorter) and its
    // size, read through SQLite's own file handle: opening and closing another descriptor on
    // the file would drop the POSIX locks SQLite holds on it for every connection of this
    // process (https://sqlite.org/howtocorrupt.html, section 2.2).
    struct FileHead {
        std::string bytes;
        uint64_t size = 0;
    };
    Result<FileHead> file_head(size_t bytes);

    // Called just before each transaction commits, with the write lock held: returning false
    // turns the commit into a rollback (COMMIT then fails). `rollback` runs when a transaction
    // is rolled back. Replaces earlier hooks; the connection must not be used inside them.
    void on_commit(std::function<bool()> commit, std::function<void()> rollback);

  private:
    struct Close {
        void operator()(sqlite3* db) const;
    };
    struct Hooks {
        std::function<bool()> commit;
        std::function<void()> rollback;
    };
    explicit Database(sqlite3* db) : m_db(db) {}
    // Declared first, destroyed last: closing the connection may still roll back.
    std::unique_ptr<Hooks> m_hooks; // stable address for SQLite's callbacks
    std::unique_ptr<sqlite3, Close> m_db;
};

// Error{database, "<what>: <message of the connection's last error>"}; a damaged file is
// ErrorCode::corrupt and a full or read-only disk ErrorCode::storage, each naming the index
// file with a hint (`mailclerk reindex`, make room).
tl::unexpected<Error> database_error(sqlite3* db, std::string_view what);

} // namespace mailclerk::store
