#include "daemon/app/push_status.hpp"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <sstream>

#include <fmt/format.h>

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

} // namespace

std::filesystem::path push_status_path(const std::filesystem::path& index_path) {
    return index_path.parent_path() / "push-state";
}

Status write_push_status(const std::filesystem::path& file, const PushReport& report) {
    // One line per account, tab-separated; account names come from the config and hold no tab.
    std::string text = fmt::format("pid\t{}\n", report.pid);
    for (const AccountPush& a : report.accounts)
        text += fmt::format("{}\t{}\t{}\t{}\n", a.account, a.mode, a.watched, a.polled);
    AtomicFile out(file);
    if (auto written = out.write(text); !written) return written;
    return out.commit(AtomicFile::Replace::allowed);
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
        if (fields.size() != 4 || !parse_number(fields[2], account.watched) ||
            !parse_number(fields[3], account.polled))
            continue; // a line of a newer format: ignored
        account.account = fields[0];
        account.mode = fields[1];
        report.accounts.push_back(std::move(account));
    }
    if (!process_alive(report.pid)) return std::nullopt;
    return report;
}

} // namespace mailclerk::app
