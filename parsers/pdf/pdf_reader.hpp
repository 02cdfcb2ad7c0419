#pragma once
// PDF through poppler: the words of each page with their boxes (not the flattened text, whose
// columns are lost), and pages rendered to pixels for OCR when they carry no text (scans).
// The only code that includes poppler; it can be loaded on its own.
#include <memory>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "parsers/grid/geometry.hpp"

namespace mailclerk::pdf {

struct PageWords {
    int number = 0;                // 1-based
    double width = 0, height = 0;  // points
    std::vector<grid::Word> words; // boxes in points, origin top-left
};

class PdfDocument {
  public:
    // Opens a PDF held in memory; `bytes` must outlive the document. ErrorCode::parse for a
    // damaged or password-protected file.
    static Result<PdfDocument> open(std::string_view bytes);
    ~PdfDocument();
    PdfDocument(PdfDocument&&) noexcept;
    PdfDocument& operator=(PdfDocument&&) noexcept;

    int pages() const;
    // The words of page `index` (0-based) in reading order as poppler found them.
    PageWords words(int index) const;
    // The page as grey pixels at `dpi` (capped so the image stays under 40 megapixels).
    Result<grid::Raster> render(int index, int dpi) const;

  private:
    struct Impl;
    explicit PdfDocument(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace mailclerk::pdf
