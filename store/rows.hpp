#pragma once
// The value types the index reads and writes (store/index.hpp and the interfaces beside it).
#include <cstdint>
#include <memory>
#include <memory_resource>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/arena.hpp"
#include "parsers/classify.hpp"
#include "parsers/message.hpp"
#include "parsers/origin.hpp"
#include "parsers/prices.hpp"
#include "parsers/understand.hpp"
#include "store/archive.hpp"

namespace mailclerk::store {

using parsers::SourceRef;

// The SourceRef kind of a message's own file in the archive, as `mailclerk reindex` reads the
// archive back: Writer::add_source records `folder` (a root-relative path) as one of the
// message's files, not as a place where it was found.
inline constexpr std::string_view k_archive_source = "archive";

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

using parsers::AttachmentText;

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

// A rep's correction of one row of a customer's price list (`mailclerk prices fix`): the row of
// product `product_key` on `side` ("quote" or "agreed") that message `sha256` gave says
// `unit_price`, `currency`, `unit` instead (empty: as extracted), or is no price at all.
struct PriceFix {
    std::string slug;
    std::string product_key;
    std::string side = "quote";
    std::string sha256;
    std::string unit_price, currency, unit;
    bool not_a_price = false;
    int64_t fixed_at = 0; // epoch seconds
    // The column of the row's table that held the right price instead of the one read
    // (parsers::implied_price_column); empty when the correction showed none.
    parsers::ColumnChoice column = {};
};

// One stored price item of a customer.
struct PriceRow {
    parsers::PriceItem item;
    std::optional<int64_t> quoted_at; // epoch seconds (the message date)
    std::string direction;            // "outbound": we quoted; "inbound": they quoted
    std::string sha256;               // the source message
    std::string attachment;           // the source attachment's file name, "" = the body
    bool current = false;             // the latest price of its product and side
    // Set when a rep corrected this row: the correction, and the item as extracted.
    std::optional<PriceFix> fix;
    std::optional<parsers::PriceItem> extracted;
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
    std::string sha256; // message identity (see parsers::message_identity) or attachment bytes
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
    // The folder's HIGHESTMODSEQ (RFC 7162) when the state last advanced past everything the
    // server held; 0 when the server has no CONDSTORE or the folder was not read to the end.
    int64_t highest_modseq = 0;
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

// A message with attachments waiting for OCR (store/ocr_queue.cpp): the index row, its identity
// and how often reading its scans was begun (a read that crashed the process counts).
struct OcrQueued {
    int64_t row = 0;
    std::string sha256;
    int64_t tries = 0;
};

// Attachments waiting for OCR, and those whose OCR failed (never retried).
struct OcrCounts {
    int64_t pending = 0;
    int64_t failed = 0;
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
    std::string email = {};    // where the daily digest goes ("" = no digest by SMTP)
    std::string lang = {};     // "en" | "zh" | "" (the config's default) for the digest
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

// Per message of unmatched mail: direction, kind, date and the participants' addresses
// (role, address), for finding candidate customers.
struct UnmatchedMessage {
    std::string direction, kind;
    int64_t date = 0;
    std::vector<std::pair<std::string, std::string>> addresses;
};

// One message of the agenda's window (store/agenda.hpp), with what conversation states need.
// Its text and customers are views: into the AgendaWindow's arena when the index read it.
struct AgendaMessage {
    int64_t id = 0; // messages.id
    std::string_view sha256;
    int64_t date = 0; // epoch seconds
    std::string_view direction, kind, subject;
    std::string_view message_id, in_reply_to, thread_key;
    bool auto_reply = false; // an out-of-office or other automatic answer
    bool bulk = false;       // a list or newsletter
    struct Customer {
        int64_t id = 0;
        // The customer's own people are among its participants (not matched by thread alone):
        // a reply to them, or mail from them.
        bool addressed = false;
    };
    std::span<const Customer> customers; // empty: unmatched
    // (role, address) of unmatched messages only, for candidate customers.
    std::vector<std::pair<std::string, std::string>> addresses;
};

// The agenda's window as the index read it, oldest first: the messages and the arena their
// views point into (one block of memory for ~28,000 messages at 1M, freed at once).
struct AgendaWindow {
    AgendaWindow() : arena(std::make_unique<Arena>()), messages(arena->resource()) {}
    std::unique_ptr<Arena> arena; // before messages: outlives them
    std::pmr::vector<AgendaMessage> messages;
};

// A customer's newest mail for the agenda (epoch seconds, 0 = none).
struct LastExchange {
    int64_t outbound = 0;
    int64_t any = 0; // inbound or outbound
};

// A rep's "done" on an item of the agenda: hidden while the item's `since` is unchanged.
struct Dismissal {
    std::string item; // "unanswered-inquiry:3f2a9c1b7d0e", "follow-up-due:acme", ...
    int64_t since = 0;
    std::string user;
    int64_t at = 0;
};

// One daily digest to one user: claimed before it is sent, marked sent after.
struct DigestRecord {
    std::string day;               // local date in the agenda's time zone, "2026-11-03"
    std::string user;              // users.name
    std::string state = "sending"; // sending | sent
    int64_t at = 0;
    std::string message_id = {};
    int64_t items = 0;
};

// One customer's prices for one product (product key) that matched a product query: the
// latest quote (quoted, or announced by a notice) and beside it the latest agreed price
// (agreed, or ordered), each with its date and source, as the customer's price list keeps them.
// At least one of the two is present.
struct ProductPrice {
    int64_t customer_id = 0;
    std::string slug, name;
    std::string product_key;
    std::optional<PriceRow> quoted;
    std::optional<PriceRow> agreed;
    int64_t quoted_row = 0; // messages.id of each one's source message (0 when absent)
    int64_t agreed_row = 0;
    bool exact = false; // the product key equals the query's
};

} // namespace mailclerk::store
