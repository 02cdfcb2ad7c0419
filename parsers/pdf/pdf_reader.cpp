#include "parsers/pdf/pdf_reader.hpp"

#include <algorithm>
#include <cmath>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "common/utf8.hpp"

namespace mailclerk::pdf {
namespace {

constexpr double k_max_pixels = 40e6;

// poppler reports damaged files on stderr; a damaged attachment is our flag, not log noise.
void quiet(const std::string&, void*) {}

void silence_once() {
    static const bool silenced = [] {
        poppler::set_debug_error_function(quiet, nullptr);
        return true;
    }();
    (void)silenced;
}

// A PDF drawn with a core font shows a black square (U+25A0) for a character the font lacks;
// between digits and before a currency sign it is the narrow no-break space of French and
// Swiss numbers ("4■780,00■€"), and read as one.
std::string restore_spaces(std::string text) {
    const std::string square = "\u25A0", nnbsp = "\u202F";
    for (size_t at = text.find(square); at != std::string::npos; at = text.find(square, at + 1)) {
        bool digit_before = at > 0 && std::isdigit(static_cast<unsigned char>(text[at - 1]));
        if (digit_before) text.replace(at, square.size(), nnbsp);
    }
    return text;
}

std::string utf8_of(const poppler::ustring& text) {
    poppler::byte_array bytes = text.to_utf8();
    return restore_spaces(utf8::sanitize(std::string_view(bytes.data(), bytes.size())));
}

} // namespace

struct PdfDocument::Impl {
    std::unique_ptr<poppler::document> document;
};

PdfDocument::PdfDocument(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
PdfDocument::~PdfDocument() = default;
PdfDocument::PdfDocument(PdfDocument&&) noexcept = default;
PdfDocument& PdfDocument::operator=(PdfDocument&&) noexcept = default;

Result<PdfDocument> PdfDocument::open(std::string_view bytes) {
    silence_once();
    if (bytes.size() > static_cast<size_t>(INT32_MAX))
        return fail(ErrorCode::parse, "PDF larger than 2 GiB");
    auto impl = std::make_unique<Impl>();
    impl->document.reset(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!impl->document) return fail(ErrorCode::parse, "not a readable PDF");
    if (impl->document->is_locked()) return fail(ErrorCode::parse, "the PDF is password-protected");
    return PdfDocument(std::move(impl));
}

int PdfDocument::pages() const {
    return m_impl->document->pages();
}

PageWords PdfDocument::words(int index) const {
    PageWords out;
    out.number = index + 1;
    std::unique_ptr<poppler::page> page(m_impl->document->create_page(index));
    if (!page) return out;
    poppler::rectf size = page->page_rect(poppler::media_box);
    out.width = size.width();
    out.height = size.height();
    for (const poppler::text_box& box : page->text_list()) {
        std::string text = utf8_of(box.text());
        if (utf8::trim(text).empty()) continue;
        poppler::rectf r = box.bbox();
        out.words.push_back({std::move(text), {r.left(), r.top(), r.right(), r.bottom()}, 100});
    }
    return out;
}

Result<grid::Raster> PdfDocument::render(int index, int dpi) const {
    std::unique_ptr<poppler::page> page(m_impl->document->create_page(index));
    if (!page) return fail(ErrorCode::parse, "no page " + std::to_string(index + 1));
    poppler::rectf size = page->page_rect(poppler::media_box);
    double pixels = size.width() * size.height() * dpi * dpi / (72.0 * 72.0);
    if (pixels > k_max_pixels) dpi = static_cast<int>(dpi * std::sqrt(k_max_pixels / pixels));
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_gray8);
    poppler::image image = renderer.render_page(page.get(), dpi, dpi);
    if (!image.is_valid() || image.format() != poppler::image::format_gray8)
        return fail(ErrorCode::parse, "page " + std::to_string(index + 1) + " cannot be rendered");
    grid::Raster raster;
    raster.width = image.width();
    raster.height = image.height();
    raster.dpi = dpi;
    auto width = static_cast<size_t>(raster.width);
    raster.pixels.resize(width * static_cast<size_t>(raster.height));
    for (int y = 0; y < raster.height; ++y) {
        const char* row = image.const_data() + static_cast<ptrdiff_t>(y) * image.bytes_per_row();
        std::copy_n(reinterpret_cast<const uint8_t*>(row), width,
                    raster.pixels.begin() + static_cast<ptrdiff_t>(width) * y);
    }
    return raster;
}

} // namespace mailclerk::pdf
