#pragma once
// Reads the cells of an Office Open XML workbook (.xlsx): sheet names, cell text as stored,
// merged ranges. Enough for rosters and price tables; styles, formulas and charts are ignored.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::parsers {

struct CellRange {
    std::size_t first_row = 0, first_col = 0, last_row = 0, last_col = 0; // 0-based, inclusive
};

struct Sheet {
    std::string name;
    // rows[r][c] is the cell's text as stored: numbers as written in the file ("12.5"), strings
    // as UTF-8, booleans "TRUE"/"FALSE", empty when absent. Every row is padded to the widest.
    std::vector<std::vector<std::string>> rows;
    std::vector<CellRange> merged; // a merged range's value sits in its top-left cell
};

struct Workbook {
    std::vector<Sheet> sheets;
};

// Bounds: a workbook part may unpack to at most 64 MiB and a workbook to at most 4 million
// non-empty cells; beyond that the file is refused with ErrorCode::parse, never half-read.
Result<Workbook> read_xlsx(std::string_view bytes);
Result<Workbook> read_xlsx_file(const std::filesystem::path& path);

// "B12" -> row 11, column 1. False when the text is not a cell reference.
bool parse_cell_reference(std::string_view text, std::size_t& row, std::size_t& col);

} // namespace mailclerk::parsers
