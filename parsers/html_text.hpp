#pragma once
#include <string>
#include <string_view>

#include "parsers/grid/gumbo_tree.hpp"

namespace mailclerk::parsers {

// Readable text from HTML (UTF-8 in, UTF-8 out): tags dropped, script/style skipped, block
// elements and <br> become line breaks, table cells separated by tabs, entities decoded.
std::string html_to_text(std::string_view html);
// The same for a tree already parsed (one parse for text and tables).
std::string html_to_text(const grid::GumboTree& tree);

} // namespace mailclerk::parsers
