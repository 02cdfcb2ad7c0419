#include "store/archive.hpp"

#include <cerrno>
#include <cstring>
#include <ctime>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/file_io.hpp"
#include "common/sha256.hpp"
#include "store/names.hpp"

namespace mailclerk::store {
namespace fs = std::filesystem;

namespace {

constexpr size_t k_max_subject_bytes = 60;
constexpr size_t k_max_extension_bytes = 16;

struct DateParts {
    std::string year; // "2026" or "undated"
    std::string day;  // "2026-11-03" or "0000-00-00"
    std::string hhmm; // "0942" or "0000"
};

DateParts date_parts(std::optional<int64_t> date) {
    DateParts undated{"undated", "0000-00-00", "0000"};
    if (!date) return undated;
    std::time_t seconds = static_cast<std::time_t>(*date);
    std::tm tm{};
    if (::gmtime_r(&seconds, &tm) == nullptr) return undated;
    int year = tm.tm_year + 1900;
    if (year < 1 || year > 9999) return undated;
    return {fmt::format("{:04}", year),
            fmt::format("{:04}-{:02}-{:02}", year, tm.tm_mon + 1, tm.tm_mday),
            fmt::format("{:02}{:02}", tm.tm_hour, tm.tm_min)};
}

// A file name split so that a clash suffix can go between stem and extension.
struct Name {
    std::string stem;
    std::string extension; // with the dot, or ""
};

Name split_extension(const std::string& name, size_t min_stem) {
    size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot <= min_stem || name.size() - dot > k_max_extension_bytes)
        return {name, ""};
    return {name.substr(0, dot), name.substr(dot)};
}

// Does the file at path hold exactly these bytes? Size first: most clashes differ there.
Result<bool> same_content(const fs::path& path, std::string_view bytes) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return fail(ErrorCode::io, "cannot stat " + path.string() + ": " + std::strerror(errno));
    if (!S_ISREG(st.st_mode) || static_cast<uint64_t>(st.st_size) != bytes.size()) return false;
    auto content = read_file(path);
    if (!content) return tl::unexpected<Error>(content.error());
    return *content == bytes;
}

enum class Created { yes, exists };

// Create path with these bytes, as a hard link of link_from when given and possible.
Result<Created> create(const fs::path& path, std::string_view bytes, const fs::path& link_from) {
    if (!link_from.empty()) {
        if (::link(link_from.c_str(), path.c_str()) == 0) return Created::yes;
        if (errno == EEXIST) return Created::exists;
        // EXDEV, EMLINK, EPERM (no hard links here): fall back to a copy.
    }
    AtomicFile file(path);
    if (auto ok = file.write_and_sync(bytes); !ok) return tl::unexpected<Error>(ok.error());
    if (auto ok = file.commit(); !ok) {
        if (file.already_exists()) return Created::exists;
        return tl::unexpected<Error>(ok.error());
    }
    return Created::yes;
}

// Writes files under the root and remembers the directories that need an fsync.
struct Placer {
    const fs::path& root;
    std::set<fs::path>& dirty_dirs;

    Result<std::string> place(const fs::path& dir, const Name& name, std::string_view bytes,
                              std::string_view content_sha, const fs::path& link_from);
};

// Place bytes in dir (relative to the root) under the name, or under the name with a growing
// prefix of the content hash when another file holds that name; an existing file with the same
// bytes is reused, which makes filing again after a crash a no-op. Returns the relative path.
Result<std::string> Placer::place(const fs::path& dir, const Name& name, std::string_view bytes,
                                  std::string_view content_sha, const fs::path& link_from) {
    fs::path abs_dir = root / dir;
    if (auto ok = make_directories(abs_dir); !ok) return tl::unexpected<Error>(ok.error());
    for (size_t suffix_len : {size_t{0}, size_t{8}, size_t{16}, content_sha.size()}) {
        std::string file_name = name.stem;
        if (suffix_len > 0) file_name += "-" + std::string(content_sha.substr(0, suffix_len));
        file_name += name.extension;
        fs::path target = abs_dir / file_name;
        auto created = create(target, bytes, link_from);
        if (!created) return tl::unexpected<Error>(created.error());
        if (*created == Created::yes) {
            dirty_dirs.insert(abs_dir);
            return (dir / file_name).generic_string();
        }
        auto same = same_content(target, bytes);
        if (!same) return tl::unexpected<Error>(same.error());
        if (*same) return (dir / file_name).generic_string();
    }
    return fail(ErrorCode::integrity,
                "every name for a file in " + abs_dir.string() + " is taken by other content");
}

