#pragma once
// Image files by their magic bytes, apart from ocr.cpp so that code which only asks "is this an
// image?" does not link Tesseract or leptonica (parsers/readers.hpp).
#include <string_view>

namespace mailclerk::ocr {

// Is the text an image leptonica can read (PNG, JPEG, TIFF, BMP, GIF, WebP), judged by its
// magic bytes?
inline bool has_image_magic(std::string_view bytes) {
    return bytes.starts_with("\x89PNG\r\n\x1A\n") || bytes.starts_with("\xFF\xD8\xFF") ||
           bytes.starts_with(std::string_view("II*\0", 4)) ||
           bytes.starts_with(std::string_view("MM\0*", 4)) || bytes.starts_with("BM") ||
           bytes.starts_with("GIF8") || (bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP");
}

} // namespace mailclerk::ocr
