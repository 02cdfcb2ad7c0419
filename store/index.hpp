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
    std::string grade;    // A | B | C | "" (manual; "" = computed by the roster)
    std::string owner;
    std::vector<std::string> domains;
    std::vector<std::string> addresses;
    // Read from and written by the directory functions (store/directory.cpp); sync_customers
    // ignores them except contact/phone/notes.
    int64_t id = 0;                // stable: survives renames; 0 = not yet in the index
    std::string source = "config"; // config | manual | import | auto
    std::string contact = {};      // the main contact person, as the rep wrote it
    std::string phone = {};
    std::string notes = {};
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
    std::string direction;
    std::string thread_key; // the Message-ID naming the conversation (messages.thread_key)
    std::string attachment; // file name of the first attachment whose text matched, or ""
    std::vector<std::string> matched_attachments; // every attachment whose text matched
    int64_t id = 0;                               // messages.id (links of the web page)
};
struct SearchResults {
    int64_t total = 0;       // matches, counted up to a cap (1,000, or the page's end)
    bool total_exact = true; // false: there are more than `total`
    std::vector<SearchHit> results;
};

enum class SearchSort { date, relevance };

// One search: the query language of store/search_query.hpp plus the CLI's options.
struct SearchRequest {
    std::string query = {};
    std::string customer = {}; // --customer: a slug or name, "" for all (same as customer:)
    SearchSort sort = SearchSort::date;
    int64_t limit = 20;
    int64_t offset = 0;
    // Matches are counted up to this many (or to the page's end): the total of a common word
    // costs what listing its matches costs.
    int64_t count_limit = 1000;
    // Only messages of these customers (customers.id); nullopt = every message, matched or
    // not. The web page's reps search within the customers they may see.
    std::optional<std::vector<int64_t>> within_customers = std::nullopt;
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

// An archived message as re-matching sees it (store/refile.cpp).
struct ArchivedMessage {
    int64_t row = 0;
    std::string sha256;
    std::vector<std::string> paths;     // its mail files, relative to the archive root
    std::vector<std::string> customers; // current slugs, in match order
    std::string direction;              // as indexed: inbound | outbound | internal
    std::vector<SourceRef> sources;     // where it was found (a sent folder decides direction)
};

// A re-matched message's new state. `added` holds files already durable on disk.
struct Refiling {
    int64_t row = 0;
    const parsers::Classification* classification = nullptr;
    const FiledMessage* added = nullptr;    // new copies (customers gained, or unmatched)
    std::vector<std::string> dropped_slugs; // customers it no longer belongs to
    bool drop_unmatched = false;            // it has customers now: leave unmatched/
};

// What the index knows of one external person of one customer.
struct ContactRow {
    std::string slug;
    std::string address;
    std::string name;
    int64_t first_seen = 0; // epoch seconds, 0 = unknown
    int64_t last_seen = 0;
    int64_t count_in = 0;
    int64_t count_out = 0;
    std::string phone; // from signatures, may be empty
    std::string title;
};

// One customer of the roster with what the archive says about it (store/roster.cpp).
struct RosterStats {
    CustomerRow customer;
    int64_t contacts = 0;
    int64_t messages = 0;
    int64_t messages_in = 0;
    int64_t messages_out = 0;
    int64_t first_inbound = 0, last_inbound = 0; // epoch seconds, 0 = never
    int64_t first_outbound = 0, last_outbound = 0;
    int64_t quotes_sent = 0; // outbound messages of kind quote
    int64_t contracts = 0;   // messages of kind contract, either way
};

// A domain nobody in the directory claims, seen in a two-way exchange or an inbound inquiry.
struct Candidate {
    std::string domain; // registrable domain
    int64_t messages_in = 0;
    int64_t messages_out = 0;
    int64_t inquiries = 0;
    int64_t last_seen = 0;
    std::vector<std::string> addresses; // the people seen, most active first (at most 5)
};

// Someone who may log in to the web page (daemon/web/).
struct UserRow {
    std::string name;
    std::string password_hash; // libsodium crypto_pwhash_str (Argon2id); never logged
    std::string role;          // rep | manager
    std::string team;          // "" = none: a rep then sees only the customers they own
    int64_t created = 0;       // epoch seconds
};

// One attachment of a message, with the archive files holding its bytes.
struct MessageAttachment {
    int64_t idx = 0;
    std::string filename; // as indexed; "" when the sender gave none
    std::string content_type;
    std::string kind;
    std::string sha256;
    int64_t size = 0;
    std::vector<std::string> paths; // relative to the archive root (filled by message_detail)
};

// One archived message as a reader shows it (store/index_view.cpp).
struct MessageDetail {
    int64_t id = 0; // messages.id
    std::string sha256;
    std::string message_id;
    int64_t date = 0;
    std::string subject;
    std::string from;
    std::string direction;
    std::string kind;
    int64_t size = 0;
    std::vector<std::pair<std::string, std::string>> addresses; // (role, "Name <address>")
    std::vector<int64_t> customer_ids;                          // in match order
    std::vector<std::string> customer_slugs;                    // same order
    std::vector<std::string> paths;                             // .eml files, root-relative
    std::vector<MessageAttachment> attachments;
};

// A line of a customer's timeline, newest first.
struct TimelineEntry {
    int64_t id = 0; // messages.id
    int64_t date = 0;
    std::string direction;
    std::string subject;
    std::string counterpart;
    std::string kind;
    std::vector<MessageAttachment> attachments; // without paths
};

// An attachment of one of a customer's messages: the customer's documents.
struct DocumentRow {
    int64_t message_id = 0;
    int64_t date = 0;
    std::string direction;
    MessageAttachment attachment; // without paths
};

class Index {
  public:
    // Open (creating when absent) and migrate forward. A database written by a newer mailclerk
    // is refused with a hint.
    static Result<Index> open(const std::filesystem::path& path);
    // Open an existing index for reading only (query_only; WAL reader, never blocks the
    // writer). Refused unless it is at schema_version(): readers never migrate.
    static Result<Index> open_read_only(const std::filesystem::path& path);
    Index(Index&&) noexcept;
    Index& operator=(Index&&) noexcept;
    ~Index();