// One FiledAttachment per attachment of the message; files only for customer mail, and not for
// nameless inline parts (signature logos): those stay recoverable from the archived .eml.
Status file_attachments(Placer& placer, const parsers::Message& message,
                        const std::vector<std::string>& customer_slugs, const std::string& day,
                        FiledMessage& filed) {
    for (size_t i = 0; i < message.attachments.size(); ++i) {
        const parsers::Attachment& attachment = message.attachments[i];
        FiledAttachment entry{i, sha256_hex(attachment.content), {}, {}};
        if (!attachment.is_inline) {
            std::string original = attachment.filename.empty()
                                       ? fmt::format("attachment-{}.bin", i + 1)
                                       : attachment.filename;
            Name name = split_extension(day + "_" + safe_filename(original), day.size() + 1);
            fs::path first;
            for (const std::string& slug : customer_slugs) {
                fs::path dir = fs::path("customers") / safe_filename(slug, 64) /
                               parsers::folder_name(attachment.kind);
                auto path = placer.place(dir, name, attachment.content, entry.sha256, first);
                if (!path) return tl::unexpected<Error>(path.error());
                if (first.empty()) {
                    first = placer.root / *path;
                    entry.path = *path;
                }
                entry.paths.push_back(*path);
            }
        }
        filed.attachments.push_back(std::move(entry));
    }
    return {};
}

Name mail_name(std::string_view sha256, const parsers::Message& message, const DateParts& date) {
    std::string subject = slug_part(message.subject, k_max_subject_bytes);
    if (subject.empty()) subject = "no-subject";
    return {fmt::format("{}_{}_{}_{}", date.day, date.hhmm, subject, sha256.substr(0, 8)), ".eml"};
}

fs::path mail_dir(const std::string& slug, const DateParts& date) {
    if (slug.empty()) return fs::path("unmatched") / "mail" / date.year;
    return fs::path("customers") / safe_filename(slug, 64) / "mail" / date.year;
}

} // namespace

std::vector<std::string> planned_mail_paths(std::string_view sha256,
                                            const parsers::Message& message,
                                            const std::vector<std::string>& customer_slugs) {
    DateParts date = date_parts(message.date);
    Name name = mail_name(sha256, message, date);
    std::vector<std::string> slugs = customer_slugs;
    if (slugs.empty()) slugs.emplace_back();
    std::vector<std::string> out;
    for (const std::string& slug : slugs)
        out.push_back((mail_dir(slug, date) / (name.stem + name.extension)).generic_string());
    return out;
}

Archive::Archive(fs::path root) : m_root(std::move(root)) {}

Result<FiledMessage> Archive::file(std::string_view sha256, std::string_view raw,
                                   const parsers::Message& message,
                                   const std::vector<std::string>& customer_slugs) {
    DateParts date = date_parts(message.date);
    Name name = mail_name(sha256, message, date);
    std::vector<std::string> slugs = customer_slugs;
    if (slugs.empty()) slugs.emplace_back(); // "" = unmatched

    Placer placer{m_root, m_dirty_dirs};
    FiledMessage filed;
    for (const std::string& slug : slugs) {
        fs::path first = filed.paths.empty() ? fs::path() : m_root / filed.paths.front();
        auto path = placer.place(mail_dir(slug, date), name, raw, sha256, first);
        if (!path) return tl::unexpected<Error>(path.error());
        filed.paths.push_back(*path);
    }
    if (auto ok = file_attachments(placer, message, customer_slugs, date.day, filed); !ok)
        return tl::unexpected<Error>(ok.error());
    return filed;
}

Status Archive::sync() {
    while (!m_dirty_dirs.empty()) {
        auto it = m_dirty_dirs.begin();
        if (auto ok = sync_directory(*it); !ok) return ok;
        m_dirty_dirs.erase(it);
    }
    return {};
}

} // namespace mailclerk::store
