#pragma once
#include <map>
#include <string>
#include <string_view>

namespace mailclerk::parsers {

// Decode RFC 2047 encoded words ("=?gb2312?B?...?=") in an unfolded header value; whitespace
// between adjacent encoded words is dropped; raw 8-bit text is taken as UTF-8 or detected.
// Returns valid UTF-8.
std::string decode_header_text(std::string_view value);

// Unfold a header value (remove CRLF + WSP folding).
std::string unfold(std::string_view value);

// A parameterised header such as Content-Type or Content-Disposition.
struct ParameterizedHeader {
    std::string value;                         // lower-case, e.g. "text/plain" or "attachment"
    std::map<std::string, std::string> params; // lower-case names; values decoded to UTF-8
                                               // (RFC 2231 continuations and charsets, RFC 2047)
};
ParameterizedHeader parse_parameterized(std::string_view header_value);

} // namespace mailclerk::parsers
