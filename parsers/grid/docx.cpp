#include "parsers/grid/docx.hpp"

#include <charconv>

#include <pugixml.hpp>

#include "common/utf8.hpp"
#include "parsers/grid/zip_archive.hpp"

namespace mailclerk::grid {
namespace {

constexpr uint64_t k_max_part_bytes = 64u << 20;
constexpr size_t k_max_columns = 256;

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) {
    for (pugi::xml_node child : parent.children())
        if (child.type() == pugi::node_element && local_name(child) == name) return child;
    return {};
}

std::string_view value_of(const pugi::xml_node& node) {
    for (pugi::xml_attribute a : node.attributes()) {
        std::string_view name = a.name();
        if (name == "w:val" || name == "val") return a.value();
    }
    return {};
}

size_t count_of(const pugi::xml_node& node, size_t fallback) {
    std::string_view text = value_of(node);
    size_t n = fallback;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    return error == std::errc() ? std::min(n, k_max_columns) : fallback;
}

// The text of a paragraph or cell: w:t runs, w:tab and w:br as spaces (a cell is one line),
// paragraphs separated by a space; tables nested in it are left to be read on their own.
void collect_text(const pugi::xml_node& node, std::string& out) {
    for (const pugi::xml_node& child : node.children()) {
        std::string_view name = local_name(child);
        if (name == "t" || name == "delText") {
            if (name == "t") out += child.text().get();
        } else if (name == "tab" || name == "br" || name == "cr") {
            out += ' ';
        } else if (name == "tbl" || name == "instrText" || name == "rPr" || name == "pPr") {
            continue;
        } else if (name == "p") {
            collect_text(child, out);
            out += ' ';
        } else {
            collect_text(child, out);
        }
    }
}

class TableReader {
  public:
    TableReader(std::vector<Table>& nested, CellBudget& budget)
        : m_nested(nested), m_budget(budget) {}

    Table read(const pugi::xml_node& tbl, std::string where) {
        Table table;
        table.where = std::move(where);
        for (const pugi::xml_node& tr : tbl.children()) {
            if (m_budget.spent()) break;
            if (local_name(tr) != "tr") continue;
            table.rows.push_back(read_row(tr, table));
        }
        m_budget.make_rectangular(table);
        return table;
    }

  private:
    std::vector<Cell> read_row(const pugi::xml_node& tr, const Table& table) {
        std::vector<Cell> row;
        pugi::xml_node properties = child_named(tr, "trPr");
        row.resize(count_of(child_named(properties, "gridBefore"), 0));
        for (const pugi::xml_node& tc : tr.children()) {
            if (local_name(tc) != "tc") continue;
            pugi::xml_node tc_pr = child_named(tc, "tcPr");
            size_t span = std::max<size_t>(1, count_of(child_named(tc_pr, "gridSpan"), 1));
            pugi::xml_node merge = child_named(tc_pr, "vMerge");
            bool continues = merge && value_of(merge) != "restart";
            size_t column = row.size();
            Cell cell;
            if (continues && !table.rows.empty() && column < table.rows.back().size()) {
                cell = table.rows.back()[column];
                cell.spanned = true;
            } else {
                std::string text;
                collect_text(tc, text);
                cell.text = collapse_spaces(text);
                find_nested(tc);
            }
            for (size_t i = 0; i < span && row.size() < k_max_columns; ++i) {
                if (!m_budget.take(cell)) return row;
                row.push_back(cell);
                cell.spanned = true;
            }
        }
        return row;
    }

    void find_nested(const pugi::xml_node& node) {
        for (const pugi::xml_node& child : node.children()) {
            if (local_name(child) == "tbl") {
                std::string name = "table " + std::to_string(m_nested.size() + 1);
                m_nested.push_back(TableReader(m_nested, m_budget).read(child, std::move(name)));
            } else {
                find_nested(child);
            }
        }
    }

    std::vector<Table>& m_nested;
    CellBudget& m_budget;
};

void read_body(const pugi::xml_node& node, DocxContent& content, CellBudget& budget) {
    for (const pugi::xml_node& child : node.children()) {
        std::string_view name = local_name(child);
        if (name == "p") {
            std::string line;
            collect_text(child, line);
            content.text += std::string(utf8::trim(line)) + "\n";
        } else if (name == "tbl") {
            std::vector<Table> nested;
            Table table = TableReader(nested, budget).read(child, "");
            add_body_table(content, std::move(table), std::move(nested));
        } else {
            read_body(child, content, budget); // w:body, w:sdt, w:sdtContent ...
        }
    }
}

} // namespace

void add_body_table(DocxContent& content, Table table, std::vector<Table> nested) {
    for (const auto& row : table.rows) {
        std::string line;
        for (size_t i = 0; i < row.size(); ++i)
            line += (i ? "\t" : "") + row[i].text;
        content.text += line + "\n";
    }
    content.tables.push_back(std::move(table));
    for (Table& t : nested)
        content.tables.push_back(std::move(t));
}

void finish_body(DocxContent& content) {
    content.text = utf8::sanitize(content.text);
    for (size_t i = 0; i < content.tables.size(); ++i)
        content.tables[i].where = "table " + std::to_string(i + 1);
}

Result<DocxContent> read_docx(std::string_view bytes) {
    auto zip = ZipArchive::open(bytes);
    if (!zip) return fail(ErrorCode::parse, "not a readable .docx: " + zip.error().message);
    auto xml = zip->read("word/document.xml", k_max_part_bytes);
    if (!xml) return fail(ErrorCode::parse, "not a readable .docx: " + xml.error().message);
    pugi::xml_document dom;
    if (!dom.load_buffer(xml->data(), xml->size()))
        return fail(ErrorCode::parse, "not a readable .docx: word/document.xml is not XML");
    DocxContent content;
    CellBudget budget;
    read_body(dom.document_element(), content, budget);
    if (budget.spent())
        return fail(ErrorCode::parse, "not a readable .docx: " + std::string(CellBudget::k_spent));
    finish_body(content);
    return content;
}

} // namespace mailclerk::grid
