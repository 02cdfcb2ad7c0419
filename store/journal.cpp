#include "store/journal.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/file_io.hpp"

namespace mailclerk::store {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view k_suffix = ".jsonl";
constexpr size_t k_read_chunk = 1 << 20;

Status write_all(int fd, std::string_view bytes, uint64_t offset, const fs::path& path) {
    while (!bytes.empty()) {
        ssize_t n = ::pwrite(fd, bytes.data(), bytes.size(), static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return file_error("cannot write the journal", path, errno);
        bytes.remove_prefix(static_cast<size_t>(n));
        offset += static_cast<uint64_t>(n);
    }
    return {};
}

// The size of the file up to and including its last newline: a record cut short by a crash
// (no newline yet) is not part of the journal.
Result<uint64_t> whole_records(int fd, uint64_t size, const fs::path& path) {
    uint64_t end = size;
    char buffer[4096];
    while (end > 0) {
        uint64_t start = end > sizeof(buffer) ? end - sizeof(buffer) : 0;
        auto length = static_cast<size_t>(end - start);
        ssize_t n = ::pread(fd, buffer, length, static_cast<off_t>(start));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return file_error("cannot read the journal", path, errno);
        for (size_t i = static_cast<size_t>(n); i > 0; --i)
            if (buffer[i - 1] == '\n') return start + i;
        end = start;
    }
    return uint64_t{0};
}

Status make_private_directory(const fs::path& dir) {
    if (auto made = make_directories(dir.parent_path()); !made) return made;
    if (::mkdir(dir.c_str(), 0700) == 0) return sync_directory(dir.parent_path());
    if (errno != EEXIST) return file_error("cannot create directory", dir, errno);
    return {};
}

} // namespace

fs::path Journal::segment_path(uint32_t segment) const {
    return m_dir / fmt::format("{:06}{}", segment, k_suffix);
}

bool Journal::started() const {
    std::error_code ec;
    return fs::exists(segment_path(1), ec);
}

Result<std::vector<uint32_t>> Journal::segments() const {
    std::vector<uint32_t> out;
    std::error_code ec;
    if (!fs::exists(m_dir, ec)) return out;
    for (fs::directory_iterator it(m_dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.ends_with(k_suffix) || name.size() != 6 + k_suffix.size()) continue;
        uint32_t number = 0;
        auto [ptr, err] = std::from_chars(name.data(), name.data() + 6, number);
        if (err == std::errc() && ptr == name.data() + 6 && number > 0) out.push_back(number);
    }
    if (ec)
        return fail(ErrorCode::io,
                    "cannot list the journal " + m_dir.string() + ": " + ec.message());
    std::sort(out.begin(), out.end());
    return out;
}

Status
Journal::start(const std::function<Status(const std::function<Status(std::string)>&)>& write) {
    if (auto made = make_private_directory(m_dir); !made) return made;
    fs::path target = segment_path(1);
    fs::path temp = m_dir / (std::string(k_temp_prefix) + "snapshot");
    Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    if (!fd) return file_error("cannot create", target, errno);
    uint64_t offset = 0;
    std::string chunk;
    auto drain = [&]() -> Status {
        if (auto ok = write_all(fd.get(), chunk, offset, target); !ok) return ok;
        offset += chunk.size();
        chunk.clear();
        return {};
    };
    Status status = write([&](std::string line) -> Status {
        chunk += line;
        chunk += '\n';
        return chunk.size() >= k_read_chunk ? drain() : Status{};
    });
    if (status) status = drain();
    if (status && ::fsync(fd.get()) != 0) status = file_error("cannot sync", target, errno);
    bool exists = false;
    if (status) status = rename_no_replace(temp, target, &exists);
    if (!status) {
        ::unlink(temp.c_str());
        return status;
    }
    return sync_directory(m_dir);
}

void Journal::add(std::string line) {
    m_pending.push_back(std::move(line));
}

void Journal::rewind(size_t mark) {
    if (mark < m_pending.size()) m_pending.resize(mark);
}

Status Journal::flush() {
    if (m_pending.empty()) return {};
    if (auto made = make_private_directory(m_dir); !made) return made;
    auto numbers = segments();
    if (!numbers) return tl::unexpected(numbers.error());
    uint32_t segment = numbers->empty() ? 1 : numbers->back();
    fs::path path = segment_path(segment);
    Fd fd(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
    if (!fd) return file_error("cannot open the journal", path, errno);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return file_error("cannot stat", path, errno);
    auto size = whole_records(fd.get(), static_cast<uint64_t>(st.st_size), path);
    if (!size) return tl::unexpected(size.error());
    bool created = st.st_size == 0;
    if (*size >= k_segment_bytes) {
        path = segment_path(segment + 1);
        fd = Fd(::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        if (!fd) return file_error("cannot create", path, errno);
        *size = 0;
        created = true;
    }
    std::string bytes;
    for (const std::string& line : m_pending) {
        bytes += line;
        bytes += '\n';
    }
    // Written past the whole records (a torn tail of a crashed writer is overwritten), then cut
    // back on failure so that no part of this transaction's records stays behind.
    Status status = write_all(fd.get(), bytes, *size, path);
    if (status && ::ftruncate(fd.get(), static_cast<off_t>(*size + bytes.size())) != 0)
        status = file_error("cannot write the journal", path, errno);
    if (status && ::fdatasync(fd.get()) != 0)
        status = file_error("cannot sync the journal", path, errno);
    if (status && created) status = sync_directory(m_dir);
    if (!status) {
        (void)!::ftruncate(fd.get(), static_cast<off_t>(*size));
        return status;
    }
    m_pending.clear();
    return {};
}

Result<JournalPosition> Journal::end() const {
    auto numbers = segments();
    if (!numbers) return tl::unexpected(numbers.error());
    if (numbers->empty()) return JournalPosition{};
    fs::path path = segment_path(numbers->back());
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return file_error("cannot open the journal", path, errno);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return file_error("cannot stat", path, errno);
    auto size = whole_records(fd.get(), static_cast<uint64_t>(st.st_size), path);
    if (!size) return tl::unexpected(size.error());
    return JournalPosition{numbers->back(), *size};
}

JournalReader::JournalReader(const Journal& journal, JournalPosition from)
    : m_journal(journal), m_position(from) {}

Status JournalReader::open_segment() {
    fs::path path = m_journal.segment_path(m_segments[m_index]);
    m_fd = Fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!m_fd) return file_error("cannot open the journal", path, errno);
    m_buffer.clear();
    m_used = 0;
    return {};
}

Result<std::optional<std::string>> JournalReader::next() {
    if (!m_listed) {
        auto numbers = m_journal.segments();
        if (!numbers) return tl::unexpected(numbers.error());
        m_listed = true;
        for (uint32_t number : *numbers)
            if (number >= m_position.segment) m_segments.push_back(number);
        if (!m_segments.empty() && m_segments.front() != m_position.segment)
            m_position = {m_segments.front(), 0};
        if (!m_segments.empty())
            if (auto opened = open_segment(); !opened) return tl::unexpected(opened.error());
    }
    while (m_index < m_segments.size()) {
        size_t newline = m_buffer.find('\n', m_used);
        if (newline != std::string::npos) {
            std::string line = m_buffer.substr(m_used, newline - m_used);
            m_position.offset += newline + 1 - m_used;
            m_used = newline + 1;
            return std::optional<std::string>(std::move(line));
        }
        m_buffer.erase(0, m_used);
        m_used = 0;
        size_t have = m_buffer.size();
        m_buffer.resize(have + k_read_chunk);
        ssize_t n = ::pread(m_fd.get(), m_buffer.data() + have, k_read_chunk,
                            static_cast<off_t>(m_position.offset + have));
        if (n < 0 && errno == EINTR) {
            m_buffer.resize(have);
            continue;
        }
        if (n < 0)
            return file_error("cannot read the journal",
                              m_journal.segment_path(m_segments[m_index]), errno);
        m_buffer.resize(have + static_cast<size_t>(n));
        if (n > 0) continue;
        // End of this segment: a torn tail stays unread; go on with the next segment.
        if (++m_index == m_segments.size()) break;
        m_position = {m_segments[m_index], 0};
        if (auto opened = open_segment(); !opened) return tl::unexpected(opened.error());
    }
    return std::optional<std::string>();
}

} // namespace mailclerk::store
