#pragma once
// The rep's customer workbook: sheets (or one CSV table) whose names give the category
// (已成交客户 / closed, 重点培养客户 / key, 潜在客户 / prospect, 无用客户 / inactive) and whose
// header row names the columns in Chinese or English. Pure: tables in, entries and problems out.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mailclerk::parsers {

// One sheet: cell text row by row (row 0 is the sheet's first row).
struct RosterTable {
    std::string name;
    std::vector<std::vector<std::string>> rows;
};

struct RosterEntry {
    std::string sheet;
    size_t row = 0; // 1-based, as the spreadsheet shows it
    std::string name, slug, category, contact, phone, grade, owner, notes;
    std::vector<std::string> domains;   // as written, cleaned of "http://", "www.", "@"
    std::vector<std::string> addresses; // as written
};

// A row that was skipped (or a sheet that could not be read), named for the rep.
struct RosterProblem {
    std::string sheet;
    size_t row = 0; // 1-based; 0 = the whole sheet
    std::string message;
};

struct Roster {
    std::vector<RosterEntry> entries;
    std::vector<RosterProblem> problems;
};

// Read the tables. default_category applies to a table whose name says nothing (a CSV file);
// "" makes such a table a problem unless it has a category column.
Roster read_roster(const std::vector<RosterTable>& tables, const std::string& default_category);

// The category a sheet name stands for ("closed", "key", "prospect", "inactive") or "".
std::string category_of_sheet(std::string_view sheet_name);

// The roster's field a header cell names ("name", "domains", ...) or "".
std::string field_of_header(std::string_view header);

// RFC 4180 CSV (quotes, doubled quotes, CRLF or LF, a UTF-8 BOM dropped) into rows of cells.
std::vector<std::vector<std::string>> parse_csv(std::string_view text);

} // namespace mailclerk::parsers
