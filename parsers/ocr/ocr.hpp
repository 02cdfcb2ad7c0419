#pragma once
// Words out of pixels: Tesseract OCR with leptonica decoding image files. The only code that
// includes tesseract or leptonica, behind this narrow interface so it can later be loaded on
// demand. Each thread keeps one engine per language set (Tesseract's is not thread-safe and costs
// 0.2 to 0.8 s of CPU to start) and reuses it. Images that show no text (photos) are told apart by
// a glance at a fifth of the pixels and not read in full.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.hpp"
#include "parsers/grid/geometry.hpp"

namespace mailclerk::ocr {

struct Options {
    // Tesseract language names joined by '+'. Languages that are not installed are left out
    // with a warning; when none is installed, recognition fails with a hint.
    std::string languages = "eng+chi_sim+chi_tra";
    std::chrono::milliseconds max_time{60000}; // per image; then the words found so far
    size_t max_pixels = 40'000'000;            // larger images are refused, not decoded
};

struct Recognised {
    std::vector<grid::Word> words; // boxes in pixels, origin top-left
    int width = 0, height = 0;     // of the image read
    bool timed_out = false;
    std::vector<std::string> warnings; // "OCR language chi_tra is not installed ..."
};

// The words of a grey raster (a rendered PDF page).
Result<Recognised> recognise(const grid::Raster& raster, const Options& options = {});

// The words of an image file (PNG, JPEG, TIFF, BMP, GIF, WebP: whatever leptonica reads).
// ErrorCode::parse when the bytes are not an image it can decode or it is too large.
Result<Recognised> recognise_image(std::string_view bytes, const Options& options = {});

// Width and height of an image file from its header (nothing decoded), or nullopt.
std::optional<std::pair<int, int>> image_size(std::string_view bytes);

// Is the text an image leptonica can read, judged by its magic bytes?
bool looks_like_image(std::string_view bytes);

} // namespace mailclerk::ocr
