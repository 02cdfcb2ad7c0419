#pragma once
// The digest as a mail: RFC 5322 headers (RFC 2047 words where they are not ASCII) and a MIME
// multipart/alternative body (text, then HTML; UTF-8, base64), CRLF line ends throughout, as
// SMTP and IMAP APPEND take it.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "daemon/today/digest.hpp"

namespace mailclerk::today {

struct Envelope {
    std::string from_name;    // may be empty
    std::string from_address; // "mailclerk@ourco.com"
    std::string to;           // the recipient's address
    std::string message_id;   // without angle brackets
    int64_t date = 0;         // epoch seconds
};

// "mailclerk <mailclerk@ourco.com>" or "mailclerk@ourco.com" -> (name, address).
std::pair<std::string, std::string> split_mailbox(std::string_view mailbox);

// A header value as RFC 2047 B-encoded UTF-8 words when it is not plain ASCII, folded so that
// no encoded word is longer than 75 characters.
std::string header_words(std::string_view text);

// The whole message.
std::string digest_mail(const Digest& digest, const Envelope& envelope);

} // namespace mailclerk::today
