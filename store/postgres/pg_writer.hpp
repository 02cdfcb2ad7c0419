#pragma once
// The index in PostgreSQL, written: store::Writer on libpq, so that `mailclerk import` and
// `sync` file into the schema "mailclerk" the rows the SQLite index (store/index_write.cpp)
// would hold — messages, files, addresses, customers, attachments, contacts, price items,
// search text and its tsvector terms (store/postgres/tsvector.hpp), sources and sync state.
//
// Durability (docs/ARCHITECTURE.md, invariant 1): the pipeline makes a batch's files durable
// before commit(); a batch is one PostgreSQL transaction (BEGIN .. COMMIT, synchronous_commit
// as the server has it), each message a savepoint inside it, so the index never names a file
// that is not on disk and a crash loses at most the batch in hand.
//
// Many writers (issue 23): several daemons may write one database at once. Ids come from
// identity sequences, rows that two writers may both create (an auto-created customer, a
// contact) are upserts, and an account is synced by one daemon at a time through a session
// advisory lock (try_lock_account). A message's price items are written again by
// replace_prices (a rep's price correction reads the customer's messages again); re-matching is
// not on PostgreSQL yet: archived_messages, refile and replace_contacts fail naming themselves.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/result.hpp"
#include "store/sync_state.hpp"
#include "store/writer.hpp"

namespace mailclerk::store::pg {

class Connection;

// Every folder's sync state with its count of messages, as store::Index::sync_states gives it
// (PgWriter::sync_states, PgIndex::sync_states).
Result<std::vector<SyncState>> read_sync_states(Connection& db);

// The class key of mailclerk's advisory locks (pg_try_advisory_lock(class, key)): "mc" in the
// high bytes, so that other applications' locks on the same database do not collide.
inline constexpr int32_t k_lock_class = 0x6d630001;

class PgWriter : public Writer, public SyncStates {
  public:
    // Connect to the database at `url` (store/postgres/pg.hpp) and open its index; a database
    // without one gets an empty index at this binary's schema version first (made once even
    // when several daemons start together). Fails as PgIndex::open when the versions differ.
    static Result<PgWriter> open(const std::string& url, const std::string& password = {});
    PgWriter(PgWriter&&) noexcept;
    PgWriter& operator=(PgWriter&&) noexcept;
    ~PgWriter() override;

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

    // The message's price items replaced, as add_message writes them
    // (store/postgres/pg_writer_message.cpp).
    Status replace_prices(int64_t message_row, const parsers::Message& message,
                          const parsers::Classification& classification,
                          const std::vector<parsers::PriceItem>& prices) override;
    // Re-matching: not on PostgreSQL yet (ErrorCode::config, naming `mailclerk rematch`).
    Result<std::vector<ArchivedMessage>> archived_messages() override;
    Result<std::vector<std::string>> refile(const Refiling& refiling) override;
    Status replace_contacts(const std::vector<ContactRow>& contacts) override;

    // What sync reads besides the Writer, as store::Index answers it. Server-side filing
    // (pending_copies, record_copy) is not on PostgreSQL yet and fails naming itself.
    Result<std::optional<SyncState>> sync_state(const std::string& account,
                                                const std::string& folder) override;
    Result<std::vector<SyncState>> sync_states() override;
    Result<std::optional<std::string>> find_message(const std::string& message_id,
                                                    int64_t size) override;
    Result<std::vector<CopyTask>> pending_copies(const std::string& account,
                                                 int64_t limit) override;
    Status record_copy(const std::string& account, const CopyTask& task, const std::string& folder,
                       CopyState state) override;

    // The config's customers into the directory: inserted or updated with their domains and
    // addresses (source 'config'). Customers gone from the config are kept (other daemons may
    // run an older config; the SQLite index drops them when nothing refers to them).
    Status sync_customers(const std::vector<CustomerRow>& customers);

    // Take the account's advisory lock for this connection's life (or until unlock_account):
    // false when another session holds it. Keyed (k_lock_class, hashtext(account)), computed by
    // the server so every node agrees; a daemon that dies releases it with its connection.
    Result<bool> try_lock_account(const std::string& account);
    Status unlock_account(const std::string& account);

  private:
    explicit PgWriter(std::unique_ptr<Connection> connection);
    friend struct PgMessageWriter;
    // customers.id of a slug; an unknown slug is inserted as an auto prospect.
    Result<int64_t> customer_id(const std::string& slug);
    Status write_message(const NewMessage& message);
    Status add_archived_file(const std::string& sha256, const std::string& path);
    // Contacts are shared by every writer: their upserts wait for commit() and run there in
    // one order (customer, address), so that two daemons' batches never lock two contacts in
    // opposite orders (a deadlock that would abort one of them).
    Status write_contacts();
    // Each customer's newest mail of the batch into agenda_customers, at commit, in customer
    // order (the same reason as write_contacts).
    Status write_exchanges();

    struct PendingContact {
        int64_t customer = 0;
        std::string address;
        std::vector<std::optional<std::string>> params;
    };

    std::unique_ptr<Connection> m_db;
    std::unordered_map<std::string, int64_t> m_customer_ids; // cleared at every rollback
    bool m_in_transaction = false;
    struct PendingExchange {
        int64_t customer = 0;
        int64_t outbound = 0; // the message's date when outbound, else 0
        int64_t any = 0;      // its date unless internal, else 0
    };

    std::vector<PendingContact> m_contacts;        // upserts of the batch in hand
    std::vector<PendingExchange> m_exchanges;      // agenda_customers of the batch in hand
    std::vector<PendingContact> m_contact_details; // note_contact_details of the batch in hand
};

} // namespace mailclerk::store::pg
