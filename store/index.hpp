#pragma once
// The SQLite index (WAL): schema, migrations, and every store interface implemented on one
// connection. Only store/ includes sqlite3.h. Callers that need one concern take that interface
// (the pipeline takes a Writer); the contracts are written there.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/result.hpp"
#include "store/agenda.hpp"
#include "store/directory.hpp"
#include "store/health.hpp"
#include "store/journal.hpp"
#include "store/price_book.hpp"
#include "store/reader.hpp"
#include "store/rebuild.hpp"
#include "store/rows.hpp"
#include "store/search.hpp"
#include "store/sync_state.hpp"
#include "store/timeline.hpp"
#include "store/users.hpp"
#include "store/writer.hpp"

namespace mailclerk::store {

struct IndexOptions {
    // The archive's journal (<root>/.mailclerk/journal): every change people make, the sync
    // state and where messages were found are journaled there too (store/journal.hpp); a
    // journal is started from the index's state when there is none. Empty: no journal (unit
    // tests, and a rebuild in progress, whose records come from the journal).
    std::filesystem::path journal = {};
};

class Index final : public Writer,
                    public Reader,
                    public SyncStates,
                    public Rebuild,
                    public PriceCorrections {
  public:
    // Open (creating when absent) and migrate forward. A database written by a newer mailclerk
    // is refused with a hint; so is a damaged file (check_index_header) and, with a journal
    // that was started, a missing or empty one (ErrorCode::corrupt: `mailclerk reindex`).
    static Result<Index> open(const std::filesystem::path& path, const IndexOptions& options = {});
    // Open an existing index for reading only (query_only; WAL reader, never blocks the
    // writer). Refused unless it is at schema_version(): readers never migrate.
    static Result<Index> open_read_only(const std::filesystem::path& path);
    // The same reader that also writes the web page's sessions, and nothing else (SQLite's
    // authorizer refuses every other change): the page's one writing connection.
    static Result<Index> open_sessions(const std::filesystem::path& path);
    Index(Index&&) noexcept;
    Index& operator=(Index&&) noexcept;
    ~Index() override;

    // Writer (store/index_write.cpp, store/refile.cpp, store/index_prices.cpp)
    Status begin() override;
    Status commit() override;
    void rollback() override;
    Result<bool> has_message(const std::string& sha256) override;
    Status add_message(const NewMessage& message) override;
    Status add_source(const std::string& sha256, const SourceRef& source) override;
    Result<std::vector<std::string>>
    customers_of_messages(const std::vector<std::string>& ids) override;
    Status note_contact_details(const std::string& slug, const std::string& address,
                                const std::string& phone, const std::string& title) override;
    Status save_sync_state(const SyncState& state) override;
    Result<std::vector<ArchivedMessage>> archived_messages() override;
    Result<std::vector<std::string>> refile(const Refiling& refiling) override;
    Status replace_prices(int64_t message_row, const parsers::Message& message,
                          const parsers::Classification& classification,
                          const std::vector<parsers::PriceItem>& prices) override;
    Status replace_contacts(const std::vector<ContactRow>& contacts) override;

    // The OCR queue (store/ocr_queue.cpp): attachments whose text_flag is parsers::k_ocr_pending.
    // The messages holding them, oldest first, at most `limit`.
    Result<std::vector<OcrQueued>> ocr_queue(size_t limit);
    Result<OcrCounts> ocr_counts();
    // Count a try at the message's pending scans (committed before OCR begins, so a read that
    // kills the process is not begun for ever).
    Status count_ocr_try(int64_t message_row);
    // Flag the message's pending attachments parsers::k_ocr_failed: left out of the queue.
    Status fail_ocr(int64_t message_row);
    // Replace the text and flag of the message's filed attachments (texts[i]: attachment i) and
    // the attachment text of its search row, in the caller's transaction.
    Status replace_attachment_texts(int64_t message_row,
                                    const std::vector<parsers::AttachmentText>& texts);

    // Search (store/index_search.cpp)
    Result<SearchResults> search(const SearchRequest& request) override;
    Result<SearchResults> search(const std::string& query, const std::string& customer,
                                 int64_t limit, int64_t offset) override;

    // Timeline (store/index_query.cpp, store/index_view.cpp)
    Result<std::vector<HistoryEvent>> history(const std::string& slug) override;
    Result<std::vector<CustomerSummary>> customers() override;
    Result<std::optional<MessageDetail>> message_detail(int64_t id) override;
    Result<std::vector<TimelineEntry>> timeline(int64_t customer_id, int64_t limit) override;
    Result<std::vector<DocumentRow>> documents(int64_t customer_id, int64_t limit) override;
    Result<std::vector<SourceRef>> sources_of(const std::string& sha256) override;
    // PriceCorrections (store/refile.cpp): the customer's priced messages, a message's files.
    Result<std::vector<std::pair<int64_t, std::string>>>
    priced_messages(const std::string& slug) override;
    Result<std::vector<std::string>> mail_paths(const std::string& sha256) override;
    Result<std::vector<IndexedFile>> files() override;
    Result<int64_t> message_count() override;

    // PriceBook (store/index_prices.cpp, store/product_prices.cpp)
    Result<std::vector<PriceRow>> prices(const std::string& slug) override;
    Status set_same_product(const std::string& slug, const std::string& key,
                            const std::string& same_as) override;
    Result<std::string> price_version(int64_t customer_id) override;
    // PriceCorrections (store/price_fixes.cpp): a rep's correction of a price-list row,
    // journaled (so `mailclerk reindex` brings it back).
    Status fix_price(const PriceFix& fix) override;
    Result<bool> unfix_price(const std::string& slug, const std::string& key,
                             const std::string& side) override;
    Result<std::vector<PriceFix>> price_fixes(const std::string& slug) override;
    Result<std::map<std::string, std::vector<parsers::ColumnChoice>>> column_choices() override;
    Result<std::vector<ProductPrice>> product_prices(const std::string& query,
                                                     size_t limit) override;

    // Directory (store/index.cpp, store/directory.cpp, store/roster.cpp)
    Status sync_customers(const std::vector<CustomerRow>& customers) override;
    Result<std::vector<CustomerRow>> directory() override;
    // sync_customers then directory(), with the directory read once when the index already
    // holds the config's customers (every command's start).
    Result<std::vector<CustomerRow>> synced_directory(const std::vector<CustomerRow>& customers);
    Result<std::optional<CustomerRow>> find_customer(const std::string& slug_or_name) override;
    Result<int64_t> save_customer(const CustomerRow& customer) override;
    Status rename_customer(int64_t id, const std::string& new_slug,
                           const std::string& new_name) override;
    Status merge_customers(int64_t from, int64_t into) override;
    Status add_customer_event(int64_t id, const std::string& what) override;
    Result<std::vector<std::string>> customer_events(int64_t id) override;
    Result<std::vector<ContactRow>> contacts(const std::string& slug) override;
    Result<std::vector<RosterStats>> roster() override;
    Result<std::vector<UnmatchedMessage>> unmatched_messages() override;
    Result<std::vector<std::string>> ignored_candidates() override;
    Status ignore_candidate(const std::string& domain) override;

    // Users (store/users.cpp)
    Result<std::vector<UserRow>> users() override;
    Result<std::optional<UserRow>> find_user(const std::string& name) override;
    Status save_user(const UserRow& user) override;
    Result<bool> remove_user(const std::string& name) override;

    // SyncStates (store/sync_state.cpp)
    Result<std::optional<SyncState>> sync_state(const std::string& account,
                                                const std::string& folder) override;
    Result<std::vector<SyncState>> sync_states() override;
    Result<std::optional<std::string>> find_message(const std::string& message_id,
                                                    int64_t size) override;
    Result<std::vector<CopyTask>> pending_copies(const std::string& account,
                                                 int64_t limit) override;
    Status record_copy(const std::string& account, const CopyTask& task, const std::string& folder,
                       CopyState state) override;

    // Health (store/index_health.cpp): SQLite's own checks of every page, and at `full` of the
    // indexes and the full-text tables. Errors are for checks that could not run.
    Result<IntegrityReport> check_integrity(IntegrityDepth depth);

    // Rebuild (store/journal_replay.cpp)
    Result<ReplayReport> replay(const Journal& journal, JournalPosition from,
                                std::optional<JournalPosition> until = std::nullopt) override;
    Result<std::vector<SourceRef>> replayed_sources(const std::string& sha256) override;
    Result<int64_t> settle_replay() override;
    Result<bool> knows_file(const std::string& path) override;
    Result<bool> adopt_document(const std::string& path, const std::string& sha256) override;

    // Backup (store/backup.cpp), through SQLite's online backup API. Copy this index to a new
    // file `dest` as one snapshot (a read transaction: writers go on meanwhile).
    Status backup_to(const std::filesystem::path& dest);
    // Replace this index's content by the index at `source`, in one write transaction: readers
    // and writers of other connections see the old index or the new one, never a mixture.
    Status replace_with(const std::filesystem::path& source);

    // Agenda (store/agenda.cpp)
    Status read_snapshot(const std::function<Status()>& reads) override;
    Result<AgendaWindow> agenda_messages(int64_t since) override;
    Result<std::map<int64_t, std::vector<std::string>>>
    message_accounts(const std::vector<int64_t>& message_rows) override;
    Result<std::map<int64_t, LastExchange>> last_exchanges() override;
    Result<std::vector<std::string>> message_paths(int64_t message_row) override;
    Result<std::vector<Dismissal>> dismissals() override;
    Status dismiss(const Dismissal& dismissal) override;
    Result<bool> claim_digest(const DigestRecord& record) override;
    Status finish_digest(const DigestRecord& record, bool sent) override;
    Result<std::vector<DigestRecord>> digests(const std::string& day) override;

    // Sessions (store/sessions.cpp)
    Status save_session(const SessionRow& session) override;
    Result<std::optional<SessionRow>> find_session(const std::string& id, int64_t now) override;
    Status extend_session(const std::string& id, int64_t expires) override;
    Status remove_session(const std::string& id) override;
    Status remove_expired_sessions(int64_t now) override;

  private:
    Result<std::optional<std::vector<CustomerRow>>>
    agreed_directory(const std::vector<CustomerRow>& customers);
    struct Impl;
    explicit Index(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mailclerk::store
