#include "parsers/document.hpp"

#include <memory>
#include <uchardet/uchardet.h>

#include "common/utf8.hpp"
#include "parsers/charset.hpp"
#include "parsers/xlsx_reader.hpp"

namespace mailclerk::parsers {
namespace {

bool ends_with_any(const std::string& name, std::initializer_list<std::string_view> suffixes) {
    std::string lower = utf8::ascii_lower(name);
    for (std::string_view suffix : suffixes)
        if (lower.ends_with(suffix)) return true;
    return false;
}

using Detector = std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)>;

std::string detect_charset(std::string_view bytes) {
    Detector detector(uchardet_new(), &uchardet_delete);
    if (!detector) return {};
    std::string_view sample = bytes.substr(0, 256u << 10);
    if (uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) return {};
    uchardet_data_end(detector.get());
    return uchardet_get_charset(detector.get());
}

// Rows of a sheet with each merged range's value copied into all its cells, so a product name
// merged over several model rows belongs to each of them.
Table unmerged(const Sheet& sheet) {
    Table rows = sheet.rows;
    for (const CellRange& range : sheet.merged) {
        if (range.first_row >= rows.size() || range.first_col >= rows[range.first_row].size())
            continue;
        std::string value = rows[range.first_row][range.first_col];
        for (size_t r = range.first_row; r <= range.last_row && r < rows.size(); ++r)
            for (size_t c = range.first_col; c <= range.last_col && c < rows[r].size(); ++c)
                rows[r][c] = value;
    }
    return rows;
}

void append_rows(std::string& text, const Table& table) {
    for (const auto& row : table) {
        std::string line;
        for (size_t i = 0; i < row.size(); ++i)
            line += (i ? "\t" : "") + row[i];
        if (!utf8::trim(line).empty()) text += line + "\n";
    }
}

Document read_xlsx_document(std::string_view bytes) {
    Document document;
    auto workbook = read_xlsx(bytes);
    if (!workbook) {
        document.flag = "unreadable";
        return document;
    }
    for (const Sheet& sheet : workbook->sheets) {
        Table rows = unmerged(sheet);
        append_rows(document.text, sheet.rows);
        document.tables.push_back(std::move(rows));
    }
    return document;
}

void cap_text(Document& document, size_t max_text) {
    if (document.text.size() <= max_text) return;
    document.text = std::string(utf8::truncate(document.text, max_text));
    if (document.flag.empty()) document.flag = "truncated";
}

} // namespace

std::string decode_text(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return utf8::sanitize(bytes.substr(3));
    if (bytes.starts_with("\xFF\xFE")) return to_utf8(bytes.substr(2), "UTF-16LE").text;
    if (bytes.starts_with("\xFE\xFF")) return to_utf8(bytes.substr(2), "UTF-16BE").text;
    if (utf8::is_valid(bytes)) return std::string(bytes);
    return to_utf8(bytes, detect_charset(bytes)).text;
}

DocFormat document_format(const Attachment& a) {
    const std::string& type = a.content_type;
    const std::string& name = a.filename;
    if (type == "application/pdf" || ends_with_any(name, {".pdf"})) return DocFormat::pdf;
    if (type.find("spreadsheetml") != std::string::npos || ends_with_any(name, {".xlsx"}))
        return DocFormat::xlsx;
    if (type.find("wordprocessingml") != std::string::npos || ends_with_any(name, {".docx"}))
        return DocFormat::docx;
    if (type == "text/csv" || ends_with_any(name, {".csv"})) return DocFormat::csv;
    if (type == "text/html" || ends_with_any(name, {".htm", ".html"})) return DocFormat::html;
    if (type == "text/plain" || ends_with_any(name, {".txt"})) return DocFormat::text;
    return DocFormat::none;
}

Document read_document(const Attachment& attachment, const DocumentLimits& limits) {
    Document document;
    DocFormat format = document_format(attachment);
    if (format == DocFormat::none) return document;
    if (attachment.content.size() > limits.max_input) {
        document.format = format;
        document.flag = "too-large";
        return document;
    }
    std::string_view bytes = attachment.content;
    try {
        switch (format) {
        case DocFormat::pdf:
            document = read_pdf(bytes, limits);
            break;
        case DocFormat::xlsx:
            document = read_xlsx_document(bytes);
            break;
        case DocFormat::docx:
            document = read_docx(bytes, limits);
            break;
        case DocFormat::csv:
            document = read_csv(bytes, limits);
            break;
        case DocFormat::html:
            document = read_html_document(bytes, limits);
            break;
        case DocFormat::text:
            document.text = decode_text(bytes);
            break;
        case DocFormat::none:
            break;
        }
    } catch (const std::exception&) {
        document = Document{};
        document.flag = "unreadable";
    }
    document.format = format;
    cap_text(document, limits.max_text);
    return document;
}

std::vector<PriceItem> extract_from_document(const Document& document, int attachment) {
    PriceContext context = context_of(document.text);
    std::vector<PriceItem> items;
    if (document.format == DocFormat::pdf || document.format == DocFormat::text)
        items = extract_from_text(document.text, context);
    for (const Table& table : document.tables) {
        auto found = extract_from_table(table, context);
        items.insert(items.end(), found.begin(), found.end());
    }
    for (PriceItem& item : items)
        item.attachment = attachment;
    return items;
}

} // namespace mailclerk::parsers
