#include "daemon/app/push_status.hpp"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <ctime>
#include <sstream>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/fd.hpp"
#include "common/file_io.hpp"

namespace mailclerk::app {
namespace {

bool process_alive(long pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

template <typename Number> bool parse_number(const std::string& text, Number& out) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// A field of the tab-separated file: an error message may hold tabs or line breaks.
std::string one_field(std::string text) {
    for (char& c : text)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return text;
}

constexpr size_t k_block = 4096;

// When no new file can be made (the disk is full, the very thing the daemon must then report),
// the old file's blocks are overwritten in place: the file is always written padded to whole
// blocks, so the same size needs no new space. A reader may meet a torn line then; it skips it.
Status overwrite_in_place(const std::filesystem::path& file, const std::string& padded) {
    Fd fd(::open(file.c_str(), O_WRONLY | O_CLOEXEC));
    if (!fd) return file_error("cannot open", file, errno);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return file_error("cannot stat", file, errno);
    if (static_cast<size_t>(st.st_size) != padded.size())
        return file_error("cannot rewrite in place", file, ENOSPC);
    for (size_t done = 0; done < padded.size();) {
        ssize_t n = ::pwrite(fd.get(), padded.data() + done, padded.size() - done,
                             static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return file_error("cannot write", file, errno);
        done += static_cast<size_t>(n);
    }
    return {};
}

} // namespace

std::string clock_time(int64_t epoch_seconds) {
    std::time_t when = static_cast<std::time_t>(epoch_seconds);
    std::tm local{};
    localtime_r(&when, &local);
    return fmt::format("{:02}:{:02}:{:02}", local.tm_hour, local.tm_min, local.tm_sec);
}

std::filesystem::path push_status_path(const std::filesystem::path& index_path) {
    return index_path.parent_path() / "push-state";
}

Status write_push_status(const std::filesystem::path& file, const PushReport& report) {
    // One line per account, tab-separated; account names come from the config and hold no tab.
    // The pause is two more fields, which a reader that knows only four ignores.
    std::string text = fmt::format("pid\t{}\n", report.pid);
    for (const AccountPush& a : report.accounts) {
        text += fmt::format("{}\t{}\t{}\t{}", a.account, a.mode, a.watched, a.polled);
        if (a.paused_until != 0)
            text += fmt::format("\t{}\t{}", a.paused_until, one_field(a.paused_after));
        text += '\n';
    }
    // Padding: spaces after the last line, a line the reader skips.
    text.resize((text.size() + k_block - 1) / k_block * k_block, ' ');
    AtomicFile out(file);
    Status written = out.write(text);
    if (written) written = out.commit(AtomicFile::Replace::allowed);
    if (!written && written.error().code == ErrorCode::storage)
        if (auto in_place = overwrite_in_place(file, text); in_place) return in_place;
    return written;
}

Result<std::optional<PushReport>> read_push_status(const std::filesystem::path& file) {
    std::error_code missing;
    if (!std::filesystem::exists(file, missing)) return std::nullopt;
    auto text = read_file(file);
    if (!text) return tl::unexpected(text.error());
    PushReport report;
    std::istringstream lines(*text);
    std::string line;
    while (std::getline(lines, line)) {
        std::vector<std::string> fields;
        std::istringstream split(line);
        for (std::string field; std::getline(split, field, '\t');)
            fields.push_back(field);
        if (fields.size() == 2 && fields[0] == "pid") {
            parse_number(fields[1], report.pid);
            continue;
        }
        AccountPush account;
        if ((fields.size() != 4 && fields.size() != 6) ||
            !parse_number(fields[2], account.watched) || !parse_number(fields[3], account.polled) ||
            (fields.size() == 6 && !parse_number(fields[4], account.paused_until)))
            continue; // a line of a newer format: ignored
        if (fields.size() == 6) account.paused_after = fields[5];
        account.account = fields[0];
        account.mode = fields[1];
        report.accounts.push_back(std::move(account));
    }
    if (!process_alive(report.pid)) return std::nullopt;
    return report;
}

} // namespace mailclerk::app
