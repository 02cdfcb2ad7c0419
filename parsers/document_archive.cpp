// Containers: a .zip archive and an attached mail are opened and each document inside read as
// if it were attached itself; their text and tables are gathered into one document whose tables
// name the member they come from ("prices.zip/quote.xlsx: Sheet1").
#include <string>

#include "common/utf8.hpp"
#include "parsers/charset.hpp"
#include "parsers/document_readers.hpp"
#include "parsers/grid/html_tables.hpp"
#include "parsers/grid/text_table.hpp"
#include "parsers/grid/zip_archive.hpp"
#include "parsers/mime.hpp"
#include "parsers/prices.hpp"

namespace mailclerk::parsers::detail {
namespace {

void merge(Document& into, Document part, const std::string& name) {
    into.text += "== " + name + " ==\n" + part.text;
    if (!into.text.ends_with('\n')) into.text += '\n';
    for (grid::Table& table : part.tables) {
        table.where = name + (table.where.empty() ? "" : ": " + table.where);
        into.tables.push_back(std::move(table));
    }
    for (std::string& warning : part.warnings)
        into.warnings.push_back(std::move(warning));
    into.ocr_pages += part.ocr_pages;
    into.ocr_pending = into.ocr_pending || part.ocr_pending;
    if (into.flag.empty() && !part.flag.empty() && part.flag != "unreadable") into.flag = part.flag;
}

Document read_member(const Attachment& member, ReadState& state) {
    ++state.depth;
    Document document = read_any(member, state);
    --state.depth;
    return document;
}

// Names in a zip made on Chinese Windows are GBK without saying so.
std::string member_name(const grid::ZipEntry& entry) {
    if (entry.utf8 || utf8::is_valid(entry.name)) return utf8::sanitize(entry.name);
    return raw_header_to_utf8(entry.name).text;
}

} // namespace

Document read_archive_document(std::string_view bytes, ReadState& state) {
    Document document;
    auto zip = grid::ZipArchive::open(bytes);
    if (!zip || state.depth >= state.limits.max_depth) {
        document.flag = zip ? "too-deep" : "unreadable";
        return document;
    }
    size_t read = 0, total = 0;
    for (const grid::ZipEntry& entry : zip->entries()) {
        if (entry.directory) continue;
        if (read >= state.limits.max_members || total > 4 * state.limits.max_input ||
            state.out_of_time_for_next()) {
            document.flag = "truncated";
            break;
        }
        if (entry.encrypted) {
            document.flag = "encrypted";
            continue;
        }
        auto content = zip->read(entry, state.limits.max_input);
        if (!content) continue;
        ++read;
        total += content->size();
        std::string name = member_name(entry);
        Attachment member{name, "", std::move(*content), false, DocKind::other};
        Document part = read_member(member, state);
        if (part.format != DocFormat::none) merge(document, std::move(part), name);
    }
    return document;
}

Document read_mail_document(std::string_view bytes, ReadState& state) {
    Document document;
    if (state.depth >= state.limits.max_depth) {
        document.flag = "too-deep";
        return document;
    }
    Message mail = parse_message(bytes);
    document.text = mail.subject + "\n" + mail.text + "\n";
    // The attached mail's own tables: its HTML's, else those its text lines up.
    document.tables = mail.html.empty() ? grid::text_tables(mail.text, "mail")
                                        : grid::html_tables(mail.html, "mail");
    for (const Attachment& attachment : mail.attachments) {
        Document part = read_member(attachment, state);
        if (part.format != DocFormat::none)
            merge(document, std::move(part),
                  attachment.filename.empty() ? std::string("attachment") : attachment.filename);
    }
    return document;
}

} // namespace mailclerk::parsers::detail
