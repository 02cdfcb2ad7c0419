#include "store/sqlite.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include <sqlite3.h>

#include "common/file_io.hpp"

namespace mailclerk::store {
namespace {

// SQLITE_TRANSIENT spelt without its C-style cast: SQLite copies the bytes before returning,
// so callers may bind temporaries.
const sqlite3_destructor_type k_transient =
    reinterpret_cast<sqlite3_destructor_type>(static_cast<intptr_t>(-1));

} // namespace

namespace {

std::string file_of(sqlite3* db) {
    const char* name = sqlite3_db_filename(db, "main");
    return name != nullptr && *name != '\0' ? name : "(in memory)";
}

// The disk is full or read-only: SQLITE_FULL, a file SQLite could only open for reading
// (SQLITE_READONLY: a read-only filesystem or file), or an I/O failure whose errno says so.
bool is_storage_failure(sqlite3* db, int primary) {
    if (primary == SQLITE_FULL || primary == SQLITE_READONLY) return true;
    bool os_level = primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN;
    return os_level && is_storage_errno(sqlite3_system_errno(db));
}

} // namespace

tl::unexpected<Error> database_error(sqlite3* db, std::string_view what) {
    std::string message(what);
    message += ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    if (db == nullptr) return fail(ErrorCode::database, std::move(message));
    int primary = sqlite3_extended_errcode(db) & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return fail(ErrorCode::corrupt,
                    "the index " + file_of(db) + " is damaged (" + message + ")",
                    "run `mailclerk reindex`: it rebuilds the index from the archive (mail files "
                    "and journal) and replaces the damaged file");
    if (is_storage_failure(db, primary)) {
        std::string file = file_of(db);
        // "disk I/O error" alone does not say the disk is full: the errno does.
        if (int err = sqlite3_system_errno(db); primary == SQLITE_IOERR && err != 0)
            message += std::string(": ") + std::strerror(err);
        return fail(ErrorCode::storage, message + " (index " + file + ")",
                    "make room (or make it writable) on the filesystem holding " +
                        std::filesystem::path(file).parent_path().string() + ", then run it again");
    }
    return fail(ErrorCode::database, std::move(message));
}

void Statement::Finalize::operator()(sqlite3_stmt* stmt) const {
    sqlite3_finalize(stmt);
}

Error Statement::error(std::string_view what) const {
    std::string context(what);
    if (const char* sql = sqlite3_sql(m_stmt.get()); sql != nullptr) {
        std::string_view text(sql);
        context += " (" + std::string(text.substr(0, 60)) + (text.size() > 60 ? "…)" : ")");
    }
    return database_error(sqlite3_db_handle(m_stmt.get()), context).value();
}

Statement& Statement::bind(int index, int64_t value) {
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text64(m_stmt.get(), index, text.data(), text.size(), k_transient, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(int index, std::optional<int64_t> value) {
    return value ? bind(index, *value) : bind_null(index);
}

Statement& Statement::bind_null(int index) {
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

Statement& Statement::bind_pointer(int index, void* pointer, const char* type) {
    sqlite3_bind_pointer(m_stmt.get(), index, pointer, type, nullptr);
    return *this;
}

Result<bool> Statement::step() {
    int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Error err = error("statement failed");
    sqlite3_reset(m_stmt.get());
    return tl::unexpected<Error>(std::move(err));
}

Status Statement::run() {
    for (;;) {
        auto row = step();
        if (!row) {
            reset();
            return tl::unexpected<Error>(row.error());
        }
        if (!*row) break;
    }
    reset();
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

int64_t Statement::column_int64(int column) const {
    return sqlite3_column_int64(m_stmt.get(), column);
}

std::optional<int64_t> Statement::column_optional(int column) const {
    if (sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL) return std::nullopt;
    return column_int64(column);
}

bool Statement::column_is_null(int column) const {
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

bool Statement::column_is_blob(int column) const {
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_BLOB;
}

std::string Statement::column_text(int column) const {
    return std::string(column_view(column));
}

std::string_view Statement::column_view(int column) const {
    const unsigned char* text = sqlite3_column_text(m_stmt.get(), column);
    if (text == nullptr) return {};
    auto size = static_cast<size_t>(sqlite3_column_bytes(m_stmt.get(), column));
    return {reinterpret_cast<const char*>(text), size};
}

void Database::Close::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

Result<Database> Database::open(const std::filesystem::path& path) {
    sqlite3* raw = nullptr;
    int rc =
        sqlite3_open_v2(path.c_str(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db(raw); // owns the handle even when opening failed
    if (rc != SQLITE_OK) return database_error(raw, "cannot open index " + path.string());
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

Result<Database> Database::open_read_only(const std::filesystem::path& path) {
    sqlite3* raw = nullptr;
    int rc =
        sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) return database_error(raw, "cannot open index " + path.string());
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

Status Database::exec(std::string_view sql) {
    std::string text(sql); // sqlite3_exec needs a terminated string
    if (sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return database_error(m_db.get(), "cannot run " + text.substr(0, 60));
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(m_db.get(), sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return database_error(m_db.get(), "cannot prepare " + std::string(sql.substr(0, 60)));
    }
    return Statement(stmt);
}

Result<int64_t> Database::query_int(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt) return tl::unexpected<Error>(stmt.error());
    auto row = stmt->step();
    if (!row) return tl::unexpected<Error>(row.error());
    if (!*row) return fail(ErrorCode::database, "no result from " + std::string(sql));
    return stmt->column_int64(0);
}

int64_t Database::last_insert_rowid() const {
    return sqlite3_last_insert_rowid(m_db.get());
}

int64_t Database::changes() const {
    return sqlite3_changes64(m_db.get());
}

Result<Database::FileHead> Database::file_head(size_t bytes) {
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(m_db.get(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        file == nullptr || file->pMethods == nullptr)
        return fail(ErrorCode::database, "the index file " + file_of(m_db.get()) + " is not open");
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK || size < 0)
        return fail(ErrorCode::io, "cannot stat " + file_of(m_db.get()));
    FileHead head;
    head.size = static_cast<uint64_t>(size);
    head.bytes.resize(static_cast<size_t>(std::min<uint64_t>(bytes, head.size)));
    if (!head.bytes.empty() &&
        file->pMethods->xRead(file, head.bytes.data(), static_cast<int>(head.bytes.size()), 0) !=
            SQLITE_OK)
        return fail(ErrorCode::io, "cannot read " + file_of(m_db.get()));
    return head;
}

void Database::on_commit(std::function<bool()> commit, std::function<void()> rollback) {
    m_hooks = std::make_unique<Hooks>(Hooks{std::move(commit), std::move(rollback)});
    sqlite3_commit_hook(
        m_db.get(), [](void* hooks) { return static_cast<Hooks*>(hooks)->commit() ? 0 : 1; },
        m_hooks.get());
    sqlite3_rollback_hook(
        m_db.get(), [](void* hooks) { static_cast<Hooks*>(hooks)->rollback(); }, m_hooks.get());
}

} // namespace mailclerk::store