    // Make the config's customers (source "config") equal to these rows (insert, update; never
    // delete rows that messages refer to). Customers from other sources are left alone.
    Status sync_customers(const std::vector<CustomerRow>& customers);

    // The directory (store/directory.cpp): every customer not merged into another, in id order,
    // with domains and addresses.
    Result<std::vector<CustomerRow>> directory();
    // A customer by slug, former slug (renames, merges) or name (ASCII case ignored); nullopt
    // when none.
    Result<std::optional<CustomerRow>> find_customer(const std::string& slug_or_name);
    // Insert (id 0) or update the customer with its domains and addresses; returns the id.
    // Fails with ErrorCode::usage when the slug belongs to another customer.
    Result<int64_t> save_customer(const CustomerRow& customer);
    // Give customer `id` a new slug and name. Every recorded path under customers/<old>/ moves to
    // customers/<new>/ and the old slug stays an alias. The folder itself is moved by the caller
    // (store::move_customer_folder) inside the same transaction.
    Status rename_customer(int64_t id, const std::string& new_slug, const std::string& new_name);
    // Fold customer `from` into `into`: domains, addresses and contacts move, `from` is marked
    // merged and its slug becomes an alias of `into`. Its mail moves with the next re-match.
    Status merge_customers(int64_t from, int64_t into);
    // A line in the customer's history ("renamed from x", "merged y").
    Status add_customer_event(int64_t id, const std::string& what);

    // Re-matching (store/refile.cpp). Every archived message, oldest first, so that a thread's
    // parent is re-matched before its replies.
    Result<std::vector<ArchivedMessage>> archived_messages();
    // Where the message with this identity was found; empty when it is not archived.
    Result<std::vector<SourceRef>> sources_of(const std::string& sha256);
    // Record a re-match inside a transaction: customers replaced, new files added, files of
    // dropped customers (and of unmatched/) forgotten. Returns the forgotten paths that no row
    // refers to any more; the caller unlinks them after commit. Never forgets a message's
    // last file.
    Result<std::vector<std::string>> refile(const Refiling& refiling);
    // Inside a transaction, after a re-match: the message's price items, stored once for each
    // customer it now has (none when it has none).
    Status replace_prices(int64_t message_row, const parsers::Message& message,
                          const parsers::Classification& classification,
                          const std::vector<parsers::PriceItem>& prices);
    // Replace every contact by these (phone and title kept when a row has none).
    Status replace_contacts(const std::vector<ContactRow>& contacts);
    Result<std::vector<ContactRow>> contacts(const std::string& slug);
    // Set a contact's phone and/or title (empty values leave the field alone).
    Status note_contact_details(const std::string& slug, const std::string& address,
                                const std::string& phone, const std::string& title);

    // The roster: every customer of the directory with its mail statistics (store/roster.cpp).
    Result<std::vector<RosterStats>> roster();
    // Per message of unmatched mail: direction, kind, date and the participants' addresses
    // (role, address), for finding candidate customers.
    struct UnmatchedMessage {
        std::string direction, kind;
        int64_t date = 0;
        std::vector<std::pair<std::string, std::string>> addresses;
    };
    Result<std::vector<UnmatchedMessage>> unmatched_messages();
    Result<std::vector<std::string>> ignored_candidates();
    Status ignore_candidate(const std::string& domain);
    Result<std::vector<std::string>> customer_events(int64_t id);

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

    // Full-text search over subject, text and attachment text with the query language of
    // store/search_query.hpp; Chinese words of any length are found. A query error is
    // ErrorCode::usage naming the column. Newest first unless sort is relevance.
    Result<SearchResults> search(const SearchRequest& request);
    // The same with the default sort: query, customer ("" = all), page.
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

    // Web users (store/users.cpp), by name.
    Result<std::vector<UserRow>> users();
    Result<std::optional<UserRow>> find_user(const std::string& name);
    // Insert or replace the user of this name.
    Status save_user(const UserRow& user);
    // False when there was no such user.
    Result<bool> remove_user(const std::string& name);

    // Reading for the web page (store/index_view.cpp). nullopt when no message has this id.
    Result<std::optional<MessageDetail>> message_detail(int64_t id);
    // The customer's newest `limit` messages with their attachments. (How many it has in all
    // is in the roster's statistics: counting a big account's messages per page view costs
    // more than listing its newest.)
    Result<std::vector<TimelineEntry>> timeline(int64_t customer_id, int64_t limit);
    // Changes whenever the customer's price items or product overrides change (count, newest
    // row, overrides): lets a reader keep what it built from prices() until then.
    Result<std::string> price_version(int64_t customer_id);
    // The attachments of the customer's messages, newest first, at most `limit`.
    Result<std::vector<DocumentRow>> documents(int64_t customer_id, int64_t limit);

  private:
    struct Impl;
    explicit Index(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mailclerk::store
