// libFuzzer target: the attachment readers a stranger's file goes through (XLSX, DOCX, PDF, CSV,
// HTML, text, ODT), by the public parsers::read_document. The first byte picks the format (by the
// file name and type a sender would give); the rest is the file. Any crash, sanitizer report,
// time-out or invalid UTF-8 in the text or the tables is a finding.
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "common/utf8.hpp"
#include "parsers/document.hpp"

namespace {

struct Format {
    const char* filename;
    const char* content_type;
};

constexpr Format k_formats[] = {
    {"quote.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"quote.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"quote.pdf", "application/pdf"},
    {"quote.csv", "text/csv"},
    {"quote.html", "text/html"},
    {"quote.txt", "text/plain"},
    {"quote.odt", "application/vnd.oasis.opendocument.text"},
};

void require_utf8(std::string_view text) {
    if (!mailclerk::utf8::is_valid(text)) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    using namespace mailclerk::parsers;
    const Format& format = k_formats[data[0] % std::size(k_formats)];
    Attachment file;
    file.filename = format.filename;
    file.content_type = format.content_type;
    file.content.assign(reinterpret_cast<const char*>(data + 1), size - 1);
    DocumentLimits limits;
    limits.max_pages = 20;
    limits.max_time = std::chrono::milliseconds(2000);
    // Tesseract is a third-party engine taking seconds per page: it would stall the fuzzer, and
    // its allocations are not ours to find. Image detection and size checks are still fuzzed.
    limits.ocr = Ocr::off;
    Document document = read_document(file, limits);
    require_utf8(document.text);
    if (document.text.size() > limits.max_text) std::abort();
    for (const mailclerk::grid::Table& table : document.tables) {
        for (const auto& row : table.rows) {
            if (row.size() != table.width()) std::abort(); // rows of equal length
            for (const auto& cell : row)
                require_utf8(cell.text);
        }
    }
    return 0;
}
