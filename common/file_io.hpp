#pragma once
// Whole-file reads and durable writes. Every write that must survive a crash goes through
// AtomicFile: temp name in the target directory -> fsync -> rename -> (caller) fsync directory.
#include <filesystem>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace mailclerk {

// ENOSPC, EDQUOT, EROFS: the disk is full or read-only. Errors of these are ErrorCode::storage
// (with a hint naming the filesystem), so that callers can stop the batch and retry later.
bool is_storage_errno(int err);
// Error{io or storage, "<what> <path>: <strerror(err)>"}, with a hint for storage errors.
tl::unexpected<Error> file_error(const std::string& what, const std::filesystem::path& path,
                                 int err);

Result<std::string> read_file(const std::filesystem::path& path);
// The first `size` bytes of a file (fewer when it is shorter): for sniffing formats.
Result<std::string> read_prefix(const std::filesystem::path& path, size_t size);

// A whole file mapped read-only into memory (empty files map to an empty view). For reading
// large mbox files without copying them; the view lives as long as the MappedFile.
class MappedFile {
  public:
    static Result<MappedFile> open(const std::filesystem::path& path);
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();
    std::string_view bytes() const { return {static_cast<const char*>(m_data), m_size}; }

  private:
    MappedFile(void* data, size_t size) : m_data(data), m_size(size) {}
    void* m_data = nullptr;
    size_t m_size = 0;
};

// fsync a directory so that renames and links inside it are durable.
Status sync_directory(const std::filesystem::path& dir);

// Create the directory and its parents; each newly created level is made durable.
Status make_directories(const std::filesystem::path& dir);

// Rename without ever replacing: fails with EEXIST semantics (`*exists` set) when target exists.
// How is the process's filing mode (common/filing.hpp): renameat2(RENAME_NOREPLACE), turning
// to link() + unlink() for good when the filesystem answers EINVAL or ENOSYS, or link() at once.
Status rename_no_replace(const std::filesystem::path& from, const std::filesystem::path& to,
                         bool* exists);

// syncfs(2): make every file and directory of the filesystem holding `path` durable. One call
// replaces an fsync per file and per directory for a batch of writes.
Status sync_filesystem(const std::filesystem::path& path);

// The name prefix of temporary files; anything carrying it is an unfinished write.
inline constexpr std::string_view k_temp_prefix = ".mctmp-";

// A file that appears under its final name only when commit() succeeds: the bytes go to a
// temporary name in the target's directory first. Destroying an uncommitted AtomicFile removes
// the temporary file, so an error path never leaves a partial file behind.
class AtomicFile {
  public:
    // sync: write() fsyncs the file itself. batch: the caller makes a whole batch of files
    // durable with one sync_filesystem() before committing them (the archive does).
    enum class Durability { sync, batch };
    // never: commit() fails when the target exists (`already_exists()`), it never replaces a
    // file. allowed: commit() atomically replaces the target (derived files: price lists).
    enum class Replace { never, allowed };

    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    // Write all bytes to the temporary file (once).
    Status write(std::string_view bytes, Durability durability = Durability::sync);
    // Give the temporary file its final name. The caller fsyncs the directory (once per batch).
    Status commit(Replace replace = Replace::never);
    bool already_exists() const { return m_exists; }
    const std::filesystem::path& target() const { return m_target; }
    const std::filesystem::path& temporary() const { return m_temp; }

  private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    bool m_written = false;
    bool m_committed = false;
    bool m_exists = false;
};

} // namespace mailclerk
