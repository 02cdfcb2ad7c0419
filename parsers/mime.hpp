#pragma once
#include <string_view>

#include "parsers/message.hpp"

namespace mailclerk::parsers {

// Parse raw RFC 5322 bytes (CRLF or LF line ends) into a Message. Never throws and never fails:
// anything that cannot be understood becomes a flag on the message, and every string is valid
// UTF-8. Input that does not look like a message at all gets the flag "malformed".
Message parse_message(std::string_view raw);

} // namespace mailclerk::parsers
