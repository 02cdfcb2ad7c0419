#include "store/archive.hpp"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <memory>

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

FileName split_extension(const std::string& name, size_t min_stem) {
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

FileName mail_name(std::string_view sha256, const parsers::Message& message,
                   const DateParts& date) {
    std::string subject = slug_part(message.subject, k_max_subject_bytes);
    if (subject.empty()) subject = "no-subject";
    return {fmt::format("{}_{}_{}_{}", date.day, date.hhmm, subject, sha256.substr(0, 8)), ".eml"};
}

fs::path mail_dir(const std::string& slug, const DateParts& date) {
    if (slug.empty()) return fs::path("unmatched") / "mail" / date.year;
    return fs::path("customers") / safe_filename(slug, 64) / "mail" / date.year;
}

} // namespace

// Place bytes in dir (relative to the root) under the name, or under the name with a growing
// prefix of the content hash when another file holds that name. An existing or staged file with
// the same content is reused, which makes filing again after a crash a no-op. New files are
// staged: written to a temporary name now, renamed into place by sync(). Returns the path.
Result<std::string> Archive::place(const fs::path& dir, const FileName& name,
                                   std::string_view bytes, std::string_view content_sha,
                                   const fs::path& link_from) {
    fs::path abs_dir = m_root / dir;
    if (auto ok = make_directories(abs_dir); !ok) return tl::unexpected<Error>(ok.error());
    for (size_t suffix_len : {size_t{0}, size_t{8}, size_t{16}, content_sha.size()}) {
        std::string file_name = name.stem;
        if (suffix_len > 0) file_name += "-" + std::string(content_sha.substr(0, suffix_len));
        file_name += name.extension;
        fs::path target = abs_dir / file_name;
        std::string relative = (dir / file_name).generic_string();
        if (auto staged = m_staged_content.find(target); staged != m_staged_content.end()) {
            if (staged->second == content_sha) return relative;
            continue;
        }
        std::error_code ec;
        if (fs::exists(target, ec)) {
            auto same = same_content(target, bytes);
            if (!same) return tl::unexpected<Error>(same.error());
            if (*same) return relative;
            continue;
        }
        auto staged = stage(target, bytes, link_from);
        if (!staged) return tl::unexpected<Error>(staged.error());
        m_staged_content.emplace(target, content_sha);
        return relative;
    }
    return fail(ErrorCode::integrity,
                "every name for a file in " + abs_dir.string() + " is taken by other content");
}

// A second customer's copy links to the first one's file once that is in place; anything else
// is written to a temporary file now.
Status Archive::stage(const fs::path& target, std::string_view bytes, const fs::path& link_from) {
    if (!link_from.empty()) {
        m_staged.push_back({nullptr, link_from, target});
        return {};
    }
    auto file = std::make_unique<AtomicFile>(target);
    if (auto written = file->write(bytes, AtomicFile::Durability::batch); !written) return written;
    m_staged.push_back({std::move(file), {}, target});
    return {};
}

std::vector<std::string> planned_mail_paths(std::string_view sha256,
                                            const parsers::Message& message,
                                            const std::vector<std::string>& customer_slugs) {
    DateParts date = date_parts(message.date);
    FileName name = mail_name(sha256, message, date);
    std::vector<std::string> slugs = customer_slugs;
    if (slugs.empty()) slugs.emplace_back();
    std::vector<std::string> out;
    for (const std::string& slug : slugs)
        out.push_back((mail_dir(slug, date) / (name.stem + name.extension)).generic_string());
    return out;
}

