#include "daemon/app/backup.hpp"

#include <chrono>
#include <ctime>

#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include "common/file_io.hpp"
#include "daemon/app/workspace.hpp"
#include "store/journal.hpp"
#include "store/schema.hpp"

namespace mailclerk::app {
namespace fs = std::filesystem;

namespace {

Status make_destination(const fs::path& dest) {
    std::error_code ec;
    if (fs::exists(dest, ec)) {
        if (!fs::is_directory(dest, ec) || !fs::is_empty(dest, ec))
            return fail(ErrorCode::usage,
                        "refusing to write into " + dest.string() +
                            ": it exists and is not an empty folder",
                        "name a new folder for each backup");
        return {};
    }
    if (auto made = make_directories(dest.parent_path()); !made) return made;
    if (::mkdir(dest.c_str(), 0700) != 0) return file_error("cannot create", dest, errno);
    return sync_directory(dest.parent_path().empty() ? "." : dest.parent_path());
}

// The journal's whole records up to `end`, segment by segment.
Result<uint64_t> copy_journal(const store::Journal& journal, store::JournalPosition end,
                              const fs::path& to) {
    if (auto made = make_directories(to); !made) return tl::unexpected(made.error());
    auto segments = journal.segments();
    if (!segments) return tl::unexpected(segments.error());
    uint64_t bytes = 0;
    for (uint32_t segment : *segments) {
        if (segment > end.segment) break;
        auto content = read_file(journal.segment_path(segment));
        if (!content) return tl::unexpected(content.error());
        if (segment == end.segment) content->resize(std::min<size_t>(content->size(), end.offset));
        AtomicFile file(to / journal.segment_path(segment).filename());
        if (auto written = file.write(*content); !written) return tl::unexpected(written.error());
        if (auto committed = file.commit(); !committed) return tl::unexpected(committed.error());
        bytes += content->size();
    }
    if (auto synced = sync_directory(to); !synced) return tl::unexpected(synced.error());
    return bytes;
}

std::string iso_now() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    ::gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

Status write_manifest(const config::Config& config, const BackupReport& report,
                      const fs::path& dest) {
    nlohmann::ordered_json manifest{
        {"created", iso_now()},
        {"archive", config.archive_root.string()},
        {"index",
         {{"file", "index.sqlite"},
          {"schema_version", store::schema_version()},
          {"messages", report.messages},
          {"bytes", report.index_bytes}}},
        {"journal",
         {{"folder", "journal"},
          {"bytes", report.journal_bytes},
          {"end",
           {{"segment", report.journal_end.segment}, {"offset", report.journal_end.offset}}}}},
        {"restore", "README.md, section \"Backup and recovery\""}};
    AtomicFile file(dest / "MANIFEST.json");
    if (auto written = file.write(manifest.dump(2) + "\n"); !written) return written;
    if (auto committed = file.commit(); !committed) return committed;
    return sync_directory(dest);
}

} // namespace

Result<BackupReport> backup(const config::Config& config, store::Index& index,
                            const fs::path& dest) {
    auto start = std::chrono::steady_clock::now();
    BackupReport report;
    report.dest = dest;
    if (auto made = make_destination(dest); !made) return tl::unexpected(made.error());
    fs::path index_copy = dest / "index.sqlite";
    if (auto copied = index.backup_to(index_copy); !copied) return tl::unexpected(copied.error());
    std::error_code ec;
    report.index_bytes = fs::file_size(index_copy, ec);
    auto copy = store::Index::open_read_only(index_copy);
    if (!copy) return tl::unexpected(copy.error());
    auto messages = copy->message_count();
    if (!messages) return tl::unexpected(messages.error());
    report.messages = *messages;
    // Read after the snapshot: the journal copy holds every record the copied index knows.
    store::Journal journal(journal_dir(config));
    auto end = journal.end();
    if (!end) return tl::unexpected(end.error());
    report.journal_end = *end;
    auto journal_bytes = copy_journal(journal, *end, dest / "journal");
    if (!journal_bytes) return tl::unexpected(journal_bytes.error());
    report.journal_bytes = *journal_bytes;
    if (auto written = write_manifest(config, report, dest); !written)
        return tl::unexpected(written.error());
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace mailclerk::app
