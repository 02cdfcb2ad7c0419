#include "parsers/grid/ods.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

#include <pugixml.hpp>

#include "parsers/grid/opendocument.hpp"

namespace mailclerk::grid {
namespace {

constexpr size_t k_max_repeat = 10'000; // a repeated non-empty row or cell, expanded at most
constexpr std::string_view k_mimetype = "application/vnd.oasis.opendocument.spreadsheet";

using opendocument::append_paragraph;
using opendocument::count_of;

tl::unexpected<Error> broken(std::string message) {
    return fail(ErrorCode::parse, "not a readable .ods spreadsheet: " + std::move(message));
}

std::string cell_text(const pugi::xml_node& cell) {
    std::string text;
    for (pugi::xml_node p : cell.children("text:p")) {
        if (!text.empty()) text += '\n';
        append_paragraph(text, p);
    }
    return text;
}

// One sheet's rows of cell texts; false when the workbook passes k_max_cells non-empty cells or
// the sheet more than k_max_cells places (repeats expanded).
bool read_sheet(const pugi::xml_node& sheet, std::vector<std::vector<std::string>>& rows,
                size_t& cells) {
    bool too_wide = false;
    auto read_row = [&](const pugi::xml_node& row) {
        std::vector<std::string> out;
        for (pugi::xml_node cell : row.children()) {
            std::string_view name = cell.name();
            if (name != "table:table-cell" && name != "table:covered-table-cell") continue;
            size_t repeat = count_of(cell, "table:number-columns-repeated");
            size_t copies = std::min(repeat, k_max_repeat);
            if (!within_cells(1, out.size() + copies)) {
                too_wide = true;
                break;
            }
            std::string text = cell_text(cell);
            out.insert(out.end(), copies, text);
            if (!text.empty()) cells += repeat;
        }
        while (!out.empty() && out.back().empty())
            out.pop_back();
        return out;
    };
    size_t widest = 0;
    auto add_rows = [&](const pugi::xml_node& parent, auto& self) -> bool {
        for (pugi::xml_node node : parent.children()) {
            std::string_view name = node.name();
            if (name == "table:table-header-rows" || name == "table:table-row-group" ||
                name == "table:table-rows") {
                if (!self(node, self)) return false;
                continue;
            }
            if (name != "table:table-row") continue;
            std::vector<std::string> row = read_row(node);
            size_t repeat = count_of(node, "table:number-rows-repeated");
            if (row.empty()) repeat = std::min<size_t>(repeat, 1); // padding rows
            size_t copies = std::min(repeat, k_max_repeat);
            widest = std::max(widest, row.size());
            if (too_wide || !within_cells(rows.size() + copies, widest)) return false;
            rows.insert(rows.end(), copies, row);
            if (cells > k_max_cells) return false;
        }
        return true;
    };
    if (!add_rows(sheet, add_rows)) return false;
    while (!rows.empty() && rows.back().empty())
        rows.pop_back();
    return true;
}

} // namespace

bool is_ods(std::string_view bytes) {
    return opendocument::has_mimetype(bytes, k_mimetype);
}

Result<std::vector<Table>> read_ods(std::string_view bytes) {
    pugi::xml_document doc;
    if (auto loaded = opendocument::load_content(bytes, "ods", doc); !loaded)
        return tl::unexpected<Error>(loaded.error());
    std::vector<Table> tables;
    size_t cells = 0;
    for (pugi::xpath_node sheet : doc.select_nodes("//table:table")) {
        std::vector<std::vector<std::string>> rows;
        if (!read_sheet(sheet.node(), rows, cells)) return broken("more than 4 million cells");
        if (rows.empty()) continue;
        tables.push_back(make_table(rows, sheet.node().attribute("table:name").as_string()));
    }
    return tables;
}

} // namespace mailclerk::grid
