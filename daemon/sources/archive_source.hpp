#pragma once
// The archive read back as a source (mailclerk reindex): every message file under
// customers/<slug>/mail/ and unmatched/mail/, one year folder at a time and oldest first within
// it (by the file name's date), so that a conversation's first message is understood before its
// replies. Each message is handed over with a source the journal recorded for it (one seen in a
// sent folder first: it decides the direction, as when the message was first archived) and
// then, as a `known` source of kind store::k_archive_source, with its own path, which the index
// records as one of the message's files.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "daemon/sources/source.hpp"

namespace mailclerk::sources {

// Which files a pass takes, by when their inode last changed (a new file's rename or link):
// [since, before), nanoseconds since the epoch; 0 = unbounded.
struct ChangedWindow {
    int64_t since = 0;
    int64_t before = 0;
    bool holds(int64_t changed) const {
        return changed >= since && (before == 0 || changed < before);
    }
};

class ArchiveFiles : public Source {
  public:
    // The sources recorded for a message (by its identity), from the journal being replayed.
    using RecordedSources = std::function<Result<std::vector<SourceRef>>(const std::string&)>;

    ArchiveFiles(std::filesystem::path root, RecordedSources recorded, BatchPolicy policy,
                 ChangedWindow window = {});

    // Count the files and bytes to read (one walk, no reading), for progress.
    Status plan();
    uint64_t total_bytes() const { return m_total_bytes; }
    uint64_t file_count() const { return m_total_files; }

    Status read(Sink& sink) override;

  private:
    struct Entry {
        std::string name; // file name: sorts by date
        std::string path; // relative to the root
        uint64_t size = 0;
    };
    // The year folders (mail/<YYYY>, mail/undated) of every customer and of unmatched/, by year.
    Result<std::vector<std::pair<std::string, std::vector<std::filesystem::path>>>> years() const;
    Result<std::vector<Entry>> entries(const std::vector<std::filesystem::path>& dirs) const;
    Status take(Sink& sink, const Entry& entry);

    std::filesystem::path m_root;
    RecordedSources m_recorded;
    BatchPolicy m_policy;
    ChangedWindow m_window;
    uint64_t m_total_bytes = 0, m_total_files = 0;
    uint64_t m_consumed = 0;
    size_t m_batch_messages = 0;
    uint64_t m_batch_bytes = 0;
};

} // namespace mailclerk::sources
