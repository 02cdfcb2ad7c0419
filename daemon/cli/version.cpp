#include "daemon/cli/version.hpp"

#include <fmt/format.h>

#include "daemon/imap/version.hpp"
#include "parsers/library_version.hpp"
#include "store/version.hpp"

namespace mailclerk::cli {
namespace {

std::string library_line(std::string_view name, const std::string& runtime,
                         const std::string& built, std::string_view extra = {}) {
    std::string out = fmt::format("{} {}", name, runtime);
    if (!built.empty() && built != runtime) out += fmt::format(" (built with {})", built);
    if (!extra.empty()) out += fmt::format(" ({})", extra);
    return out + "\n";
}

} // namespace

std::string version_text(std::string_view version, std::string_view revision) {
    std::string out = fmt::format("mailclerk {} (git {})\n", version, revision);
    out += library_line("libcurl", imap::curl_version(), imap::curl_version_built(),
                        imap::curl_tls_version());
    out += library_line("SQLite", store::sqlite_version(), store::sqlite_version_built());
    out += library_line("mimetic", parsers::mimetic_version(), {});
    out += library_line("poppler", parsers::poppler_version(), parsers::poppler_version_built());
    out.pop_back(); // CLI11 adds the final newline
    return out;
}

} // namespace mailclerk::cli
