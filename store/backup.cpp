// Index: copies through SQLite's online backup API — a backup of the live index, and the swap
// that puts a rebuilt index in its place while other processes keep it open.
#include <chrono>
#include <memory>
#include <thread>

#include <fcntl.h>
#include <sqlite3.h>

#include "common/fd.hpp"
#include "common/file_io.hpp"
#include "store/index_impl.hpp"

namespace mailclerk::store {
namespace fs = std::filesystem;

namespace {

using namespace std::chrono_literals;

// Pages per step while copying out of the live index (progress between steps; the read
// transaction held around the loop keeps every step on one snapshot).
constexpr int k_pages_per_step = 4096;
// How long the swap waits for a writer's batch to end before giving up.
constexpr auto k_lock_patience = 120s;

struct FinishBackup {
    void operator()(sqlite3_backup* backup) const { sqlite3_backup_finish(backup); }
};
using BackupHandle = std::unique_ptr<sqlite3_backup, FinishBackup>;

// Copy every page of `from` into `to`, `pages` at a time (-1: all in one step, one write
// transaction on `to`); a busy lock is waited for up to k_lock_patience.
Status copy_pages(sqlite3* to, sqlite3* from, int pages, const std::string& what) {
    BackupHandle backup(sqlite3_backup_init(to, "main", from, "main"));
    if (!backup) return database_error(to, what);
    auto deadline = std::chrono::steady_clock::now() + k_lock_patience;
    for (;;) {
        int rc = sqlite3_backup_step(backup.get(), pages);
        if (rc == SQLITE_DONE) break;
        if (rc == SQLITE_OK) continue;
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
            std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(50ms);
            continue;
        }
        backup.reset();
        return database_error(to, what);
    }
    int rc = sqlite3_backup_finish(backup.release());
    if (rc != SQLITE_OK) return database_error(to, what);
    return {};
}

Status sync_file(const fs::path& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return file_error("cannot open", path, errno);
    if (::fsync(fd.get()) != 0) return file_error("cannot sync", path, errno);
    return {};
}

} // namespace

Status Index::backup_to(const fs::path& dest) {
    std::error_code ec;
    if (fs::exists(dest, ec))
        return fail(ErrorCode::usage, "refusing to overwrite " + dest.string(),
                    "name a file that does not exist yet");
    // Written under a temporary name and renamed: a backup cut short never looks whole.
    fs::path temp = dest.parent_path() / (std::string(k_temp_prefix) + dest.filename().string());
    fs::remove(temp, ec);
    Status status;
    {
        auto out = Database::open(temp);
        if (!out) return error_of(out);
        // One read transaction around the copy: every step reads the same snapshot, while
        // writers of other connections go on (WAL).
        Database& db = m_impl->db;
        if (status = db.exec("BEGIN"); !status) return status;
        auto started = db.query_int("SELECT count(*) FROM sqlite_master");
        status = started ? Status{} : error_of(started);
        if (status)
            status = copy_pages(out->handle(), db.handle(), k_pages_per_step,
                                "cannot back up the index to " + dest.string());
        (void)db.exec("COMMIT");
        // A backup is one self-contained file: no -wal beside it.
        if (status) status = out->exec("PRAGMA journal_mode = DELETE");
    }
    if (status) status = sync_file(temp);
    bool exists = false;
    if (status) status = rename_no_replace(temp, dest, &exists);
    if (status) status = sync_directory(dest.parent_path().empty() ? "." : dest.parent_path());
    if (!status) fs::remove(temp, ec);
    return status;
}

Status Index::replace_with(const fs::path& source) {
    auto from = Database::open(source);
    if (!from) return error_of(from);
    // One step: the whole copy is one write transaction of this (WAL) index, so that other
    // connections see the old index or the new one. Writers wait for it (busy_timeout, then
    // their own retry).
    Status status = copy_pages(m_impl->db.handle(), from->handle(), -1,
                               "cannot put the rebuilt index " + source.string() + " in place");
    m_impl->statements.clear(); // prepared for the old schema
    m_impl->customer_ids.clear();
    m_impl->read_tuned = false;
    if (!status) return status;
    // The new pages sit in the WAL: move them into the file now rather than at some later
    // commit (best effort: a reader may still hold an old snapshot).
    (void)m_impl->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return {};
}

} // namespace mailclerk::store
