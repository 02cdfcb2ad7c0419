#pragma once
// Writes tables (the roster, price lists) as .xlsx workbooks that Excel and our own reader open;
// shared by the command line and the web page.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace mailclerk::sheets {

struct SheetData {
    std::string name; // Excel allows 31 characters and no []:*?/\ ; others are replaced
    std::vector<std::vector<std::string>> rows; // rows[0] is the header, written bold and frozen
    // Columns whose cells are written as numbers when they hold a plain decimal ("12.50"), so
    // that Excel can sum them; any other text in them stays text. A number reads back as its
    // value ("12.50" as "12.5"): use text columns for fields that must round-trip as written.
    std::vector<std::size_t> numeric_columns;
};

// The workbook is written beside `path` under a temporary name and renamed over it once
// complete, so a reader never sees half a file.
Status write_xlsx(const std::filesystem::path& path, const std::vector<SheetData>& sheets);

} // namespace mailclerk::sheets
