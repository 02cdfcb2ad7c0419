// Does the archive's filesystem do what the archive relies on? Asked by doing it once in a
// scratch directory: a hard link, a rename that must not replace, a rename to a new name.
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include "common/fd.hpp"
#include "common/file_io.hpp"
#include "daemon/doctor/archive_checks.hpp"

namespace mailclerk::doctor {
namespace fs = std::filesystem;

namespace {

constexpr CheckName k_archive_filesystem{"archive.filesystem", "archive filesystem"};
constexpr CheckName k_index_filesystem{"index.filesystem", "index filesystem"};

constexpr CheckName k_archive_filing{"archive.filing", "archive filing"};

Status write_file(const fs::path& path) {
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (!fd)
        return fail(ErrorCode::io,
                    fmt::format("cannot create {}: {}", path.string(), std::strerror(errno)));
    if (::write(fd.get(), "x", 1) != 1)
        return fail(ErrorCode::io,
                    fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
    return {};
}

int rename_no_replace_errno(const fs::path& from, const fs::path& to) {
    return ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0 ? 0
                                                                                            : errno;
}

// A scratch directory that is removed with everything in it.
class Scratch {
  public:
    explicit Scratch(const fs::path& dir) {
        std::string pattern = (dir / (std::string(k_temp_prefix) + "doctor-XXXXXX")).string();
        if (::mkdtemp(pattern.data()))
            m_path = pattern;
        else
            m_errno = errno;
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    ~Scratch() {
        std::error_code ec;
        if (!m_path.empty()) fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }
    int error() const { return m_errno; }

  private:
    fs::path m_path;
    int m_errno = 0;
};

} // namespace

Result<FilesystemProbe> probe_filesystem(const fs::path& dir) {
    FilesystemProbe probe;
    auto type = filesystem_type(dir);
    if (!type) return tl::unexpected(type.error());
    probe.type = std::move(*type);
    Scratch scratch(dir);
    if (scratch.path().empty())
        return fail(ErrorCode::io, fmt::format("cannot create a scratch directory in {}: {}",
                                               dir.string(), std::strerror(scratch.error())));
    const fs::path a = scratch.path() / "a", b = scratch.path() / "b", c = scratch.path() / "c",
                   d = scratch.path() / "d";
    if (auto ok = write_file(a); !ok) return tl::unexpected(ok.error());
    probe.link_error = ::link(a.c_str(), b.c_str()) == 0 ? 0 : errno;
    if (auto ok = write_file(c); !ok) return tl::unexpected(ok.error());
    int onto_existing = rename_no_replace_errno(c, a);
    probe.replaced = onto_existing == 0;
    if (probe.replaced)
        if (auto ok = write_file(c); !ok) return tl::unexpected(ok.error());
    probe.rename_error = rename_no_replace_errno(c, d);
    return probe;
}

Check judge_index_filesystem(const FilesystemType& type, const fs::path& dir) {
    std::string where = fmt::format("{} ({})", dir.string(), type.name);
    if (type.network)
        return failed(k_index_filesystem,
                      where + " is a network filesystem: SQLite's WAL needs shared memory and "
                              "locks on one machine",
                      "put the index on a local disk: [archive] index = "
                      "\"/var/lib/mailclerk/index.sqlite\"");
    return pass(k_index_filesystem, where + " is local");
}

Check judge_filesystem(const FilesystemProbe& probe, const fs::path& dir) {
    std::string where = fmt::format("{} ({})", dir.string(), probe.type.name);
    // Every verdict short of a pass names the same fix.
    auto verdict = [&](auto outcome, const std::string& what) {
        return outcome(k_archive_filesystem, where + ": " + what,
                       "keep the archive and its index on a local Linux filesystem (ext4, xfs, "
                       "btrfs); share it with Samba or NFS from there");
    };
    if (probe.replaced)
        return verdict(failed, "renameat2(RENAME_NOREPLACE) replaced an existing file; archived "
                               "mail could be overwritten");
    const std::string rename_error = std::strerror(probe.rename_error);
    const std::string link_error = std::strerror(probe.link_error);
    bool no_rename = probe.rename_error != 0;
    bool no_link = probe.link_error != 0;
    if (no_rename && no_link)
        return verdict(failed, fmt::format("neither renameat2(RENAME_NOREPLACE) ({}) nor hard "
                                           "links ({}): files cannot be put in place without "
                                           "risk of replacing one",
                                           rename_error, link_error));
    if (no_rename)
        return verdict(warn, fmt::format("no renameat2(RENAME_NOREPLACE) ({}); files are put in "
                                         "place with link() and unlink() instead",
                                         rename_error));
    if (no_link)
        return verdict(warn, fmt::format("no hard links ({}); a message filed under two "
                                         "customers is stored twice",
                                         link_error));
    if (probe.type.network)
        return verdict(warn, "a network filesystem; hard links and renameat2 work, but a server "
                             "outage stops the archive");
    return pass(k_archive_filesystem, where + ": hard links and renameat2(RENAME_NOREPLACE) work");
}

Check judge_filing_mode(const Result<FilingMode>& mode, const fs::path& dir) {
    if (!mode) return failed(k_archive_filing, mode.error().message, mode.error().hint);
    return pass(k_archive_filing, fmt::format("{}: files are put in place with {} ({})",
                                              dir.string(), describe(mode->how), mode->why));
}

std::vector<Check> check_filesystems(const config::Config& config) {
    std::vector<Check> out;
    std::error_code ec;
    const fs::path& root = config.archive_root;
    if (!fs::is_directory(root, ec)) {
        out.push_back(skipped(k_archive_filesystem, root.string() + " does not exist yet"));
    } else if (auto probe = probe_filesystem(root); !probe) {
        out.push_back(failed(k_archive_filesystem, probe.error().message,
                             "make the archive root writable (see archive writable)"));
    } else {
        out.push_back(judge_filesystem(*probe, root));
        out.push_back(judge_filing_mode(decide_filing_mode(root), root));
    }
    fs::path index_dir = existing_ancestor(config.index_path.parent_path());
    if (auto type = filesystem_type(index_dir); !type)
        out.push_back(skipped(k_index_filesystem, type.error().message));
    else
        out.push_back(judge_index_filesystem(*type, index_dir));
    return out;
}

} // namespace mailclerk::doctor
