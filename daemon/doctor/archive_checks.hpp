#pragma once
// The archive on disk: can the service write there, does the filesystem do what the archive
// needs (hard links, renameat2 with RENAME_NOREPLACE, local locking for SQLite), is there room.
#include <cstdint>
#include <filesystem>
#include <string>

#include "common/filing.hpp"
#include "config/config.hpp"
#include "daemon/doctor/report.hpp"

namespace mailclerk::doctor {

// The root and everything mailclerk writes near its top (customers/*/*, unmatched/, .mailclerk/,
// the index and its -wal/-shm, audit.log) writable by the current user; a file is created and
// removed in the root to prove it.
Check check_archive_writable(const config::Config& config, const std::string& user);

// What one experiment in a scratch directory found.
struct FilesystemProbe {
    FilesystemType type;
    int link_error = 0;    // errno of link(), 0 when hard links work
    int rename_error = 0;  // errno of renameat2(RENAME_NOREPLACE) to a new name, 0 when it works
    bool replaced = false; // RENAME_NOREPLACE replaced an existing file: the flag is ignored
};

// Run the experiment in `dir` (must exist and be writable). Errors: ErrorCode::io.
Result<FilesystemProbe> probe_filesystem(const std::filesystem::path& dir);
// The verdict on a probe of the archive root.
Check judge_filesystem(const FilesystemProbe& probe, const std::filesystem::path& dir);
// The index needs a local filesystem (SQLite WAL).
Check judge_index_filesystem(const FilesystemType& type, const std::filesystem::path& dir);
// How archived files are put in place under the root (common/filing.hpp decides): a pass
// naming the mode and why, or a failure when it cannot be decided.
Check judge_filing_mode(const Result<FilingMode>& mode, const std::filesystem::path& dir);
// Probe the archive root and, when elsewhere, the index's folder; say the filing mode.
std::vector<Check> check_filesystems(const config::Config& config);

struct SpaceFacts {
    uint64_t free_bytes = 0, total_bytes = 0;   // available to unprivileged users
    uint64_t free_inodes = 0, total_inodes = 0; // total 0: the filesystem has no inode limit
};
// Fails below `min_free_mb` MiB or 10,000 free inodes; warns below 5 % free.
Check judge_space(const SpaceFacts& facts, const std::filesystem::path& dir, uint64_t min_free_mb);
Check check_free_space(const config::Config& config, uint64_t min_free_mb);

// The deepest existing directory at or above `path`.
std::filesystem::path existing_ancestor(const std::filesystem::path& path);

} // namespace mailclerk::doctor
