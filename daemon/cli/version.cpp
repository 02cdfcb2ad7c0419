#include "daemon/cli/version.hpp"

#include <fmt/format.h>

#include "daemon/imap/version.hpp"
#include "parsers/library_version.hpp"
#include "store/version.hpp"

namespace mailclerk::cli {
namespace {

std::string library_line(const LibraryVersion& library) {
    std::string out = fmt::format("{} {}", library.name, library.linked);
    if (!library.built.empty() && library.built != library.linked)
        out += fmt::format(" (built with {})", library.built);
    if (!library.detail.empty()) out += fmt::format(" ({})", library.detail);
    return out + "\n";
}

} // namespace

std::string version_text(std::string_view version, std::string_view revision) {
    std::string out = fmt::format("mailclerk {} (git {})\n", version, revision);
    for (const LibraryVersion& library : {imap::curl_library(), store::sqlite_library(),
                                          parsers::mimetic_library(), parsers::poppler_library()})
        out += library_line(library);
    out.pop_back(); // CLI11 adds the final newline
    return out;
}

} // namespace mailclerk::cli
