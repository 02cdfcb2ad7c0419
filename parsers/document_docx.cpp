// DOCX: word/document.xml read out of the zip (bounded) with pugixml; paragraphs become lines
// and each w:tbl a grid table (and tab-separated lines of the text).
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <zip.h>

#include "common/utf8.hpp"
#include "parsers/document.hpp"

namespace mailclerk::parsers {
namespace {

constexpr zip_uint64_t k_max_part_bytes = 64u << 20;

// The unpacked word/document.xml, or nullopt when the zip or the part is unusable.
std::optional<std::string> document_part(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    zip_t* opened = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!opened) {
        if (source) zip_source_free(source);
        return std::nullopt;
    }
    std::unique_ptr<zip_t, decltype(&zip_discard)> zip(opened, &zip_discard);
    zip_stat_t stat;
    if (zip_stat(zip.get(), "word/document.xml", 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        stat.size > k_max_part_bytes)
        return std::nullopt;
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(
        zip_fopen_index(zip.get(), stat.index, 0), &zip_fclose);
    if (!file) return std::nullopt;
    std::string data(static_cast<size_t>(stat.size), '\0');
    zip_int64_t got = zip_fread(file.get(), data.data(), stat.size);
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) return std::nullopt;
    return data;
}

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The text of a paragraph (or any node): w:t runs, w:tab as a tab, w:br as a space.
void collect_text(const pugi::xml_node& node, std::string& out) {
    for (const pugi::xml_node& child : node.children()) {
        std::string_view name = local_name(child);
        if (name == "t")
            out += child.text().get();
        else if (name == "tab")
            out += '\t';
        else if (name == "br")
            out += ' ';
        else if (name == "p" && !out.empty() && out.back() != ' ') {
            collect_text(child, out);
            out += ' ';
        } else
            collect_text(child, out);
    }
}

Table read_table(const pugi::xml_node& table) {
    Table rows;
    for (const pugi::xml_node& row : table.children()) {
        if (local_name(row) != "tr") continue;
        std::vector<std::string> cells;
        for (const pugi::xml_node& cell : row.children()) {
            if (local_name(cell) != "tc") continue;
            std::string text;
            collect_text(cell, text);
            cells.emplace_back(utf8::trim(text));
        }
        rows.push_back(std::move(cells));
    }
    return rows;
}

void read_body(const pugi::xml_node& node, Document& document) {
    for (const pugi::xml_node& child : node.children()) {
        std::string_view name = local_name(child);
        if (name == "p") {
            std::string line;
            collect_text(child, line);
            document.text += line + "\n";
        } else if (name == "tbl") {
            Table table = read_table(child);
            for (const auto& row : table) {
                for (size_t i = 0; i < row.size(); ++i)
                    document.text += (i ? "\t" : "") + row[i];
                document.text += "\n";
            }
            document.tables.push_back(std::move(table));
        } else {
            read_body(child, document); // w:body, w:sdt, w:sdtContent ...
        }
    }
}

} // namespace

Document read_docx(std::string_view bytes, const DocumentLimits&) {
    Document document;
    auto xml = document_part(bytes);
    pugi::xml_document dom;
    if (!xml || !dom.load_buffer(xml->data(), xml->size())) {
        document.flag = "unreadable";
        return document;
    }
    read_body(dom.document_element(), document);
    document.text = utf8::sanitize(document.text);
    return document;
}

} // namespace mailclerk::parsers
