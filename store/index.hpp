#pragma once
// The SQLite index (WAL): schema, migrations, the writer used by the pipeline and the queries
// the CLI answers from. Only store/ includes sqlite3.h.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "parsers/classify.hpp"
#include "parsers/message.hpp"
#include "parsers/prices.hpp"
#include "store/archive.hpp"

namespace mailclerk::store {

// Where a message was seen. kind: "file" | "mbox" | "maildir" | "imap".
struct SourceRef {
    std::string kind;
    std::string account;     // imap account name; "" for local sources
    std::string folder;      // imap folder, or the local path of the file / mbox / Maildir
    int64_t uidvalidity = 0; // imap only
    int64_t uid = 0;         // imap UID, or the byte offset inside an mbox
};

struct CustomerRow {
    std::string slug;
    std::string name;
    std::string category; // closed | key | prospect | inactive
    std::string grade;    // A | B | C | ""
    std::string owner;
    std::vector<std::string> domains;
    std::vector<std::string> addresses;
};

// The text read out of one attachment, for the full-text index.
struct AttachmentText {
    std::string text; // UTF-8, bounded by the reader
    std::string flag; // "" or why the text is missing or partial ("unreadable", "too-large", ...)
};

// Everything the pipeline knows about a new message, ready to be recorded.
struct NewMessage {
    std::string sha256;
    int64_t size = 0;
    const parsers::Message* message = nullptr;
    const parsers::Classification* classification = nullptr;
    const FiledMessage* filed = nullptr;
    // Optional: texts[i] belongs to message->attachments[i]; price items of the message, stored
    // once for each customer it matched.
    const std::vector<AttachmentText>* texts = nullptr;
    const std::vector<parsers::PriceItem>* prices = nullptr;
};

// One stored price item of a customer.
struct PriceRow {
    parsers::PriceItem item;
    std::optional<int64_t> quoted_at; // epoch seconds (the message date)
    std::string direction;            // "outbound": we quoted; "inbound": they quoted
    std::string sha256;               // the source message
    std::string attachment;           // the source attachment's file name, "" = the body
    bool current = false;             // the latest quote of its product
};

struct SearchHit {
    std::string sha256;
    int64_t date = 0; // epoch seconds; 0 when unknown
    std::string subject;
    std::string from; // "Name <address>" or address
    std::vector<std::string> customers;
    std::string kind;
    std::string snippet; // matched terms wrapped in [ ]
    std::string path;    // first archive path, relative to the root
};
struct SearchResults {
    int64_t total = 0;
    std::vector<SearchHit> results;
};

struct HistoryEvent {
    int64_t date = 0;
    std::string direction;
    std::string subject;
    std::string counterpart; // the customer-side participant(s)
    std::string kind;
    std::vector<std::string> attachments; // file names
    std::string sha256;
    std::string path;
};

struct CustomerSummary {
    std::string slug;
    std::string name;
    std::string category;
    int64_t messages = 0;
    int64_t last_inbound = 0;  // 0 = never
    int64_t last_outbound = 0; // 0 = never
};

// One file the index says is in the archive.
struct IndexedFile {
    std::string path;   // relative to the archive root
    std::string sha256; // message identity (see daemon::message_identity) or attachment bytes
    bool message = false;
};

// Where an IMAP folder's sync stands. The high-water mark only advances in the transaction that
// records the messages below it.
struct SyncState {
    std::string account;
    std::string folder; // decoded UTF-8 name
    int64_t uidvalidity = 0;
    int64_t highest_uid = 0;
    int64_t last_poll = 0; // epoch seconds, 0 = never
    std::string last_error;
    int64_t messages = 0; // archived messages with a source in this folder (read only)
};

// An archived message to copy into a customer's server folder (imap_filing).
struct CopyTask {
    int64_t message_row = 0;
    std::string source_folder; // decoded UTF-8 name
    int64_t uidvalidity = 0;
    int64_t uid = 0;
    std::string customer_slug;
    std::string customer_name;
    std::string message_id;   // the Message-ID header, without angle brackets
    bool unconfirmed = false; // a COPY was sent earlier and its outcome never recorded
};

class Index {
  public:
    // Open (creating when absent) and migrate forward. A database written by a newer mailclerk
    // is refused with a hint.
    static Result<Index> open(const std::filesystem::path& path);
    Index(Index&&) noexcept;
    Index& operator=(Index&&) noexcept;
    ~Index();

    // Make the customers table equal to the directory (insert, update; never delete rows that
    // messages refer to).
    Status sync_customers(const std::vector<CustomerRow>& customers);

    // Transactions: add_message/add_source between begin() and commit().
    Status begin();
    Status commit();
    void rollback();

    Result<bool> has_message(const std::string& sha256);
    // Insert the message, its addresses, customers, attachments, contacts and FTS row.
    Status add_message(const NewMessage& message);
    // Record a source of an already-indexed message; a repeated source is ignored.
    Status add_source(const std::string& sha256, const SourceRef& source);

    // Slugs of customers of the messages with these Message-IDs.
    Result<std::vector<std::string>> customers_of_messages(const std::vector<std::string>& ids);

    // Full-text search over subject and text; Chinese words of any length are found.
    // customer: a slug or "" for all. Newest first.
    Result<SearchResults> search(const std::string& query, const std::string& customer,
                                 int64_t limit, int64_t offset);
    // The customer's timeline, oldest first. Fails with not_found for an unknown slug.
    Result<std::vector<HistoryEvent>> history(const std::string& slug);
    Result<std::vector<CustomerSummary>> customers();
    // The customer's price items, current ones (latest quote per product key) first, then the
    // superseded ones newest first. Fails with not_found for an unknown slug.
    Result<std::vector<PriceRow>> prices(const std::string& slug);
    // From now on the customer's items with product_key `key` count as product `same_as` (the
    // rep's override when two spellings name one product); key == same_as removes the override.
    // Fails with not_found for an unknown slug.
    Status set_same_product(const std::string& slug, const std::string& key,
                            const std::string& same_as);
    // Every message and attachment file recorded in the index.
    Result<std::vector<IndexedFile>> files();
    Result<int64_t> message_count();

    // IMAP sync state (store/sync_state.cpp).
    Result<std::optional<SyncState>> sync_state(const std::string& account,
                                                const std::string& folder);
    Status save_sync_state(const SyncState& state); // inside a transaction, or on its own
    Result<std::vector<SyncState>> sync_states();
    // The identity of an archived message with this Message-ID and raw size, if any: lets a
    // UIDVALIDITY reset skip fetching what is already archived.
    Result<std::optional<std::string>> find_message(const std::string& message_id, int64_t size);
    // Messages of this account's folders matched to customers and not yet copied for them.
    Result<std::vector<CopyTask>> pending_copies(const std::string& account, int64_t limit);
    // `intended` before UID COPY (committed, so that a crash in between leaves a trace);
    // `confirmed` after it, or after finding the copy already in the destination.
    enum class CopyState { intended, confirmed };
    Status record_copy(const std::string& account, const CopyTask& task, const std::string& folder,
                       CopyState state);

  private:
    struct Impl;
    explicit Index(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mailclerk::store