// One FiledAttachment per attachment of the message; files only for customer mail, and not for
// nameless inline parts (signature logos): those stay recoverable from the archived .eml.
Status Archive::file_attachments(const parsers::Message& message,
                                 const std::vector<std::string>& customer_slugs,
                                 const std::string& day, FiledMessage& filed) {
    for (size_t i = 0; i < message.attachments.size(); ++i) {
        const parsers::Attachment& attachment = message.attachments[i];
        FiledAttachment entry{i, sha256_hex(attachment.content), {}, {}};
        if (!attachment.is_inline) {
            std::string original = attachment.filename.empty()
                                       ? fmt::format("attachment-{}.bin", i + 1)
                                       : attachment.filename;
            FileName name = split_extension(day + "_" + safe_filename(original), day.size() + 1);
            fs::path first;
            for (const std::string& slug : customer_slugs) {
                fs::path dir = fs::path("customers") / safe_filename(slug, 64) /
                               parsers::folder_name(attachment.kind);
                auto path = place(dir, name, attachment.content, entry.sha256, first);
                if (!path) return tl::unexpected<Error>(path.error());
                if (first.empty()) {
                    first = m_root / *path;
                    entry.path = *path;
                }
                entry.paths.push_back(*path);
            }
        }
        filed.attachments.push_back(std::move(entry));
    }
    return {};
}

Archive::Archive(fs::path root) : m_root(std::move(root)) {}

Archive::~Archive() {
    discard();
}

Result<FiledMessage> Archive::file(std::string_view sha256, std::string_view raw,
                                   const parsers::Message& message,
                                   const std::vector<std::string>& customer_slugs,
                                   const fs::path& existing) {
    DateParts date = date_parts(message.date);
    FileName name = mail_name(sha256, message, date);
    std::vector<std::string> slugs = customer_slugs;
    if (slugs.empty()) slugs.emplace_back(); // "" = unmatched

    FiledMessage filed;
    for (const std::string& slug : slugs) {
        fs::path first = filed.paths.empty() ? existing : m_root / filed.paths.front();
        auto path = place(mail_dir(slug, date), name, raw, sha256, first);
        if (!path) return tl::unexpected<Error>(path.error());
        filed.paths.push_back(*path);
    }
    if (auto ok = file_attachments(message, customer_slugs, date.day, filed); !ok)
        return tl::unexpected<Error>(ok.error());
    return filed;
}

Status Archive::put_in_place(Staged& staged) {
    if (!staged.link_from.empty()) {
        if (::link(staged.link_from.c_str(), staged.target.c_str()) == 0) return {};
        if (errno == EEXIST) return {}; // placed by an earlier, interrupted run: same bytes
        // No hard links here (EXDEV, EMLINK, EPERM): a copy instead, durable by the final syncfs.
        auto bytes = read_file(staged.link_from);
        if (!bytes) return tl::unexpected<Error>(bytes.error());
        Staged copy{std::make_unique<AtomicFile>(staged.target), {}, staged.target};
        if (auto written = copy.file->write(*bytes, AtomicFile::Durability::batch); !written)
            return written;
        return put_in_place(copy);
    }
    auto committed = staged.file->commit();
    if (committed || !staged.file->already_exists()) return committed;
    // Someone else put a file there since place() looked: keep theirs if it is ours byte for byte.
    auto ours = read_file(staged.file->temporary());
    if (!ours) return tl::unexpected<Error>(ours.error());
    auto same = same_content(staged.target, *ours);
    if (!same) return tl::unexpected<Error>(same.error());
    if (*same) return {}; // our temporary goes with the AtomicFile
    return fail(ErrorCode::integrity, "refusing to overwrite " + staged.target.string());
}

Status Archive::sync() {
    if (m_staged.empty()) return {};
    if (auto synced = sync_filesystem(m_root); !synced) return synced;
    for (size_t i = 0; i < m_staged.size(); ++i)
        if (auto placed = put_in_place(m_staged[i]); !placed) {
            discard(); // files placed so far stay: the rerun finds and reuses them
            return placed;
        }
    m_staged.clear();
    m_staged_content.clear();
    return sync_filesystem(m_root);
}

void Archive::discard() {
    m_staged.clear(); // uncommitted AtomicFiles remove their temporary files
    m_staged_content.clear();
}

} // namespace mailclerk::store
