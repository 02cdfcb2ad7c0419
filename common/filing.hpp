#pragma once
// Which filesystem holds a path, and how files are put in place there without ever replacing
// one: the one place that chooses between renameat2(RENAME_NOREPLACE) and link() + unlink()
// (issue 23, point 4: an archive root on NFS, SMB/CIFS or CephFS shared by several daemons).
#include <filesystem>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace mailclerk {

struct FilesystemType {
    std::string name;     // "ext4", "nfs", ... ("0x1234abcd" when unknown)
    bool network = false; // NFS, SMB/CIFS, Ceph, FUSE: SQLite's WAL locking is not safe there
};
// The type of a statfs(2) f_type magic number.
FilesystemType filesystem_type_of(unsigned long magic);
// statfs(2) of `dir`. Errors: ErrorCode::io.
Result<FilesystemType> filesystem_type(const std::filesystem::path& dir);

// How rename_no_replace (common/file_io.hpp) gives a finished file its name.
enum class NoReplace {
    rename, // renameat2(RENAME_NOREPLACE): one atomic call; local filesystems
    link,   // link() to the name, then unlink() of the temporary one: link() never replaces
            // and is atomic on NFS, SMB/CIFS and Ceph, which lack (or only emulate) the flag
};
// "renameat2(RENAME_NOREPLACE)" or "link() + unlink()": what doctor and the logs say.
std::string_view describe(NoReplace how);

// The environment variable that forces a mode, "link" or "rename": for tests, and for a
// filesystem statfs cannot tell apart (a FUSE mount of a network drive).
inline constexpr const char* k_filing_env = "MAILCLERK_FILING";

struct FilingMode {
    NoReplace how = NoReplace::rename;
    std::string why; // "ext4", "nfs, a network filesystem", "MAILCLERK_FILING=link"
};

// The mode on the filesystem of a statfs(2) magic number: link on NFS, SMB/CIFS and Ceph,
// rename on every other (and on an unknown) type.
FilingMode filing_mode_of(unsigned long magic);
// The mode for files under `dir`: the environment's choice, else link on NFS, SMB/CIFS and
// Ceph, else rename. Where renameat2 still answers EINVAL or ENOSYS, rename_no_replace turns
// to link by itself. Errors: an unknown MAILCLERK_FILING value (ErrorCode::config), statfs
// failing (ErrorCode::io).
Result<FilingMode> decide_filing_mode(const std::filesystem::path& dir);

// The mode every rename_no_replace of this process uses. A process files into one archive
// root, so whoever opens it sets the mode once (app::open_workspace, open_writer); until then,
// and for files elsewhere, rename with the run-time fallback.
void use_filing_mode(NoReplace how);
NoReplace filing_mode();

} // namespace mailclerk
