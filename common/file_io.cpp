#include "common/file_io.hpp"

#include <cerrno>
#include <cstring>
#include <random>
#include <utility>

#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/fd.hpp"
#include "common/filing.hpp"

namespace mailclerk {
namespace fs = std::filesystem;

namespace {

std::string random_suffix() {
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    static constexpr char k_chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string out(10, 'x');
    for (char& c : out)
        c = k_chars[rng() % (sizeof(k_chars) - 1)];
    return out;
}

} // namespace

bool is_storage_errno(int err) {
    return err == ENOSPC || err == EDQUOT || err == EROFS;
}

tl::unexpected<Error> file_error(const std::string& what, const fs::path& path, int err) {
    std::string message = what + " " + path.string() + ": " + std::strerror(err);
    if (is_storage_errno(err))
        return fail(ErrorCode::storage, std::move(message),
                    "make room (or make it writable) on the filesystem holding " +
                        path.parent_path().string() + ", then run it again");
    return fail(ErrorCode::io, std::move(message));
}

Result<std::string> read_file(const fs::path& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return file_error("cannot open", path, errno);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return file_error("cannot stat", path, errno);
    if (S_ISDIR(st.st_mode)) return fail(ErrorCode::io, "is a directory: " + path.string());
    std::string out;
    out.reserve(static_cast<size_t>(st.st_size));
    char buffer[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd.get(), buffer, sizeof(buffer));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return file_error("cannot read", path, errno);
        if (n == 0) break;
        out.append(buffer, static_cast<size_t>(n));
    }
    return out;
}

Result<std::string> read_prefix(const fs::path& path, size_t size) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return file_error("cannot open", path, errno);
    std::string out(size, '\0');
    size_t got = 0;
    while (got < size) {
        ssize_t n = ::read(fd.get(), out.data() + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return file_error("cannot read", path, errno);
        if (n == 0) break;
        got += static_cast<size_t>(n);
    }
    out.resize(got);
    return out;
}

Result<MappedFile> MappedFile::open(const fs::path& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return file_error("cannot open", path, errno);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return file_error("cannot stat", path, errno);
    if (S_ISDIR(st.st_mode)) return fail(ErrorCode::io, "is a directory: " + path.string());
    size_t size = static_cast<size_t>(st.st_size);
    if (size == 0) return MappedFile(nullptr, 0);
    void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd.get(), 0);
    if (data == MAP_FAILED) return file_error("cannot map", path, errno);
    ::madvise(data, size, MADV_SEQUENTIAL);
    return MappedFile(data, size);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        if (m_data) ::munmap(m_data, m_size);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

MappedFile::~MappedFile() {
    if (m_data) ::munmap(m_data, m_size);
}

Status sync_directory(const fs::path& dir) {
    Fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd) return file_error("cannot open directory", dir, errno);
    if (::fsync(fd.get()) != 0) return file_error("cannot sync directory", dir, errno);
    return {};
}

Status make_directories(const fs::path& dir) {
    if (dir.empty()) return {};
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return {};
    if (auto parent = make_directories(dir.parent_path()); !parent) return parent;
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
        return file_error("cannot create directory", dir, errno);
    return sync_directory(dir.parent_path());
}

namespace {
Status write_all(int fd, std::string_view bytes, const fs::path& path) {
    const char* data = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return file_error("cannot write", path, errno);
        data += n;
        left -= static_cast<size_t>(n);
    }
    return {};
}

// The link mode of rename_no_replace: 0 or an errno. A directory cannot be hard-linked: its new
// name is claimed with mkdir(), which fails when the name exists, and the rename then replaces
// only that empty directory (a directory that filled up meanwhile is never replaced: ENOTEMPTY).
int link_no_replace(const fs::path& from, const fs::path& to) {
    struct stat st {};
    if (::lstat(from.c_str(), &st) != 0) return errno;
    if (S_ISDIR(st.st_mode)) {
        if (::mkdir(to.c_str(), 0755) != 0) return errno;
        if (::rename(from.c_str(), to.c_str()) == 0) return 0;
        int err = errno;
        ::rmdir(to.c_str());
        return err;
    }
    if (::link(from.c_str(), to.c_str()) != 0) return errno;
    ::unlink(from.c_str());
    return 0;
}
} // namespace

Status rename_no_replace(const fs::path& from, const fs::path& to, bool* exists) {
    *exists = false;
    int err = 0;
    if (filing_mode() == NoReplace::rename) {
        if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
            return {};
        err = errno;
        // No renameat2 flags on this filesystem: link() from now on, which never replaces
        // either. The temporary name, left behind only by a crash between the two calls,
        // carries k_temp_prefix like any unfinished write.
        if (err == EINVAL || err == ENOSYS) use_filing_mode(NoReplace::link);
    }
    if (filing_mode() == NoReplace::link) err = link_no_replace(from, to);
    if (err == 0) return {};
    if (err == EEXIST || err == ENOTEMPTY) *exists = true;
    return file_error("cannot rename into", to, err);
}

Status sync_filesystem(const fs::path& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd) return file_error("cannot open", path, errno);
    if (::syncfs(fd.get()) != 0) return file_error("cannot sync the filesystem of", path, errno);
    return {};
}

AtomicFile::AtomicFile(fs::path target) : m_target(std::move(target)) {
    m_temp = m_target.parent_path() / (std::string(k_temp_prefix) + random_suffix());
}

AtomicFile::~AtomicFile() {
    if (m_written && !m_committed) ::unlink(m_temp.c_str());
}

Status AtomicFile::write(std::string_view bytes, Durability durability) {
    // Errors name the target: the temporary name means nothing to the reader and is removed.
    Fd fd(::open(m_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (!fd) return file_error("cannot create", m_target, errno);
    m_written = true;
    if (auto written = write_all(fd.get(), bytes, m_target); !written) return written;
    if (durability == Durability::sync && ::fsync(fd.get()) != 0)
        return file_error("cannot sync", m_target, errno);
    // close() reports delayed write errors (NFS, quota): a file is only good once it is closed.
    int closed = ::close(fd.get());
    int err = errno;
    (void)fd.release_after_close();
    if (closed != 0) return file_error("cannot close", m_target, err);
    return {};
}

Status AtomicFile::commit(Replace replace) {
    if (replace == Replace::allowed) {
        if (std::rename(m_temp.c_str(), m_target.c_str()) != 0)
            return file_error("cannot rename into", m_target, errno);
    } else if (auto renamed = rename_no_replace(m_temp, m_target, &m_exists); !renamed) {
        if (m_exists) return fail(ErrorCode::io, "refusing to overwrite " + m_target.string());
        return renamed;
    }
    m_committed = true;
    return {};
}

} // namespace mailclerk
