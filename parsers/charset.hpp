#pragma once
#include <string>
#include <string_view>

namespace mailclerk::parsers {

struct Decoded {
    std::string text;     // always valid UTF-8
    bool lossy = false;   // invalid input bytes were replaced by U+FFFD
    bool unknown = false; // the charset name was not recognised (text decoded best effort)
};

// Convert bytes in the named charset (MIME name, any case, aliases accepted) to UTF-8.
// gb2312/gbk/cp936 are read as GB18030 (real "GB2312" mail uses GBK characters). An empty or
// unknown name: UTF-8 if valid, else GB18030 if it decodes cleanly, else Windows-1252 (flag
// unknown). Never throws.
Decoded to_utf8(std::string_view bytes, std::string_view charset);

} // namespace mailclerk::parsers
