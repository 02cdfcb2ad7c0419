#pragma once
// The page's style sheet and script, compiled into the binary (cmake/EmbedAssets.cmake turns
// daemon/web/assets/* into a generated .cpp): nothing is fetched at run time, no CDN.
#include <optional>
#include <string_view>

namespace mailclerk::web {

struct Asset {
    std::string_view bytes;
    std::string_view content_type;
};

// The asset of this file name ("app.css"), nullopt when there is none.
std::optional<Asset> find_asset(std::string_view name);

} // namespace mailclerk::web
