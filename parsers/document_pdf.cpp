// PDF text through poppler-cpp with the physical layout kept, so a price table's columns stay
// aligned and the plain-text table reader can map them.
#include <memory>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include "common/utf8.hpp"
#include "parsers/document.hpp"

namespace mailclerk::parsers {
namespace {

// poppler reports damaged files on stderr; a damaged attachment is our flag, not log noise.
void quiet(const std::string&, void*) {}

} // namespace

Document read_pdf(std::string_view bytes, const DocumentLimits& limits) {
    Document document;
    static const bool silenced = [] {
        poppler::set_debug_error_function(quiet, nullptr);
        return true;
    }();
    (void)silenced;
    auto started = std::chrono::steady_clock::now();
    std::unique_ptr<poppler::document> pdf(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!pdf || pdf->is_locked()) {
        document.flag = "unreadable";
        return document;
    }
    int pages = pdf->pages();
    for (int i = 0; i < pages; ++i) {
        if (static_cast<size_t>(i) >= limits.max_pages ||
            std::chrono::steady_clock::now() - started > limits.max_time) {
            document.flag = static_cast<size_t>(i) >= limits.max_pages ? "truncated" : "timeout";
            break;
        }
        std::unique_ptr<poppler::page> page(pdf->create_page(i));
        if (!page) continue;
        poppler::byte_array text =
            page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        document.text += utf8::sanitize(std::string_view(text.data(), text.size()));
        document.text += '\n';
        if (document.text.size() > limits.max_text) break;
    }
    return document;
}

} // namespace mailclerk::parsers
