#include "daemon/import/local_source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "common/file_io.hpp"
#include "daemon/import/pst_source.hpp"

namespace mailclerk::daemon {
namespace fs = std::filesystem;

namespace {

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

bool is_maildir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_directory(dir / "cur", ec) && fs::is_directory(dir / "new", ec);
}

// Outlook's files start with "!BDN" ([MS-PST] 2.2.2.6).
bool looks_like_pst(const fs::path& path) {
    FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file) return false;
    char head[4] = {};
    return std::fread(head, 1, sizeof(head), file.get()) == sizeof(head) &&
           std::memcmp(head, "!BDN", 4) == 0;
}

// An mbox starts with a From_ line: "From " sender date.
bool looks_like_mbox(const fs::path& path) {
    FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file) return false;
    char head[5] = {};
    return std::fread(head, 1, sizeof(head), file.get()) == sizeof(head) &&
           std::memcmp(head, "From ", 5) == 0;
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

// getline(3)'s buffer, freed once.
struct LineBuffer {
    char* data = nullptr;
    size_t capacity = 0;
    LineBuffer() = default;
    LineBuffer(const LineBuffer&) = delete;
    LineBuffer& operator=(const LineBuffer&) = delete;
    ~LineBuffer() { std::free(data); }
};

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

Status read_mbox(const SourceFile& source, const MessageSink& sink) {
    FilePtr file(std::fopen(source.path.c_str(), "rb"));
    if (!file)
        return fail(ErrorCode::io,
                    "cannot open " + source.path.string() + ": " + std::strerror(errno));
    LineBuffer line;
    std::string message;
    uint64_t offset = 0, message_offset = 0;
    bool previous_blank = true, started = false;
    auto emit = [&](uint64_t consumed) -> Status {
        if (!started) return {};
        std::string_view raw = message;
        if (raw.ends_with("\r\n\r\n"))
            raw.remove_suffix(2);
        else if (raw.ends_with("\n\n"))
            raw.remove_suffix(1);
        store::SourceRef ref{"mbox", "", source.path.string(), 0,
                             static_cast<int64_t>(message_offset)};
        return sink(raw, ref, consumed);
    };
    for (;;) {
        errno = 0;
        ssize_t length = ::getline(&line.data, &line.capacity, file.get());
        if (length < 0) break;
        std::string_view text(line.data, static_cast<size_t>(length));
        if (previous_blank && text.starts_with("From ")) {
            if (auto sent = emit(offset); !sent) return sent;
            message.clear();
            message_offset = offset;
            started = true;
        } else if (started) {
            message.append(unescape_from(text));
        }
        previous_blank = is_blank(text);
        offset += static_cast<uint64_t>(length);
    }
    if (std::ferror(file.get()))
        return fail(ErrorCode::io, "cannot read " + source.path.string() + ": " +
                                       std::strerror(errno ? errno : EIO));
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
    store::SourceRef ref{file.kind == SourceKind::maildir ? "maildir" : "file", "",
                         file.path.string(), 0, 0};
    return sink(*bytes, ref, file.bytes);
}

} // namespace mailclerk::daemon
