#include "parsers/readers.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "common/log.hpp"

namespace mailclerk::readers {
namespace {

namespace fs = std::filesystem;

constexpr const char* k_file = "libmailclerk-readers.so";

std::vector<fs::path> candidates() {
    std::vector<fs::path> paths;
    if (const char* set = std::getenv("MAILCLERK_READERS"); set && *set) paths.emplace_back(set);
    std::error_code error;
    fs::path exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        paths.push_back(exe.parent_path() / k_file);
        paths.push_back(exe.parent_path().parent_path() / "lib" / "mailclerk" / k_file);
    }
#ifdef MAILCLERK_READERS_BUILT
    paths.emplace_back(MAILCLERK_READERS_BUILT); // the build tree (tests run from elsewhere)
#endif
    return paths;
}

Result<Plugin*> load() {
    std::string tried;
    for (const fs::path& path : candidates()) {
        std::error_code error;
        if (!fs::exists(path, error)) continue;
        // RTLD_LOCAL: the plugin's copies of poppler and Tesseract symbols stay its own.
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) {
            const char* why = dlerror();
            tried += std::string(tried.empty() ? "" : "; ") + (why ? why : path.string());
            continue;
        }
        auto entry = reinterpret_cast<EntryPoint>(dlsym(handle, k_entry_point));
        if (entry == nullptr) {
            tried += "; " + path.string() + " has no " + k_entry_point;
            continue;
        }
        // Never dlclose'd: the plugin lives as long as the process (its threads' OCR engines).
        return entry(static_cast<int>(log::verbosity()));
    }
    return fail(ErrorCode::config,
                "the document readers (PDF, OCR) cannot be loaded" +
                    (tried.empty() ? std::string(": ") + k_file + " not found" : ": " + tried),
                "reinstall mailclerk, or set MAILCLERK_READERS to the path of " +
                    std::string(k_file));
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
