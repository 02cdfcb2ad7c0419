#pragma once
#include <string>
#include <string_view>

namespace mailclerk::parsers {

// Readable text from HTML (UTF-8 in, UTF-8 out): tags dropped, script/style skipped, block
// elements and <br> become line breaks, table cells separated by tabs, entities decoded.
std::string html_to_text(std::string_view html);

} // namespace mailclerk::parsers
