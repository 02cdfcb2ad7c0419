#include "parsers/grid/odt.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "common/utf8.hpp"
#include "parsers/grid/opendocument.hpp"

namespace mailclerk::grid {
namespace {

constexpr std::string_view k_mimetype = "application/vnd.oasis.opendocument.text";
constexpr size_t k_max_columns = 256;
constexpr size_t k_max_rows = 10'000;

using opendocument::count_of;

bool is_paragraph(std::string_view name) {
    return name == "text:p" || name == "text:h";
}

// Parts of the body that hold no text a reader sees: deleted text kept for change tracking,
// declarations, forms.
bool is_hidden(std::string_view name) {
    return name == "text:tracked-changes" || name == "text:sequence-decls" ||
           name == "office:forms" || name == "office:annotation" || name == "text:variable-decls";
}

// The text of a cell: its paragraphs and list items joined by spaces; tables nested in it are
// handed to `nested` to be read on their own.
template <typename Nested>
void collect_cell_text(const pugi::xml_node& node, std::string& out, Nested&& nested) {
    for (pugi::xml_node child : node.children()) {
        std::string_view name = child.name();
        if (is_paragraph(name)) {
            opendocument::append_paragraph(out, child);
            out += ' ';
        } else if (name == "table:table") {
            nested(child);
        } else if (child.type() == pugi::node_element && !is_hidden(name)) {
            collect_cell_text(child, out, nested);
        }
    }
}

class TableReader {
  public:
    TableReader(std::vector<Table>& nested, CellBudget& budget)
        : m_nested(nested), m_budget(budget) {}

    Table read(const pugi::xml_node& table_node) {
        Table table;
        add_rows(table_node, table);
        m_budget.make_rectangular(table);
        return table;
    }

  private:
    void add_rows(const pugi::xml_node& parent, Table& table) {
        for (pugi::xml_node node : parent.children()) {
            if (m_budget.spent()) return;
            std::string_view name = node.name();
            if (name == "table:table-header-rows" || name == "table:table-row-group" ||
                name == "table:table-rows") {
                add_rows(node, table);
            } else if (name == "table:table-row") {
                size_t repeat = std::min(count_of(node, "table:number-rows-repeated"), k_max_rows);
                std::vector<Cell> row = read_row(node, table.rows.size());
                table.rows.push_back(row);
                for (size_t k = 1; k < repeat && table.rows.size() < k_max_rows && take(row); ++k)
                    table.rows.push_back(row);
            }
        }
    }

    std::vector<Cell> read_row(const pugi::xml_node& tr, size_t r) {
        std::vector<Cell> row;
        for (pugi::xml_node node : tr.children()) {
            std::string_view name = node.name();
            bool covered = name == "table:covered-table-cell";
            if (name != "table:table-cell" && !covered) continue;
            size_t repeat =
                std::min(count_of(node, "table:number-columns-repeated"), k_max_columns);
            for (size_t k = 0; k < repeat && row.size() < k_max_columns; ++k) {
                Cell cell = covered ? covered_cell(r, row.size()) : cell_at(node, r, row.size());
                if (!m_budget.take(cell)) return row;
                row.push_back(std::move(cell));
            }
        }
        return row;
    }

    // Charges a repeated row's copy.
    bool take(const std::vector<Cell>& row) {
        for (const Cell& cell : row)
            if (!m_budget.take(cell)) return false;
        return true;
    }

    // A cell, and the positions its span covers remembered for the covered cells that follow.
    Cell cell_at(const pugi::xml_node& node, size_t r, size_t c) {
        std::string text;
        collect_cell_text(node, text, [this](const pugi::xml_node& inner) {
            m_nested.push_back(TableReader(m_nested, m_budget).read(inner));
        });
        Cell cell{collapse_spaces(utf8::sanitize(text)), {}, false, 100};
        size_t rows = std::min(count_of(node, "table:number-rows-spanned"), k_max_rows);
        size_t columns = std::min(count_of(node, "table:number-columns-spanned"), k_max_columns);
        Cell copy = cell;
        copy.spanned = true;
        for (size_t i = 0; i < rows; ++i)
            for (size_t j = 0; j < columns; ++j)
                if ((i > 0 || j > 0) && m_budget.take(copy)) m_covered[{r + i, c + j}] = copy;
        return cell;
    }

    Cell covered_cell(size_t r, size_t c) {
        auto found = m_covered.find({r, c});
        if (found == m_covered.end()) return Cell{{}, {}, true, 100};
        Cell cell = std::move(found->second);
        m_covered.erase(found);
        return cell;
    }

    std::vector<Table>& m_nested;
    CellBudget& m_budget;
    std::map<std::pair<size_t, size_t>, Cell> m_covered;
};

void read_body(const pugi::xml_node& node, DocxContent& content, CellBudget& budget) {
    for (pugi::xml_node child : node.children()) {
        std::string_view name = child.name();
        if (is_paragraph(name)) {
            std::string line;
            opendocument::append_paragraph(line, child);
            content.text += std::string(utf8::trim(line)) + "\n";
        } else if (name == "table:table") {
            std::vector<Table> nested;
            Table table = TableReader(nested, budget).read(child);
            add_body_table(content, std::move(table), std::move(nested));
        } else if (child.type() == pugi::node_element && !is_hidden(name)) {
            read_body(child, content,
                      budget); // office:body, office:text, text:list, text:section ...
        }
    }
}

} // namespace

bool is_odt(std::string_view bytes) {
    return opendocument::has_mimetype(bytes, k_mimetype);
}

Result<DocxContent> read_odt(std::string_view bytes) {
    pugi::xml_document doc;
    if (auto loaded = opendocument::load_content(bytes, "odt", doc); !loaded)
        return tl::unexpected<Error>(loaded.error());
    DocxContent content;
    CellBudget budget;
    read_body(doc.document_element(), content, budget);
    if (budget.spent())
        return fail(ErrorCode::parse, "not a readable .odt: " + std::string(CellBudget::k_spent));
    finish_body(content);
    return content;
}

} // namespace mailclerk::grid
