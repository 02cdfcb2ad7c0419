#pragma once
#include <string_view>

#include "parsers/message.hpp"

namespace mailclerk::parsers {

// Parse raw RFC 5322 bytes (CRLF or LF line ends) into a Message. Never throws and never fails:
// anything that cannot be understood becomes a flag on the message, and every string is valid
// UTF-8. Input that does not look like a message at all gets the flag "malformed".
//
// Memory: besides the caller's input, mimetic holds each part's encoded body once and the
// decoded attachments are kept, so the peak is about 2.7 times the message size for one large
// base64 attachment (measured: 387 MB RSS for a 137 MB message, bench/parse_throughput.sh).
// Attached messages over 16 MB are filed without re-parsing them for their text.
Message parse_message(std::string_view raw);

} // namespace mailclerk::parsers
