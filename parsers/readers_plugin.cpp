// libmailclerk-readers.so: poppler and Tesseract behind parsers/readers.hpp, loaded on first
// use. Only the entry point is exported (the rest is hidden, -fvisibility=hidden).
#include <poppler/cpp/poppler-version.h>

#include "common/log.hpp"
#include "parsers/ocr/ocr.hpp"
#include "parsers/pdf/pdf_reader.hpp"
#include "parsers/readers.hpp"

namespace mailclerk::readers {
namespace {

class PopplerPdf final : public Pdf {
  public:
    explicit PopplerPdf(pdf::PdfDocument document) : m_document(std::move(document)) {}
    int pages() const override { return m_document.pages(); }
    pdf::PageWords words(int index) const override { return m_document.words(index); }
    Result<grid::Raster> render(int index, int dpi) const override {
        return m_document.render(index, dpi);
    }

  private:
    pdf::PdfDocument m_document;
};

class Readers final : public Plugin {
  public:
    Result<std::unique_ptr<Pdf>> open_pdf(std::string_view bytes) override {
        auto opened = pdf::PdfDocument::open(bytes);
        if (!opened) return tl::unexpected(opened.error());
        return std::make_unique<PopplerPdf>(std::move(*opened));
    }
    Result<ocr::Recognised> recognise(const grid::Raster& raster,
                                      const ocr::Options& options) override {
        return ocr::recognise(raster, options);
    }
    Result<ocr::Recognised> recognise_image(std::string_view bytes,
                                            const ocr::Options& options) override {
        return ocr::recognise_image(bytes, options);
    }
    std::optional<std::pair<int, int>> image_size(std::string_view bytes) override {
        return ocr::image_size(bytes);
    }
    std::string poppler_version() override { return poppler::version_string(); }
};

} // namespace
} // namespace mailclerk::readers

extern "C" __attribute__((visibility("default"))) mailclerk::readers::Plugin*
mailclerk_readers_v1(int verbosity) {
    mailclerk::log::set_verbosity(static_cast<mailclerk::log::Level>(verbosity));
    static mailclerk::readers::Readers readers;
    return &readers;
}
