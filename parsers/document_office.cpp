// Readers of documents that carry their own grid or text: XLSX, XLS, ODS, DOCX, ODT, RTF, CSV,
// TXT, HTML.
#include "common/utf8.hpp"
#include "parsers/document_readers.hpp"
#include "parsers/grid/csv.hpp"
#include "parsers/grid/docx.hpp"
#include "parsers/grid/html_tables.hpp"
#include "parsers/grid/ods.hpp"
#include "parsers/grid/odt.hpp"
#include "parsers/grid/text_table.hpp"
#include "parsers/grid/xls.hpp"
#include "parsers/grid/xlsx.hpp"
#include "parsers/html_text.hpp"
#include "parsers/rtf.hpp"

namespace mailclerk::parsers::detail {
namespace {

Document unreadable() {
    Document document;
    document.flag = "unreadable";
    return document;
}

// A workbook's text is its sheets' tables, one after the other.
Document workbook(std::vector<grid::Table> tables) {
    Document document;
    for (grid::Table& table : tables) {
        append_table_text(document.text, table);
        document.tables.push_back(std::move(table));
    }
    return document;
}

// A word processor's document (.docx, .odt): its paragraphs and tables.
Document text_document(Result<grid::DocxContent> content) {
    if (!content) return unreadable();
    Document document;
    document.text = std::move(content->text);
    document.tables = std::move(content->tables);
    return document;
}

} // namespace

Document read_xlsx_document(std::string_view bytes, ReadState&) {
    auto sheets = grid::read_xlsx(bytes);
    if (!sheets) return unreadable();
    std::vector<grid::Table> tables;
    for (const grid::Sheet& sheet : *sheets)
        tables.push_back(grid::visible_table(sheet));
    return workbook(std::move(tables));
}

Document read_xls_document(std::string_view bytes, ReadState&) {
    auto tables = grid::read_xls(bytes);
    return tables ? workbook(std::move(*tables)) : unreadable();
}

Document read_ods_document(std::string_view bytes, ReadState&) {
    auto tables = grid::read_ods(bytes);
    return tables ? workbook(std::move(*tables)) : unreadable();
}

Document read_rtf_document(std::string_view bytes, ReadState&) {
    auto content = read_rtf(bytes);
    if (!content) return unreadable();
    Document document;
    document.text = std::move(content->text);
    document.tables = std::move(content->tables);
    return document;
}

Document read_docx_document(std::string_view bytes, ReadState&) {
    return text_document(grid::read_docx(bytes));
}

Document read_odt_document(std::string_view bytes, ReadState&) {
    return text_document(grid::read_odt(bytes));
}

Document read_csv_document(std::string_view bytes, ReadState&) {
    Document document;
    document.text = decode_text(bytes);
    document.tables.push_back(grid::read_csv(document.text, grid::sniff_delimiter(document.text)));
    return document;
}

Document read_text_document(std::string_view bytes, ReadState&) {
    Document document;
    document.text = decode_text(bytes);
    document.tables = grid::text_tables(document.text);
    return document;
}

Document read_html_document(std::string_view bytes, ReadState&) {
    Document document;
    std::string html = decode_text(bytes);
    grid::GumboTree tree(html);
    document.text = html_to_text(tree);
    document.tables = grid::html_tables(tree);
    // HTML without tables may still line its columns up (<pre>, spaces, <br> lines).
    if (document.tables.empty()) document.tables = grid::text_tables(document.text);
    return document;
}

} // namespace mailclerk::parsers::detail
