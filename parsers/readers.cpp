#include "parsers/readers.hpp"

#include <mutex>

#include "common/log.hpp"
#include "common/plugin.hpp"

namespace mailclerk::readers {
namespace {

Result<Plugin*> load() {
    auto entry = mailclerk::plugin::load_entry({"libmailclerk-readers.so", "MAILCLERK_READERS",
                                                k_entry_point, "the document readers (PDF, OCR)"});
    if (!entry) return tl::unexpected(entry.error());
    // Never dlclose'd: the plugin lives as long as the process (its threads' OCR engines).
    return reinterpret_cast<EntryPoint>(*entry)(static_cast<int>(log::verbosity()));
}

} // namespace

Result<Plugin*> plugin() {
    static std::once_flag once;
    static Result<Plugin*> loaded = nullptr;
    std::call_once(once, [] { loaded = load(); });
    return loaded;
}

Result<std::unique_ptr<Pdf>> open_pdf(std::string_view bytes) {
    auto loaded = plugin();
    if (!loaded) return tl::unexpected(loaded.error());
    return (*loaded)->open_pdf(bytes);
}

Result<ocr::Recognised> recognise(const grid::Raster& raster, const ocr::Options& options) {
    auto loaded = plugin();
    if (!loaded) return tl::unexpected(loaded.error());
    return (*loaded)->recognise(raster, options);
}

Result<ocr::Recognised> recognise_image(std::string_view bytes, const ocr::Options& options) {
    auto loaded = plugin();
    if (!loaded) return tl::unexpected(loaded.error());
    return (*loaded)->recognise_image(bytes, options);
}

std::optional<std::pair<int, int>> image_size(std::string_view bytes) {
    if (!ocr::has_image_magic(bytes)) return std::nullopt;
    auto loaded = plugin();
    if (!loaded) return std::nullopt;
    return (*loaded)->image_size(bytes);
}

} // namespace mailclerk::readers
