#pragma once
// Internal to parsers/: the message-level headers (addresses, ids, date, list headers) read from
// plain name/value pairs, so that only mime.cpp needs to know mimetic.
#include <string>
#include <string_view>
#include <vector>

#include "parsers/message.hpp"

namespace mailclerk::parsers {

struct HeaderField {
    std::string name;
    std::string value; // raw bytes as in the message (may still be folded)
};
using HeaderFields = std::vector<HeaderField>;

// The first field with this name (any case), or nullptr.
const std::string* find_field(const HeaderFields& fields, std::string_view name);

// Message-IDs in a header value, without angle brackets ("<a@b> <c@d>" → {"a@b", "c@d"}).
std::vector<std::string> message_ids(std::string_view value);

// Fill ids, date (flags "no-date"/"bad-date", Received fallback), subject, addresses and list
// headers of message from its top-level header fields.
void read_envelope(const HeaderFields& fields, Message& message);

} // namespace mailclerk::parsers
