#include "parsers/xlsx_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>

#include <pugixml.hpp>
#include <zip.h>

#include "common/file_io.hpp"

namespace mailclerk::parsers {
namespace {

constexpr zip_uint64_t k_max_part_bytes = 64u << 20;
constexpr std::size_t k_max_cells = 4'000'000;
constexpr std::size_t k_max_rows = 1'048'576; // Excel's own limits
constexpr std::size_t k_max_cols = 16'384;

tl::unexpected<Error> bad(std::string message) {
    return fail(ErrorCode::parse, "not a readable .xlsx workbook: " + std::move(message));
}

// The zip archive, read from memory; libzip's handle is owned here and nowhere else.
class ZipArchive {
  public:
    static Result<ZipArchive> open(std::string_view bytes) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (!source) return bad(zip_error_strerror(&error));
        zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!archive) {
            zip_source_free(source);
            std::string message = zip_error_strerror(&error);
            zip_error_fini(&error);
            return bad(message);
        }
        zip_error_fini(&error);
        return ZipArchive(archive);
    }

    // The unpacked part, or not_found when the archive has no such entry.
    Result<std::string> read(const std::string& name) const {
        zip_stat_t stat;
        if (zip_stat(m_zip.get(), name.c_str(), 0, &stat) != 0)
            return fail(ErrorCode::not_found, "no part " + name);
        if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > k_max_part_bytes)
            return bad(name + " unpacks to more than 64 MiB");
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(
            zip_fopen_index(m_zip.get(), stat.index, 0), &zip_fclose);
        if (!file) return bad("cannot open " + name + ": " + zip_strerror(m_zip.get()));
        std::string data(static_cast<std::size_t>(stat.size), '\0');
        zip_int64_t got = zip_fread(file.get(), data.data(), stat.size);
        if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
            return bad(name + " is damaged");
        return data;
    }

  private:
    explicit ZipArchive(zip_t* zip) : m_zip(zip, &zip_discard) {}
    std::unique_ptr<zip_t, decltype(&zip_discard)> m_zip;
};

// Generators differ in namespace prefixes ("x:row"), so elements are compared by local name.
std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    std::size_t colon = name.find(':');
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
const char* attribute(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_attribute a : node.attributes()) {
        std::string_view full = a.name();
        std::size_t colon = full.find(':');
        std::string_view local = colon == std::string_view::npos ? full : full.substr(colon + 1);
        if (local == name) return a.value();
    }
    return "";
}

Result<pugi::xml_document> parse_xml(const std::string& text, const std::string& part) {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer(text.data(), text.size());
    if (!parsed) return bad(part + ": " + parsed.description());
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
    auto text = zip.read("xl/sharedStrings.xml");
    if (!text) {
        if (text.error().code == ErrorCode::not_found) return std::vector<std::string>{};
        return tl::unexpected<Error>(text.error());
    }
    auto doc = parse_xml(*text, "sharedStrings.xml");
    if (!doc) return tl::unexpected<Error>(doc.error());
    std::vector<std::string> strings;
    for_children(child_named(*doc, "sst"), "si",
                 [&](const pugi::xml_node& si) { strings.push_back(string_item_text(si)); });
    return strings;
}

struct SheetPart {
    std::string name;
    std::string path; // inside the zip, e.g. "xl/worksheets/sheet1.xml"
};

std::string resolve_target(const std::string& target) {
    if (!target.empty() && target.front() == '/') return target.substr(1);
    return "xl/" + target;
}

Result<std::vector<SheetPart>> read_sheet_list(const ZipArchive& zip) {
    auto rels_text = zip.read("xl/_rels/workbook.xml.rels");
    if (!rels_text) return bad("no workbook relationships");
    auto rels = parse_xml(*rels_text, "workbook.xml.rels");
    if (!rels) return tl::unexpected<Error>(rels.error());
    std::map<std::string, std::string> targets;
    for_children(child_named(*rels, "Relationships"), "Relationship", [&](const pugi::xml_node& r) {
        targets[attribute(r, "Id")] = resolve_target(attribute(r, "Target"));
    });
    auto book_text = zip.read("xl/workbook.xml");
    if (!book_text) return bad("no xl/workbook.xml");
    auto book = parse_xml(*book_text, "workbook.xml");
    if (!book) return tl::unexpected<Error>(book.error());
    std::vector<SheetPart> sheets;
    for_children(child_named(child_named(*book, "workbook"), "sheets"), "sheet",
                 [&](const pugi::xml_node& s) {
                     auto target = targets.find(attribute(s, "id"));
                     if (target != targets.end())
                         sheets.push_back({attribute(s, "name"), target->second});
                 });
    return sheets;
}

std::string cell_text(const pugi::xml_node& cell, const std::vector<std::string>& shared) {
    std::string_view type = attribute(cell, "t");
    if (type == "inlineStr") return string_item_text(child_named(cell, "is"));
    std::string value = child_named(cell, "v").text().get();
    if (type == "s") {
        char* end = nullptr;
        unsigned long index = std::strtoul(value.c_str(), &end, 10);
        return (end != value.c_str() && index < shared.size()) ? shared[index] : std::string{};
    }
    if (type == "b") return value == "1" ? "TRUE" : "FALSE";
    return value; // n (number), str (formula result), e (error text), d (ISO date)
}

