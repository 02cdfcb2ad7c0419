#include "daemon/sources/local_source.hpp"

#include <algorithm>

#include "common/file_io.hpp"
#include "daemon/sources/pst_source.hpp"

namespace mailclerk::sources {
namespace fs = std::filesystem;

namespace {

bool is_maildir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "cur", ec) && fs::is_directory(dir / "new", ec);
}

// Outlook's files start with "!BDN" ([MS-PST] 2.2.2.6).
bool looks_like_pst(const fs::path& path) {
    auto head = read_prefix(path, 4);
    return head && *head == "!BDN";
}

// An mbox starts with a From_ line: "From " sender date.
bool looks_like_mbox(const fs::path& path) {
    auto head = read_prefix(path, 5);
    return head && *head == "From ";
}

uint64_t size_of(const fs::path& path) {
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

void add_file(const fs::path& path, SourceKind kind, std::vector<SourceFile>& out) {
    if (kind == SourceKind::eml && looks_like_mbox(path)) kind = SourceKind::mbox;
    if (kind == SourceKind::eml && looks_like_pst(path)) kind = SourceKind::pst;
    out.push_back({path, kind, size_of(path)});
}

void add_maildir(const fs::path& dir, std::vector<SourceFile>& out) {
    std::vector<fs::path> files;
    for (const char* sub : {"cur", "new"}) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(dir / sub, ec))
            if (entry.is_regular_file(ec) && !entry.path().filename().string().starts_with("."))
                files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files)
        out.push_back({file, SourceKind::maildir, size_of(file)});
    // Maildir++ sub-folders (".Sent", ".Archive.2025") live beside cur/ and new/.
    std::vector<fs::path> subfolders;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_directory(ec) && entry.path().filename().string().starts_with(".") &&
            is_maildir(entry.path()))
            subfolders.push_back(entry.path());
    std::sort(subfolders.begin(), subfolders.end());
    for (const fs::path& sub : subfolders)
        add_maildir(sub, out);
}

void add_directory(const fs::path& dir, std::vector<SourceFile>& out) {
    if (is_maildir(dir)) return add_maildir(dir, out);
    std::vector<fs::directory_entry> entries;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (!entry.path().filename().string().starts_with(".")) entries.push_back(entry);
    std::sort(entries.begin(), entries.end());
    for (const auto& entry : entries) {
        if (entry.is_directory(ec))
            add_directory(entry.path(), out);
        else if (entry.is_regular_file(ec))
            add_file(entry.path(), SourceKind::eml, out);
    }
}

bool is_blank(std::string_view line) {
    return line == "\n" || line == "\r\n";
}

// ">From " (mboxo) and ">>From " (mboxrd) lose one '>'.
std::string_view unescape_from(std::string_view line) {
    size_t quotes = line.find_first_not_of('>');
    if (quotes != 0 && quotes != std::string_view::npos && line.substr(quotes).starts_with("From "))
        line.remove_prefix(1);
    return line;
}

// The mbox is mapped, not read line by line into buffers: messages are cut out of the mapping
// and copied once, with their escaped From_ lines undone.
Status read_mbox(const SourceFile& source, const MessageSink& sink) {
    auto mapped = MappedFile::open(source.path);
    if (!mapped) return tl::unexpected(mapped.error());
    std::string_view bytes = mapped->bytes();
    std::string message;
    uint64_t message_offset = 0;
    bool previous_blank = true, started = false;
    auto emit = [&](uint64_t consumed) -> Status {
        if (!started) return {};
        std::string_view raw = message;
        if (raw.ends_with("\r\n\r\n"))
            raw.remove_suffix(2);
        else if (raw.ends_with("\n\n"))
            raw.remove_suffix(1);
        SourceRef ref{"mbox", "", source.path.string(), 0, static_cast<int64_t>(message_offset)};
        return sink(raw, ref, consumed);
    };
    size_t offset = 0;
    while (offset < bytes.size()) {
        size_t end = bytes.find('\n', offset);
        end = end == std::string_view::npos ? bytes.size() : end + 1;
        std::string_view text = bytes.substr(offset, end - offset);
        if (previous_blank && text.starts_with("From ")) {
            if (auto sent = emit(offset); !sent) return sent;
            message.clear();
            message_offset = offset;
            started = true;
        } else if (started) {
            message.append(unescape_from(text));
        }
        previous_blank = is_blank(text);
        offset = end;
    }
    return emit(offset);
}

} // namespace

Result<std::vector<SourceFile>> plan_sources(const std::vector<fs::path>& paths) {
    std::vector<SourceFile> out;
    for (const fs::path& path : paths) {
        std::error_code ec;
        auto status = fs::status(path, ec);
        if (ec || !fs::exists(status))
            return fail(ErrorCode::not_found, "no such file or directory: " + path.string());
        if (fs::is_directory(status))
            add_directory(path, out);
        else
            add_file(path, SourceKind::eml, out);
    }
    return out;
}

Status read_source(const SourceFile& file, const MessageSink& sink) {
    if (file.kind == SourceKind::mbox) return read_mbox(file, sink);
    if (file.kind == SourceKind::pst) return read_pst(file, sink);
    auto bytes = read_file(file.path);
    if (!bytes) return tl::unexpected(bytes.error());
    SourceRef ref{file.kind == SourceKind::maildir ? "maildir" : "file", "", file.path.string(), 0,
                  0};
    return sink(*bytes, ref, file.bytes);
}

LocalFiles::LocalFiles(std::vector<SourceFile> files, BatchPolicy policy)
    : m_files(std::move(files)), m_policy(policy) {
    for (const SourceFile& file : m_files)
        m_total_bytes += file.bytes;
}

Status LocalFiles::take(Sink& sink, std::string_view raw, const SourceRef& ref, uint64_t consumed) {
    if (!m_policy.takes(m_batch_messages, m_batch_bytes, raw.size())) {
        if (auto ended = sink.batch_end(std::nullopt); !ended) return ended;
        m_batch_messages = 0;
        m_batch_bytes = 0;
    }
    ++m_batch_messages;
    m_batch_bytes += raw.size();
    return sink.message(raw, ref, m_done_before + consumed);
}

Status LocalFiles::read(Sink& sink) {
    for (const SourceFile& file : m_files) {
        bool sink_failed = false;
        auto read = read_source(
            file, [&](std::string_view raw, const SourceRef& ref, uint64_t consumed) -> Status {
                auto taken = take(sink, raw, ref, consumed);
                sink_failed = !taken;
                return taken;
            });
        m_done_before += file.bytes;
        if (read) continue;
        if (sink_failed) return read;
        if (auto going_on = sink.unreadable(read.error()); !going_on) return going_on;
    }
    return sink.batch_end(std::nullopt);
}

} // namespace mailclerk::sources
