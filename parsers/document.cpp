#include "parsers/document.hpp"

#include <iterator>

#include "common/utf8.hpp"
#include "parsers/charset.hpp"
#include "parsers/document_cache.hpp"
#include "parsers/document_readers.hpp"
#include "parsers/grid/ods.hpp"
#include "parsers/grid/odt.hpp"
#include "parsers/grid/xls.hpp"
#include "parsers/grid/zip_archive.hpp"
#include "parsers/readers.hpp"
#include "parsers/rtf.hpp"

namespace mailclerk::parsers {
namespace {

bool ends_with_any(const std::string& name, std::initializer_list<std::string_view> suffixes) {
    std::string lower = utf8::ascii_lower(name);
    for (std::string_view suffix : suffixes)
        if (lower.ends_with(suffix)) return true;
    return false;
}

// What is inside a zip: an Office document (by its main part) or an archive of files.
DocFormat zip_format(std::string_view bytes) {
    auto zip = grid::ZipArchive::open(bytes);
    if (!zip) return DocFormat::archive; // unreadable either way: flagged by the reader
    for (const grid::ZipEntry& entry : zip->entries(50)) {
        if (entry.name == "xl/workbook.xml") return DocFormat::xlsx;
        if (entry.name == "word/document.xml") return DocFormat::docx;
        if (entry.name == "mimetype" && grid::is_ods(bytes)) return DocFormat::ods;
        if (entry.name == "mimetype" && grid::is_odt(bytes)) return DocFormat::odt;
    }
    return DocFormat::archive;
}

// Scans and photos of documents are large; logos and icons in signatures are not OCR'd.
bool document_sized(std::string_view bytes) {
    auto size = readers::image_size(bytes);
    return size && std::min(size->first, size->second) >= 300 &&
           static_cast<long>(size->first) * size->second >= 300'000;
}

DocFormat by_magic(const Attachment& a) {
    std::string_view bytes = a.content;
    if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return DocFormat::pdf;
    if (grid::looks_like_zip(bytes)) return zip_format(bytes);
    if (looks_like_rtf(bytes)) return DocFormat::rtf;
    if (grid::looks_like_ole2(bytes))
        return ends_with_any(a.filename, {".doc", ".msg", ".ppt"}) ? DocFormat::none
                                                                   : DocFormat::xls;
    if (ocr::has_image_magic(bytes))
        return document_sized(bytes) ? DocFormat::image : DocFormat::none;
    return DocFormat::none;
}

// Each format's name and reader, in DocFormat's order (none is never read).
struct FormatInfo {
    DocFormat format;
    const char* name;
    detail::Reader read;
};
constexpr FormatInfo k_formats[] = {
    {DocFormat::none, "none", nullptr},
    {DocFormat::text, "text", detail::read_text_document},
    {DocFormat::html, "html", detail::read_html_document},
    {DocFormat::csv, "csv", detail::read_csv_document},
    {DocFormat::xlsx, "xlsx", detail::read_xlsx_document},
    {DocFormat::docx, "docx", detail::read_docx_document},
    {DocFormat::pdf, "pdf", detail::read_pdf_document},
    {DocFormat::xls, "xls", detail::read_xls_document},
    {DocFormat::image, "image", detail::read_image_document},
    {DocFormat::archive, "archive", detail::read_archive_document},
    {DocFormat::message, "message", detail::read_mail_document},
    {DocFormat::ods, "ods", detail::read_ods_document},
    {DocFormat::rtf, "rtf", detail::read_rtf_document},
    {DocFormat::odt, "odt", detail::read_odt_document},
};
static_assert(std::size(k_formats) == static_cast<size_t>(DocFormat::odt) + 1);
static_assert([] {
    for (size_t i = 0; i < std::size(k_formats); ++i)
        if (static_cast<size_t>(k_formats[i].format) != i) return false;
    return true;
}());

void cap_text(Document& document, size_t max_text) {
    if (document.text.size() <= max_text) return;
    document.text = std::string(utf8::truncate(document.text, max_text));
    if (document.flag.empty()) document.flag = "truncated";
}

} // namespace

const char* to_string(DocFormat format) {
    auto at = static_cast<size_t>(format);
    return at < std::size(k_formats) ? k_formats[at].name : "none";
}

std::string decode_text(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return utf8::sanitize(bytes.substr(3));
    if (bytes.starts_with("\xFF\xFE")) return to_utf8(bytes.substr(2), "UTF-16LE").text;
    if (bytes.starts_with("\xFE\xFF")) return to_utf8(bytes.substr(2), "UTF-16BE").text;
    return to_utf8(bytes, "").text; // valid UTF-8 as it is, else the detected charset
}

DocFormat document_format(const Attachment& a) {
    if (DocFormat format = by_magic(a); format != DocFormat::none) return format;
    if (ocr::has_image_magic(a.content) || a.content_type.starts_with("image/"))
        return DocFormat::none; // an image too small to be a document
    const std::string& type = a.content_type;
    const std::string& name = a.filename;
    if (type == "message/rfc822" || ends_with_any(name, {".eml"})) return DocFormat::message;
    if (type == "application/pdf" || ends_with_any(name, {".pdf"})) return DocFormat::pdf;
    if (type.find("spreadsheetml") != std::string::npos || ends_with_any(name, {".xlsx"}))
        return DocFormat::xlsx;
    if (type.find("wordprocessingml") != std::string::npos || ends_with_any(name, {".docx"}))
        return DocFormat::docx;
    if (type == "application/vnd.ms-excel" || ends_with_any(name, {".xls"})) return DocFormat::xls;
    if (type == "application/vnd.oasis.opendocument.spreadsheet" || ends_with_any(name, {".ods"}))
        return DocFormat::ods;
    if (type == "application/vnd.oasis.opendocument.text" || ends_with_any(name, {".odt"}))
        return DocFormat::odt;
    if (type == "application/rtf" || type == "text/rtf" || ends_with_any(name, {".rtf"}))
        return DocFormat::rtf;
    if (type == "application/zip" || ends_with_any(name, {".zip"})) return DocFormat::archive;
    if (type == "text/csv" || type == "text/tab-separated-values" ||
        ends_with_any(name, {".csv", ".tsv"}))
        return DocFormat::csv;
    if (type == "text/html" || ends_with_any(name, {".htm", ".html"})) return DocFormat::html;
    if (type == "text/plain" || ends_with_any(name, {".txt"})) return DocFormat::text;
    return DocFormat::none;
}

namespace detail {

Document read_any(const Attachment& attachment, ReadState& state) {
    Document document;
    DocFormat format = document_format(attachment);
    if (format == DocFormat::none) return document;
    if (attachment.content.size() > state.limits.max_input) {
        document.format = format;
        document.flag = "too-large";
        return document;
    }
    std::string_view bytes = attachment.content;
    try {
        document = k_formats[static_cast<size_t>(format)].read(bytes, state);
    } catch (const std::exception&) {
        document = Document{};
        document.flag = "unreadable";
    }
    document.format = format;
    cap_text(document, state.limits.max_text);
    return document;
}

void append_table_text(std::string& text, const grid::Table& table) {
    for (const auto& row : table.rows) {
        std::string line;
        bool any = false;
        for (size_t i = 0; i < row.size(); ++i) {
            line += (i ? "\t" : "") + (row[i].spanned ? std::string() : row[i].text);
            any = any || !row[i].text.empty();
        }
        if (any) text += line + "\n";
    }
}

} // namespace detail

Document read_document(const Attachment& attachment, const DocumentLimits& limits) {
    detail::ReadState state(limits);
    DocFormat format = document_format(attachment);
    if (!detail::worth_caching(format) || attachment.content.size() > limits.max_input)
        return detail::read_any(attachment, state);
    std::string key = detail::document_key(attachment.content, format, limits);
    if (auto kept = detail::cached_document(key)) return std::move(*kept);
    Document document = detail::read_any(attachment, state);
    if (document.flag != "timeout") detail::keep_document(key, document);
    return document;
}

} // namespace mailclerk::parsers
