#pragma once
// Legacy Excel workbooks (.xls, BIFF5/BIFF8) through FreeXL: each sheet a table. FreeXL gives
// values without their number format: integers as integers, other numbers as Excel's "General"
// shows them, dates as ISO 8601.
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "parsers/grid/grid.hpp"

namespace mailclerk::grid {

// Is it an OLE2 compound file (the container of .xls, .doc, .msg)? Decided by the magic bytes,
// never the file name.
bool looks_like_ole2(std::string_view bytes);

// The sheets of the workbook, named after their sheet. ErrorCode::parse for a damaged,
// password-protected or non-Excel compound file; at most 4 million non-empty cells.
Result<std::vector<Table>> read_xls(std::string_view bytes);

} // namespace mailclerk::grid
