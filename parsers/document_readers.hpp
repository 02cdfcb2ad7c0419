#pragma once
// Inside read_document: one reader per format, sharing the bounds of one read (time, OCR pages,
// nesting depth). Not for use outside parsers/document*.cpp.
#include <chrono>
#include <string_view>

#include "parsers/document.hpp"

namespace mailclerk::parsers::detail {

struct ReadState {
    explicit ReadState(const DocumentLimits& bounds) : limits(bounds) {}
    const DocumentLimits& limits;
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    int depth = 0;
    size_t ocr_pages = 0;
    bool out_of_time(bool ocr) const {
        auto spent = std::chrono::steady_clock::now() - started;
        return spent > (ocr ? limits.max_ocr_time : limits.max_time);
    }
    // Out of time for the next page or archive member: once this read has OCR'd a page, the
    // OCR budget (a scan takes seconds a page; the second page of a scanned quote is as much
    // the quote as the first), before that the plain one.
    bool out_of_time_for_next() const { return out_of_time(ocr_pages > 0); }
};

Document read_any(const Attachment& attachment, ReadState& state);

// One reader per format, all alike so that read_any picks them from a table; the formats read
// by their own grid or text (office documents, CSV, text, HTML) need no state.
using Reader = Document (*)(std::string_view bytes, ReadState& state);
Document read_pdf_document(std::string_view bytes, ReadState& state);
Document read_image_document(std::string_view bytes, ReadState& state);
Document read_archive_document(std::string_view bytes, ReadState& state);
Document read_mail_document(std::string_view bytes, ReadState& state);
Document read_xlsx_document(std::string_view bytes, ReadState& state);
Document read_xls_document(std::string_view bytes, ReadState& state);
Document read_docx_document(std::string_view bytes, ReadState& state);
Document read_csv_document(std::string_view bytes, ReadState& state);
Document read_text_document(std::string_view bytes, ReadState& state);
Document read_html_document(std::string_view bytes, ReadState& state);
Document read_ods_document(std::string_view bytes, ReadState& state);
Document read_odt_document(std::string_view bytes, ReadState& state);
Document read_rtf_document(std::string_view bytes, ReadState& state);

// Tables as text lines (cells tab-separated), for the full-text index.
void append_table_text(std::string& text, const grid::Table& table);

} // namespace mailclerk::parsers::detail
