#include "daemon/sources/archive_source.hpp"

#include <algorithm>
#include <map>

#include <sys/stat.h>

#include "common/file_io.hpp"
#include "parsers/classify.hpp"
#include "store/rows.hpp"

namespace mailclerk::sources {
namespace fs = std::filesystem;

namespace {

bool is_year(const std::string& name) {
    return name == "undated" ||
           (name.size() == 4 &&
            std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// "undated" sorts first: such a message may begin a conversation (its file name sorts first
// inside a year too: 0000-00-00).
std::string year_key(const std::string& name) {
    return name == "undated" ? "0000" : name;
}

// The subfolders of dir (none when it does not exist).
Result<std::vector<fs::path>> subfolders(const fs::path& dir) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec)) out.push_back(it->path());
    if (ec) return fail(ErrorCode::io, "cannot read " + dir.string() + ": " + ec.message());
    std::sort(out.begin(), out.end());
    return out;
}

// The source that understands the message as it was first understood: one from a sent folder
// decides the direction.
SourceRef first_seen(const std::vector<SourceRef>& recorded, const SourceRef& fallback) {
    for (const SourceRef& source : recorded)
        if (parsers::origin_of(source) == parsers::Origin::sent_folder) return source;
    return recorded.empty() ? fallback : recorded.front();
}

} // namespace

ArchiveFiles::ArchiveFiles(fs::path root, RecordedSources recorded, BatchPolicy policy,
                           ChangedWindow window)
    : m_root(std::move(root)), m_recorded(std::move(recorded)), m_policy(policy), m_window(window) {
}

Result<std::vector<std::pair<std::string, std::vector<fs::path>>>> ArchiveFiles::years() const {
    std::vector<fs::path> mail_dirs;
    auto customers = subfolders(m_root / "customers");
    if (!customers) return tl::unexpected(customers.error());
    for (const fs::path& customer : *customers)
        mail_dirs.push_back(customer / "mail");
    mail_dirs.push_back(m_root / "unmatched" / "mail");
    std::map<std::string, std::pair<std::string, std::vector<fs::path>>> by_year;
    for (const fs::path& mail : mail_dirs) {
        auto years = subfolders(mail);
        if (!years) return tl::unexpected(years.error());
        for (const fs::path& year : *years) {
            std::string name = year.filename().string();
            if (!is_year(name)) continue;
            auto& entry = by_year[year_key(name)];
            entry.first = name;
            entry.second.push_back(year);
        }
    }
    std::vector<std::pair<std::string, std::vector<fs::path>>> out;
    for (auto& [key, entry] : by_year)
        out.push_back(std::move(entry));
    return out;
}

Result<std::vector<ArchiveFiles::Entry>>
ArchiveFiles::entries(const std::vector<fs::path>& dirs) const {
    std::vector<Entry> out;
    for (const fs::path& dir : dirs) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
            std::string name = it->path().filename().string();
            if (!name.ends_with(".eml") || name.starts_with(k_temp_prefix)) continue;
            struct stat st {};
            if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
            int64_t changed = static_cast<int64_t>(st.st_ctim.tv_sec) * 1'000'000'000 +
                              static_cast<int64_t>(st.st_ctim.tv_nsec);
            if (!m_window.holds(changed)) continue;
            out.push_back({name, it->path().lexically_relative(m_root).generic_string(),
                           static_cast<uint64_t>(st.st_size)});
        }
        if (ec) return fail(ErrorCode::io, "cannot read " + dir.string() + ": " + ec.message());
    }
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.name, a.path) < std::tie(b.name, b.path);
    });
    return out;
}

Status ArchiveFiles::plan() {
    m_total_bytes = m_total_files = 0;
    auto all = years();
    if (!all) return tl::unexpected(all.error());
    for (const auto& [year, dirs] : *all) {
        auto files = entries(dirs);
        if (!files) return tl::unexpected(files.error());
        m_total_files += files->size();
        for (const Entry& entry : *files)
            m_total_bytes += entry.size;
    }
    return {};
}

Status ArchiveFiles::take(Sink& sink, const Entry& entry) {
    auto raw = read_file(m_root / entry.path);
    m_consumed += entry.size;
    if (!raw) return sink.unreadable(raw.error());
    if (!m_policy.takes(m_batch_messages, m_batch_bytes, raw->size())) {
        if (auto ended = sink.batch_end(std::nullopt); !ended) return ended;
        m_batch_messages = 0;
        m_batch_bytes = 0;
    }
    ++m_batch_messages;
    m_batch_bytes += raw->size();
    std::string sha256 = parsers::message_identity(*raw);
    auto recorded = m_recorded(sha256);
    if (!recorded) return tl::unexpected(recorded.error());
    SourceRef own{std::string(store::k_archive_source), "", entry.path, 0, 0};
    SourceRef first = first_seen(*recorded, own);
    if (auto taken = sink.message(*raw, first, m_consumed); !taken) return taken;
    // Its own path is recorded as one of its files, wherever the plan would put it today.
    if (first.kind != own.kind) return sink.known(sha256, own);
    return {};
}

Status ArchiveFiles::read(Sink& sink) {
    auto all = years();
    if (!all) return tl::unexpected(all.error());
    for (const auto& [year, dirs] : *all) {
        auto files = entries(dirs); // one year's files in memory at a time
        if (!files) return tl::unexpected(files.error());
        for (const Entry& entry : *files)
            if (auto taken = take(sink, entry); !taken) return taken;
    }
    return sink.batch_end(std::nullopt);
}

} // namespace mailclerk::sources
