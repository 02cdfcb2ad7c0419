#pragma once
// The value types every other module sees: a message parsed into UTF-8 strings, addresses and
// decoded attachments. Produced by parse_message() (parsers/mime.hpp); no mimetic type leaks out.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/doc_kinds.hpp"

namespace mailclerk::parsers {

struct Address {
    std::string name;    // decoded display name, UTF-8, may be empty
    std::string address; // "local@domain" as written (normalise with normalize_address)
    bool operator==(const Address&) const = default;
};

// Document kinds (ARCHITECTURE.md "Document kinds"; the table in common/doc_kinds.hpp).
using mailclerk::DocKind;
const char* to_string(DocKind kind);
// The archive folder of a kind: "inquiries", "quotes", ...
const char* folder_name(DocKind kind);

// Where an attachment came from: a MIME part, or a container mailclerk unpacked.
enum class AttachmentOrigin { mime, uuencode, tnef };
const char* to_string(AttachmentOrigin origin);

struct Attachment {
    std::string filename; // decoded UTF-8 name as the sender gave it (unsanitised); may be empty
    std::string content_type; // lower-case "type/subtype"
    std::string content;      // decoded bytes (transfer encoding removed)
    bool is_inline = false;   // Content-Disposition: inline with no filename
    DocKind kind = DocKind::other;
    AttachmentOrigin origin = AttachmentOrigin::mime;
};

// Why a message is flagged. Flags never stop filing: a flagged message is archived raw.
// Known values: "malformed" (not a message at all), "no-headers", "parse-error",
// "bad-charset", "unknown-charset", "bad-base64", "bad-date", "no-date", "truncated",
// "html-only", "missing-boundary", "text-truncated", "signed", "encrypted", "tnef-damaged",
// "bad-uuencode", "charset-detected", "too-many-parts", "too-deep", "attached-message-rewritten"
// (an attached message whose bytes could not be located in the raw message: filed as mimetic
// re-wrote it).
using Flags = std::vector<std::string>;

struct Message {
    std::string message_id;  // without angle brackets, empty when absent
    std::string in_reply_to; // without angle brackets
    std::vector<std::string> references;
    std::optional<int64_t> date; // seconds since the epoch, UTC
    std::string subject;         // decoded UTF-8, unfolded
    std::vector<Address> from, to, cc, bcc, reply_to, sender;
    std::string list_id;    // List-Id header, if any
    std::string precedence; // Precedence header, lower-case, if any
    bool auto_submitted = false;
    std::string text; // body text: text/plain preferred, else HTML converted
    std::string html; // the first text/html body part (UTF-8, capped), "" when none
    std::vector<Attachment> attachments;
    Flags flags;

    bool has_flag(std::string_view flag) const;
    void add_flag(std::string flag);
};

} // namespace mailclerk::parsers
