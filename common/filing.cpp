#include "common/filing.hpp"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>
#include <linux/magic.h>
#include <sys/vfs.h>

namespace mailclerk {
namespace fs = std::filesystem;
namespace {

struct FsType {
    unsigned long magic;
    const char* name;
    bool network;
    NoReplace how; // what files are put in place with there
};

constexpr unsigned long k_ceph_magic = 0x00c36400;
constexpr unsigned long k_zfs_magic = 0x2fc12fc1;
constexpr unsigned long k_ntfs_magic = 0x5346544e;

// Magic numbers from linux/magic.h and statfs(2). FUSE stays on rename: what it does depends
// on the program behind it, and one that lacks the flag answers EINVAL (the run-time fallback).
constexpr FsType k_types[] = {
    {EXT4_SUPER_MAGIC, "ext4", false, NoReplace::rename},
    {XFS_SUPER_MAGIC, "xfs", false, NoReplace::rename},
    {BTRFS_SUPER_MAGIC, "btrfs", false, NoReplace::rename},
    {TMPFS_MAGIC, "tmpfs", false, NoReplace::rename},
    {k_zfs_magic, "zfs", false, NoReplace::rename},
    {F2FS_SUPER_MAGIC, "f2fs", false, NoReplace::rename},
    {OVERLAYFS_SUPER_MAGIC, "overlay", false, NoReplace::rename},
    {MSDOS_SUPER_MAGIC, "vfat", false, NoReplace::rename},
    {EXFAT_SUPER_MAGIC, "exfat", false, NoReplace::rename},
    {k_ntfs_magic, "ntfs", false, NoReplace::rename},
    {NFS_SUPER_MAGIC, "nfs", true, NoReplace::link},
    {SMB_SUPER_MAGIC, "smb", true, NoReplace::link},
    {CIFS_SUPER_MAGIC, "cifs", true, NoReplace::link},
    {SMB2_SUPER_MAGIC, "smb2", true, NoReplace::link},
    {k_ceph_magic, "ceph", true, NoReplace::link},
    {FUSE_SUPER_MAGIC, "fuse", true, NoReplace::rename},
};

const FsType* known_type(unsigned long magic) {
    for (const FsType& type : k_types)
        if (type.magic == magic) return &type;
    return nullptr;
}

Result<unsigned long> statfs_magic(const fs::path& dir) {
    struct statfs st {};
    if (::statfs(dir.c_str(), &st) != 0)
        return fail(ErrorCode::io,
                    fmt::format("statfs {}: {}", dir.string(), std::strerror(errno)));
    return static_cast<unsigned long>(st.f_type);
}

std::atomic<NoReplace> g_mode{NoReplace::rename};

} // namespace

FilesystemType filesystem_type_of(unsigned long magic) {
    if (const FsType* type = known_type(magic)) return {type->name, type->network};
    return {fmt::format("{:#x}", magic), false};
}

Result<FilesystemType> filesystem_type(const fs::path& dir) {
    auto magic = statfs_magic(dir);
    if (!magic) return tl::unexpected(magic.error());
    return filesystem_type_of(*magic);
}

std::string_view describe(NoReplace how) {
    return how == NoReplace::link ? "link() + unlink()" : "renameat2(RENAME_NOREPLACE)";
}

Result<FilingMode> decide_filing_mode(const fs::path& dir) {
    if (const char* forced = std::getenv(k_filing_env); forced && *forced) {
        std::string_view value(forced);
        if (value != "link" && value != "rename")
            return fail(ErrorCode::config,
                        fmt::format("{}={}: not a filing mode", k_filing_env, value),
                        "use link or rename, or unset it to let the filesystem decide");
        return FilingMode{value == "link" ? NoReplace::link : NoReplace::rename,
                          fmt::format("{}={}", k_filing_env, value)};
    }
    auto magic = statfs_magic(dir);
    if (!magic) return tl::unexpected(magic.error());
    return filing_mode_of(*magic);
}

FilingMode filing_mode_of(unsigned long magic) {
    const FsType* type = known_type(magic);
    if (type == nullptr) return FilingMode{NoReplace::rename, filesystem_type_of(magic).name};
    return FilingMode{type->how, type->network ? fmt::format("{}, a network filesystem", type->name)
                                               : std::string(type->name)};
}

void use_filing_mode(NoReplace how) {
    g_mode.store(how);
}

NoReplace filing_mode() {
    return g_mode.load();
}

} // namespace mailclerk
