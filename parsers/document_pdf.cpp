// PDF pages as tables of positioned words; pages without text (scans) and image attachments
// through OCR, their words laid out the same way.
#include <string>

#include "parsers/document_readers.hpp"
#include "parsers/grid/layout.hpp"
#include "parsers/readers.hpp"

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

constexpr std::string_view k_all_languages = "eng+chi_sim+chi_tra";

ocr::Options ocr_options(const ReadState& state, std::string_view languages) {
    ocr::Options options;
    options.languages = std::string(languages);
    auto left = state.limits.max_ocr_time - std::chrono::duration_cast<std::chrono::milliseconds>(
                                                std::chrono::steady_clock::now() - state.started);
    options.max_time = std::max(std::chrono::milliseconds(1000), left);
    return options;
}

double mean_confidence(const ocr::Recognised& read) {
    if (read.words.empty()) return 0;
    double sum = 0;
    for (const grid::Word& w : read.words)
        sum += static_cast<double>(w.confidence);
    return sum / static_cast<double>(read.words.size());
}

// OCR in the languages the message suggests; a page read with little confidence (a Chinese
// scan in an English mail) is read again with every language and the better reading kept.
template <typename Recognise>
Result<ocr::Recognised> recognise_best(Recognise recognise, const ReadState& state) {
    std::string_view first =
        state.limits.ocr_languages.empty() ? k_all_languages : state.limits.ocr_languages;
    auto read = recognise(first);
    if (!read || first == k_all_languages || mean_confidence(*read) >= 60 ||
        state.out_of_time(true))
        return read;
    auto again = recognise(k_all_languages);
    if (again && mean_confidence(*again) > mean_confidence(*read)) return again;
    return read;
}

// OCR could not start (no Tesseract language, no readers plugin): not the scan's fault, so it
// stays waiting for OCR (the queue keeps it pending, counts the try, and gives up after a few)
// rather than being recorded as read and empty.
bool no_engine(const Error& error) {
    return error.code == ErrorCode::config;
}

bool may_ocr(const ReadState& state) {
    return state.limits.ocr == Ocr::on && state.ocr_pages < state.limits.max_ocr_pages &&
           !state.out_of_time(true);
}

// The words of a scanned page, or none when OCR is off, later, spent or fails.
std::vector<grid::Word> scanned_words(const readers::Pdf& pdf, int index, ReadState& state,
                                      Document& document) {
    if (state.limits.ocr == Ocr::later) {
        document.ocr_pending = true;
        return {};
    }
    if (!may_ocr(state)) {
        if (state.limits.ocr == Ocr::on && document.flag.empty()) document.flag = "timeout";
        return {};
    }
    auto raster = pdf.render(index, k_ocr_dpi);
    if (!raster) return {};
    auto read = recognise_best(
        [&](std::string_view languages) {
            return readers::recognise(*raster, ocr_options(state, languages));
        },
        state);
    ++state.ocr_pages;
    ++document.ocr_pages;
    if (!read) {
        document.ocr_pending = document.ocr_pending || no_engine(read.error());
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
    auto opened = readers::open_pdf(bytes);
    if (!opened) {
        if (opened.error().code == ErrorCode::config) { // no plugin: not the PDF's fault
            document.warnings.push_back(opened.error().message);
            return document;
        }
        document.flag = opened.error().message.find("password") != std::string::npos ? "encrypted"
                                                                                     : "unreadable";
        return document;
    }
    const readers::Pdf& pdf = **opened;
    int pages = pdf.pages();
    for (int i = 0; i < pages; ++i) {
        if (static_cast<size_t>(i) >= state.limits.max_pages || state.out_of_time_for_next()) {
            document.flag =
                static_cast<size_t>(i) >= state.limits.max_pages ? "truncated" : "timeout";
            break;
        }
        pdf::PageWords page = pdf.words(i);
        std::string where = "page " + std::to_string(i + 1);
        if (page.words.size() < k_scanned_below) {
            std::vector<grid::Word> words = scanned_words(pdf, i, state, document);
            if (!words.empty()) page.words = std::move(words);
        }
        add_page(document, std::move(page.words), where);
        if (document.text.size() > state.limits.max_text) break;
    }
    return document;
}

Document read_image_document(std::string_view bytes, ReadState& state) {
    Document document;
    document.ocr_pending = state.limits.ocr == Ocr::later;
    if (!may_ocr(state)) return document;
    auto read = recognise_best(
        [&](std::string_view languages) {
            return readers::recognise_image(bytes, ocr_options(state, languages));
        },
        state);
    ++state.ocr_pages;
    document.ocr_pages = 1;
    if (!read) {
        document.ocr_pending = no_engine(read.error());
        document.flag = document.ocr_pending ? "" : "unreadable";
        add_warnings(document, {read.error().message});
        return document;
    }
    add_warnings(document, read->warnings);
    if (read->timed_out) document.flag = "timeout";
    add_page(document, std::move(read->words), "image");
    return document;
}

} // namespace mailclerk::parsers::detail
