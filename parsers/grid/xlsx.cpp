#include "parsers/grid/xlsx.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>

#include <pugixml.hpp>

#include "parsers/grid/number_format.hpp"
#include "parsers/grid/zip_archive.hpp"

namespace mailclerk::grid {
namespace {

constexpr uint64_t k_max_part_bytes = 64u << 20;
constexpr size_t k_max_rows = 1'048'576; // Excel's own limits
constexpr size_t k_max_cols = 16'384;

tl::unexpected<Error> bad(std::string message) {
    return fail(ErrorCode::parse, "not a readable .xlsx workbook: " + std::move(message));
}

// Generators differ in namespace prefixes ("x:row"), so elements are compared by local name.
std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

template <typename Visit>
void for_children(const pugi::xml_node& parent, std::string_view name, Visit visit) {
    for (pugi::xml_node child : parent.children())
        if (child.type() == pugi::node_element && local_name(child) == name) visit(child);
}

pugi::xml_node child_named(const pugi::xml_node& parent, std::string_view name) {
    for (pugi::xml_node child : parent.children())
        if (child.type() == pugi::node_element && local_name(child) == name) return child;
    return {};
}

// An attribute by local name: "r:id" and "id" in the relationships namespace alike.
std::string_view attribute(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_attribute a : node.attributes()) {
        std::string_view full = a.name();
        size_t colon = full.find(':');
        std::string_view local = colon == std::string_view::npos ? full : full.substr(colon + 1);
        if (local == name) return a.value();
    }
    return "";
}

unsigned number_of(std::string_view text, unsigned fallback = 0) {
    unsigned value = fallback;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() ? value : fallback;
}

bool truthy(std::string_view value) {
    return value == "1" || value == "true";
}

Result<pugi::xml_document> parse_xml(const ZipArchive& zip, const std::string& part) {
    auto text = zip.read(part, k_max_part_bytes);
    if (!text) return tl::unexpected<Error>(text.error());
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer(text->data(), text->size());
    if (!parsed) return fail(ErrorCode::parse, part + ": " + parsed.description());
    return doc;
}

// The text of a string item: plain <t>, or rich-text runs <r><t>; phonetic hints (<rPh>) are
// furigana for the reader, not part of the value.
std::string string_item_text(const pugi::xml_node& item) {
    std::string text;
    for (pugi::xml_node child : item.children()) {
        std::string_view name = local_name(child);
        if (name == "t") text += child.text().get();
        if (name == "r") text += child_named(child, "t").text().get();
    }
    return text;
}

Result<std::vector<std::string>> read_shared_strings(const ZipArchive& zip) {
    auto doc = parse_xml(zip, "xl/sharedStrings.xml");
    if (!doc) {
        if (doc.error().code == ErrorCode::not_found) return std::vector<std::string>{};
        return bad(doc.error().message);
    }
    std::vector<std::string> strings;
    for_children(child_named(*doc, "sst"), "si",
                 [&](const pugi::xml_node& si) { strings.push_back(string_item_text(si)); });
    return strings;
}

// The number format of each cell style (cellXfs index -> format code).
std::vector<std::string> read_styles(const ZipArchive& zip) {
    auto doc = parse_xml(zip, "xl/styles.xml");
    if (!doc) return {};
    pugi::xml_node sheet = child_named(*doc, "styleSheet");
    std::map<unsigned, std::string> custom;
    for_children(child_named(sheet, "numFmts"), "numFmt", [&](const pugi::xml_node& f) {
        custom[number_of(attribute(f, "numFmtId"))] = std::string(attribute(f, "formatCode"));
    });
    std::vector<std::string> formats;
    for_children(child_named(sheet, "cellXfs"), "xf", [&](const pugi::xml_node& xf) {
        unsigned id = number_of(attribute(xf, "numFmtId"));
        auto found = custom.find(id);
        formats.push_back(found != custom.end() ? found->second
                                                : std::string(builtin_number_format(id)));
    });
    return formats;
}

struct SheetPart {
    std::string name;
    std::string path; // inside the zip, e.g. "xl/worksheets/sheet1.xml"
};

std::string resolve_target(std::string_view target) {
    if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
    return "xl/" + std::string(target);
}

struct BookInfo {
    std::vector<SheetPart> sheets;
    bool date1904 = false;
};

Result<BookInfo> read_book(const ZipArchive& zip) {
    auto rels = parse_xml(zip, "xl/_rels/workbook.xml.rels");
    if (!rels) return bad("workbook relationships: " + rels.error().message);
    std::map<std::string, std::string, std::less<>> targets;
    for_children(child_named(*rels, "Relationships"), "Relationship", [&](const pugi::xml_node& r) {
        targets[std::string(attribute(r, "Id"))] = resolve_target(attribute(r, "Target"));
    });
    auto book = parse_xml(zip, "xl/workbook.xml");
    if (!book) return bad("xl/workbook.xml: " + book.error().message);
    pugi::xml_node workbook = child_named(*book, "workbook");
    BookInfo info;
    info.date1904 = truthy(attribute(child_named(workbook, "workbookPr"), "date1904"));
    for_children(child_named(workbook, "sheets"), "sheet", [&](const pugi::xml_node& s) {
        std::string_view state = attribute(s, "state");
        if (state == "hidden" || state == "veryHidden") return;
        auto target = targets.find(attribute(s, "id"));
        if (target != targets.end())
            info.sheets.push_back({std::string(attribute(s, "name")), target->second});
    });
    return info;
}

class SheetReader {
  public:
    SheetReader(const std::vector<std::string>& shared, const std::vector<std::string>& formats,
                bool date1904, size_t& cells)
        : m_shared(shared), m_formats(formats), m_date1904(date1904), m_cells(cells) {}

