#pragma once
#include <string>
#include <string_view>

namespace mailclerk::parsers {

struct Decoded {
    std::string text;     // always valid UTF-8
    bool lossy = false;   // invalid input bytes were replaced by U+FFFD
    bool unknown = false; // the charset name was not recognised (text decoded best effort)
    std::string detected; // non-empty when the charset was guessed (uchardet): what it chose
};

// Convert bytes in the named charset (MIME name, any case, aliases accepted) to UTF-8.
// gb2312/gbk/cp936 are read as GB18030 (real "GB2312" mail uses GBK characters), Shift_JIS as
// Windows-31J, EUC-KR as CP949, ISO-8859-1 as Windows-1252 (what senders mean). An empty or
// unknown name: UTF-8 if valid, else what uchardet detects (`detected` says what), else GB18030
// if it decodes cleanly, else Windows-1252; an unknown name also sets `unknown`. Never throws.
Decoded to_utf8(std::string_view bytes, std::string_view charset);

// Raw 8-bit header text (no charset anywhere): UTF-8 if valid, else GB18030 or Big5, whichever
// decodes cleanly (uchardet decides when both do), else detection as above.
Decoded raw_header_to_utf8(std::string_view bytes);

// The iconv name mailclerk uses for a MIME charset name ("gb2312" -> "GB18030"); exposed for
// the tests.
std::string iconv_charset_name(std::string_view mime_name);

} // namespace mailclerk::parsers
