#pragma once
// Tables of an HTML document as rectangular grids: rowspan and colspan expanded (a merged cell's
// text in every position it covers), a cell's text gathered from whatever markup it nests
// (Outlook wraps each cell in <p class=MsoNormal><span>), &nbsp; read as a space.
#include <string_view>
#include <vector>

#include "parsers/grid/grid.hpp"
#include "parsers/grid/gumbo_tree.hpp"

namespace mailclerk::grid {

// Every <table> of the tree in document order; a table nested in a cell is a table of its own
// and its text is not part of that cell. Tables are named "<where> table N" (1-based).
std::vector<Table> html_tables(const GumboTree& tree, std::string_view where = {});
std::vector<Table> html_tables(std::string_view html, std::string_view where = {});

} // namespace mailclerk::grid
