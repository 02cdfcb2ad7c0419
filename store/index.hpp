#pragma once
// The SQLite index (WAL): schema, migrations, and every store interface implemented on one
// connection. Only store/ includes sqlite3.h. Callers that need one concern take that interface
// (the pipeline takes a Writer); the contracts are written there.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/directory.hpp"
#include "store/price_book.hpp"
#include "store/rows.hpp"
#include "store/search.hpp"
#include "store/sync_state.hpp"
#include "store/timeline.hpp"
#include "store/users.hpp"
#include "store/writer.hpp"

namespace mailclerk::store {

class Index final : public Writer,
                    public Search,
                    public Timeline,
                    public PriceBook,
                    public Directory,
                    public Users,
                    public SyncStates {
  public:
    // Open (creating when absent) and migrate forward. A database written by a newer mailclerk
    // is refused with a hint.
    static Result<Index> open(const std::filesystem::path& path);
    // Open an existing index for reading only (query_only; WAL reader, never blocks the
    // writer). Refused unless it is at schema_version(): readers never migrate.
    static Result<Index> open_read_only(const std::filesystem::path& path);
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
    Result<std::vector<IndexedFile>> files() override;
    Result<int64_t> message_count() override;

    // PriceBook (store/index_prices.cpp)
    Result<std::vector<PriceRow>> prices(const std::string& slug) override;
    Status set_same_product(const std::string& slug, const std::string& key,
                            const std::string& same_as) override;
    Result<std::string> price_version(int64_t customer_id) override;

    // Directory (store/index.cpp, store/directory.cpp, store/roster.cpp)
    Status sync_customers(const std::vector<CustomerRow>& customers) override;
    Result<std::vector<CustomerRow>> directory() override;
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

  private:
    struct Impl;
    explicit Index(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mailclerk::store
