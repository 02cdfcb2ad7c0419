// PDF pages as tables of positioned words; pages without text (scans) and image attachments
// through OCR, their words laid out the same way.
#include <string>

#include "parsers/document_readers.hpp"
#include "parsers/grid/layout.hpp"
#include "parsers/ocr/ocr.hpp"
#include "parsers/pdf/pdf_reader.hpp"

namespace mailclerk::parsers::detail {
namespace {

constexpr size_t k_scanned_below = 5; // a page with fewer words than this is a scan
constexpr int k_ocr_dpi = 300;

void add_page(Document& document, std::vector<grid::Word> words, const std::string& where) {
    std::vector<grid::Line> lines = grid::lines_from_words(std::move(words));
    document.text += grid::text_of_lines(lines);
    document.text += '\n';
    for (grid::Table& table : grid::tables_from_lines(lines, where))
        document.tables.push_back(std::move(table));
}

void add_warnings(Document& document, const std::vector<std::string>& warnings) {
    for (const std::string& warning : warnings)
        if (std::find(document.warnings.begin(), document.warnings.end(), warning) ==
            document.warnings.end())
            document.warnings.push_back(warning);
}

ocr::Options ocr_options(const ReadState& state) {
    ocr::Options options;
    auto left = state.limits.max_ocr_time - std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::chrono::steady_clock::now() - state.started);
    options.max_time = std::max(std::chrono::milliseconds(1000), left);
    return options;
}

bool may_ocr(const ReadState& state) {
    return state.limits.ocr == Ocr::on && state.ocr_pages < state.limits.max_ocr_pages &&
           !state.out_of_time(true);
}

// The words of a scanned page, or none when OCR is off, spent or fails.
std::vector<grid::Word> scanned_words(const pdf::PdfDocument& pdf, int index, ReadState& state,
                                      Document& document) {
    if (!may_ocr(state)) {
        if (state.limits.ocr == Ocr::on && document.flag.empty()) document.flag = "timeout";
        return {};
    }
    auto raster = pdf.render(index, k_ocr_dpi);
    if (!raster) return {};
    auto read = ocr::recognise(*raster, ocr_options(state));
    ++state.ocr_pages;
    ++document.ocr_pages;
    if (!read) {
        add_warnings(document, {read.error().message});
        return {};
    }
    add_warnings(document, read->warnings);
    if (read->timed_out && document.flag.empty()) document.flag = "timeout";
    return std::move(read->words);
}

} // namespace

Document read_pdf_document(std::string_view bytes, ReadState& state) {
    Document document;
    auto pdf = pdf::PdfDocument::open(bytes);
    if (!pdf) {
        document.flag =
            pdf.error().message.find("password") != std::string::npos ? "encrypted" : "unreadable";
        return document;
    }
    int pages = pdf->pages();
    for (int i = 0; i < pages; ++i) {
        if (static_cast<size_t>(i) >= state.limits.max_pages || state.out_of_time(false)) {
            document.flag =
                static_cast<size_t>(i) >= state.limits.max_pages ? "truncated" : "timeout";
            break;
        }
        pdf::PageWords page = pdf->words(i);
        std::string where = "page " + std::to_string(i + 1);
        if (page.words.size() < k_scanned_below) {
            std::vector<grid::Word> words = scanned_words(*pdf, i, state, document);
            if (!words.empty()) page.words = std::move(words);
        }
        add_page(document, std::move(page.words), where);
        if (document.text.size() > state.limits.max_text) break;
    }
    return document;
}

Document read_image_document(std::string_view bytes, ReadState& state) {
    Document document;
    if (!may_ocr(state)) return document;
    auto read = ocr::recognise_image(bytes, ocr_options(state));
    ++state.ocr_pages;
    document.ocr_pages = 1;
    if (!read) {
        document.flag = read.error().code == ErrorCode::config ? "" : "unreadable";
        add_warnings(document, {read.error().message});
        return document;
    }
    add_warnings(document, read->warnings);
    if (read->timed_out) document.flag = "timeout";
    add_page(document, std::move(read->words), "image");
    return document;
}

} // namespace mailclerk::parsers::detail
