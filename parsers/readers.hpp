#pragma once
// The heavy document readers (poppler for PDF, Tesseract and leptonica for OCR) live in a plugin,
// libmailclerk-readers.so, loaded on first use: the commands reps run most (search, history,
// prices, customers) start without mapping those libraries and the ~60 others they pull in
// (they cost ~55 ms of CPU at every process start, measured). The interface is abstract
// classes only, so nothing of the plugin is named at link time.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "common/result.hpp"
#include "parsers/grid/geometry.hpp"
#include "parsers/ocr/image_magic.hpp"
#include "parsers/ocr/ocr.hpp"
#include "parsers/pdf/pdf_reader.hpp"

namespace mailclerk::readers {

// An open PDF (pdf::PdfDocument behind the plugin's wall).
class Pdf {
  public:
    virtual ~Pdf() = default;
    virtual int pages() const = 0;
    virtual pdf::PageWords words(int index) const = 0;
    virtual Result<grid::Raster> render(int index, int dpi) const = 0;
};

// What the plugin offers; the same contracts as pdf/pdf_reader.hpp and ocr/ocr.hpp.
class Plugin {
  public:
    virtual ~Plugin() = default;
    virtual Result<std::unique_ptr<Pdf>> open_pdf(std::string_view bytes) = 0;
    virtual Result<ocr::Recognised> recognise(const grid::Raster& raster,
                                              const ocr::Options& options) = 0;
    virtual Result<ocr::Recognised> recognise_image(std::string_view bytes,
                                                    const ocr::Options& options) = 0;
    virtual std::optional<std::pair<int, int>> image_size(std::string_view bytes) = 0;
    // poppler as loaded at run time ("22.12.0").
    virtual std::string poppler_version() = 0;
};

// The entry point the plugin exports (extern "C"); `verbosity` is the host's log level
// (log::Level as int), so the plugin's warnings follow -q / -v.
inline constexpr const char* k_entry_point = "mailclerk_readers_v1";
using EntryPoint = Plugin* (*)(int verbosity);

// The plugin, loaded once per process (thread-safe). Looked for in $MAILCLERK_READERS (a file),
// beside the executable, in ../lib/mailclerk/ relative to it, then where the build put it.
// ErrorCode::config with a hint when it is missing or does not load.
Result<Plugin*> plugin();

// The plugin's functions, or their failure to load as the error.
Result<std::unique_ptr<Pdf>> open_pdf(std::string_view bytes);
Result<ocr::Recognised> recognise(const grid::Raster& raster, const ocr::Options& options);
Result<ocr::Recognised> recognise_image(std::string_view bytes, const ocr::Options& options);
// Width and height from an image file's header: nothing when it is no image (checked here,
// without loading the plugin) or the plugin cannot load.
std::optional<std::pair<int, int>> image_size(std::string_view bytes);

} // namespace mailclerk::readers
