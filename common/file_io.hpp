#pragma once
// Whole-file reads and durable writes. Every write that must survive a crash goes through
// AtomicFile: temp name in the target directory -> fsync -> rename -> (caller) fsync directory.
#include <filesystem>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace mailclerk {

Result<std::string> read_file(const std::filesystem::path& path);

// fsync a directory so that renames and links inside it are durable.
Status sync_directory(const std::filesystem::path& dir);

// Create the directory and its parents; each newly created level is made durable.
Status make_directories(const std::filesystem::path& dir);

// Write bytes to a new temporary file in dir (not synced: see sync_filesystem). Returns its path.
Result<std::filesystem::path> write_temporary(const std::filesystem::path& dir,
                                              std::string_view bytes);

// Rename without ever replacing: fails with EEXIST semantics (`*exists` set) when target exists.
Status rename_no_replace(const std::filesystem::path& from, const std::filesystem::path& to,
                         bool* exists);

// syncfs(2): make every file and directory of the filesystem holding `path` durable. One call
// replaces an fsync per file and per directory for a batch of writes.
Status sync_filesystem(const std::filesystem::path& path);

// The name prefix of temporary files; anything carrying it is an unfinished write.
inline constexpr std::string_view k_temp_prefix = ".mctmp-";

// A file that appears under its final name only when commit() succeeds. commit() never replaces
// an existing file: it fails with ErrorCode::io and errno EEXIST semantics reported as
// `already_exists()`. Destroying an uncommitted AtomicFile removes the temporary file.
class AtomicFile {
  public:
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    // Write all bytes and fsync them to the temporary file.
    Status write_and_sync(std::string_view bytes);
    // Link the temporary file to the target name (fails if the target exists), then unlink the
    // temporary. The caller fsyncs the directory (once per batch).
    Status commit();
    bool already_exists() const { return m_exists; }
    const std::filesystem::path& target() const { return m_target; }

  private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    bool m_written = false;
    bool m_committed = false;
    bool m_exists = false;
};

} // namespace mailclerk