class SheetReader {
  public:
    SheetReader(const std::vector<std::string>& shared, std::size_t& cells)
        : m_shared(shared), m_cells(cells) {}

    Result<Sheet> read(const pugi::xml_node& worksheet, std::string name) {
        Sheet sheet;
        sheet.name = std::move(name);
        std::size_t next_row = 0;
        for (pugi::xml_node row : child_named(worksheet, "sheetData").children()) {
            if (local_name(row) != "row") continue;
            std::size_t r = next_row;
            if (std::string_view n = attribute(row, "r"); !n.empty()) {
                char* end = nullptr;
                unsigned long number = std::strtoul(n.data(), &end, 10);
                if (end != n.data() + n.size() || number == 0 || number > k_max_rows)
                    return bad(sheet.name + ": bad row number " + std::string(n));
                r = number - 1;
            }
            if (auto ok = read_row(row, r, sheet); !ok) return tl::unexpected<Error>(ok.error());
            next_row = r + 1;
        }
        for_children(child_named(worksheet, "mergeCells"), "mergeCell",
                     [&](const pugi::xml_node& m) { add_merge(attribute(m, "ref"), sheet); });
        pad(sheet);
        return sheet;
    }

  private:
    Status read_row(const pugi::xml_node& row, std::size_t r, Sheet& sheet) {
        std::size_t next_col = 0;
        for (pugi::xml_node cell : row.children()) {
            if (local_name(cell) != "c") continue;
            std::size_t row_of_ref = r, c = next_col;
            if (std::string_view ref = attribute(cell, "r"); !ref.empty())
                if (!parse_cell_reference(ref, row_of_ref, c))
                    return bad(sheet.name + ": bad cell " + std::string(ref));
            next_col = c + 1;
            std::string text = cell_text(cell, m_shared);
            if (text.empty()) continue;
            if (++m_cells > k_max_cells) return bad("more than 4 million cells");
            if (sheet.rows.size() <= r) sheet.rows.resize(r + 1);
            if (sheet.rows[r].size() <= c) sheet.rows[r].resize(c + 1);
            sheet.rows[r][c] = std::move(text);
        }
        return {};
    }

    static void add_merge(std::string_view ref, Sheet& sheet) {
        std::size_t colon = ref.find(':');
        if (colon == std::string_view::npos) return;
        CellRange range;
        if (parse_cell_reference(ref.substr(0, colon), range.first_row, range.first_col) &&
            parse_cell_reference(ref.substr(colon + 1), range.last_row, range.last_col) &&
            range.first_row <= range.last_row && range.first_col <= range.last_col)
            sheet.merged.push_back(range);
    }

    static void pad(Sheet& sheet) {
        std::size_t width = 0;
        for (const auto& row : sheet.rows)
            width = std::max(width, row.size());
        for (auto& row : sheet.rows)
            row.resize(width);
    }

    const std::vector<std::string>& m_shared;
    std::size_t& m_cells;
};

} // namespace

bool parse_cell_reference(std::string_view text, std::size_t& row, std::size_t& col) {
    std::size_t i = 0, c = 0, r = 0;
    for (; i < text.size() && text[i] == '$'; ++i) {
    }
    std::size_t letters = i;
    for (; i < text.size() && text[i] >= 'A' && text[i] <= 'Z'; ++i)
        c = c * 26 + static_cast<std::size_t>(text[i] - 'A' + 1);
    if (i == letters || i - letters > 3) return false;
    if (i < text.size() && text[i] == '$') ++i;
    std::size_t digits = i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        r = r * 10 + static_cast<std::size_t>(text[i] - '0');
    if (i != text.size() || i == digits || i - digits > 7 || r == 0 || c > k_max_cols ||
        r > k_max_rows)
        return false;
    row = r - 1;
    col = c - 1;
    return true;
}

Result<Workbook> read_xlsx(std::string_view bytes) {
    auto zip = ZipArchive::open(bytes);
    if (!zip) return tl::unexpected<Error>(zip.error());
    auto shared = read_shared_strings(*zip);
    if (!shared) return tl::unexpected<Error>(shared.error());
    auto parts = read_sheet_list(*zip);
    if (!parts) return tl::unexpected<Error>(parts.error());
    Workbook book;
    std::size_t cells = 0;
    for (const SheetPart& part : *parts) {
        auto text = zip->read(part.path);
        if (!text) return bad("sheet " + part.name + " is missing (" + part.path + ")");
        auto doc = parse_xml(*text, part.path);
        if (!doc) return tl::unexpected<Error>(doc.error());
        auto sheet = SheetReader(*shared, cells).read(child_named(*doc, "worksheet"), part.name);
        if (!sheet) return tl::unexpected<Error>(sheet.error());
        book.sheets.push_back(std::move(*sheet));
    }
    return book;
}

Result<Workbook> read_xlsx_file(const std::filesystem::path& path) {
    auto bytes = read_file(path);
    if (!bytes) return tl::unexpected<Error>(bytes.error());
    auto book = read_xlsx(*bytes);
    if (!book) book.error().message = path.string() + ": " + book.error().message;
    return book;
}

} // namespace mailclerk::parsers
