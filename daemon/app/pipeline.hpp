#pragma once
// The one path every source feeds: understand -> file on disk -> index. Batched: files
// are durable as they are written, their directories are synced and the index transaction is
// committed in flush(), so a crash loses at most the batch in hand and re-running is idempotent.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "daemon/app/understand_pool.hpp"
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

// Whether each commit rewrites the price lists (customers/<slug>/price-list.csv) it changed.
// `leave`: the caller rewrites them once it is done (mailclerk reindex, after the swap).
// `throttled`: after a commit only when k_price_list_interval has passed since the last
// rewrite (or ten times the last rewrite's duration, when that is longer), and always in
// rewrite_price_lists_now() (Ingest::finish): a long import rewrote every
// customer's list at every batch, 11 % of the writer thread's time on the benchmark corpus.
enum class PriceLists { rewrite, leave, throttled };

// How an ingest reads the scans and images of documents: Ocr::later files the message at once,
// its scans flagged parsers::k_ocr_pending for the OCR queue (app/ocr_queue.hpp), so a scan never
// stalls mail; Ocr::on reads them in place, bounded per document (`import --ocr=inline`, and
// PostgreSQL, which has no OCR queue).
inline constexpr parsers::Ocr k_ingest_ocr = parsers::Ocr::later;
// How an ingest into this backend reads scans: k_ingest_ocr, but in place on PostgreSQL (its
// index has no OCR queue yet, and a scan left for later would never be read).
parsers::Ocr ingest_ocr(bool postgresql);

// The thread look-up of understand() answered by the index (customers of earlier messages).
parsers::ThreadCustomers thread_customers(store::Writer& index);

class Pipeline {
  public:
    // The index is written through `writer`; `price_book` reads the price lists rewritten after
    // each commit. Both are the same store::Index but in unit tests.
    // `ocr`: how scans are read (k_ingest_ocr).
    Pipeline(const parsers::MatchRules& rules, store::Archive& archive, store::Writer& writer,
             store::PriceBook& price_book, PriceLists price_lists = PriceLists::rewrite,
             parsers::Ocr ocr = k_ingest_ocr);
    Pipeline(const parsers::MatchRules& rules, store::Archive& archive, store::Index& index,
             PriceLists price_lists = PriceLists::rewrite, parsers::Ocr ocr = k_ingest_ocr)
        : Pipeline(rules, archive, index, index, price_lists, ocr) {}
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;
    // Uncommitted work is rolled back (its files stay and are picked up idempotently later).
    ~Pipeline() { rollback(); }

    // Archive one message. Errors are operational (disk full, database failure): the caller
    // stops; messages ingested before stay valid and are committed by flush(). `understood`:
    // the message as parsers::understand() made it without a thread look-up (on a worker), or
    // null to understand it here; either way the thread is looked up here, in input order.
    Result<Ingested> ingest(std::string_view raw, const store::SourceRef& source,
                            parsers::Understanding* understood = nullptr);

    // Record another source of an archived message, in the batch's transaction.
    Status add_source(const std::string& sha256, const store::SourceRef& source);
    // Whether a message with this identity (parsers::message_identity) is in the index,
    // committed or in the batch in hand.
    Result<bool> archived(const std::string& sha256) { return m_index.has_message(sha256); }
    // Record an IMAP folder's sync state in the batch's transaction: it is committed with the
    // messages below its high-water mark, never before them.
    Status save_sync_state(const store::SyncState& state);

    // Make everything ingested so far durable and committed.
    Status flush();
    // Drop what was ingested since the last flush (its files stay and are reused later).
    void rollback();
    size_t pending() const { return m_pending; }
    // Rewrite the price lists committed batches changed and that are not rewritten yet
    // (PriceLists::throttled); a no-op otherwise.
    void rewrite_price_lists_now();

  private:
    Status ensure_transaction();
    Result<Ingested> file_and_index(std::string_view raw, const store::SourceRef& source,
                                    parsers::Understanding& understood, Ingested result);
    // Rewrite customers/<slug>/price-list.csv of the customers whose price items the
    // committed batch changed. A failure is logged: the list is derived and is rewritten at
    // the customer's next quote.
    void refresh_price_lists();

