#pragma once
// Spreadsheet numbers as the sheet shows them: a cell stores a double and a number format
// ("0.00", "#,##0.00 [$€-407]", "yyyy-mm-dd"); a price stored as 18.5 in a "0.00" cell is
// "18.50" on the page, and that is the price.
#include <string>
#include <string_view>

namespace mailclerk::grid {

// The format code of a built-in number format id (ECMA-376 18.8.30, with the East Asian date
// ids), or "" when the id is not built in. Id 0 is "General".
std::string_view builtin_number_format(unsigned id);

// Does the format show a date or time (d, m, y, h, s outside quotes and brackets)?
bool is_date_format(std::string_view format);

// The value as the format shows it: decimals and grouping as the format says ("#,##0.00" ->
// "1,250.50"), percent scaled, literal text and currency symbols kept ("€ 1,250.50",
// "$12.00"), dates as ISO 8601 ("2026-12-31", "2026-12-31 09:30"), "General" as Excel shows it
// (up to 15 significant digits, no exponent below 1e15). Rounding is decimal half-up on the
// 15-digit value, as Excel does (2.675 -> "2.68").
std::string format_number(double value, std::string_view format, bool date1904 = false);

// A serial day number as an ISO date ("2026-12-31"), with the time when it has one.
std::string serial_date(double serial, bool date1904, bool with_time);

} // namespace mailclerk::grid
