#include "parsers/pricing/continued_tables.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "parsers/pricing/table_header.hpp"

namespace mailclerk::pricing {
namespace {

struct Page {
    std::string_view document; // what comes before "page N" ("", "prices.zip/list.pdf: ")
    size_t number = 0;
};

std::optional<Page> page_of(std::string_view where) {
    constexpr std::string_view k_page = "page ";
    size_t at = where.rfind(k_page);
    if (at == std::string_view::npos || at + k_page.size() == where.size()) return std::nullopt;
    std::string_view digits = where.substr(at + k_page.size());
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        digits.size() > 6)
        return std::nullopt;
    return Page{where.substr(0, at), std::stoul(std::string(digits))};
}

bool next_page(const grid::Table& before, const grid::Table& table) {
    auto a = page_of(before.where), b = page_of(table.where);
    return a && b && a->document == b->document && b->number == a->number + 1;
}

// The rows of the table's last header, or nullopt when no row of it is a price-table header.
std::optional<detail::Header> last_header(const grid::Table& table, const std::string& yen) {
    std::optional<detail::Header> last;
    for (size_t r = 0; r < table.rows.size(); ++r)
        if (auto header = detail::header_at(table, r, yen)) {
            last = header;
            r = header->last;
        }
    return last;
}

struct Span {
    double x0 = 0, x1 = 0;
    bool set = false;
};

// Where each column's written cells lie across the page.
std::vector<Span> column_spans(const grid::Table& table) {
    std::vector<Span> spans(table.width());
    for (const auto& row : table.rows)
        for (size_t c = 0; c < row.size() && c < spans.size(); ++c) {
            const grid::Cell& cell = row[c];
            if (cell.text.empty() || cell.box.empty()) continue;
            Span& s = spans[c];
            s.x0 = s.set ? std::min(s.x0, cell.box.x0) : cell.box.x0;
            s.x1 = s.set ? std::max(s.x1, cell.box.x1) : cell.box.x1;
            s.set = true;
        }
    return spans;
}

// Same number of columns, and every column written in both tables overlaps its namesake; a
// table without positions (no boxes) proves nothing and is not continued.
bool same_columns(const grid::Table& a, const grid::Table& b) {
    if (a.width() != b.width() || a.width() < 2) return false;
    std::vector<Span> sa = column_spans(a), sb = column_spans(b);
    size_t compared = 0;
    for (size_t c = 0; c < sa.size(); ++c) {
        if (!sa[c].set || !sb[c].set) continue;
        if (std::max(sa[c].x0, sb[c].x0) >= std::min(sa[c].x1, sb[c].x1)) return false;
        ++compared;
    }
    return compared >= 2;
}

// The table with the header rows of `headed` in front; references to its own rows keep their
// numbers (first_row counts back over the borrowed rows, modulo 2^N like any size_t).
grid::Table under_header(grid::Table table, const grid::Table& headed,
                         const detail::Header& header) {
    size_t count = header.last - header.first + 1;
    auto first = headed.rows.begin() + static_cast<std::ptrdiff_t>(header.first);
    table.rows.insert(table.rows.begin(), first, first + static_cast<std::ptrdiff_t>(count));
    if (!table.lines.empty()) {
        std::vector<std::string> lines;
        for (size_t r = header.first; r <= header.last; ++r)
            lines.push_back(r < headed.lines.size() ? headed.lines[r] : std::string());
        table.lines.insert(table.lines.begin(), lines.begin(), lines.end());
    }
    table.first_row -= count;
    return table;
}

} // namespace

std::vector<grid::Table> with_carried_headers(std::vector<grid::Table> tables,
                                              const std::string& yen) {
    for (size_t i = 1; i < tables.size(); ++i) {
        const grid::Table& before = tables[i - 1];
        if (!next_page(before, tables[i]) || !same_columns(before, tables[i])) continue;
        if (last_header(tables[i], yen)) continue; // it has a header of its own
        if (auto header = last_header(before, yen))
            tables[i] = under_header(std::move(tables[i]), before, *header);
    }
    return tables;
}

} // namespace mailclerk::pricing