    const parsers::MatchRules& m_rules;
    store::Archive& m_archive;
    store::Writer& m_index;
    store::PriceBook& m_price_book;
    PriceLists m_price_lists;
    parsers::Ocr m_ocr;
    bool m_in_transaction = false;
    size_t m_pending = 0;
    std::set<std::string> m_priced;    // customers with new price items in the batch
    std::set<std::string> m_committed; // throttled: of committed batches, not rewritten yet
    std::chrono::steady_clock::time_point m_rewritten = std::chrono::steady_clock::now();
    std::chrono::steady_clock::duration m_rewrite_cost{}; // how long the last rewrite took
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
//
// With workers, messages are understood on an UnderstandPool while the calling thread, the one
// writer, files, indexes and commits what the workers have done, strictly in the order the source
// handed it over (messages, known sources and batch ends alike): the index sees the same
// sequence as without workers, so a crash still loses at most the batch in hand. A batch is
// committed when its end reaches the writer, after the source has gone on; finish() writes and
// commits the rest.
class Ingest : public sources::Sink {
  public:
    // `stop` (may be null) is checked before each message: when set, the message is not taken
    // and the source stops with an "interrupted" error; everything before it stays committed
    // once finish() has run. `workers`: threads that understand messages beside the writer; 0
    // understands each one on the calling thread as it comes. `rewrite`: price lists are
    // rewritten throttled (PriceLists::throttled) and in full by finish() and abandon().
    // `ocr`: how scans are read (k_ingest_ocr).
    Ingest(const parsers::MatchRules& rules, store::Archive& archive, store::Index& index,
           IngestObserver* observer = nullptr, const std::atomic<bool>* stop = nullptr,
           size_t workers = 0, PriceLists price_lists = PriceLists::rewrite,
           parsers::Ocr ocr = k_ingest_ocr)
        : Ingest(rules, archive, index, index, observer, stop, workers, price_lists, ocr) {}
    // The same through the pipeline's two interfaces (an in-memory fake in unit tests).
    Ingest(const parsers::MatchRules& rules, store::Archive& archive, store::Writer& writer,
           store::PriceBook& price_book, IngestObserver* observer, const std::atomic<bool>* stop,
           size_t workers, PriceLists price_lists = PriceLists::rewrite,
           parsers::Ocr ocr = k_ingest_ocr);

    Status message(std::string_view raw, const sources::SourceRef& source,
                   uint64_t consumed) override;
    Status known(const std::string& sha256, const sources::SourceRef& source) override;
    Status batch_end(const std::optional<store::SyncState>& state) override;
    Status unreadable(const Error& error) override;

    // Write and commit what is in hand (after the source ended, or failed in one of its files);
    // after a writer failure, commit what was written before it and return that failure.
    Status finish();
    // Undo what is in hand (after the archive or the index failed).
    void abandon();
    const IngestCounts& counts() const { return m_counts; }
    bool interrupted() const { return m_stop && *m_stop; }
    // The archive or the index failed (disk full, database error): what is in hand may be
    // partly written and must be abandoned, not finished. False when the source failed.
    bool sink_failed() const { return m_failed; }

  private:
    // One thing the source handed over, waiting for the writer.
    struct Queued {
        // archived: a message already in the index when it came, recorded as a duplicate
        enum class Kind { message, archived, known, batch_end } kind = Kind::message;
        sources::SourceRef source;
        uint64_t consumed = 0;
        std::string sha256;                    // archived, known
        std::optional<store::SyncState> state; // batch_end
        std::shared_ptr<UnderstandJob> job;    // message
        uint64_t bytes = 0;                    // archived: its raw size
    };
    enum class Wait { none, bounded, all };

    Status write_message(std::string_view raw, const sources::SourceRef& source, uint64_t consumed,
                         parsers::Understanding* understood);
    Status write_known(const std::string& sha256, const sources::SourceRef& source);
    Status write_archived(const Queued& item);
    // After a message was written (or found archived): the counts and the observer.
    void count_message(uint64_t bytes, uint64_t consumed);
    Status write_batch_end(const std::optional<store::SyncState>& state);
    // Hand one item to the writer's queue, then write what is ready (see write_ready).
    Status enqueue(Queued item);
    // Write the front of the queue while it is ready; wait for the workers when `wait` is all,
    // or while the queue holds more than its bounds when bounded. The first failure stays.
    Status write_ready(Wait wait);
    Status write(Queued& item);
    // A failure of the archive or the index (sink_failed()).
    Status failed(Error error);

    Pipeline m_pipeline;
    bool m_failed = false;
    IngestObserver* m_observer;
    const std::atomic<bool>* m_stop;
    IngestCounts m_counts;
    std::unique_ptr<UnderstandPool> m_pool; // null: no workers
    std::deque<Queued> m_queue;
    uint64_t m_queued_bytes = 0;
    Status m_status; // the writer's: its first failure once it failed
};

} // namespace mailclerk::app
