#include "parsers/grid/grid.hpp"

#include <algorithm>

#include "common/utf8.hpp"

namespace mailclerk::grid {

std::string collapse_spaces(std::string_view text) {
    SpaceCollapser out(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        // ASCII, most of what is collapsed, is taken without a call to decode it.
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            out.add_ascii(text[pos++]);
            continue;
        }
        size_t start = pos;
        char32_t c = utf8::next(text, pos);
        out.add(c, text.substr(start, pos - start));
    }
    return out.take();
}

void make_rectangular(Table& table) {
    size_t width = 0;
    for (const auto& row : table.rows)
        width = std::max(width, row.size());
    for (auto& row : table.rows)
        row.resize(width);
}

bool CellBudget::take(const Cell& cell) {
    if (!m_spent && m_places < k_max_cells && cell.text.size() <= k_max_text - m_text) {
        ++m_places;
        m_text += cell.text.size();
        return true;
    }
    m_spent = true;
    return false;
}

void CellBudget::make_rectangular(Table& table) {
    size_t width = 0, kept = 0;
    for (const auto& row : table.rows) {
        width = std::max(width, row.size());
        kept += row.size(); // charged as they were read
    }
    if (m_spent || !within_cells(table.rows.size(), width) ||
        table.rows.size() * width - kept > k_max_cells - std::min(m_places, k_max_cells)) {
        m_spent = true;
        table.rows.clear();
        return;
    }
    m_places += table.rows.size() * width - kept;
    grid::make_rectangular(table);
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
