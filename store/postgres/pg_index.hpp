#pragma once
// The index in PostgreSQL, read: the schema "mailclerk" that `mailclerk index copy --to` put
// there answers search (the query language of store/search_query.hpp, through
// store/postgres/search_plan.hpp), a customer's history, timeline, documents and price list,
// one message in full, one product across customers, the agenda (`mailclerk today`), the
// users and the customer directory with its roster exactly as the SQLite index it came from.
// What PostgreSQL cannot do yet fails with ErrorCode::config naming itself, never silently
// elsewhere.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "store/agenda.hpp"
#include "store/directory.hpp"
#include "store/price_book.hpp"
#include "store/reader.hpp"
#include "store/rows.hpp"
#include "store/search.hpp"
#include "store/sync_state.hpp"
#include "store/timeline.hpp"
#include "store/users.hpp"

namespace mailclerk::store {
class AttachmentProbe;
}

namespace mailclerk::store::pg {

class Connection;

class PgIndex : public Reader, public PriceCorrections {
  public:
    // Connect (store/postgres/pg.hpp) and check that the database holds an index at this
    // binary's schema version: ErrorCode::not_found without one, ErrorCode::database when the
    // versions differ.
    static Result<PgIndex> open(const std::string& url, const std::string& password = {});
    PgIndex(PgIndex&&) noexcept;
    PgIndex& operator=(PgIndex&&) noexcept;
    ~PgIndex() override;

    // What PostgreSQL answers, as the SQLite index does. Search is newest first; sort =
    // relevance ranks by ts_rank (store/postgres/search_plan.hpp), which orders close matches
    // otherwise than FTS5's bm25 (docs/ARCHITECTURE.md).
    Result<SearchResults> search(const SearchRequest& request) override;
    Result<SearchResults> search(const std::string& query, const std::string& customer,
                                 int64_t limit, int64_t offset) override;
    Result<std::vector<HistoryEvent>> history(const std::string& slug) override;
    Result<std::vector<CustomerSummary>> customers() override;
    Result<int64_t> message_count() override;
    Result<std::vector<PriceRow>> prices(const std::string& slug) override;
    Result<std::optional<MessageDetail>> message_detail(int64_t id) override;
    Result<std::vector<TimelineEntry>> timeline(int64_t customer_id, int64_t limit) override;
    Result<std::vector<DocumentRow>> documents(int64_t customer_id, int64_t limit) override;
    Result<std::vector<SourceRef>> sources_of(const std::string& sha256) override;
    Result<std::vector<IndexedFile>> files() override;
    Result<std::string> price_version(int64_t customer_id) override;
    Result<std::vector<ProductPrice>> product_prices(const std::string& query,
                                                     size_t limit) override;

    // The rep's override of a product's identity, written to the database (SQLite also
    // records it in the archive's journal; PostgreSQL's own backups keep it here).
    Status set_same_product(const std::string& slug, const std::string& key,
                            const std::string& same_as) override;

    // PriceCorrections (store/postgres/pg_index_reads.cpp): a rep's corrections written to
    // the database (SQLite also journals them into the archive; PostgreSQL's own backups keep
    // them here), and what reading a customer's priced messages again needs.
    Status fix_price(const PriceFix& fix) override;
    Result<bool> unfix_price(const std::string& slug, const std::string& key,
                             const std::string& side) override;
    Result<std::vector<PriceFix>> price_fixes(const std::string& slug) override;
    Result<std::map<std::string, std::vector<parsers::ColumnChoice>>> column_choices() override;
    Result<std::vector<std::pair<int64_t, std::string>>>
    priced_messages(const std::string& slug) override;
    Result<std::vector<std::string>> mail_paths(const std::string& sha256) override;

    // Every folder's sync state (`mailclerk status`), as PgWriter::sync_states reads it.
    Result<std::vector<SyncState>> sync_states();

    // Agenda (store/postgres/pg_agenda.cpp). read_snapshot is one REPEATABLE READ, READ ONLY
    // transaction. dismiss and the digests' claims write the database (not the archive's
    // journal, which only the SQLite index keeps); a claim is atomic across every process on
    // the database (INSERT .. ON CONFLICT DO NOTHING).
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

    // Users (store/postgres/pg_agenda.cpp): read, and written as SQLite writes them.
    Result<std::vector<UserRow>> users() override;
    Result<std::optional<UserRow>> find_user(const std::string& name) override;
    Status save_user(const UserRow& user) override;
    Result<bool> remove_user(const std::string& name) override;

    // Sessions (store/postgres/pg_agenda.cpp): every web process on the database sees them.
    Status save_session(const SessionRow& session) override;
    Result<std::optional<SessionRow>> find_session(const std::string& id, int64_t now) override;
    Status extend_session(const std::string& id, int64_t expires) override;
    Status remove_session(const std::string& id) override;
    Status remove_expired_sessions(int64_t now) override;

    // Directory (store/postgres/pg_directory.cpp): the reads, and ignored candidates written.
    // Changing the directory itself (add, rename, merge, events) is not on PostgreSQL yet and
    // fails with not_on_postgresql; the config's customers come in through
    // PgWriter::sync_customers.
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

  private:
    PgIndex(std::unique_ptr<Connection> connection, bool rum);
    Result<int64_t> customer_id(const std::string& slug);
    Result<std::vector<PriceFix>> price_fixes(const std::string& slug, int64_t customer);
    // The first column of a query's rows, as text.
    Result<std::vector<std::string>>
    first_column(const std::string& sql,
                 const std::vector<std::optional<std::string>>& params = {});
    // Customers by a WHERE clause over customers c (its $1: `key`), with domains and addresses.
    Result<std::vector<CustomerRow>> customer_rows(const std::string& where,
                                                   const std::optional<std::string>& key);
    std::unique_ptr<Connection> m_db;
    std::unique_ptr<AttachmentProbe> m_probe; // opened for the first hit found in an attachment
    bool m_rum = false; // search_text_terms has a RUM index (store/postgres/index_copy.hpp)
};

// A connection to the index in the database at `url`, checked to be at this binary's schema
// version (the errors of PgIndex::open), its search_path the index's schema; `rum`: its terms
// are indexed with RUM (store/postgres/index_copy.hpp). Shared by the reader and the writer.
struct IndexConnection {
    std::unique_ptr<Connection> db;
    bool rum = false;
};
Result<IndexConnection> connect_index(const std::string& url, const std::string& password);

// The error of a read PostgreSQL cannot answer yet: "<what> is not available with [index]
// backend = "postgresql" yet" (ErrorCode::config).
tl::unexpected<Error> not_on_postgresql(const std::string& what);

} // namespace mailclerk::store::pg
