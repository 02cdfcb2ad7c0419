#pragma once
// The archive on disk (ARCHITECTURE.md "Archive layout"). Every file is written through
// AtomicFile; nothing is ever overwritten; no name can escape its folder.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/file_io.hpp"
#include "common/result.hpp"
#include "parsers/message.hpp"

namespace mailclerk::store {

// A folder name from a customer name: Unicode letters and digits kept (华东石化 stays 华东石化),
// ASCII lower-cased, runs of anything else become '-', capped at 64 bytes; never empty.
std::string slugify(std::string_view name);

// A file name that stays inside its folder: '/', '\\', NUL and control characters replaced,
// leading dots and trailing dots/spaces removed, Windows reserved names (CON, NUL, COM1...)
// prefixed with '_', invalid UTF-8 repaired, capped at max_bytes keeping the extension.
// Never empty, never "." or "..".
std::string safe_filename(std::string_view name, size_t max_bytes = 150);

struct FiledAttachment {
    size_t index = 0;   // position in Message::attachments
    std::string sha256; // of the decoded bytes
    std::string path;   // relative to the archive root, under the first customer (or "")
    std::vector<std::string> paths; // every copy: one per customer (empty for unmatched mail)
};

struct FiledMessage {
    std::vector<std::string> paths; // relative to the root: one per customer, or one unmatched
    std::vector<FiledAttachment> attachments;
};

// Where Archive::file() puts the message (before any clash suffix), relative to the root: one
// path per customer slug, or one under unmatched/. Writes nothing.
std::vector<std::string> planned_mail_paths(std::string_view sha256,
                                            const parsers::Message& message,
                                            const std::vector<std::string>& customer_slugs);

// A file name split so that a clash suffix can go between stem and extension.
struct FileName {
    std::string stem;
    std::string extension; // with the dot, or ""
};

class Archive {
  public:
    explicit Archive(std::filesystem::path root);
    const std::filesystem::path& root() const { return m_root; }

    // File the raw bytes under customers/<slug>/mail/<YYYY>/... for each slug (hard links after
    // the first), or under unmatched/mail/<YYYY>/ when slugs is empty; attachments of customer
    // mail go to customers/<slug>/<kind folder>/<YYYY-MM-DD>_<name>. Idempotent: a file already
    // present with the same bytes is reused; a different file of that name gets a hash suffix.
    // New files are staged (written under temporary names) and appear under the returned paths,
    // durably, when sync() succeeds.
    // existing: an archived copy of the same message (absolute path) that new customer copies
    // are hard-linked to instead of being written again (re-matching).
    Result<FiledMessage> file(std::string_view sha256, std::string_view raw,
                              const parsers::Message& message,
                              const std::vector<std::string>& customer_slugs,
                              const std::filesystem::path& existing = {});

    // Put every staged file in place, durably: syncfs (file data) -> rename without replacing
    // -> hard links for further customers -> syncfs (directory entries). Two syncfs calls per
    // batch instead of an fsync per file and per directory.
    Status sync();
    // Undo staging that will not be synced (temporary files removed); also done on destruction.
    void discard();
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

  private:
    struct Staged {
        std::unique_ptr<AtomicFile> file; // written bytes, or null for a link
        std::filesystem::path link_from;  // for a link: the file it links to
        std::filesystem::path target;
    };
    Result<std::string> place(const std::filesystem::path& dir, const FileName& name,
                              std::string_view bytes, std::string_view content_sha,
                              const std::filesystem::path& link_from);
    Status stage(const std::filesystem::path& target, std::string_view bytes,
                 const std::filesystem::path& link_from);
    Status file_attachments(const parsers::Message& message,
                            const std::vector<std::string>& customer_slugs, const std::string& day,
                            FiledMessage& filed);
    Status put_in_place(Staged& staged);

    std::filesystem::path m_root;
    std::vector<Staged> m_staged;
    std::map<std::filesystem::path, std::string> m_staged_content; // target -> content sha
};

} // namespace mailclerk::store
