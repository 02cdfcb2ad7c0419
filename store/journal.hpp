#pragma once
// The archive's journal (<root>/.mailclerk/journal/): everything the index holds that the mail
// files cannot tell — the customer directory people edited, price overrides, users, ignored
// candidates, the IMAP sync state, the server-filing record and where each message was found —
// as JSON lines, one record per change, append-only. `mailclerk reindex` rebuilds the index
// from the mail files plus this journal.
//
// Records are buffered for the transaction in hand and appended, fsynced, by flush(), which the
// index calls from its commit hook: under the index's write lock (so the journal's order is the
// commit order) and before the commit (so the index never knows something the journal does
// not). Segments are numbered files (000001.jsonl, ...), each up to k_segment_bytes; the first
// one begins with the snapshot of the index the journal was started from.
#include <compare>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/fd.hpp"
#include "common/result.hpp"

namespace mailclerk::store {

// Where a record ends: segment number and byte offset after its newline.
struct JournalPosition {
    uint32_t segment = 1;
    uint64_t offset = 0;
    auto operator<=>(const JournalPosition&) const = default;
};

class Journal {
  public:
    static constexpr uint64_t k_segment_bytes = 64ull << 20;

    // The journal in `dir`; the directory is created (mode 0700: records hold password
    // hashes) on the first flush.
    explicit Journal(std::filesystem::path dir) : m_dir(std::move(dir)) {}
    const std::filesystem::path& dir() const { return m_dir; }

    // Whether the journal was started (its first segment exists).
    bool started() const;
    // Start the journal with these records (the snapshot of an index that had none): written
    // to a temporary file and renamed to the first segment, so that a journal either does not
    // exist or begins with a whole snapshot. `write` is called with a sink for the lines.
    Status start(const std::function<Status(const std::function<Status(std::string)>&)>& write);

    // Buffer one record (a JSON object on one line) for the transaction in hand.
    void add(std::string line);
    // For undoing the records of a part of a transaction that was rolled back (savepoints).
    size_t mark() const { return m_pending.size(); }
    void rewind(size_t mark);
    bool pending() const { return !m_pending.empty(); }
    // Append the buffered records, durably; on failure none of them stays in the journal.
    // Only called with the index's write lock held (one appender at a time).
    Status flush();
    void discard() { m_pending.clear(); }

    // The position after the last whole record.
    Result<JournalPosition> end() const;
    // The segment numbers present, ascending.
    Result<std::vector<uint32_t>> segments() const;
    std::filesystem::path segment_path(uint32_t segment) const;

  private:
    std::filesystem::path m_dir;
    std::vector<std::string> m_pending;
};

// The whole records of a journal from a position on, in order. A last line without its newline
// (a write cut short by a crash) is not a record.
class JournalReader {
  public:
    JournalReader(const Journal& journal, JournalPosition from);
    // The next record, or nullopt at the end.
    Result<std::optional<std::string>> next();
    // After the record next() returned last.
    JournalPosition position() const { return m_position; }

  private:
    Status open_segment();
    const Journal& m_journal;
    std::vector<uint32_t> m_segments;
    size_t m_index = 0; // into m_segments
    JournalPosition m_position;
    Fd m_fd;
    std::string m_buffer;
    size_t m_used = 0; // bytes of m_buffer already returned
    bool m_listed = false;
};

} // namespace mailclerk::store
