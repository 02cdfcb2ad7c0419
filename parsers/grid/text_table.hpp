#pragma once
// Tables in plain text (mail bodies, .txt attachments, HTML rendered as text): columns aligned
// with runs of spaces, tab-separated cells, and '|' tables (Markdown, ASCII art).
#include <string_view>
#include <vector>

#include "parsers/grid/grid.hpp"

namespace mailclerk::grid {

// Every table of the text (UTF-8). Aligned columns are found from the blank display columns
// of a block of lines (CJK characters are two columns wide); lines whose tab counts agree are
// split at tabs, other tabbed lines are expanded to 8-column tab stops and read as aligned;
// '|' lines are split at the bars, rule lines (---, +---+, ===) are dropped. Each row keeps its
// line as written (Table::lines) and first_row numbers the text's lines from 1.
std::vector<Table> text_tables(std::string_view text, std::string_view where = {});

// Display width in a fixed-width font: CJK and full-width characters take two columns.
size_t display_width(std::string_view text);

} // namespace mailclerk::grid
