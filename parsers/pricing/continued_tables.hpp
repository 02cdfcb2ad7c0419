#pragma once
// A table that goes on over a page break without repeating its header: a PDF price list whose
// page 2 starts straight with rows. Read alone, those rows have no columns (no price, no unit,
// no currency); they are the previous page's table and are read under its header.
#include <string>
#include <vector>

#include "parsers/grid/grid.hpp"

namespace mailclerk::pricing {

// The tables, where the first table of page N+1 that has no header of its own continues the
// last table of page N: that table has a header, the same number of columns and columns at the
// same places across the page (their cells overlap horizontally). Such a table gets the
// header's rows in front of its own; every other table is returned as it was. Pages are told
// by `where` ending in "page N" with the same text before it (grid::Table's PDF and OCR pages).
std::vector<grid::Table> with_carried_headers(std::vector<grid::Table> tables,
                                              const std::string& yen);

} // namespace mailclerk::pricing