    Result<Sheet> read(const pugi::xml_node& worksheet, std::string name) {
        Sheet sheet;
        sheet.name = std::move(name);
        sheet.table.where = sheet.name;
        m_width = 0;
        std::vector<size_t> hidden_rows;
        size_t next_row = 0;
        for (pugi::xml_node row : child_named(worksheet, "sheetData").children()) {
            if (local_name(row) != "row") continue;
            size_t r = next_row;
            if (std::string_view n = attribute(row, "r"); !n.empty()) {
                unsigned number = number_of(n);
                if (number == 0 || number > k_max_rows)
                    return bad(sheet.name + ": bad row number " + std::string(n));
                r = number - 1;
            }
            if (truthy(attribute(row, "hidden"))) hidden_rows.push_back(r);
            if (auto ok = read_row(row, r, sheet.table); !ok)
                return tl::unexpected<Error>(ok.error());
            next_row = r + 1;
        }
        make_rectangular(sheet.table);
        for_children(child_named(worksheet, "mergeCells"), "mergeCell",
                     [&](const pugi::xml_node& m) { add_merge(attribute(m, "ref"), sheet); });
        mark_hidden(worksheet, hidden_rows, sheet);
        return sheet;
    }

  private:
    std::string cell_text(const pugi::xml_node& cell) const {
        std::string_view type = attribute(cell, "t");
        if (type == "inlineStr") return string_item_text(child_named(cell, "is"));
        std::string value = child_named(cell, "v").text().get();
        if (type == "s") {
            unsigned index = number_of(value, UINT32_MAX);
            return index < m_shared.size() ? m_shared[index] : std::string{};
        }
        if (type == "b") return value == "1" ? "TRUE" : "FALSE";
        if (type == "str" || type == "e" || type == "d" || value.empty()) return value;
        char* end = nullptr;
        double number = std::strtod(value.c_str(), &end);
        if (end == value.c_str()) return value;
        unsigned style = number_of(attribute(cell, "s"));
        std::string_view format =
            style < m_formats.size() ? std::string_view(m_formats[style]) : "General";
        return format_number(number, format, m_date1904);
    }

    Status read_row(const pugi::xml_node& row, size_t r, Table& table) {
        size_t next_col = 0;
        for (pugi::xml_node cell : row.children()) {
            if (local_name(cell) != "c") continue;
            size_t row_of_ref = r, c = next_col;
            if (std::string_view ref = attribute(cell, "r"); !ref.empty())
                if (!parse_cell_reference(ref, row_of_ref, c))
                    return bad(table.where + ": bad cell " + std::string(ref));
            next_col = c + 1;
            std::string text = collapse_spaces(cell_text(cell));
            if (text.empty()) continue;
            if (++m_cells > k_max_cells) return bad("more than 4 million cells");
            // Two cells far apart (A1 and XFD1048576) ask for every place between them.
            size_t height = std::max(table.rows.size(), r + 1), width = std::max(m_width, c + 1);
            if (!within_cells(height, width))
                return bad(table.where + ": cells spread over more than 4 million places");
            m_width = width;
            if (table.rows.size() <= r) table.rows.resize(r + 1);
            if (table.rows[r].size() <= c) table.rows[r].resize(c + 1);
            table.rows[r][c].text = std::move(text);
        }
        return {};
    }

