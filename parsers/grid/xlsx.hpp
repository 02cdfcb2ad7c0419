#pragma once
// Office Open XML workbooks (.xlsx, also as LibreOffice and openpyxl write them): each visible
// sheet as a table of the texts Excel shows — numbers in their cell's number format, dates as
// ISO 8601, shared and inline strings, cached formula results — with merged ranges filled.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "parsers/grid/grid.hpp"

namespace mailclerk::grid {

struct CellRange {
    size_t first_row = 0, first_col = 0, last_row = 0, last_col = 0; // 0-based, inclusive
};

struct Sheet {
    std::string name;
    // Every cell from A1 to the last used cell, hidden ones included (`hidden_rows` and
    // `hidden_cols` say which the sheet hides). A merged range's text is in every cell it
    // covers; the copies are `spanned`.
    Table table;
    std::vector<CellRange> merged;
    std::vector<bool> hidden_rows, hidden_cols; // sized like the table (false = shown)
};

// Bounds: a part may unpack to at most 64 MiB and a workbook to at most 4 million non-empty
// cells; beyond that the file is refused with ErrorCode::parse, never half-read. Hidden
// sheets are left out.
Result<std::vector<Sheet>> read_xlsx(std::string_view bytes);

// The table without the rows and columns the sheet hides (what a customer sees on screen).
Table visible_table(const Sheet& sheet);

// "B12" -> row 11, column 1 ("$B$12" too). False when the text is not a cell reference.
bool parse_cell_reference(std::string_view text, size_t& row, size_t& col);

// Column letters of a 0-based column index: 0 -> "A", 27 -> "AB".
std::string column_letters(size_t col);

} // namespace mailclerk::grid
