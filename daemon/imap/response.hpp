#pragma once
// Reading what an IMAP server says, without any I/O: ResponseReader frames the byte stream into
// responses (one logical line with its literals), and the parse_* functions read the few response
// kinds the client needs. Pure functions of their input, so every case is unit-tested.
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::imap {

// One complete server response.
struct Response {
    std::string tag; // "*", "+" or the tag of the command it completes
    // The logical line after the tag and its space, without the final CRLF. Each literal keeps its
    // "{N}" or "{N+}" marker in place; its bytes are in `literals`, in order. Never contains the
    // line breaks that precede literal bytes.
    std::string text;
    std::vector<std::string> literals;

    bool operator==(const Response&) const = default;
};

// Frames a byte stream into responses. Feed any chunking; the result does not depend on it.
// No line length limit; a literal's bytes are appended directly to the response (no copy of the
// whole stream is kept). A malformed literal size makes the reader fail for good.
class ResponseReader {
  public:
    void feed(std::string_view bytes);
    // The next complete response, or nothing until more bytes arrive.
    std::optional<Response> pop();
    // Set when the stream cannot be framed (a literal size that does not fit in 64 bits).
    const std::optional<std::string>& error() const { return m_error; }

  private:
    void feed_line(std::string_view& bytes);
    void feed_literal(std::string_view& bytes);
    void finish_line();

    Response m_current;
    std::string m_line;          // the current line segment, until its LF
    bool m_tag_read = false;     // m_current.tag is set (the first segment was seen)
    uint64_t m_literal_left = 0; // bytes still owed to m_current.literals.back()
    bool m_in_literal = false;
    std::deque<Response> m_ready;
    std::optional<std::string> m_error;
};

// A token of a response's data: an atom (numbers, flags, BODY[...] names), a string (quoted or
// literal), NIL, or a parenthesised list.
struct Item {
    enum class Kind { atom, string, nil, list };
    Kind kind = Kind::atom;
    std::string value;          // atom text or string contents
    std::vector<Item> children; // list elements

    bool is_atom(std::string_view upper) const; // case-insensitive atom comparison
};

// Tokenize a response's text. Literal markers take the next element of `literals` (moved out).
// BODY[HEADER.FIELDS (X)]<0> is one atom. Errors: ErrorCode::parse.
Result<std::vector<Item>> tokenize(std::string_view text, std::vector<std::string>&& literals);

// The data words of an untagged response: "* 3 FETCH (...)" -> number 3, name "FETCH";
// "* LIST (...)" -> no number, name "LIST". Upper-cased name.
struct UntaggedKind {
    std::optional<uint32_t> number;
    std::string name;
    std::string_view rest; // the text after the name (a view into the response)
};
UntaggedKind untagged_kind(const Response& response);

enum class StatusKind { ok, no, bad, preauth, bye };

// A status response, tagged or untagged: "OK [UIDNEXT 5] Predicted" -> ok, code "UIDNEXT 5".
struct StatusResponse {
    StatusKind kind = StatusKind::ok;
    std::string code; // inside the brackets, "" when none
    std::string text; // human-readable text after the code
};
std::optional<StatusResponse> parse_status(const Response& response);
std::string_view status_name(StatusKind kind);

// Capabilities, upper-cased, from "* CAPABILITY ..." or a status with a [CAPABILITY ...] code.
std::optional<std::vector<std::string>> parse_capabilities(const Response& response);

struct ListEntry {
    std::vector<std::string> attributes; // as sent, e.g. "\\HasNoChildren", "\\Sent"
    char delimiter = '\0';               // '\0' for NIL (a flat namespace)
    std::string mailbox;                 // as on the wire (modified UTF-7)
};
// "* LIST (\Sent) "/" Sent" with the mailbox quoted, atom or literal.
Result<ListEntry> parse_list(const Response& response);

struct MailboxStatus {
    std::string mailbox;
    std::optional<uint32_t> uidvalidity, uidnext, messages;
};
// "* STATUS name (UIDVALIDITY 1 UIDNEXT 5 MESSAGES 4)".
Result<MailboxStatus> parse_mailbox_status(const Response& response);

// What SELECT/EXAMINE report untagged: [UIDVALIDITY n], [UIDNEXT n], n EXISTS.
struct SelectData {
    std::optional<uint32_t> uidvalidity, uidnext, exists;
};
void collect_select_data(const Response& response, SelectData& data);

// "* SEARCH 1 2 3" or "* ESEARCH (TAG "x") UID ALL 1:5,7": the numbers, ascending, unique.
Result<std::vector<uint32_t>> parse_search(const Response& response);

// "* n FETCH (UID u RFC822.SIZE s BODY[] {N}...)" in any item order. Bodies given as NIL are
// present but empty (body_nil tells them apart). Literals are moved out of the response.
struct FetchData {
    uint32_t sequence = 0;
    std::optional<uint32_t> uid;
    std::optional<uint64_t> size;
    std::optional<std::string> body;      // BODY[]
    std::optional<std::string> header;    // BODY[HEADER.FIELDS (...)]
    std::optional<int64_t> internal_date; // INTERNALDATE as Unix time
    bool body_nil = false;

    bool operator==(const FetchData&) const = default;
};
Result<FetchData> parse_fetch(Response&& response);

// INTERNALDATE's date-time ("17-Jul-1996 02:44:25 -0700", day possibly space-padded) as Unix
// time; nullopt when it is not one.
std::optional<int64_t> parse_internal_date(std::string_view text);

// The Message-ID in a header block (BODY[HEADER.FIELDS (MESSAGE-ID)]): unfolded, without the
// angle brackets; "" when absent.
std::string header_message_id(std::string_view header);

// Expand a sequence set ("1:5,7") into ascending unique numbers. "*" is not accepted.
Result<std::vector<uint32_t>> parse_sequence_set(std::string_view set);

// Parse a decimal unsigned number that fits T; nothing else in the text.
std::optional<uint32_t> parse_u32(std::string_view text);
std::optional<uint64_t> parse_u64(std::string_view text);

} // namespace mailclerk::imap
