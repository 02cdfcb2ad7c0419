#pragma once
// Text for other formats: HTML, URLs, base64 (the web page and the digest mail share them).
#include <string>
#include <string_view>

namespace mailclerk {

// HTML text and attribute values: & < > " ' escaped.
std::string html_escape(std::string_view text);
// Every byte but A-Z a-z 0-9 - . _ ~ as %XX (a URL path segment or query value).
std::string percent_encode(std::string_view text);
// RFC 4648 base64 with padding; `line_length` > 0 breaks lines with CRLF after that many
// characters (MIME bodies use 76).
std::string base64_encode(std::string_view bytes, size_t line_length = 0);

} // namespace mailclerk
