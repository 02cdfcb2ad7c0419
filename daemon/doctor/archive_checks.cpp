// Can the service write the archive, and is there room for it.
#include "daemon/doctor/archive_checks.hpp"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <fmt/format.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "common/file_io.hpp"

namespace mailclerk::doctor {
namespace fs = std::filesystem;

namespace {

constexpr CheckName k_writable{"archive.writable", "archive writable"};
constexpr CheckName k_space{"archive.space", "free space"};
constexpr uint64_t k_min_free_inodes = 10'000;

std::string owner_of(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return "?";
    std::vector<char> buffer(16384);
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(st.st_uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return fmt::format("{}, mode {:o}", found->pw_name, st.st_mode & 07777);
    return fmt::format("uid {}, mode {:o}", st.st_uid, st.st_mode & 07777);
}

bool writable(const fs::path& path) {
    return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0;
}

// What mailclerk writes into: the top of the tree, two levels of customers/ and unmatched/,
// the index with its WAL files, the audit log. Not every message file: those are only created.
std::vector<fs::path> places_written(const config::Config& config) {
    const fs::path& root = config.archive_root;
    std::vector<fs::path> out = {root};
    for (const char* top : {"customers", "unmatched"}) {
        std::error_code ec;
        if (!fs::is_directory(root / top, ec)) continue;
        out.push_back(root / top);
        for (const auto& entry : fs::directory_iterator(root / top, ec)) {
            if (!entry.is_directory(ec)) continue;
            out.push_back(entry.path());
            for (const auto& inner : fs::directory_iterator(entry.path(), ec))
                if (inner.is_directory(ec)) out.push_back(inner.path());
        }
    }
    fs::path index = config.index_path;
    for (const fs::path& path :
         {root / "audit.log", index.parent_path(), index, fs::path(index.string() + "-wal"),
          fs::path(index.string() + "-shm")}) {
        std::error_code ec;
        if (fs::exists(path, ec)) out.push_back(path);
    }
    return out;
}

// Create and remove a file in `dir`: the only proof that counts (ACLs, read-only mounts,
// the immutable flag all answer here).
Status try_create(const fs::path& dir) {
    AtomicFile probe(dir / ".mailclerk-doctor"); // never committed: removed on destruction
    return probe.write("mailclerk doctor\n", AtomicFile::Durability::batch);
}

} // namespace

fs::path existing_ancestor(const fs::path& path) {
    fs::path at = path;
    std::error_code ec;
    while (!at.empty() && !fs::exists(at, ec) && at != at.root_path())
        at = at.parent_path();
    return at.empty() ? fs::path("/") : at;
}

Check check_archive_writable(const config::Config& config, const std::string& user) {
    const fs::path& root = config.archive_root;
    std::string fix = fmt::format("sudo install -d -o {0} -g {0} -m 0750 {1}", user, root.string());
    std::error_code ec;
    if (!fs::exists(root, ec)) {
        fs::path parent = existing_ancestor(root);
        if (writable(parent))
            return pass(k_writable, fmt::format("{} does not exist yet; {} can create it",
                                                root.string(), user));
        return failed(k_writable,
                      fmt::format("{} does not exist and {} cannot create it: {} is not writable "
                                  "({})",
                                  root.string(), user, parent.string(), owner_of(parent)),
                      fix);
    }
    if (!fs::is_directory(root, ec))
        return failed(k_writable, fmt::format("{} is not a directory", root.string()),
                      "point [archive] root at a directory");
    if (auto created = try_create(root); !created)
        return failed(k_writable,
                      fmt::format("{} cannot write into {} ({}): {}", user, root.string(),
                                  owner_of(root), created.error().message),
                      fmt::format("sudo chown -R {0}:{0} {1}", user, root.string()));
    std::vector<fs::path> denied;
    std::vector<fs::path> places = places_written(config);
    for (const fs::path& path : places)
        if (!writable(path)) denied.push_back(path);
    if (!denied.empty())
        return failed(k_writable,
                      fmt::format("{} of {} places mailclerk writes are not writable by {}, e.g. "
                                  "{} ({})",
                                  denied.size(), places.size(), user, denied.front().string(),
                                  owner_of(denied.front())),
                      fmt::format("sudo chown -R {0}:{0} {1} (files written by mailclerk run as "
                                  "root belong to root)",
                                  user, root.string()));
    return pass(k_writable, fmt::format("{} can write {} ({} place{} checked)", user, root.string(),
                                        places.size(), places.size() == 1 ? "" : "s"));
}

Check judge_space(const SpaceFacts& facts, const fs::path& dir, uint64_t min_free_mb) {
    auto gib = [](uint64_t bytes) { return static_cast<double>(bytes) / (1024.0 * 1024 * 1024); };
    double percent = facts.total_bytes ? 100.0 * static_cast<double>(facts.free_bytes) /
                                             static_cast<double>(facts.total_bytes)
                                       : 0.0;
    std::string message = fmt::format("{}: {:.1f} GiB free of {:.1f} GiB ({:.0f} %)", dir.string(),
                                      gib(facts.free_bytes), gib(facts.total_bytes), percent);
    if (facts.total_inodes) message += fmt::format(", {} inodes free", facts.free_inodes);
    std::string hint = "free space on that filesystem, or move the archive (see [archive] root)";
    if (facts.free_bytes / (1024 * 1024) < min_free_mb)
        return failed(k_space, message + fmt::format(": less than {} MiB", min_free_mb), hint);
    if (facts.total_inodes && facts.free_inodes < k_min_free_inodes)
        return failed(k_space,
                      message + fmt::format(": fewer than {} inodes (every message and "
                                            "attachment is a file)",
                                            k_min_free_inodes),
                      hint);
    if (percent < 5.0) return warn(k_space, message + ": less than 5 %", hint);
    return pass(k_space, message);
}

Check check_free_space(const config::Config& config, uint64_t min_free_mb) {
    fs::path dir = existing_ancestor(config.archive_root);
    struct statvfs st {};
    if (::statvfs(dir.c_str(), &st) != 0)
        return failed(
            k_space,
            fmt::format("cannot read the free space of {}: {}", dir.string(), std::strerror(errno)),
            "");
    SpaceFacts facts{static_cast<uint64_t>(st.f_bavail) * st.f_frsize,
                     static_cast<uint64_t>(st.f_blocks) * st.f_frsize, st.f_favail, st.f_files};
    return judge_space(facts, dir, min_free_mb);
}

} // namespace mailclerk::doctor
