#include "parsers/grid/grid.hpp"

#include <algorithm>

#include "common/utf8.hpp"

namespace mailclerk::grid {
namespace {

// Every white space a document may put between words: ASCII, NBSP, the Unicode spaces
// (en/em/thin/figure/narrow no-break) and the ideographic space.
bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' ||
           c == U'\u00A0' || (c >= U'\u2000' && c <= U'\u200A') || c == U'\u202F' ||
           c == U'\u205F' || c == U'\u3000';
}

} // namespace

std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t start = pos;
        char32_t c = utf8::next(text, pos);
        if (is_space(c)) {
            space = true;
            continue;
        }
        if (c == U'\u200B' || c == U'\uFEFF') continue; // zero-width space, stray BOM
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.append(text.substr(start, pos - start));
    }
    return out;
}

void make_rectangular(Table& table) {
    size_t width = 0;
    for (const auto& row : table.rows)
        width = std::max(width, row.size());
    for (auto& row : table.rows)
        row.resize(width);
}

Table make_table(const std::vector<std::vector<std::string>>& rows, std::string where) {
    Table table;
    table.where = std::move(where);
    for (const auto& texts : rows) {
        std::vector<Cell> row;
        for (const std::string& text : texts)
            row.push_back(Cell{collapse_spaces(text), {}, false, 100});
        table.rows.push_back(std::move(row));
    }
    make_rectangular(table);
    return table;
}

std::string row_text(const std::vector<Cell>& row) {
    size_t end = row.size();
    while (end > 0 && row[end - 1].text.empty())
        --end;
    std::string out;
    bool started = false;
    for (size_t i = 0; i < end; ++i) {
        if (!started && row[i].text.empty()) continue;
        if (started) out += " | ";
        out += row[i].text;
        started = true;
    }
    return out;
}

} // namespace mailclerk::grid