    static void add_merge(std::string_view ref, Sheet& sheet) {
        size_t colon = ref.find(':');
        if (colon == std::string_view::npos) return;
        CellRange range;
        if (!parse_cell_reference(ref.substr(0, colon), range.first_row, range.first_col) ||
            !parse_cell_reference(ref.substr(colon + 1), range.last_row, range.last_col) ||
            range.first_row > range.last_row || range.first_col > range.last_col)
            return;
        sheet.merged.push_back(range);
        auto& rows = sheet.table.rows;
        if (range.first_row >= rows.size() || range.first_col >= rows[range.first_row].size())
            return;
        std::string value = rows[range.first_row][range.first_col].text;
        for (size_t r = range.first_row; r <= range.last_row && r < rows.size(); ++r)
            for (size_t c = range.first_col; c <= range.last_col && c < rows[r].size(); ++c)
                if (r != range.first_row || c != range.first_col)
                    rows[r][c] = Cell{value, {}, true, 100};
    }

    static void mark_hidden(const pugi::xml_node& worksheet, const std::vector<size_t>& rows,
                            Sheet& sheet) {
        sheet.hidden_rows.assign(sheet.table.rows.size(), false);
        sheet.hidden_cols.assign(sheet.table.width(), false);
        for (size_t r : rows)
            if (r < sheet.hidden_rows.size()) sheet.hidden_rows[r] = true;
        for_children(child_named(worksheet, "cols"), "col", [&](const pugi::xml_node& col) {
            if (!truthy(attribute(col, "hidden"))) return;
            unsigned first = number_of(attribute(col, "min")),
                     last = number_of(attribute(col, "max"));
            for (unsigned c = std::max(first, 1u); c <= last && c <= sheet.hidden_cols.size(); ++c)
                sheet.hidden_cols[c - 1] = true;
        });
    }

    const std::vector<std::string>& m_shared;
    const std::vector<std::string>& m_formats;
    bool m_date1904;
    size_t& m_cells;
    size_t m_width = 0; // the widest row of the sheet being read
};

} // namespace

bool parse_cell_reference(std::string_view text, size_t& row, size_t& col) {
    size_t i = 0, c = 0, r = 0;
    for (; i < text.size() && text[i] == '$'; ++i) {
    }
    size_t letters = i;
    for (; i < text.size() && text[i] >= 'A' && text[i] <= 'Z'; ++i)
        c = c * 26 + static_cast<size_t>(text[i] - 'A' + 1);
    if (i == letters || i - letters > 3) return false;
    if (i < text.size() && text[i] == '$') ++i;
    size_t digits = i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        r = r * 10 + static_cast<size_t>(text[i] - '0');
    if (i != text.size() || i == digits || i - digits > 7 || r == 0 || c > k_max_cols ||
        r > k_max_rows)
        return false;
    row = r - 1;
    col = c - 1;
    return true;
}

std::string column_letters(size_t col) {
    std::string out;
    for (size_t n = col + 1; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

Table visible_table(const Sheet& sheet) {
    Table table;
    table.where = sheet.table.where;
    table.first_row = 1;
    for (size_t r = 0; r < sheet.table.rows.size(); ++r) {
        std::vector<Cell> row;
        bool hidden = r < sheet.hidden_rows.size() && sheet.hidden_rows[r];
        for (size_t c = 0; c < sheet.table.rows[r].size(); ++c)
            if (c >= sheet.hidden_cols.size() || !sheet.hidden_cols[c])
                row.push_back(hidden ? Cell{} : sheet.table.rows[r][c]);
        table.rows.push_back(std::move(row));
    }
    return table;
}

Result<std::vector<Sheet>> read_xlsx(std::string_view bytes) {
    auto zip = ZipArchive::open(bytes);
    if (!zip) return bad(zip.error().message);
    auto shared = read_shared_strings(*zip);
    if (!shared) return tl::unexpected<Error>(shared.error());
    std::vector<std::string> formats = read_styles(*zip);
    auto book = read_book(*zip);
    if (!book) return tl::unexpected<Error>(book.error());
    std::vector<Sheet> sheets;
    size_t cells = 0;
    for (const SheetPart& part : book->sheets) {
        auto doc = parse_xml(*zip, part.path);
        if (!doc) return bad("sheet " + part.name + ": " + doc.error().message);
        auto sheet = SheetReader(*shared, formats, book->date1904, cells)
                         .read(child_named(*doc, "worksheet"), part.name);
        if (!sheet) return tl::unexpected<Error>(sheet.error());
        sheets.push_back(std::move(*sheet));
    }
    return sheets;
}

} // namespace mailclerk::grid
