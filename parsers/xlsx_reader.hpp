#pragma once
// The cells of an Office Open XML workbook (.xlsx) as plain strings, for rosters: sheet names,
// each cell's text as Excel shows it (parsers/grid/xlsx.hpp reads it), merged ranges.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "parsers/grid/xlsx.hpp"

namespace mailclerk::parsers {

using grid::CellRange;
using grid::parse_cell_reference;

struct Sheet {
    std::string name;
    // rows[r][c] is the cell's text as shown: numbers in their number format ("12.5" with the
    // General format, "12.50" with "0.00"), dates as ISO 8601, strings as UTF-8, booleans
    // "TRUE"/"FALSE", empty when absent. Every row is padded to the widest.
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

} // namespace mailclerk::parsers
