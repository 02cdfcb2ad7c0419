#pragma once
// Positions on a page: the words poppler and Tesseract report. Header-only value types, so the
// PDF and OCR libraries produce words without linking the grid library.
#include <cstdint>
#include <string>
#include <vector>

namespace mailclerk::grid {

// A rectangle in page coordinates: points for PDF, pixels for OCR, display columns (x) and line
// numbers (y) for plain text. Origin top-left; x1 > x0 and y1 > y0 when set.
struct Box {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    bool operator==(const Box&) const = default;
};

// A word with its box, as poppler or Tesseract report it.
struct Word {
    std::string text; // UTF-8, no spaces inside
    Box box;
    float confidence = 100; // 0..100; OCR's certainty, 100 for text a document carries
    bool operator==(const Word&) const = default;
};

// An 8-bit grey image, rows top to bottom without padding: a rendered PDF page for OCR.
struct Raster {
    int width = 0, height = 0;
    int dpi = 300;
    std::vector<uint8_t> pixels; // width * height bytes, 0 = black
};

} // namespace mailclerk::grid
