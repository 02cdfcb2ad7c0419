#pragma once
// The IMAP client: the only code that knows IMAP (and, with smtp.hpp, the only code that
// includes curl).
// libcurl connects, does TLS or STARTTLS and logs in (CURLOPT_CONNECT_ONLY); after that we speak
// IMAP ourselves over curl_easy_send/curl_easy_recv, because on Debian's libcurl URL fetches set
// \Seen and custom requests cannot carry long responses (see docs/libcurl-imap-notes.md).
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "daemon/imap/login.hpp"

namespace mailclerk::imap {

struct ConnectOptions : Login {
    bool xoauth2_only = false; // force AUTH=XOAUTH2 (Exchange Online)
};

struct Folder {
    std::string name;                    // decoded UTF-8, e.g. "已发送" or "Sent Items"
    std::string wire;                    // as on the wire (modified UTF-7), e.g. "&XfJT0ZAB-"
    std::vector<std::string> attributes; // "\\Sent", "\\Noselect", "\\HasChildren", ...
    char delimiter = '/';
    bool has_attribute(std::string_view attribute) const; // case-insensitive
};

struct FolderStatus {
    uint32_t uidvalidity = 0;
    uint32_t uidnext = 0; // 0 when the server did not say
    uint32_t messages = 0;
    uint64_t highest_modseq = 0; // RFC 7162 HIGHESTMODSEQ; 0 without CONDSTORE
};

// A day for SEARCH SINCE (the server compares it with INTERNALDATE, the arrival date).
struct SearchDate {
    int year = 0;
    int month = 0; // 1-12
    int day = 0;   // 1-31
};

// What ended an IDLE (Client::idle).
enum class IdleEnd {
    news,        // the server announced new mail: EXISTS, or a STATUS from NOTIFY
    renew,       // renew_after passed: IDLE again before the server drops the connection
    interrupted, // the interrupt descriptor became readable
};
struct IdleOutcome {
    IdleEnd end = IdleEnd::renew;
    std::vector<std::string> mailboxes; // decoded names in NOTIFY's STATUS responses, if any
};

struct FetchedMessage {
    uint32_t uid = 0;
    uint64_t size = 0; // RFC822.SIZE as the server reports it
    std::string bytes; // BODY.PEEK[] exactly as received
};

struct HeaderSummary {
    uint32_t uid = 0;
    uint64_t size = 0;
    std::string message_id; // without angle brackets; "" when absent
};

// Classified failures. ErrorCode::auth = credentials refused (needs reconfiguration or a new
// token); ErrorCode::network = connection or TLS failed, or the server hung up (retry later);
// ErrorCode::parse = the server said something we cannot read (retry later); a tagged NO/BAD
// on a command is ErrorCode::refused with the server's text in the message.
class Client {
  public:
    // Connect, authenticate and send ID. Secrets never appear in error messages.
    static Result<Client> connect(const ConnectOptions& options);
    Client(Client&&) noexcept;
    Client& operator=(Client&&) noexcept;
    ~Client(); // sends LOGOUT when still connected

