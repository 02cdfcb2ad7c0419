#include "parsers/grid/html_tables.hpp"

#include <algorithm>
#include <charconv>
#include <string>

namespace mailclerk::grid {
namespace {

constexpr size_t k_max_columns = 256;
constexpr size_t k_max_rows = 20000;
constexpr size_t k_max_rowspan = 1000;

const GumboNode* child_at(const GumboVector& children, unsigned i) {
    return static_cast<const GumboNode*>(children.data[i]);
}

bool struck(GumboTag tag) {
    return tag == GUMBO_TAG_S || tag == GUMBO_TAG_STRIKE || tag == GUMBO_TAG_DEL;
}

// The text of a cell, without recursion (mail HTML nests deep): nested tables, scripts and
// styles left out; block elements and <br> separate words. `unstruck`: struck-through text
// (<s>, <strike>, <del>) left out too.
std::string cell_text(const GumboNode* cell, bool unstruck) {
    std::string out;
    std::vector<const GumboNode*> stack{cell};
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA) {
            out += text_of(*node);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT) continue;
        GumboTag tag = node->v.element.tag;
        if (node != cell && (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_SCRIPT ||
                             tag == GUMBO_TAG_STYLE || (unstruck && struck(tag))))
            continue;
        if (tag == GUMBO_TAG_BR || is_block(tag)) out += ' ';
        const GumboVector& children = children_of(node);
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(child_at(children, i - 1));
    }
    return collapse_spaces(out);
}

// "<s>USD 0.42</s> USD 0.39/pc": beside other text, struck-through text is the old price the
// cell replaces, not its value; a cell struck through as a whole (an old-price column) keeps
// its text.
std::string cell_text(const GumboNode* cell) {
    std::string shown = cell_text(cell, true);
    return shown.empty() ? cell_text(cell, false) : shown;
}

size_t span_of(const GumboNode* cell, const char* name, size_t cap) {
    std::string_view value = attribute_of(cell, name);
    size_t n = 1;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (error != std::errc() || value.empty()) return 1;
    if (n == 0) return cap; // rowspan="0": to the end of the table
    return std::min(n, cap);
}

// The <tr> elements of this table (in thead, tbody, tfoot or directly), not of nested tables.
std::vector<const GumboNode*> rows_of(const GumboNode* table) {
    std::vector<const GumboNode*> rows;
    const GumboVector& children = children_of(table);
    for (unsigned i = 0; i < children.length; ++i) {
        const GumboNode* child = child_at(children, i);
        if (is_element(child, GUMBO_TAG_TR)) {
            rows.push_back(child);
        } else if (is_element(child, GUMBO_TAG_TBODY) || is_element(child, GUMBO_TAG_THEAD) ||
                   is_element(child, GUMBO_TAG_TFOOT)) {
            const GumboVector& section = children_of(child);
            for (unsigned j = 0; j < section.length; ++j)
                if (is_element(child_at(section, j), GUMBO_TAG_TR))
                    rows.push_back(child_at(section, j));
        }
    }
    if (rows.size() > k_max_rows) rows.resize(k_max_rows);
    return rows;
}

// Places cells into a grid, skipping positions that a rowspan from above already covers.
// Every copy a span makes is charged to the document's budget: one cell of 200 KB spanning
// 1000 rows and 256 columns would otherwise be 50 GB of text.
class Placer {
  public:
    Placer(size_t rows, CellBudget& budget) : m_rows(rows), m_taken(rows), m_budget(budget) {}

    void place(size_t r, const GumboNode* td) {
        size_t c = 0;
        while (c < m_taken[r].size() && m_taken[r][c])
            ++c;
        size_t colspan = span_of(td, "colspan", k_max_columns);
        size_t rowspan = span_of(td, "rowspan", std::min(k_max_rowspan, m_rows.size() - r));
        rowspan = std::min(rowspan, m_rows.size() - r);
        if (c >= k_max_columns) return;
        colspan = std::min(colspan, k_max_columns - c);
        Cell cell{cell_text(td), {}, false, 100};
        for (size_t dr = 0; dr < rowspan; ++dr)
            for (size_t dc = 0; dc < colspan; ++dc) {
                cell.spanned = dr > 0 || dc > 0;
                if (!m_budget.take(cell)) return;
                put(r + dr, c + dc, cell);
            }
    }

    Table take(std::string where) {
        Table table;
        table.where = std::move(where);
        table.rows = std::move(m_rows);
        m_budget.make_rectangular(table);
        return table;
    }

  private:
    void put(size_t r, size_t c, const Cell& cell) {
        if (m_rows[r].size() <= c) m_rows[r].resize(c + 1);
        if (m_taken[r].size() <= c) m_taken[r].resize(c + 1, false);
        m_rows[r][c] = cell;
        m_taken[r][c] = true;
    }

    std::vector<std::vector<Cell>> m_rows;
    std::vector<std::vector<bool>> m_taken;
    CellBudget& m_budget;
};

Table read_table(const GumboNode* table, std::string where, CellBudget& budget) {
    std::vector<const GumboNode*> rows = rows_of(table);
    Placer placer(rows.size(), budget);
    for (size_t r = 0; r < rows.size(); ++r) {
        const GumboVector& cells = children_of(rows[r]);
        for (unsigned i = 0; i < cells.length; ++i) {
            const GumboNode* cell = child_at(cells, i);
            if (is_element(cell, GUMBO_TAG_TD) || is_element(cell, GUMBO_TAG_TH))
                placer.place(r, cell);
        }
    }
    return placer.take(std::move(where));
}

} // namespace

std::vector<Table> html_tables(const GumboTree& tree, std::string_view where) {
    std::vector<Table> tables;
    std::vector<const GumboNode*> stack;
    if (tree.document() != nullptr) stack.push_back(tree.document());
    CellBudget budget; // once spent, the tables read so far are the document's tables
    while (!stack.empty() && !budget.spent()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (is_element(node, GUMBO_TAG_TABLE)) {
            std::string name = std::string(where) + (where.empty() ? "" : " ") + "table " +
                               std::to_string(tables.size() + 1);
            Table table = read_table(node, std::move(name), budget);
            if (!table.empty()) tables.push_back(std::move(table));
        }
        const GumboVector& children = children_of(node);
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(child_at(children, i - 1));
    }
    return tables;
}

std::vector<Table> html_tables(std::string_view html, std::string_view where) {
    GumboTree tree(html);
    return html_tables(tree, where);
}

} // namespace mailclerk::grid
