#pragma once
// OpenDocument spreadsheets (.ods, as LibreOffice, OpenOffice and WPS write them): each sheet as
// a table of the texts the cells show (their <text:p> paragraphs, which carry the number in its
// format, "2 390,00" or "1,250.00 €"), repeated rows and columns expanded.
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "parsers/grid/grid.hpp"

namespace mailclerk::grid {

// Does the zip hold an OpenDocument spreadsheet (its "mimetype" entry says so)?
bool is_ods(std::string_view bytes);

// Bounds: content.xml may unpack to at most 64 MiB and a workbook hold at most 4 million
// non-empty cells; beyond that the file is refused with ErrorCode::parse, never half-read.
// Repeated empty rows and columns (LibreOffice pads sheets with thousands) add no cells.
Result<std::vector<Table>> read_ods(std::string_view bytes);

} // namespace mailclerk::grid