    // LIST "" "*" with RETURN (SPECIAL-USE) when the server has it; names decoded from mUTF-7.
    Result<std::vector<Folder>> list_folders();
    // STATUS folder (UIDVALIDITY UIDNEXT MESSAGES, and HIGHESTMODSEQ with CONDSTORE): one round
    // trip, selects nothing.
    Result<FolderStatus> status(const std::string& wire_name);
    // EXAMINE (read-only select; with CONDSTORE when offered, which reports HIGHESTMODSEQ):
    // nothing we do afterwards can change flags.
    Result<FolderStatus> examine(const std::string& wire_name);
    // UIDs >= first_uid in the examined folder, ascending (UID SEARCH, read without line limit).
    // Searched as first_uid:4294967295, never as a range that could run downwards ("n:*" when
    // n is past the highest UID): Tencent's servers refuse those.
    Result<std::vector<uint32_t>> uids_from(uint32_t first_uid);
    // UIDs of the examined folder's messages that arrived on or after `day` (SEARCH SINCE, by
    // INTERNALDATE), ascending.
    Result<std::vector<uint32_t>> uids_since(const SearchDate& day);
    // The highest UID in the examined folder (0 when empty), asked for when UIDNEXT is missing.
    Result<uint32_t> highest_uid();
    // NOTIFY SET (RFC 5465) for these folders (wire names): the server reports new and expunged
    // messages in them as untagged STATUS responses, without selecting any. ErrorCode::refused
    // when the server declines (then IDLE one folder per connection instead).
    Status notify(const std::vector<std::string>& wire_names);
    // IDLE (RFC 2177) in the examined folder, or after notify() without one, until the server
    // announces new mail, `renew_after` passes or `interrupt_fd` (-1: none) is readable; then
    // DONE. ErrorCode::refused when the server refuses IDLE; transport errors as elsewhere.
    Result<IdleOutcome> idle(std::chrono::milliseconds renew_after, int interrupt_fd);
    // UID FETCH uids (UID RFC822.SIZE BODY.PEEK[]) in one command; each message is handed to
    // `on_message` as it arrives, in server order. The uids must be in the examined folder.
    Status fetch(const std::vector<uint32_t>& uids,
                 const std::function<Status(FetchedMessage&&)>& on_message);
    // UID FETCH uids (UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]).
    Result<std::vector<HeaderSummary>> fetch_headers(const std::vector<uint32_t>& uids);
    // CREATE (an existing folder is not an error) and SUBSCRIBE.
    Status create_folder(const std::string& wire_name);
    // APPEND a message (RFC 5322 bytes, CRLF line ends) to the folder, without flags: it
    // arrives unread. Selects nothing.
    Status append(const std::string& wire_name, std::string_view message);
    // UID COPY uids to the folder (from the examined folder). Never moves, never deletes.
    Status copy(const std::vector<uint32_t>& uids, const std::string& wire_name);
    // Capabilities as announced after login (upper-case); before it, for a connection made
    // without a user.
    bool has_capability(std::string_view capability) const;
    const std::vector<std::string>& capabilities() const;
    // INTERNALDATE (Unix time, stamped by the server's clock on arrival) of the newest message
    // of the examined folder, by sequence number; nullopt when `examined` counted none.
    Result<std::optional<int64_t>> newest_arrival(const FolderStatus& examined);

    // Round trips and bytes since connect (for status lines and the no-change-poll benchmark).
    uint64_t round_trips() const;
    uint64_t bytes_received() const;
    uint64_t bytes_sent() const;

  private:
    struct Impl;
    explicit Client(std::unique_ptr<Impl> impl);
    // Run a UID SEARCH; the UIDs found, ascending and unique.
    Result<std::vector<uint32_t>> search(const std::string& command);
    Status fetch_set(const std::string& set,
                     const std::function<Status(FetchedMessage&&)>& on_message);
    std::unique_ptr<Impl> m_impl;
};

// The UID SEARCH commands of uids_from and uids_since (pure, for tests). With ESEARCH the
// answer comes as ranges (RETURN (ALL)).
std::string search_from_command(uint32_t first_uid, bool esearch);
std::string search_since_command(const SearchDate& day, bool esearch);

// "1:3,5,7:9" from uids (sorted and deduplicated first).
std::string uid_set(const std::vector<uint32_t>& uids);
// The same set cut into pieces of at most max_length characters, for servers that limit the
// length of a command line (RFC 7162 section 4 recommends accepting 8192 octets, no more).
std::vector<std::string> uid_sets(const std::vector<uint32_t>& uids, size_t max_length = 4000);

// Modified UTF-7 (RFC 3501 5.1.3) <-> UTF-8. Decoding invalid input keeps it as it was.
std::string decode_mutf7(std::string_view wire);
std::string encode_mutf7(std::string_view utf8);

} // namespace mailclerk::imap
