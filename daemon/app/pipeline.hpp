#pragma once
// The one path every source feeds: understand -> file on disk -> index. Batched: files
// are durable as they are written, their directories are synced and the index transaction is
// committed in flush(), so a crash loses at most the batch in hand and re-running is idempotent.
#include <atomic>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "daemon/sources/source.hpp"
#include "parsers/understand.hpp"
#include "store/archive.hpp"
#include "store/index.hpp"

namespace mailclerk::app {

enum class Outcome {
    added,     // new message archived and indexed
    duplicate, // the same bytes were already archived: only the source was recorded
    flagged,   // archived raw under unmatched/ and flagged: not understood as a message
};

struct Ingested {
    Outcome outcome = Outcome::added;
    std::string sha256;
    std::vector<std::string> paths; // where it was filed (relative to the archive root)
};

// The thread look-up of understand() answered by the index (customers of earlier messages).
parsers::ThreadCustomers thread_customers(store::Writer& index);

class Pipeline {
  public:
    // The index is written through `writer`; `price_book` reads the price lists rewritten after
    // each commit. Both are the same store::Index but in unit tests.
    Pipeline(const parsers::MatchRules& rules, store::Archive& archive, store::Writer& writer,
             store::PriceBook& price_book);
    Pipeline(const parsers::MatchRules& rules, store::Archive& archive, store::Index& index)
        : Pipeline(rules, archive, index, index) {}
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;
    // Uncommitted work is rolled back (its files stay and are picked up idempotently later).
    ~Pipeline() { rollback(); }

    // Archive one message. Errors are operational (disk full, database failure): the caller
    // stops; messages ingested before stay valid and are committed by flush().
    Result<Ingested> ingest(std::string_view raw, const store::SourceRef& source);

    // Record another source of an archived message, in the batch's transaction.
    Status add_source(const std::string& sha256, const store::SourceRef& source);
    // Record an IMAP folder's sync state in the batch's transaction: it is committed with the
    // messages below its high-water mark, never before them.
    Status save_sync_state(const store::SyncState& state);

    // Make everything ingested so far durable and committed.
    Status flush();
    // Drop what was ingested since the last flush (its files stay and are reused later).
    void rollback();
    size_t pending() const { return m_pending; }

  private:
    Status ensure_transaction();
    // Rewrite customers/<slug>/price-list.csv of the customers whose price items the
    // committed batch changed. A failure is logged: the list is derived and is rewritten at
    // the customer's next quote.
    void refresh_price_lists();

    const parsers::MatchRules& m_rules;
    store::Archive& m_archive;
    store::Writer& m_index;
    store::PriceBook& m_price_book;
    bool m_in_transaction = false;
    size_t m_pending = 0;
    std::set<std::string> m_priced; // customers with new price items in the batch
};

struct IngestCounts {
    uint64_t messages = 0, added = 0, duplicates = 0, flagged = 0;
    uint64_t known = 0;      // already archived, recorded at a new place without fetching
    uint64_t unreadable = 0; // source files that could not be read
    uint64_t bytes = 0;      // raw bytes of the messages taken
    uint64_t consumed = 0;   // bytes of the source read so far (progress)
};

// What a front end (the progress bar, the log) hears while a source is ingested.
class IngestObserver {
  public:
    virtual ~IngestObserver() = default;
    virtual void progress(const IngestCounts& /*counts*/) {}
    // A message that was not readable as mail: archived raw under `archived_as` and flagged.
    virtual void flagged(const sources::SourceRef& /*source*/, const std::string& /*archived_as*/) {
    }
    virtual void unreadable(const Error& /*error*/) {}
};

// The sink every source feeds (sources/source.hpp): each message through the pipeline, each
// batch made durable and committed, with the IMAP folder's sync state when there is one. Import
// and sync both run through it, so both count, commit and stop the same way.
class Ingest : public sources::Sink {
  public:
    // `stop` (may be null) is checked before each message: when set, the message is not taken
    // and the source stops with an "interrupted" error; everything before it stays committed
    // once finish() has run.
    Ingest(const parsers::MatchRules& rules, store::Archive& archive, store::Index& index,
           IngestObserver* observer = nullptr, const std::atomic<bool>* stop = nullptr);

    Status message(std::string_view raw, const sources::SourceRef& source,
                   uint64_t consumed) override;
    Status known(const std::string& sha256, const sources::SourceRef& source) override;
    Status batch_end(const std::optional<store::SyncState>& state) override;
    Status unreadable(const Error& error) override;

    // Commit what is in hand (after the source ended, or failed in one of its files).
    Status finish() { return m_pipeline.flush(); }
    // Undo what is in hand (after the archive or the index failed).
    void abandon() { m_pipeline.rollback(); }
    const IngestCounts& counts() const { return m_counts; }
    bool interrupted() const { return m_stop && *m_stop; }

  private:
    Pipeline m_pipeline;
    IngestObserver* m_observer;
    const std::atomic<bool>* m_stop;
    IngestCounts m_counts;
};

} // namespace mailclerk::app
